# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_decision.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from visitation_desktop.gui.wizard.fields import DateField

class Ui_DecisionPage(object):
    def setupUi(self, DecisionPageBody):
        if not DecisionPageBody.objectName():
            DecisionPageBody.setObjectName(u"DecisionPageBody")
        self.decision_body = QVBoxLayout(DecisionPageBody)
        self.decision_body.setObjectName(u"decision_body")
        self.open_heading = QLabel(DecisionPageBody)
        self.open_heading.setObjectName(u"open_heading")
        font = QFont()
        font.setBold(True)
        self.open_heading.setFont(font)

        self.decision_body.addWidget(self.open_heading)

        self.open_holder = QWidget(DecisionPageBody)
        self.open_holder.setObjectName(u"open_holder")
        self.open_layout = QVBoxLayout(self.open_holder)
        self.open_layout.setObjectName(u"open_layout")
        self.open_layout.setContentsMargins(0, 0, 0, 0)

        self.decision_body.addWidget(self.open_holder)

        self.acceptance_place = QVBoxLayout()
        self.acceptance_place.setObjectName(u"acceptance_place")
        self.acceptance_place.setContentsMargins(0, 0, 0, 0)

        self.decision_body.addLayout(self.acceptance_place)

        self.outcome_heading = QLabel(DecisionPageBody)
        self.outcome_heading.setObjectName(u"outcome_heading")
        self.outcome_heading.setFont(font)

        self.decision_body.addWidget(self.outcome_heading)

        self.outcome_form = QFormLayout()
        self.outcome_form.setObjectName(u"outcome_form")
        self.outcome_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.outcome_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.outcome_caption = QLabel(DecisionPageBody)
        self.outcome_caption.setObjectName(u"outcome_caption")
        self.outcome_caption.setWordWrap(False)

        self.outcome_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcome_caption)

        self.outcome_holder = QWidget(DecisionPageBody)
        self.outcome_holder.setObjectName(u"outcome_holder")
        self.outcome_holder_layout = QVBoxLayout(self.outcome_holder)
        self.outcome_holder_layout.setSpacing(2)
        self.outcome_holder_layout.setObjectName(u"outcome_holder_layout")
        self.outcome_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.outcome_row = QHBoxLayout()
        self.outcome_row.setObjectName(u"outcome_row")
        self.outcome_row.setContentsMargins(0, 0, 0, 0)
        self.grant_button = QRadioButton(self.outcome_holder)
        self.grant_button.setObjectName(u"grant_button")

        self.outcome_row.addWidget(self.grant_button)

        self.refusal_button = QRadioButton(self.outcome_holder)
        self.refusal_button.setObjectName(u"refusal_button")

        self.outcome_row.addWidget(self.refusal_button)

        self.outcome_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcome_row.addItem(self.outcome_stretch)


        self.outcome_holder_layout.addLayout(self.outcome_row)

        self.blocked_label = QLabel(self.outcome_holder)
        self.blocked_label.setObjectName(u"blocked_label")
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setStyleSheet(u"color: #a40000; font-weight: bold;")

        self.outcome_holder_layout.addWidget(self.blocked_label)

        self.outcome_message = QLabel(self.outcome_holder)
        self.outcome_message.setObjectName(u"outcome_message")
        self.outcome_message.setWordWrap(True)
        self.outcome_message.setVisible(False)
        self.outcome_message.setTextFormat(Qt.PlainText)

        self.outcome_holder_layout.addWidget(self.outcome_message)


        self.outcome_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome_holder)


        self.decision_body.addLayout(self.outcome_form)

        self.reasoning_heading = QLabel(DecisionPageBody)
        self.reasoning_heading.setObjectName(u"reasoning_heading")
        self.reasoning_heading.setFont(font)

        self.decision_body.addWidget(self.reasoning_heading)

        self.reasoning_form = QFormLayout()
        self.reasoning_form.setObjectName(u"reasoning_form")
        self.reasoning_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.reasoning_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.suggest_row = QHBoxLayout()
        self.suggest_row.setObjectName(u"suggest_row")
        self.suggest_row.setContentsMargins(0, 0, 0, 0)
        self.suggest_button = QPushButton(DecisionPageBody)
        self.suggest_button.setObjectName(u"suggest_button")

        self.suggest_row.addWidget(self.suggest_button)

        self.suggest_hint = QLabel(DecisionPageBody)
        self.suggest_hint.setObjectName(u"suggest_hint")
        self.suggest_hint.setWordWrap(True)
        self.suggest_hint.setStyleSheet(u"color: #444;")

        self.suggest_row.addWidget(self.suggest_hint)

        self.suggest_row.setStretch(1, 1)

        self.reasoning_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.suggest_row)

        self.rules_applied_caption = QLabel(DecisionPageBody)
        self.rules_applied_caption.setObjectName(u"rules_applied_caption")
        self.rules_applied_caption.setWordWrap(False)

        self.reasoning_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rules_applied_caption)

        self.rules_applied_holder = QWidget(DecisionPageBody)
        self.rules_applied_holder.setObjectName(u"rules_applied_holder")
        self.rules_applied_holder_layout = QVBoxLayout(self.rules_applied_holder)
        self.rules_applied_holder_layout.setSpacing(2)
        self.rules_applied_holder_layout.setObjectName(u"rules_applied_holder_layout")
        self.rules_applied_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.rules_applied_edit = QPlainTextEdit(self.rules_applied_holder)
        self.rules_applied_edit.setObjectName(u"rules_applied_edit")
        self.rules_applied_edit.setMinimumSize(QSize(0, 96))
        self.rules_applied_edit.setMaximumSize(QSize(16777215, 96))

        self.rules_applied_holder_layout.addWidget(self.rules_applied_edit)

        self.rules_applied_message = QLabel(self.rules_applied_holder)
        self.rules_applied_message.setObjectName(u"rules_applied_message")
        self.rules_applied_message.setWordWrap(True)
        self.rules_applied_message.setVisible(False)
        self.rules_applied_message.setTextFormat(Qt.PlainText)

        self.rules_applied_holder_layout.addWidget(self.rules_applied_message)


        self.reasoning_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rules_applied_holder)

        self.facts_caption = QLabel(DecisionPageBody)
        self.facts_caption.setObjectName(u"facts_caption")
        self.facts_caption.setWordWrap(False)

        self.reasoning_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.facts_caption)

        self.facts_holder = QWidget(DecisionPageBody)
        self.facts_holder.setObjectName(u"facts_holder")
        self.facts_holder_layout = QVBoxLayout(self.facts_holder)
        self.facts_holder_layout.setSpacing(2)
        self.facts_holder_layout.setObjectName(u"facts_holder_layout")
        self.facts_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.facts_edit = QPlainTextEdit(self.facts_holder)
        self.facts_edit.setObjectName(u"facts_edit")
        self.facts_edit.setMinimumSize(QSize(0, 96))
        self.facts_edit.setMaximumSize(QSize(16777215, 96))

        self.facts_holder_layout.addWidget(self.facts_edit)

        self.facts_message = QLabel(self.facts_holder)
        self.facts_message.setObjectName(u"facts_message")
        self.facts_message.setWordWrap(True)
        self.facts_message.setVisible(False)
        self.facts_message.setTextFormat(Qt.PlainText)

        self.facts_holder_layout.addWidget(self.facts_message)


        self.reasoning_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.facts_holder)

        self.considerations_caption = QLabel(DecisionPageBody)
        self.considerations_caption.setObjectName(u"considerations_caption")
        self.considerations_caption.setWordWrap(False)

        self.reasoning_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.considerations_caption)

        self.considerations_holder = QWidget(DecisionPageBody)
        self.considerations_holder.setObjectName(u"considerations_holder")
        self.considerations_holder_layout = QVBoxLayout(self.considerations_holder)
        self.considerations_holder_layout.setSpacing(2)
        self.considerations_holder_layout.setObjectName(u"considerations_holder_layout")
        self.considerations_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.considerations_edit = QPlainTextEdit(self.considerations_holder)
        self.considerations_edit.setObjectName(u"considerations_edit")
        self.considerations_edit.setMinimumSize(QSize(0, 96))
        self.considerations_edit.setMaximumSize(QSize(16777215, 96))

        self.considerations_holder_layout.addWidget(self.considerations_edit)

        self.considerations_message = QLabel(self.considerations_holder)
        self.considerations_message.setObjectName(u"considerations_message")
        self.considerations_message.setWordWrap(True)
        self.considerations_message.setVisible(False)
        self.considerations_message.setTextFormat(Qt.PlainText)

        self.considerations_holder_layout.addWidget(self.considerations_message)


        self.reasoning_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.considerations_holder)


        self.decision_body.addLayout(self.reasoning_form)

        self.date_heading = QLabel(DecisionPageBody)
        self.date_heading.setObjectName(u"date_heading")
        self.date_heading.setFont(font)

        self.decision_body.addWidget(self.date_heading)

        self.date_form = QFormLayout()
        self.date_form.setObjectName(u"date_form")
        self.date_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.date_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.date_caption = QLabel(DecisionPageBody)
        self.date_caption.setObjectName(u"date_caption")
        self.date_caption.setWordWrap(False)

        self.date_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_caption)

        self.date_holder = QWidget(DecisionPageBody)
        self.date_holder.setObjectName(u"date_holder")
        self.date_holder_layout = QVBoxLayout(self.date_holder)
        self.date_holder_layout.setSpacing(2)
        self.date_holder_layout.setObjectName(u"date_holder_layout")
        self.date_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.date_row = QHBoxLayout()
        self.date_row.setObjectName(u"date_row")
        self.date_row.setContentsMargins(0, 0, 0, 0)
        self.date_edit = DateField(self.date_holder)
        self.date_edit.setObjectName(u"date_edit")

        self.date_row.addWidget(self.date_edit)

        self.deadline_label = QLabel(self.date_holder)
        self.deadline_label.setObjectName(u"deadline_label")
        self.deadline_label.setWordWrap(True)

        self.date_row.addWidget(self.deadline_label)

        self.date_row.setStretch(1, 1)

        self.date_holder_layout.addLayout(self.date_row)

        self.date_message = QLabel(self.date_holder)
        self.date_message.setObjectName(u"date_message")
        self.date_message.setWordWrap(True)
        self.date_message.setVisible(False)
        self.date_message.setTextFormat(Qt.PlainText)

        self.date_holder_layout.addWidget(self.date_message)


        self.date_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_holder)

        self.overrun_caption = QLabel(DecisionPageBody)
        self.overrun_caption.setObjectName(u"overrun_caption")
        self.overrun_caption.setWordWrap(False)

        self.date_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.overrun_caption)

        self.overrun_holder = QWidget(DecisionPageBody)
        self.overrun_holder.setObjectName(u"overrun_holder")
        self.overrun_holder_layout = QVBoxLayout(self.overrun_holder)
        self.overrun_holder_layout.setSpacing(2)
        self.overrun_holder_layout.setObjectName(u"overrun_holder_layout")
        self.overrun_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.overrun_edit = QPlainTextEdit(self.overrun_holder)
        self.overrun_edit.setObjectName(u"overrun_edit")
        self.overrun_edit.setMinimumSize(QSize(0, 56))
        self.overrun_edit.setMaximumSize(QSize(16777215, 56))

        self.overrun_holder_layout.addWidget(self.overrun_edit)

        self.overrun_message = QLabel(self.overrun_holder)
        self.overrun_message.setObjectName(u"overrun_message")
        self.overrun_message.setWordWrap(True)
        self.overrun_message.setVisible(False)
        self.overrun_message.setTextFormat(Qt.PlainText)

        self.overrun_holder_layout.addWidget(self.overrun_message)


        self.date_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.overrun_holder)

        self.delay_caption = QLabel(DecisionPageBody)
        self.delay_caption.setObjectName(u"delay_caption")
        self.delay_caption.setWordWrap(False)

        self.date_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.delay_caption)

        self.delay_holder = QWidget(DecisionPageBody)
        self.delay_holder.setObjectName(u"delay_holder")
        self.delay_holder_layout = QVBoxLayout(self.delay_holder)
        self.delay_holder_layout.setSpacing(2)
        self.delay_holder_layout.setObjectName(u"delay_holder_layout")
        self.delay_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.delay_edit = QPlainTextEdit(self.delay_holder)
        self.delay_edit.setObjectName(u"delay_edit")
        self.delay_edit.setMinimumSize(QSize(0, 56))
        self.delay_edit.setMaximumSize(QSize(16777215, 56))

        self.delay_holder_layout.addWidget(self.delay_edit)

        self.delay_message = QLabel(self.delay_holder)
        self.delay_message.setObjectName(u"delay_message")
        self.delay_message.setWordWrap(True)
        self.delay_message.setVisible(False)
        self.delay_message.setTextFormat(Qt.PlainText)

        self.delay_holder_layout.addWidget(self.delay_message)


        self.date_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.delay_holder)


        self.decision_body.addLayout(self.date_form)

        self.decision_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.decision_body.addItem(self.decision_stretch)

