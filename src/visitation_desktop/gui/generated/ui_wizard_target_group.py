# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_target_group.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QTreeWidget, QVBoxLayout, QWidget

class Ui_TargetGroupPage(object):
    def setupUi(self, TargetGroupPageBody):
        if not TargetGroupPageBody.objectName():
            TargetGroupPageBody.setObjectName(u"TargetGroupPageBody")
        self.target_group_body = QVBoxLayout(TargetGroupPageBody)
        self.target_group_body.setObjectName(u"target_group_body")
        self.under_age_banner = QLabel(TargetGroupPageBody)
        self.under_age_banner.setObjectName(u"under_age_banner")
        self.under_age_banner.setWordWrap(True)
        self.under_age_banner.setTextFormat(Qt.PlainText)
        self.under_age_banner.setStyleSheet(u"QLabel { background: #fbe9e7; color: #a40000; border: 2px solid #a40000; border-radius: 4px; padding: 8px; font-weight: bold; }")
        self.under_age_banner.setVisible(False)

        self.target_group_body.addWidget(self.under_age_banner)

        self.criteria_heading = QLabel(TargetGroupPageBody)
        self.criteria_heading.setObjectName(u"criteria_heading")

        self.target_group_body.addWidget(self.criteria_heading)

        self.criteria_grid = QGridLayout()
        self.criteria_grid.setObjectName(u"criteria_grid")
        self.criteria_grid.setHorizontalSpacing(16)
        self.criteria_grid.setColumnStretch(0, 1)
        self.criteria_grid.setColumnStretch(1, 1)

        self.target_group_body.addLayout(self.criteria_grid)

        self.residence_label = QLabel(TargetGroupPageBody)
        self.residence_label.setObjectName(u"residence_label")
        self.residence_label.setWordWrap(True)
        self.residence_label.setStyleSheet(u"color: #444;")

        self.target_group_body.addWidget(self.residence_label)

        self.codes_heading = QLabel(TargetGroupPageBody)
        self.codes_heading.setObjectName(u"codes_heading")
        font = QFont()
        font.setBold(True)
        self.codes_heading.setFont(font)

        self.target_group_body.addWidget(self.codes_heading)

        self.codes_note = QLabel(TargetGroupPageBody)
        self.codes_note.setObjectName(u"codes_note")
        self.codes_note.setWordWrap(True)
        self.codes_note.setStyleSheet(u"color: #444;")

        self.target_group_body.addWidget(self.codes_note)

        self.codes_form = QFormLayout()
        self.codes_form.setObjectName(u"codes_form")
        self.codes_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.codes_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.codes_caption = QLabel(TargetGroupPageBody)
        self.codes_caption.setObjectName(u"codes_caption")
        self.codes_caption.setWordWrap(True)

        self.codes_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codes_caption)

        self.codes_holder = QWidget(TargetGroupPageBody)
        self.codes_holder.setObjectName(u"codes_holder")
        self.codes_holder_layout = QVBoxLayout(self.codes_holder)
        self.codes_holder_layout.setSpacing(2)
        self.codes_holder_layout.setObjectName(u"codes_holder_layout")
        self.codes_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.codes_row = QHBoxLayout()
        self.codes_row.setObjectName(u"codes_row")
        self.codes_row.setContentsMargins(0, 0, 0, 0)
        self.codes_tree = QTreeWidget(self.codes_holder)
        self.codes_tree.setObjectName(u"codes_tree")
        self.codes_tree.setHeaderHidden(True)
        self.codes_tree.setMinimumSize(QSize(0, 220))
        self.codes_tree.setMaximumSize(QSize(16777215, 260))

        self.codes_row.addWidget(self.codes_tree)

        self.codes_chosen = QLabel(self.codes_holder)
        self.codes_chosen.setObjectName(u"codes_chosen")
        self.codes_chosen.setWordWrap(True)

        self.codes_row.addWidget(self.codes_chosen, 0, Qt.AlignTop)

        self.codes_row.setStretch(0, 3)
        self.codes_row.setStretch(1, 2)

        self.codes_holder_layout.addLayout(self.codes_row)

        self.codes_message = QLabel(self.codes_holder)
        self.codes_message.setObjectName(u"codes_message")
        self.codes_message.setWordWrap(True)
        self.codes_message.setVisible(False)
        self.codes_message.setTextFormat(Qt.PlainText)

        self.codes_holder_layout.addWidget(self.codes_message)


        self.codes_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codes_holder)


        self.target_group_body.addLayout(self.codes_form)

        self.assessment_heading = QLabel(TargetGroupPageBody)
        self.assessment_heading.setObjectName(u"assessment_heading")
        self.assessment_heading.setFont(font)

        self.target_group_body.addWidget(self.assessment_heading)

        self.assessment_note = QLabel(TargetGroupPageBody)
        self.assessment_note.setObjectName(u"assessment_note")
        self.assessment_note.setWordWrap(True)
        self.assessment_note.setStyleSheet(u"color: #444;")

        self.target_group_body.addWidget(self.assessment_note)

        self.assessment_form = QFormLayout()
        self.assessment_form.setObjectName(u"assessment_form")
        self.assessment_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.assessment_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.assessment_caption = QLabel(TargetGroupPageBody)
        self.assessment_caption.setObjectName(u"assessment_caption")
        self.assessment_caption.setWordWrap(True)

        self.assessment_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assessment_caption)

        self.assessment_holder = QWidget(TargetGroupPageBody)
        self.assessment_holder.setObjectName(u"assessment_holder")
        self.assessment_holder_layout = QVBoxLayout(self.assessment_holder)
        self.assessment_holder_layout.setSpacing(2)
        self.assessment_holder_layout.setObjectName(u"assessment_holder_layout")
        self.assessment_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.assessment_edit = QPlainTextEdit(self.assessment_holder)
        self.assessment_edit.setObjectName(u"assessment_edit")
        self.assessment_edit.setMinimumSize(QSize(0, 110))

        self.assessment_holder_layout.addWidget(self.assessment_edit)

        self.assessment_message = QLabel(self.assessment_holder)
        self.assessment_message.setObjectName(u"assessment_message")
        self.assessment_message.setWordWrap(True)
        self.assessment_message.setVisible(False)
        self.assessment_message.setTextFormat(Qt.PlainText)

        self.assessment_holder_layout.addWidget(self.assessment_message)


        self.assessment_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assessment_holder)


        self.target_group_body.addLayout(self.assessment_form)

