# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_other_services.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OtherServicesPage(object):
    def setupUi(self, OtherServicesPageBody):
        if not OtherServicesPageBody.objectName():
            OtherServicesPageBody.setObjectName(u"OtherServicesPageBody")
        self.other_services_body = QVBoxLayout(OtherServicesPageBody)
        self.other_services_body.setObjectName(u"other_services_body")
        self.intro_label = QLabel(OtherServicesPageBody)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"color: #444;")

        self.other_services_body.addWidget(self.intro_label)

        self.rules_heading = QLabel(OtherServicesPageBody)
        self.rules_heading.setObjectName(u"rules_heading")
        font = QFont()
        font.setBold(True)
        self.rules_heading.setFont(font)

        self.other_services_body.addWidget(self.rules_heading)

        self.rules_box = QWidget(OtherServicesPageBody)
        self.rules_box.setObjectName(u"rules_box")
        self.rules_grid = QGridLayout(self.rules_box)
        self.rules_grid.setObjectName(u"rules_grid")
        self.rules_grid.setContentsMargins(0, 0, 0, 0)
        self.rules_grid.setColumnStretch(2, 2)
        self.rules_grid.setColumnStretch(3, 3)

        self.other_services_body.addWidget(self.rules_box)

        self.others_heading = QLabel(OtherServicesPageBody)
        self.others_heading.setObjectName(u"others_heading")
        self.others_heading.setFont(font)

        self.other_services_body.addWidget(self.others_heading)

        self.others_box = QVBoxLayout()
        self.others_box.setObjectName(u"others_box")

        self.other_services_body.addLayout(self.others_box)

        self.add_other_row = QHBoxLayout()
        self.add_other_row.setObjectName(u"add_other_row")
        self.add_other_button = QPushButton(OtherServicesPageBody)
        self.add_other_button.setObjectName(u"add_other_button")

        self.add_other_row.addWidget(self.add_other_button)

        self.add_other_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_other_row.addItem(self.add_other_stretch)


        self.other_services_body.addLayout(self.add_other_row)

        self.coordination_box = QGroupBox(OtherServicesPageBody)
        self.coordination_box.setObjectName(u"coordination_box")
        self.coordination_column = QVBoxLayout(self.coordination_box)
        self.coordination_column.setObjectName(u"coordination_column")
        self.coordination_rule = QLabel(self.coordination_box)
        self.coordination_rule.setObjectName(u"coordination_rule")
        self.coordination_rule.setWordWrap(True)

        self.coordination_column.addWidget(self.coordination_rule)

        self.coordination_hint = QLabel(self.coordination_box)
        self.coordination_hint.setObjectName(u"coordination_hint")
        self.coordination_hint.setWordWrap(True)
        self.coordination_hint.setStyleSheet(u"color: #444;")

        self.coordination_column.addWidget(self.coordination_hint)

        self.coordination_form = QFormLayout()
        self.coordination_form.setObjectName(u"coordination_form")
        self.coordination_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.providers_caption = QLabel(self.coordination_box)
        self.providers_caption.setObjectName(u"providers_caption")
        self.providers_caption.setWordWrap(False)

        self.coordination_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.providers_caption)

        self.providers_holder = QWidget(self.coordination_box)
        self.providers_holder.setObjectName(u"providers_holder")
        self.providers_holder_layout = QVBoxLayout(self.providers_holder)
        self.providers_holder_layout.setSpacing(2)
        self.providers_holder_layout.setObjectName(u"providers_holder_layout")
        self.providers_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.providers_edit = QPlainTextEdit(self.providers_holder)
        self.providers_edit.setObjectName(u"providers_edit")
        self.providers_edit.setMinimumSize(QSize(0, 56))
        self.providers_edit.setMaximumSize(QSize(16777215, 56))

        self.providers_holder_layout.addWidget(self.providers_edit)

        self.providers_message = QLabel(self.providers_holder)
        self.providers_message.setObjectName(u"providers_message")
        self.providers_message.setWordWrap(True)
        self.providers_message.setVisible(False)
        self.providers_message.setTextFormat(Qt.PlainText)

        self.providers_holder_layout.addWidget(self.providers_message)


        self.coordination_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.providers_holder)

        self.agreement_caption = QLabel(self.coordination_box)
        self.agreement_caption.setObjectName(u"agreement_caption")
        self.agreement_caption.setWordWrap(False)

        self.coordination_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agreement_caption)

        self.agreement_holder = QWidget(self.coordination_box)
        self.agreement_holder.setObjectName(u"agreement_holder")
        self.agreement_holder_layout = QVBoxLayout(self.agreement_holder)
        self.agreement_holder_layout.setSpacing(2)
        self.agreement_holder_layout.setObjectName(u"agreement_holder_layout")
        self.agreement_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.agreement_edit = QPlainTextEdit(self.agreement_holder)
        self.agreement_edit.setObjectName(u"agreement_edit")
        self.agreement_edit.setMinimumSize(QSize(0, 80))
        self.agreement_edit.setMaximumSize(QSize(16777215, 80))

        self.agreement_holder_layout.addWidget(self.agreement_edit)

        self.agreement_message = QLabel(self.agreement_holder)
        self.agreement_message.setObjectName(u"agreement_message")
        self.agreement_message.setWordWrap(True)
        self.agreement_message.setVisible(False)
        self.agreement_message.setTextFormat(Qt.PlainText)

        self.agreement_holder_layout.addWidget(self.agreement_message)


        self.coordination_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agreement_holder)


        self.coordination_column.addLayout(self.coordination_form)


        self.other_services_body.addWidget(self.coordination_box)

        self.other_services_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.other_services_body.addItem(self.other_services_stretch)