#if QT_CONFIG(shortcut)
        self.outcome_caption.setBuddy(self.grant_button)
        self.rules_applied_caption.setBuddy(self.rules_applied_edit)
        self.facts_caption.setBuddy(self.facts_edit)
        self.considerations_caption.setBuddy(self.considerations_edit)
        self.date_caption.setBuddy(self.date_edit)
        self.overrun_caption.setBuddy(self.overrun_edit)
        self.delay_caption.setBuddy(self.delay_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.grant_button, self.refusal_button)
        QWidget.setTabOrder(self.refusal_button, self.suggest_button)
        QWidget.setTabOrder(self.suggest_button, self.rules_applied_edit)
        QWidget.setTabOrder(self.rules_applied_edit, self.facts_edit)
        QWidget.setTabOrder(self.facts_edit, self.considerations_edit)
        QWidget.setTabOrder(self.considerations_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.overrun_edit)
        QWidget.setTabOrder(self.overrun_edit, self.delay_edit)

        self.retranslateUi(DecisionPageBody)

        QMetaObject.connectSlotsByName(DecisionPageBody)
    # setupUi

    def retranslateUi(self, DecisionPageBody):
        self.open_heading.setText(QCoreApplication.translate("DecisionPage", u"\u00c5bne fund f\u00f8r afg\u00f8relsen", None))
        self.outcome_heading.setText(QCoreApplication.translate("DecisionPage", u"Afg\u00f8relse", None))
        self.outcome_caption.setText(QCoreApplication.translate("DecisionPage", u"Afg\u00f8relsen er:", None))
        self.grant_button.setText(QCoreApplication.translate("DecisionPage", u"&Bevilling", None))
        self.refusal_button.setText(QCoreApplication.translate("DecisionPage", u"Afs&lag", None))
        self.blocked_label.setText(QCoreApplication.translate("DecisionPage", u"L\u00f8s de blokerende fund, ellers er afg\u00f8relsen et afslag.", None))
        self.reasoning_heading.setText(QCoreApplication.translate("DecisionPage", u"Begrundelse", None))
        self.suggest_button.setText(QCoreApplication.translate("DecisionPage", u"Foresl&\u00e5 tekst", None))
        self.rules_applied_caption.setText(QCoreApplication.translate("DecisionPage", u"&Regler, afg\u00f8relsen bygger p\u00e5:", None))
