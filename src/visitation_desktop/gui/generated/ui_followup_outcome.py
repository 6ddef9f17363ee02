# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_outcome.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from visitation_desktop.gui.wizard.fields import DateField

class Ui_OutcomePage(object):
    def setupUi(self, OutcomePageBody):
        if not OutcomePageBody.objectName():
            OutcomePageBody.setObjectName(u"OutcomePageBody")
        self.outcome_body = QVBoxLayout(OutcomePageBody)
        self.outcome_body.setObjectName(u"outcome_body")
        self.outcome_heading = QLabel(OutcomePageBody)
        self.outcome_heading.setObjectName(u"outcome_heading")
        font = QFont()
        font.setBold(True)
        self.outcome_heading.setFont(font)
        self.outcome_heading.setWordWrap(True)

        self.outcome_body.addWidget(self.outcome_heading)

        self.outcome_form = QFormLayout()
        self.outcome_form.setObjectName(u"outcome_form")
        self.outcome_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.outcome_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.outcome_holder = QWidget(OutcomePageBody)
        self.outcome_holder.setObjectName(u"outcome_holder")
        self.outcome_holder_layout = QVBoxLayout(self.outcome_holder)
        self.outcome_holder_layout.setSpacing(2)
        self.outcome_holder_layout.setObjectName(u"outcome_holder_layout")
        self.outcome_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.outcome_box = QGroupBox(self.outcome_holder)
        self.outcome_box.setObjectName(u"outcome_box")
        self.outcome_box.setFlat(True)
        self.outcome_choices = QVBoxLayout(self.outcome_box)
        self.outcome_choices.setObjectName(u"outcome_choices")
        self.outcome_choices.setContentsMargins(0, 0, 0, 0)
        self.continue_button = QRadioButton(self.outcome_box)
        self.continue_button.setObjectName(u"continue_button")

        self.outcome_choices.addWidget(self.continue_button, 0, Qt.AlignLeft)

        self.adjust_button = QRadioButton(self.outcome_box)
        self.adjust_button.setObjectName(u"adjust_button")

        self.outcome_choices.addWidget(self.adjust_button, 0, Qt.AlignLeft)

        self.end_button = QRadioButton(self.outcome_box)
        self.end_button.setObjectName(u"end_button")

        self.outcome_choices.addWidget(self.end_button, 0, Qt.AlignLeft)


        self.outcome_holder_layout.addWidget(self.outcome_box)

        self.outcome_message = QLabel(self.outcome_holder)
        self.outcome_message.setObjectName(u"outcome_message")
        self.outcome_message.setWordWrap(True)
        self.outcome_message.setVisible(False)
        self.outcome_message.setTextFormat(Qt.PlainText)

        self.outcome_holder_layout.addWidget(self.outcome_message)


        self.outcome_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.outcome_holder)


        self.outcome_body.addLayout(self.outcome_form)

        self.adjust_box = QGroupBox(OutcomePageBody)
        self.adjust_box.setObjectName(u"adjust_box")
        self.adjust_form = QFormLayout(self.adjust_box)
        self.adjust_form.setObjectName(u"adjust_form")
        self.adjust_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.adjust_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.place_caption = QLabel(self.adjust_box)
        self.place_caption.setObjectName(u"place_caption")
        self.place_caption.setWordWrap(False)

        self.adjust_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.place_caption)

        self.place_holder = QWidget(self.adjust_box)
        self.place_holder.setObjectName(u"place_holder")
        self.place_holder_layout = QVBoxLayout(self.place_holder)
        self.place_holder_layout.setSpacing(2)
        self.place_holder_layout.setObjectName(u"place_holder_layout")
        self.place_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.place_combo = QComboBox(self.place_holder)
        self.place_combo.setObjectName(u"place_combo")

        self.place_holder_layout.addWidget(self.place_combo)

        self.place_message = QLabel(self.place_holder)
        self.place_message.setObjectName(u"place_message")
        self.place_message.setWordWrap(True)
        self.place_message.setVisible(False)
        self.place_message.setTextFormat(Qt.PlainText)

        self.place_holder_layout.addWidget(self.place_message)


        self.adjust_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.place_holder)

        self.offer_caption = QLabel(self.adjust_box)
        self.offer_caption.setObjectName(u"offer_caption")
        self.offer_caption.setWordWrap(False)

        self.adjust_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.offer_caption)

        self.offer_holder = QWidget(self.adjust_box)
        self.offer_holder.setObjectName(u"offer_holder")
        self.offer_holder_layout = QVBoxLayout(self.offer_holder)
        self.offer_holder_layout.setSpacing(2)
        self.offer_holder_layout.setObjectName(u"offer_holder_layout")
        self.offer_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.offer_combo = QComboBox(self.offer_holder)
        self.offer_combo.setObjectName(u"offer_combo")

        self.offer_holder_layout.addWidget(self.offer_combo)

        self.offer_message = QLabel(self.offer_holder)
        self.offer_message.setObjectName(u"offer_message")
        self.offer_message.setWordWrap(True)
        self.offer_message.setVisible(False)
        self.offer_message.setTextFormat(Qt.PlainText)

        self.offer_holder_layout.addWidget(self.offer_message)


        self.adjust_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.offer_holder)

        self.start_caption = QLabel(self.adjust_box)
        self.start_caption.setObjectName(u"start_caption")
        self.start_caption.setWordWrap(False)

        self.adjust_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_caption)

        self.start_holder = QWidget(self.adjust_box)
        self.start_holder.setObjectName(u"start_holder")
        self.start_holder_layout = QVBoxLayout(self.start_holder)
        self.start_holder_layout.setSpacing(2)
        self.start_holder_layout.setObjectName(u"start_holder_layout")
        self.start_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.start_edit = DateField(self.start_holder)
        self.start_edit.setObjectName(u"start_edit")

        self.start_holder_layout.addWidget(self.start_edit)

        self.start_message = QLabel(self.start_holder)
        self.start_message.setObjectName(u"start_message")
        self.start_message.setWordWrap(True)
        self.start_message.setVisible(False)
        self.start_message.setTextFormat(Qt.PlainText)

        self.start_holder_layout.addWidget(self.start_message)


        self.adjust_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_holder)

        self.reason_caption = QLabel(self.adjust_box)
        self.reason_caption.setObjectName(u"reason_caption")
        self.reason_caption.setWordWrap(False)

        self.adjust_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason_holder = QWidget(self.adjust_box)
        self.reason_holder.setObjectName(u"reason_holder")
        self.reason_holder_layout = QVBoxLayout(self.reason_holder)
        self.reason_holder_layout.setSpacing(2)
        self.reason_holder_layout.setObjectName(u"reason_holder_layout")
        self.reason_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.reason_edit = QPlainTextEdit(self.reason_holder)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMinimumSize(QSize(0, 64))
        self.reason_edit.setMaximumSize(QSize(16777215, 64))
        self.reason_edit.setTabChangesFocus(True)

        self.reason_holder_layout.addWidget(self.reason_edit)

        self.reason_message = QLabel(self.reason_holder)
        self.reason_message.setObjectName(u"reason_message")
        self.reason_message.setWordWrap(True)
        self.reason_message.setVisible(False)
        self.reason_message.setTextFormat(Qt.PlainText)

        self.reason_holder_layout.addWidget(self.reason_message)


        self.adjust_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_holder)

        self.adjust_message = QLabel(self.adjust_box)
        self.adjust_message.setObjectName(u"adjust_message")
        self.adjust_message.setWordWrap(True)

        self.adjust_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.adjust_message)

        self.no_change = QLabel(self.adjust_box)
        self.no_change.setObjectName(u"no_change")
        self.no_change.setWordWrap(True)
        self.no_change.setVisible(False)

        self.adjust_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.no_change)


        self.outcome_body.addWidget(self.adjust_box)

        self.end_box = QGroupBox(OutcomePageBody)
        self.end_box.setObjectName(u"end_box")
        self.end_form = QFormLayout(self.end_box)
        self.end_form.setObjectName(u"end_form")
        self.end_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.end_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.end_reason_caption = QLabel(self.end_box)
        self.end_reason_caption.setObjectName(u"end_reason_caption")
        self.end_reason_caption.setWordWrap(False)

        self.end_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.end_reason_caption)

        self.end_reason_holder = QWidget(self.end_box)
        self.end_reason_holder.setObjectName(u"end_reason_holder")
        self.end_reason_holder_layout = QVBoxLayout(self.end_reason_holder)
        self.end_reason_holder_layout.setSpacing(2)
        self.end_reason_holder_layout.setObjectName(u"end_reason_holder_layout")
        self.end_reason_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.end_reason_edit = QPlainTextEdit(self.end_reason_holder)
        self.end_reason_edit.setObjectName(u"end_reason_edit")
        self.end_reason_edit.setMinimumSize(QSize(0, 64))
        self.end_reason_edit.setMaximumSize(QSize(16777215, 64))
        self.end_reason_edit.setTabChangesFocus(True)

        self.end_reason_holder_layout.addWidget(self.end_reason_edit)

        self.end_reason_message = QLabel(self.end_reason_holder)
        self.end_reason_message.setObjectName(u"end_reason_message")
        self.end_reason_message.setWordWrap(True)
        self.end_reason_message.setVisible(False)
        self.end_reason_message.setTextFormat(Qt.PlainText)

        self.end_reason_holder_layout.addWidget(self.end_reason_message)


        self.end_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.end_reason_holder)

        self.referral_caption = QLabel(self.end_box)
        self.referral_caption.setObjectName(u"referral_caption")
        self.referral_caption.setWordWrap(False)

        self.end_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referral_caption)

        self.referral_holder = QWidget(self.end_box)
        self.referral_holder.setObjectName(u"referral_holder")
        self.referral_holder_layout = QVBoxLayout(self.referral_holder)
        self.referral_holder_layout.setSpacing(2)
        self.referral_holder_layout.setObjectName(u"referral_holder_layout")
        self.referral_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.referral_edit = QLineEdit(self.referral_holder)
        self.referral_edit.setObjectName(u"referral_edit")

        self.referral_holder_layout.addWidget(self.referral_edit)

        self.referral_message = QLabel(self.referral_holder)
        self.referral_message.setObjectName(u"referral_message")
        self.referral_message.setWordWrap(True)
        self.referral_message.setVisible(False)
        self.referral_message.setTextFormat(Qt.PlainText)

        self.referral_holder_layout.addWidget(self.referral_message)


        self.end_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referral_holder)


        self.outcome_body.addWidget(self.end_box)

        self.next_heading = QLabel(OutcomePageBody)
        self.next_heading.setObjectName(u"next_heading")
        self.next_heading.setFont(font)
        self.next_heading.setWordWrap(True)

        self.outcome_body.addWidget(self.next_heading)

        self.next_form = QFormLayout()
        self.next_form.setObjectName(u"next_form")
        self.next_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.next_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.next_caption = QLabel(OutcomePageBody)
        self.next_caption.setObjectName(u"next_caption")
        self.next_caption.setWordWrap(False)

        self.next_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.next_caption)

        self.next_holder = QWidget(OutcomePageBody)
        self.next_holder.setObjectName(u"next_holder")
        self.next_holder_layout = QVBoxLayout(self.next_holder)
        self.next_holder_layout.setSpacing(2)
        self.next_holder_layout.setObjectName(u"next_holder_layout")
        self.next_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.next_edit = DateField(self.next_holder)
        self.next_edit.setObjectName(u"next_edit")

        self.next_holder_layout.addWidget(self.next_edit)

        self.next_message = QLabel(self.next_holder)
        self.next_message.setObjectName(u"next_message")
        self.next_message.setWordWrap(True)
        self.next_message.setVisible(False)
        self.next_message.setTextFormat(Qt.PlainText)

        self.next_holder_layout.addWidget(self.next_message)


        self.next_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.next_holder)

        self.next_hint = QLabel(OutcomePageBody)
        self.next_hint.setObjectName(u"next_hint")
        self.next_hint.setWordWrap(True)

        self.next_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.next_hint)


        self.outcome_body.addLayout(self.next_form)

        self.outcome_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outcome_body.addItem(self.outcome_stretch)

