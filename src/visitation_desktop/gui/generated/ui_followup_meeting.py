# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_meeting.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from visitation_desktop.gui.wizard.fields import DateField

class Ui_MeetingPage(object):
    def setupUi(self, MeetingPageBody):
        if not MeetingPageBody.objectName():
            MeetingPageBody.setObjectName(u"MeetingPageBody")
        self.meeting_body = QVBoxLayout(MeetingPageBody)
        self.meeting_body.setObjectName(u"meeting_body")
        self.resumed_label = QLabel(MeetingPageBody)
        self.resumed_label.setObjectName(u"resumed_label")
        self.resumed_label.setWordWrap(True)
        self.resumed_label.setStyleSheet(u"background: #eef3f7; padding: 6px;")

        self.meeting_body.addWidget(self.resumed_label)

        self.facts = QLabel(MeetingPageBody)
        self.facts.setObjectName(u"facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.RichText)

        self.meeting_body.addWidget(self.facts)

        self.followup_note = QLabel(MeetingPageBody)
        self.followup_note.setObjectName(u"followup_note")
        self.followup_note.setWordWrap(True)
        self.followup_note.setStyleSheet(u"color: #444;")

        self.meeting_body.addWidget(self.followup_note)

        self.meeting_heading = QLabel(MeetingPageBody)
        self.meeting_heading.setObjectName(u"meeting_heading")
        font = QFont()
        font.setBold(True)
        self.meeting_heading.setFont(font)
        self.meeting_heading.setWordWrap(True)

        self.meeting_body.addWidget(self.meeting_heading)

        self.meeting_form = QFormLayout()
        self.meeting_form.setObjectName(u"meeting_form")
        self.meeting_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.meeting_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.held_caption = QLabel(MeetingPageBody)
        self.held_caption.setObjectName(u"held_caption")
        self.held_caption.setWordWrap(False)

        self.meeting_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_caption)

        self.held_holder = QWidget(MeetingPageBody)
        self.held_holder.setObjectName(u"held_holder")
        self.held_holder_layout = QVBoxLayout(self.held_holder)
        self.held_holder_layout.setSpacing(2)
        self.held_holder_layout.setObjectName(u"held_holder_layout")
        self.held_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.held_edit = DateField(self.held_holder)
        self.held_edit.setObjectName(u"held_edit")

        self.held_holder_layout.addWidget(self.held_edit)

        self.held_message = QLabel(self.held_holder)
        self.held_message.setObjectName(u"held_message")
        self.held_message.setWordWrap(True)
        self.held_message.setVisible(False)
        self.held_message.setTextFormat(Qt.PlainText)

        self.held_holder_layout.addWidget(self.held_message)


        self.meeting_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_holder)

        self.participants_caption = QLabel(MeetingPageBody)
        self.participants_caption.setObjectName(u"participants_caption")
        self.participants_caption.setWordWrap(False)

        self.meeting_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.participants_caption)

        self.participants_holder = QWidget(MeetingPageBody)
        self.participants_holder.setObjectName(u"participants_holder")
        self.participants_holder_layout = QVBoxLayout(self.participants_holder)
        self.participants_holder_layout.setSpacing(2)
        self.participants_holder_layout.setObjectName(u"participants_holder_layout")
        self.participants_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.participants_edit = QLineEdit(self.participants_holder)
        self.participants_edit.setObjectName(u"participants_edit")

        self.participants_holder_layout.addWidget(self.participants_edit)

        self.participants_message = QLabel(self.participants_holder)
        self.participants_message.setObjectName(u"participants_message")
        self.participants_message.setWordWrap(True)
        self.participants_message.setVisible(False)
        self.participants_message.setTextFormat(Qt.PlainText)

        self.participants_holder_layout.addWidget(self.participants_message)


        self.meeting_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.participants_holder)

        self.summary_caption = QLabel(MeetingPageBody)
        self.summary_caption.setObjectName(u"summary_caption")
        self.summary_caption.setWordWrap(False)

        self.meeting_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summary_caption)

        self.summary_holder = QWidget(MeetingPageBody)
        self.summary_holder.setObjectName(u"summary_holder")
        self.summary_holder_layout = QVBoxLayout(self.summary_holder)
        self.summary_holder_layout.setSpacing(2)
        self.summary_holder_layout.setObjectName(u"summary_holder_layout")
        self.summary_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_edit = QPlainTextEdit(self.summary_holder)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setMinimumSize(QSize(0, 84))
        self.summary_edit.setMaximumSize(QSize(16777215, 84))
        self.summary_edit.setTabChangesFocus(True)

        self.summary_holder_layout.addWidget(self.summary_edit)

        self.summary_message = QLabel(self.summary_holder)
        self.summary_message.setObjectName(u"summary_message")
        self.summary_message.setWordWrap(True)
        self.summary_message.setVisible(False)
        self.summary_message.setTextFormat(Qt.PlainText)

        self.summary_holder_layout.addWidget(self.summary_message)


        self.meeting_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summary_holder)


        self.meeting_body.addLayout(self.meeting_form)

        self.meeting_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.meeting_body.addItem(self.meeting_stretch)

#if QT_CONFIG(shortcut)
        self.held_caption.setBuddy(self.held_edit)
        self.participants_caption.setBuddy(self.participants_edit)
        self.summary_caption.setBuddy(self.summary_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.held_edit, self.participants_edit)
        QWidget.setTabOrder(self.participants_edit, self.summary_edit)

        self.retranslateUi(MeetingPageBody)

        QMetaObject.connectSlotsByName(MeetingPageBody)
    # setupUi

    def retranslateUi(self, MeetingPageBody):
        self.resumed_label.setText(QCoreApplication.translate("MeetingPage", u"Du forts\u00e6tter en opf\u00f8lgning, der er skrevet tidligere, men ikke registreret endnu.", None))
#if QT_CONFIG(accessibility)
        self.facts.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Handleplanen i dag", None))
#endif // QT_CONFIG(accessibility)
        self.followup_note.setText("")
        self.meeting_heading.setText(QCoreApplication.translate("MeetingPage", u"Opf\u00f8lgningsm\u00f8det", None))
        self.held_caption.setText(QCoreApplication.translate("MeetingPage", u"&M\u00f8dedato:", None))
#if QT_CONFIG(accessibility)
        self.held_edit.setAccessibleName(QCoreApplication.translate("MeetingPage", u"M\u00f8dedato", None))
#endif // QT_CONFIG(accessibility)
        self.participants_caption.setText(QCoreApplication.translate("MeetingPage", u"&Deltagere:", None))
#if QT_CONFIG(accessibility)
        self.participants_edit.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Deltagere", None))
#endif // QT_CONFIG(accessibility)
        self.participants_edit.setPlaceholderText(QCoreApplication.translate("MeetingPage", u"Fx borgeren, kontaktperson fra tilbuddet, bost\u00f8tten", None))
        self.summary_caption.setText(QCoreApplication.translate("MeetingPage", u"Samlet &indtryk:", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Samlet indtryk", None))
#endif // QT_CONFIG(accessibility)
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("MeetingPage", u"Hvordan g\u00e5r det med indsatsen som helhed?", None))
        pass
    # retranslateUi

