# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_purpose.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PurposePage(object):
    def setupUi(self, PurposePageBody):
        if not PurposePageBody.objectName():
            PurposePageBody.setObjectName(u"PurposePageBody")
        self.purpose_body = QVBoxLayout(PurposePageBody)
        self.purpose_body.setObjectName(u"purpose_body")
        self.purposes_heading = QLabel(PurposePageBody)
        self.purposes_heading.setObjectName(u"purposes_heading")
        font = QFont()
        font.setBold(True)
        self.purposes_heading.setFont(font)

        self.purpose_body.addWidget(self.purposes_heading)

        self.intro_label = QLabel(PurposePageBody)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.purpose_body.addWidget(self.intro_label)

        self.purposes_form = QFormLayout()
        self.purposes_form.setObjectName(u"purposes_form")
        self.purposes_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.purposes_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.purposes_caption = QLabel(PurposePageBody)
        self.purposes_caption.setObjectName(u"purposes_caption")
        self.purposes_caption.setWordWrap(True)

        self.purposes_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purposes_caption)

        self.purposes_holder = QWidget(PurposePageBody)
        self.purposes_holder.setObjectName(u"purposes_holder")
        self.purposes_holder_layout = QVBoxLayout(self.purposes_holder)
        self.purposes_holder_layout.setSpacing(2)
        self.purposes_holder_layout.setObjectName(u"purposes_holder_layout")
        self.purposes_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.purposes_box = QWidget(self.purposes_holder)
        self.purposes_box.setObjectName(u"purposes_box")
        self.purposes_column = QVBoxLayout(self.purposes_box)
        self.purposes_column.setObjectName(u"purposes_column")
        self.purposes_column.setContentsMargins(0, 0, 0, 0)

        self.purposes_holder_layout.addWidget(self.purposes_box)

        self.purposes_message = QLabel(self.purposes_holder)
        self.purposes_message.setObjectName(u"purposes_message")
        self.purposes_message.setWordWrap(True)
        self.purposes_message.setVisible(False)
        self.purposes_message.setTextFormat(Qt.PlainText)

        self.purposes_holder_layout.addWidget(self.purposes_message)


        self.purposes_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purposes_holder)


        self.purpose_body.addLayout(self.purposes_form)

        self.wishes_heading = QLabel(PurposePageBody)
        self.wishes_heading.setObjectName(u"wishes_heading")
        self.wishes_heading.setFont(font)

        self.purpose_body.addWidget(self.wishes_heading)

        self.wishes_form = QFormLayout()
        self.wishes_form.setObjectName(u"wishes_form")
        self.wishes_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.wishes_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.wishes_caption = QLabel(PurposePageBody)
        self.wishes_caption.setObjectName(u"wishes_caption")
        self.wishes_caption.setWordWrap(True)

        self.wishes_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wishes_caption)

        self.wishes_holder = QWidget(PurposePageBody)
        self.wishes_holder.setObjectName(u"wishes_holder")
        self.wishes_holder_layout = QVBoxLayout(self.wishes_holder)
        self.wishes_holder_layout.setSpacing(2)
        self.wishes_holder_layout.setObjectName(u"wishes_holder_layout")
        self.wishes_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.wishes_edit = QPlainTextEdit(self.wishes_holder)
        self.wishes_edit.setObjectName(u"wishes_edit")
        self.wishes_edit.setMinimumSize(QSize(0, 120))

        self.wishes_holder_layout.addWidget(self.wishes_edit)

        self.wishes_message = QLabel(self.wishes_holder)
        self.wishes_message.setObjectName(u"wishes_message")
        self.wishes_message.setWordWrap(True)
        self.wishes_message.setVisible(False)
        self.wishes_message.setTextFormat(Qt.PlainText)

        self.wishes_holder_layout.addWidget(self.wishes_message)


        self.wishes_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.wishes_holder)


        self.purpose_body.addLayout(self.wishes_form)

        self.purpose_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.purpose_body.addItem(self.purpose_stretch)

#if QT_CONFIG(shortcut)
        self.wishes_caption.setBuddy(self.wishes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.purposes_box, self.wishes_edit)

        self.retranslateUi(PurposePageBody)

        QMetaObject.connectSlotsByName(PurposePageBody)
    # setupUi

    def retranslateUi(self, PurposePageBody):
        self.purposes_heading.setText(QCoreApplication.translate("PurposePage", u"Form\u00e5l med tilbuddet (kvalitetsstandarden)", None))
        self.purposes_caption.setText(QCoreApplication.translate("PurposePage", u"&V\u00e6lg form\u00e5l:", None))
#if QT_CONFIG(accessibility)
        self.purposes_box.setAccessibleName(QCoreApplication.translate("PurposePage", u"Form\u00e5l", None))
#endif // QT_CONFIG(accessibility)
        self.wishes_heading.setText(QCoreApplication.translate("PurposePage", u"Borgerens \u00f8nsker", None))
        self.wishes_caption.setText(QCoreApplication.translate("PurposePage", u"Borgerens \u00f8nsker med &egne ord:", None))
#if QT_CONFIG(accessibility)
        self.wishes_edit.setAccessibleName(QCoreApplication.translate("PurposePage", u"Borgerens \u00f8nsker med egne ord", None))
#endif // QT_CONFIG(accessibility)
        self.wishes_edit.setPlaceholderText(QCoreApplication.translate("PurposePage", u"Skriv med borgerens egne ord, hvad borgeren gerne vil have ud af tilbuddet.", None))
        pass
    # retranslateUi