#if QT_CONFIG(shortcut)
        self.place_caption.setBuddy(self.place_combo)
        self.offer_caption.setBuddy(self.offer_combo)
        self.start_caption.setBuddy(self.start_edit)
        self.reason_caption.setBuddy(self.reason_edit)
        self.end_reason_caption.setBuddy(self.end_reason_edit)
        self.referral_caption.setBuddy(self.referral_edit)
        self.next_caption.setBuddy(self.next_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.continue_button, self.adjust_button)
        QWidget.setTabOrder(self.adjust_button, self.end_button)
        QWidget.setTabOrder(self.end_button, self.place_combo)
        QWidget.setTabOrder(self.place_combo, self.offer_combo)
        QWidget.setTabOrder(self.offer_combo, self.start_edit)
        QWidget.setTabOrder(self.start_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.end_reason_edit)
        QWidget.setTabOrder(self.end_reason_edit, self.referral_edit)
        QWidget.setTabOrder(self.referral_edit, self.next_edit)

        self.retranslateUi(OutcomePageBody)

        QMetaObject.connectSlotsByName(OutcomePageBody)
    # setupUi

    def retranslateUi(self, OutcomePageBody):
        self.outcome_heading.setText(QCoreApplication.translate("OutcomePage", u"Hvad er beslutningen?", None))