#if QT_CONFIG(accessibility)
        self.rules_applied_edit.setAccessibleName(QCoreApplication.translate("DecisionPage", u"Regler, afg\u00f8relsen bygger p\u00e5", None))
#endif // QT_CONFIG(accessibility)
        self.rules_applied_edit.setPlaceholderText(QCoreApplication.translate("DecisionPage", u"Fx servicelovens \u00a7 104 og kvalitetsstandardens kriterier", None))
        self.facts_caption.setText(QCoreApplication.translate("DecisionPage", u"&Oplysninger, der er lagt v\u00e6gt p\u00e5:", None))
#if QT_CONFIG(accessibility)
        self.facts_edit.setAccessibleName(QCoreApplication.translate("DecisionPage", u"Oplysninger, der er lagt v\u00e6gt p\u00e5", None))
#endif // QT_CONFIG(accessibility)
        self.facts_edit.setPlaceholderText(QCoreApplication.translate("DecisionPage", u"Fx den individuelle vurdering og borgerens funktionsevne", None))
        self.considerations_caption.setText(QCoreApplication.translate("DecisionPage", u"Hovedhen&syn:", None))
#if QT_CONFIG(accessibility)
        self.considerations_edit.setAccessibleName(QCoreApplication.translate("DecisionPage", u"Hovedhensyn", None))