#if QT_CONFIG(shortcut)
        self.codes_caption.setBuddy(self.codes_tree)
        self.assessment_caption.setBuddy(self.assessment_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codes_tree, self.assessment_edit)

        self.retranslateUi(TargetGroupPageBody)

        QMetaObject.connectSlotsByName(TargetGroupPageBody)
    # setupUi

    def retranslateUi(self, TargetGroupPageBody):
#if QT_CONFIG(accessibility)
        self.under_age_banner.setAccessibleName(QCoreApplication.translate("TargetGroupPage", u"Borgeren er ikke i m\u00e5lgruppen", None))
#endif // QT_CONFIG(accessibility)
        self.criteria_heading.setText(QCoreApplication.translate("TargetGroupPage", u"<b>Kriterier i kvalitetsstandarden</b>", None))
        self.residence_label.setText("")
        self.codes_heading.setText(QCoreApplication.translate("TargetGroupPage", u"M\u00e5lgruppe efter FFB", None))
        self.codes_note.setText(QCoreApplication.translate("TargetGroupPage", u"V\u00e6lg borgerens funktionsneds\u00e6ttelse(r) og eventuelle sociale problemer (FFB's m\u00e5lgrupper).", None))
        self.codes_caption.setText(QCoreApplication.translate("TargetGroupPage", u"Borgerens &m\u00e5lgruppe:", None))
#if QT_CONFIG(accessibility)
        self.codes_tree.setAccessibleName(QCoreApplication.translate("TargetGroupPage", u"FFB-m\u00e5lgrupper", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.codes_chosen.setAccessibleName(QCoreApplication.translate("TargetGroupPage", u"Valgte m\u00e5lgrupper", None))
#endif // QT_CONFIG(accessibility)
        self.assessment_heading.setText(QCoreApplication.translate("TargetGroupPage", u"Konkret individuel vurdering", None))
        self.assessment_note.setText(QCoreApplication.translate("TargetGroupPage", u"Programmet afg\u00f8r aldrig selv, om borgeren er i m\u00e5lgruppen. Det er din faglige vurdering ud fra borgerens samlede situation, ressourcer og behov, og den skal skrives her.", None))
        self.assessment_caption.setText(QCoreApplication.translate("TargetGroupPage", u"&Vurdering:", None))
#if QT_CONFIG(accessibility)
        self.assessment_edit.setAccessibleName(QCoreApplication.translate("TargetGroupPage", u"Vurdering", None))
#endif // QT_CONFIG(accessibility)
        self.assessment_edit.setPlaceholderText(QCoreApplication.translate("TargetGroupPage", u"Skriv, hvorfor borgeren er eller ikke er i m\u00e5lgruppen, og hvad du har lagt v\u00e6gt p\u00e5.", None))
        pass
    # retranslateUi