#if QT_CONFIG(accessibility)
        self.outcome_box.setAccessibleName(QCoreApplication.translate("OutcomePage", u"Beslutning", None))
#endif // QT_CONFIG(accessibility)
        self.continue_button.setText(QCoreApplication.translate("OutcomePage", u"Indsatsen &forts\u00e6tter u\u00e6ndret", None))
#if QT_CONFIG(accessibility)
        self.continue_button.setAccessibleName(QCoreApplication.translate("OutcomePage", u"Indsatsen forts\u00e6tter u\u00e6ndret", None))
#endif // QT_CONFIG(accessibility)
        self.adjust_button.setText(QCoreApplication.translate("OutcomePage", u"Indsatsen tilpa&sses (m\u00e5l, plads eller tilbud)", None))
#if QT_CONFIG(accessibility)
        self.adjust_button.setAccessibleName(QCoreApplication.translate("OutcomePage", u"Indsatsen tilpasses (m\u00e5l, plads eller tilbud)", None))
#endif // QT_CONFIG(accessibility)
        self.end_button.setText(QCoreApplication.translate("OutcomePage", u"Indsatsen &afsluttes (og borgeren henvises eventuelt videre)", None))
#if QT_CONFIG(accessibility)
        self.end_button.setAccessibleName(QCoreApplication.translate("OutcomePage", u"Indsatsen afsluttes (og borgeren henvises eventuelt videre)", None))