#endif // QT_CONFIG(accessibility)
        self.considerations_edit.setPlaceholderText(QCoreApplication.translate("DecisionPage", u"Fx hvorfor netop dette tilbud og denne plads, eller hvorfor afslag", None))
        self.date_heading.setText(QCoreApplication.translate("DecisionPage", u"Dato og frist", None))
        self.date_caption.setText(QCoreApplication.translate("DecisionPage", u"Dato for afg\u00f8r&elsen:", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("DecisionPage", u"Dato for afg\u00f8relsen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deadline_label.setAccessibleName(QCoreApplication.translate("DecisionPage", u"Frist for afg\u00f8relsen", None))
#endif // QT_CONFIG(accessibility)
        self.overrun_caption.setText(QCoreApplication.translate("DecisionPage", u"\u00c5rsag til o&verskridelse:", None))
#if QT_CONFIG(accessibility)
        self.overrun_edit.setAccessibleName(QCoreApplication.translate("DecisionPage", u"\u00c5rsag til overskridelse", None))
#endif // QT_CONFIG(accessibility)
        self.overrun_edit.setPlaceholderText(QCoreApplication.translate("DecisionPage", u"Hvorfor blev fristen ikke holdt?", None))
        self.delay_caption.setText(QCoreApplication.translate("DecisionPage", u"Besked om forsin&kelse:", None))
#if QT_CONFIG(accessibility)
        self.delay_edit.setAccessibleName(QCoreApplication.translate("DecisionPage", u"Besked om forsinkelse", None))
#endif // QT_CONFIG(accessibility)
        self.delay_edit.setPlaceholderText(QCoreApplication.translate("DecisionPage", u"Hvis fristen ikke kan holdes: hvad borgeren har f\u00e5et skriftligt at vide om, hvorn\u00e5r afg\u00f8relsen kommer", None))
        pass
    # retranslateUi