#if QT_CONFIG(shortcut)
        self.providers_caption.setBuddy(self.providers_edit)
        self.agreement_caption.setBuddy(self.agreement_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.add_other_button, self.providers_edit)
        QWidget.setTabOrder(self.providers_edit, self.agreement_edit)

        self.retranslateUi(OtherServicesPageBody)

        QMetaObject.connectSlotsByName(OtherServicesPageBody)
    # setupUi

    def retranslateUi(self, OtherServicesPageBody):
        self.intro_label.setText(QCoreApplication.translate("OtherServicesPage", u"S\u00e6t flueben ved de indsatser, borgeren har eller har s\u00f8gt.", None))
        self.rules_heading.setText(QCoreApplication.translate("OtherServicesPage", u"Indsatser, som kvalitetsstandarden n\u00e6vner", None))
        self.others_heading.setText(QCoreApplication.translate("OtherServicesPage", u"Andre indsatser", None))
        self.add_other_button.setText(QCoreApplication.translate("OtherServicesPage", u"Tilf\u00f8j anden ind&sats", None))
        self.coordination_box.setTitle(QCoreApplication.translate("OtherServicesPage", u"Koordinering med de andre leverand\u00f8rer", None))
        self.coordination_hint.setText("")
        self.providers_caption.setText(QCoreApplication.translate("OtherServicesPage", u"&Leverand\u00f8rer, der samarbejder:", None))
#if QT_CONFIG(accessibility)
        self.providers_edit.setAccessibleName(QCoreApplication.translate("OtherServicesPage", u"Leverand\u00f8rer, der samarbejder", None))
#endif // QT_CONFIG(accessibility)
        self.providers_edit.setPlaceholderText(QCoreApplication.translate("OtherServicesPage", u"Fx bost\u00f8tten i Sydthy og tilbuddet", None))
        self.agreement_caption.setText(QCoreApplication.translate("OtherServicesPage", u"Hvad er &aftalt:", None))
#if QT_CONFIG(accessibility)
        self.agreement_edit.setAccessibleName(QCoreApplication.translate("OtherServicesPage", u"Hvad er aftalt", None))
#endif // QT_CONFIG(accessibility)
        self.agreement_edit.setPlaceholderText(QCoreApplication.translate("OtherServicesPage", u"Hvem g\u00f8r hvad, hvor ofte I m\u00f8des, hvad borgeren har sagt ja til", None))
        pass
    # retranslateUi