#endif // QT_CONFIG(accessibility)
        self.adjust_box.setTitle(QCoreApplication.translate("OutcomePage", u"Tilpasning", None))
        self.place_caption.setText(QCoreApplication.translate("OutcomePage", u"&Plads:", None))
#if QT_CONFIG(accessibility)
        self.place_combo.setAccessibleName(QCoreApplication.translate("OutcomePage", u"Plads", None))
#endif // QT_CONFIG(accessibility)
        self.offer_caption.setText(QCoreApplication.translate("OutcomePage", u"Til&bud:", None))
#if QT_CONFIG(accessibility)
        self.offer_combo.setAccessibleName(QCoreApplication.translate("OutcomePage", u"Tilbud", None))
#endif // QT_CONFIG(accessibility)
        self.start_caption.setText(QCoreApplication.translate("OutcomePage", u"Ny &startdato:", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("OutcomePage", u"Ny startdato", None))
#endif // QT_CONFIG(accessibility)
        self.reason_caption.setText(QCoreApplication.translate("OutcomePage", u"&Hvorfor tilpasses:", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("OutcomePage", u"Hvorfor tilpasses", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("OutcomePage", u"Hvorfor svarer indsatsen ikke l\u00e6ngere til behovet \u2013 fagligt eller i omfang?", None))
        self.adjust_message.setText(QCoreApplication.translate("OutcomePage", u"M\u00e5l rettes, tilf\u00f8jes eller afsluttes p\u00e5 n\u00e6ste side.", None))
        self.end_box.setTitle(QCoreApplication.translate("OutcomePage", u"Afslutning", None))
        self.end_reason_caption.setText(QCoreApplication.translate("OutcomePage", u"&Hvorfor afsluttes:", None))
#if QT_CONFIG(accessibility)
        self.end_reason_edit.setAccessibleName(QCoreApplication.translate("OutcomePage", u"Hvorfor afsluttes", None))
#endif // QT_CONFIG(accessibility)
        self.referral_caption.setText(QCoreApplication.translate("OutcomePage", u"Henv&ises til:", None))
#if QT_CONFIG(accessibility)
        self.referral_edit.setAccessibleName(QCoreApplication.translate("OutcomePage", u"Henvises til", None))
#endif // QT_CONFIG(accessibility)
        self.referral_edit.setPlaceholderText(QCoreApplication.translate("OutcomePage", u"Fx beskyttet besk\u00e6ftigelse (\u00a7 103), eller \u00bbIngen henvisning\u00ab", None))
        self.next_heading.setText(QCoreApplication.translate("OutcomePage", u"N\u00e6ste opf\u00f8lgning", None))
        self.next_caption.setText(QCoreApplication.translate("OutcomePage", u"Aftalt &dato:", None))
#if QT_CONFIG(accessibility)
        self.next_edit.setAccessibleName(QCoreApplication.translate("OutcomePage", u"Aftalt dato", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

