# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_citizen.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from visitation_desktop.gui.wizard.fields import DateField

class Ui_CitizenPage(object):
    def setupUi(self, CitizenPageBody):
        if not CitizenPageBody.objectName():
            CitizenPageBody.setObjectName(u"CitizenPageBody")
        self.citizen_body = QVBoxLayout(CitizenPageBody)
        self.citizen_body.setObjectName(u"citizen_body")
        self.citizen_heading = QLabel(CitizenPageBody)
        self.citizen_heading.setObjectName(u"citizen_heading")
        font = QFont()
        font.setBold(True)
        self.citizen_heading.setFont(font)

        self.citizen_body.addWidget(self.citizen_heading)

        self.citizen_form = QFormLayout()
        self.citizen_form.setObjectName(u"citizen_form")
        self.citizen_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.citizen_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.cpr_caption = QLabel(CitizenPageBody)
        self.cpr_caption.setObjectName(u"cpr_caption")
        self.cpr_caption.setWordWrap(True)

        self.citizen_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cpr_caption)

        self.cpr_holder = QWidget(CitizenPageBody)
        self.cpr_holder.setObjectName(u"cpr_holder")
        self.cpr_holder_layout = QVBoxLayout(self.cpr_holder)
        self.cpr_holder_layout.setSpacing(2)
        self.cpr_holder_layout.setObjectName(u"cpr_holder_layout")
        self.cpr_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.cpr_row = QHBoxLayout()
        self.cpr_row.setObjectName(u"cpr_row")
        self.cpr_row.setContentsMargins(0, 0, 0, 0)
        self.cpr_edit = QLineEdit(self.cpr_holder)
        self.cpr_edit.setObjectName(u"cpr_edit")
        self.cpr_edit.setMaximumSize(QSize(160, 16777215))

        self.cpr_row.addWidget(self.cpr_edit)

        self.cpr_info = QLabel(self.cpr_holder)
        self.cpr_info.setObjectName(u"cpr_info")

        self.cpr_row.addWidget(self.cpr_info)

        self.cpr_row.setStretch(1, 1)

        self.cpr_holder_layout.addLayout(self.cpr_row)

        self.cpr_message = QLabel(self.cpr_holder)
        self.cpr_message.setObjectName(u"cpr_message")
        self.cpr_message.setWordWrap(True)
        self.cpr_message.setVisible(False)
        self.cpr_message.setTextFormat(Qt.PlainText)

        self.cpr_holder_layout.addWidget(self.cpr_message)


        self.citizen_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cpr_holder)

        self.name_caption = QLabel(CitizenPageBody)
        self.name_caption.setObjectName(u"name_caption")
        self.name_caption.setWordWrap(True)

        self.citizen_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_caption)

        self.name_holder = QWidget(CitizenPageBody)
        self.name_holder.setObjectName(u"name_holder")
        self.name_holder_layout = QVBoxLayout(self.name_holder)
        self.name_holder_layout.setSpacing(2)
        self.name_holder_layout.setObjectName(u"name_holder_layout")
        self.name_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(self.name_holder)
        self.name_edit.setObjectName(u"name_edit")

        self.name_holder_layout.addWidget(self.name_edit)

        self.name_message = QLabel(self.name_holder)
        self.name_message.setObjectName(u"name_message")
        self.name_message.setWordWrap(True)
        self.name_message.setVisible(False)
        self.name_message.setTextFormat(Qt.PlainText)

        self.name_holder_layout.addWidget(self.name_message)


        self.citizen_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_holder)

        self.address_caption = QLabel(CitizenPageBody)
        self.address_caption.setObjectName(u"address_caption")
        self.address_caption.setWordWrap(True)

        self.citizen_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_caption)

        self.address_holder = QWidget(CitizenPageBody)
        self.address_holder.setObjectName(u"address_holder")
        self.address_holder_layout = QVBoxLayout(self.address_holder)
        self.address_holder_layout.setSpacing(2)
        self.address_holder_layout.setObjectName(u"address_holder_layout")
        self.address_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.address_edit = QLineEdit(self.address_holder)
        self.address_edit.setObjectName(u"address_edit")

        self.address_holder_layout.addWidget(self.address_edit)

        self.address_message = QLabel(self.address_holder)
        self.address_message.setObjectName(u"address_message")
        self.address_message.setWordWrap(True)
        self.address_message.setVisible(False)
        self.address_message.setTextFormat(Qt.PlainText)

        self.address_holder_layout.addWidget(self.address_message)


        self.citizen_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address_holder)

        self.town_caption = QLabel(CitizenPageBody)
        self.town_caption.setObjectName(u"town_caption")
        self.town_caption.setWordWrap(True)

        self.citizen_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.town_caption)

        self.town_holder = QWidget(CitizenPageBody)
        self.town_holder.setObjectName(u"town_holder")
        self.town_holder_layout = QVBoxLayout(self.town_holder)
        self.town_holder_layout.setSpacing(2)
        self.town_holder_layout.setObjectName(u"town_holder_layout")
        self.town_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.town_row = QHBoxLayout()
        self.town_row.setObjectName(u"town_row")
        self.town_row.setContentsMargins(0, 0, 0, 0)
        self.postcode_edit = QLineEdit(self.town_holder)
        self.postcode_edit.setObjectName(u"postcode_edit")
        self.postcode_edit.setMaximumSize(QSize(80, 16777215))

        self.town_row.addWidget(self.postcode_edit)

        self.town_edit = QLineEdit(self.town_holder)
        self.town_edit.setObjectName(u"town_edit")

        self.town_row.addWidget(self.town_edit)

        self.town_row.setStretch(1, 1)

        self.town_holder_layout.addLayout(self.town_row)

        self.town_message = QLabel(self.town_holder)
        self.town_message.setObjectName(u"town_message")
        self.town_message.setWordWrap(True)
        self.town_message.setVisible(False)
        self.town_message.setTextFormat(Qt.PlainText)

        self.town_holder_layout.addWidget(self.town_message)


        self.citizen_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.town_holder)

        self.phone_caption = QLabel(CitizenPageBody)
        self.phone_caption.setObjectName(u"phone_caption")
        self.phone_caption.setWordWrap(True)

        self.citizen_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_caption)

        self.phone_holder = QWidget(CitizenPageBody)
        self.phone_holder.setObjectName(u"phone_holder")
        self.phone_holder_layout = QVBoxLayout(self.phone_holder)
        self.phone_holder_layout.setSpacing(2)
        self.phone_holder_layout.setObjectName(u"phone_holder_layout")
        self.phone_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.phone_edit = QLineEdit(self.phone_holder)
        self.phone_edit.setObjectName(u"phone_edit")

        self.phone_holder_layout.addWidget(self.phone_edit)

        self.phone_message = QLabel(self.phone_holder)
        self.phone_message.setObjectName(u"phone_message")
        self.phone_message.setWordWrap(True)
        self.phone_message.setVisible(False)
        self.phone_message.setTextFormat(Qt.PlainText)

        self.phone_holder_layout.addWidget(self.phone_message)


        self.citizen_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_holder)

        self.email_caption = QLabel(CitizenPageBody)
        self.email_caption.setObjectName(u"email_caption")
        self.email_caption.setWordWrap(True)

        self.citizen_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.email_caption)

        self.email_holder = QWidget(CitizenPageBody)
        self.email_holder.setObjectName(u"email_holder")
        self.email_holder_layout = QVBoxLayout(self.email_holder)
        self.email_holder_layout.setSpacing(2)
        self.email_holder_layout.setObjectName(u"email_holder_layout")
        self.email_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.email_edit = QLineEdit(self.email_holder)
        self.email_edit.setObjectName(u"email_edit")

        self.email_holder_layout.addWidget(self.email_edit)

        self.email_message = QLabel(self.email_holder)
        self.email_message.setObjectName(u"email_message")
        self.email_message.setWordWrap(True)
        self.email_message.setVisible(False)
        self.email_message.setTextFormat(Qt.PlainText)

        self.email_holder_layout.addWidget(self.email_message)


        self.citizen_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email_holder)


        self.citizen_body.addLayout(self.citizen_form)

        self.application_heading = QLabel(CitizenPageBody)
        self.application_heading.setObjectName(u"application_heading")
        self.application_heading.setFont(font)

        self.citizen_body.addWidget(self.application_heading)

        self.application_form = QFormLayout()
        self.application_form.setObjectName(u"application_form")
        self.application_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.application_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.received_caption = QLabel(CitizenPageBody)
        self.received_caption.setObjectName(u"received_caption")
        self.received_caption.setWordWrap(True)

        self.application_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_caption)

        self.received_holder = QWidget(CitizenPageBody)
        self.received_holder.setObjectName(u"received_holder")
        self.received_holder_layout = QVBoxLayout(self.received_holder)
        self.received_holder_layout.setSpacing(2)
        self.received_holder_layout.setObjectName(u"received_holder_layout")
        self.received_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.received_row = QHBoxLayout()
        self.received_row.setObjectName(u"received_row")
        self.received_row.setContentsMargins(0, 0, 0, 0)
        self.received_edit = DateField(self.received_holder)
        self.received_edit.setObjectName(u"received_edit")

        self.received_row.addWidget(self.received_edit)

        self.deadline_label = QLabel(self.received_holder)
        self.deadline_label.setObjectName(u"deadline_label")

        self.received_row.addWidget(self.deadline_label)

        self.received_row.setStretch(1, 1)

        self.received_holder_layout.addLayout(self.received_row)

        self.received_message = QLabel(self.received_holder)
        self.received_message.setObjectName(u"received_message")
        self.received_message.setWordWrap(True)
        self.received_message.setVisible(False)
        self.received_message.setTextFormat(Qt.PlainText)

        self.received_holder_layout.addWidget(self.received_message)


        self.application_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_holder)

        self.channel_caption = QLabel(CitizenPageBody)
        self.channel_caption.setObjectName(u"channel_caption")
        self.channel_caption.setWordWrap(True)

        self.application_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channel_caption)

        self.channel_holder = QWidget(CitizenPageBody)
        self.channel_holder.setObjectName(u"channel_holder")
        self.channel_holder_layout = QVBoxLayout(self.channel_holder)
        self.channel_holder_layout.setSpacing(2)
        self.channel_holder_layout.setObjectName(u"channel_holder_layout")
        self.channel_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.channel_combo = QComboBox(self.channel_holder)
        self.channel_combo.setObjectName(u"channel_combo")

        self.channel_holder_layout.addWidget(self.channel_combo)

        self.channel_message = QLabel(self.channel_holder)
        self.channel_message.setObjectName(u"channel_message")
        self.channel_message.setWordWrap(True)
        self.channel_message.setVisible(False)
        self.channel_message.setTextFormat(Qt.PlainText)

        self.channel_holder_layout.addWidget(self.channel_message)


        self.application_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel_holder)

        self.relative_holder = QWidget(CitizenPageBody)
        self.relative_holder.setObjectName(u"relative_holder")
        self.relative_holder_layout = QVBoxLayout(self.relative_holder)
        self.relative_holder_layout.setSpacing(2)
        self.relative_holder_layout.setObjectName(u"relative_holder_layout")
        self.relative_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.relative_check = QCheckBox(self.relative_holder)
        self.relative_check.setObjectName(u"relative_check")

        self.relative_holder_layout.addWidget(self.relative_check)

        self.relative_message = QLabel(self.relative_holder)
        self.relative_message.setObjectName(u"relative_message")
        self.relative_message.setWordWrap(True)
        self.relative_message.setVisible(False)
        self.relative_message.setTextFormat(Qt.PlainText)

        self.relative_holder_layout.addWidget(self.relative_message)


        self.application_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.relative_holder)

        self.relative_name_caption = QLabel(CitizenPageBody)
        self.relative_name_caption.setObjectName(u"relative_name_caption")
        self.relative_name_caption.setWordWrap(True)

        self.application_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.relative_name_caption)

        self.relative_name_holder = QWidget(CitizenPageBody)
        self.relative_name_holder.setObjectName(u"relative_name_holder")
        self.relative_name_holder_layout = QVBoxLayout(self.relative_name_holder)
        self.relative_name_holder_layout.setSpacing(2)
        self.relative_name_holder_layout.setObjectName(u"relative_name_holder_layout")
        self.relative_name_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.relative_name = QLineEdit(self.relative_name_holder)
        self.relative_name.setObjectName(u"relative_name")

        self.relative_name_holder_layout.addWidget(self.relative_name)

        self.relative_name_message = QLabel(self.relative_name_holder)
        self.relative_name_message.setObjectName(u"relative_name_message")
        self.relative_name_message.setWordWrap(True)
        self.relative_name_message.setVisible(False)
        self.relative_name_message.setTextFormat(Qt.PlainText)

        self.relative_name_holder_layout.addWidget(self.relative_name_message)


        self.application_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.relative_name_holder)

        self.relative_relation_caption = QLabel(CitizenPageBody)
        self.relative_relation_caption.setObjectName(u"relative_relation_caption")
        self.relative_relation_caption.setWordWrap(True)

        self.application_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.relative_relation_caption)

        self.relative_relation_holder = QWidget(CitizenPageBody)
        self.relative_relation_holder.setObjectName(u"relative_relation_holder")
        self.relative_relation_holder_layout = QVBoxLayout(self.relative_relation_holder)
        self.relative_relation_holder_layout.setSpacing(2)
        self.relative_relation_holder_layout.setObjectName(u"relative_relation_holder_layout")
        self.relative_relation_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.relative_relation = QLineEdit(self.relative_relation_holder)
        self.relative_relation.setObjectName(u"relative_relation")

        self.relative_relation_holder_layout.addWidget(self.relative_relation)

        self.relative_relation_message = QLabel(self.relative_relation_holder)
        self.relative_relation_message.setObjectName(u"relative_relation_message")
        self.relative_relation_message.setWordWrap(True)
        self.relative_relation_message.setVisible(False)
        self.relative_relation_message.setTextFormat(Qt.PlainText)

        self.relative_relation_holder_layout.addWidget(self.relative_relation_message)


        self.application_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.relative_relation_holder)

        self.relative_contact_caption = QLabel(CitizenPageBody)
        self.relative_contact_caption.setObjectName(u"relative_contact_caption")
        self.relative_contact_caption.setWordWrap(True)

        self.application_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.relative_contact_caption)

        self.relative_contact_holder = QWidget(CitizenPageBody)
        self.relative_contact_holder.setObjectName(u"relative_contact_holder")
        self.relative_contact_holder_layout = QVBoxLayout(self.relative_contact_holder)
        self.relative_contact_holder_layout.setSpacing(2)
        self.relative_contact_holder_layout.setObjectName(u"relative_contact_holder_layout")
        self.relative_contact_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.relative_contact = QLineEdit(self.relative_contact_holder)
        self.relative_contact.setObjectName(u"relative_contact")

        self.relative_contact_holder_layout.addWidget(self.relative_contact)

        self.relative_contact_message = QLabel(self.relative_contact_holder)
        self.relative_contact_message.setObjectName(u"relative_contact_message")
        self.relative_contact_message.setWordWrap(True)
        self.relative_contact_message.setVisible(False)
        self.relative_contact_message.setTextFormat(Qt.PlainText)

        self.relative_contact_holder_layout.addWidget(self.relative_contact_message)


        self.application_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.relative_contact_holder)


        self.citizen_body.addLayout(self.application_form)

        self.consent_heading = QLabel(CitizenPageBody)
        self.consent_heading.setObjectName(u"consent_heading")
        self.consent_heading.setFont(font)

        self.citizen_body.addWidget(self.consent_heading)

        self.consent_form = QFormLayout()
        self.consent_form.setObjectName(u"consent_form")
        self.consent_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.consent_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.consent_caption = QLabel(CitizenPageBody)
        self.consent_caption.setObjectName(u"consent_caption")
        self.consent_caption.setWordWrap(True)

        self.consent_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consent_caption)

        self.consent_holder = QWidget(CitizenPageBody)
        self.consent_holder.setObjectName(u"consent_holder")
        self.consent_holder_layout = QVBoxLayout(self.consent_holder)
        self.consent_holder_layout.setSpacing(2)
        self.consent_holder_layout.setObjectName(u"consent_holder_layout")
        self.consent_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.consent_row = QHBoxLayout()
        self.consent_row.setObjectName(u"consent_row")
        self.consent_row.setContentsMargins(0, 0, 0, 0)
        self.consent_given = QRadioButton(self.consent_holder)
        self.consent_given.setObjectName(u"consent_given")

        self.consent_row.addWidget(self.consent_given)

        self.consent_declined = QRadioButton(self.consent_holder)
        self.consent_declined.setObjectName(u"consent_declined")

        self.consent_row.addWidget(self.consent_declined)

        self.consent_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consent_row.addItem(self.consent_stretch)


        self.consent_holder_layout.addLayout(self.consent_row)

        self.consent_message = QLabel(self.consent_holder)
        self.consent_message.setObjectName(u"consent_message")
        self.consent_message.setWordWrap(True)
        self.consent_message.setVisible(False)
        self.consent_message.setTextFormat(Qt.PlainText)

        self.consent_holder_layout.addWidget(self.consent_message)


        self.consent_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consent_holder)

        self.information_caption = QLabel(CitizenPageBody)
        self.information_caption.setObjectName(u"information_caption")
        self.information_caption.setWordWrap(True)

        self.consent_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.information_caption)

        self.information_holder = QWidget(CitizenPageBody)
        self.information_holder.setObjectName(u"information_holder")
        self.information_holder_layout = QVBoxLayout(self.information_holder)
        self.information_holder_layout.setSpacing(2)
        self.information_holder_layout.setObjectName(u"information_holder_layout")
        self.information_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.consent_information = QPlainTextEdit(self.information_holder)
        self.consent_information.setObjectName(u"consent_information")
        self.consent_information.setMinimumSize(QSize(0, 56))
        self.consent_information.setMaximumSize(QSize(16777215, 56))

        self.information_holder_layout.addWidget(self.consent_information)

        self.information_message = QLabel(self.information_holder)
        self.information_message.setObjectName(u"information_message")
        self.information_message.setWordWrap(True)
        self.information_message.setVisible(False)
        self.information_message.setTextFormat(Qt.PlainText)

        self.information_holder_layout.addWidget(self.information_message)


        self.consent_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.information_holder)

        self.sources_caption = QLabel(CitizenPageBody)
        self.sources_caption.setObjectName(u"sources_caption")
        self.sources_caption.setWordWrap(True)

        self.consent_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sources_caption)

        self.sources_holder = QWidget(CitizenPageBody)
        self.sources_holder.setObjectName(u"sources_holder")
        self.sources_holder_layout = QVBoxLayout(self.sources_holder)
        self.sources_holder_layout.setSpacing(2)
        self.sources_holder_layout.setObjectName(u"sources_holder_layout")
        self.sources_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.consent_sources = QPlainTextEdit(self.sources_holder)
        self.consent_sources.setObjectName(u"consent_sources")
        self.consent_sources.setMinimumSize(QSize(0, 56))
        self.consent_sources.setMaximumSize(QSize(16777215, 56))

        self.sources_holder_layout.addWidget(self.consent_sources)

        self.sources_message = QLabel(self.sources_holder)
        self.sources_message.setObjectName(u"sources_message")
        self.sources_message.setWordWrap(True)
        self.sources_message.setVisible(False)
        self.sources_message.setTextFormat(Qt.PlainText)

        self.sources_holder_layout.addWidget(self.sources_message)


        self.consent_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sources_holder)

        self.consent_date_caption = QLabel(CitizenPageBody)
        self.consent_date_caption.setObjectName(u"consent_date_caption")
        self.consent_date_caption.setWordWrap(True)

        self.consent_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.consent_date_caption)

        self.consent_date_holder = QWidget(CitizenPageBody)
        self.consent_date_holder.setObjectName(u"consent_date_holder")
        self.consent_date_holder_layout = QVBoxLayout(self.consent_date_holder)
        self.consent_date_holder_layout.setSpacing(2)
        self.consent_date_holder_layout.setObjectName(u"consent_date_holder_layout")
        self.consent_date_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.consent_date = DateField(self.consent_date_holder)
        self.consent_date.setObjectName(u"consent_date")

        self.consent_date_holder_layout.addWidget(self.consent_date)

        self.consent_date_message = QLabel(self.consent_date_holder)
        self.consent_date_message.setObjectName(u"consent_date_message")
        self.consent_date_message.setWordWrap(True)
        self.consent_date_message.setVisible(False)
        self.consent_date_message.setTextFormat(Qt.PlainText)

        self.consent_date_holder_layout.addWidget(self.consent_date_message)


        self.consent_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.consent_date_holder)


        self.citizen_body.addLayout(self.consent_form)

#if QT_CONFIG(shortcut)
        self.cpr_caption.setBuddy(self.cpr_edit)
        self.name_caption.setBuddy(self.name_edit)
        self.address_caption.setBuddy(self.address_edit)
        self.town_caption.setBuddy(self.postcode_edit)
        self.phone_caption.setBuddy(self.phone_edit)
        self.email_caption.setBuddy(self.email_edit)
        self.received_caption.setBuddy(self.received_edit)
        self.channel_caption.setBuddy(self.channel_combo)
        self.relative_name_caption.setBuddy(self.relative_name)
        self.relative_relation_caption.setBuddy(self.relative_relation)
        self.relative_contact_caption.setBuddy(self.relative_contact)
        self.consent_caption.setBuddy(self.consent_given)
        self.information_caption.setBuddy(self.consent_information)
        self.sources_caption.setBuddy(self.consent_sources)
        self.consent_date_caption.setBuddy(self.consent_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cpr_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.postcode_edit)
        QWidget.setTabOrder(self.postcode_edit, self.town_edit)
        QWidget.setTabOrder(self.town_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.received_edit)
        QWidget.setTabOrder(self.received_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.relative_check)
        QWidget.setTabOrder(self.relative_check, self.relative_name)
        QWidget.setTabOrder(self.relative_name, self.relative_relation)
        QWidget.setTabOrder(self.relative_relation, self.relative_contact)
        QWidget.setTabOrder(self.relative_contact, self.consent_given)
        QWidget.setTabOrder(self.consent_given, self.consent_declined)
        QWidget.setTabOrder(self.consent_declined, self.consent_information)
        QWidget.setTabOrder(self.consent_information, self.consent_sources)
        QWidget.setTabOrder(self.consent_sources, self.consent_date)

        self.retranslateUi(CitizenPageBody)

        QMetaObject.connectSlotsByName(CitizenPageBody)
    # setupUi

    def retranslateUi(self, CitizenPageBody):
        self.citizen_heading.setText(QCoreApplication.translate("CitizenPage", u"Borger", None))
        self.cpr_caption.setText(QCoreApplication.translate("CitizenPage", u"&CPR-nummer:", None))
#if QT_CONFIG(accessibility)
        self.cpr_edit.setAccessibleName(QCoreApplication.translate("CitizenPage", u"CPR-nummer", None))
#endif // QT_CONFIG(accessibility)
        self.cpr_edit.setPlaceholderText(QCoreApplication.translate("CitizenPage", u"ddmm\u00e5\u00e5-xxxx", None))
#if QT_CONFIG(accessibility)
        self.cpr_info.setAccessibleName(QCoreApplication.translate("CitizenPage", u"F\u00f8dselsdato og alder", None))
#endif // QT_CONFIG(accessibility)
        self.name_caption.setText(QCoreApplication.translate("CitizenPage", u"Na&vn:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("CitizenPage", u"Navn", None))
#endif // QT_CONFIG(accessibility)
        self.address_caption.setText(QCoreApplication.translate("CitizenPage", u"&Adresse:", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("CitizenPage", u"Adresse", None))
#endif // QT_CONFIG(accessibility)
        self.town_caption.setText(QCoreApplication.translate("CitizenPage", u"&Postnr. og by:", None))
#if QT_CONFIG(accessibility)
        self.postcode_edit.setAccessibleName(QCoreApplication.translate("CitizenPage", u"Postnummer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.town_edit.setAccessibleName(QCoreApplication.translate("CitizenPage", u"By", None))
#endif // QT_CONFIG(accessibility)
        self.phone_caption.setText(QCoreApplication.translate("CitizenPage", u"Te&lefon:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("CitizenPage", u"Telefon", None))
#endif // QT_CONFIG(accessibility)
        self.email_caption.setText(QCoreApplication.translate("CitizenPage", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("CitizenPage", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.application_heading.setText(QCoreApplication.translate("CitizenPage", u"Henvendelse", None))
        self.received_caption.setText(QCoreApplication.translate("CitizenPage", u"&Modtaget:", None))
#if QT_CONFIG(accessibility)
        self.received_edit.setAccessibleName(QCoreApplication.translate("CitizenPage", u"Modtaget dato", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deadline_label.setAccessibleName(QCoreApplication.translate("CitizenPage", u"Frist for afg\u00f8relse", None))
#endif // QT_CONFIG(accessibility)
        self.channel_caption.setText(QCoreApplication.translate("CitizenPage", u"&Kanal:", None))
#if QT_CONFIG(accessibility)
        self.channel_combo.setAccessibleName(QCoreApplication.translate("CitizenPage", u"Kanal", None))
#endif // QT_CONFIG(accessibility)
        self.relative_check.setText(QCoreApplication.translate("CitizenPage", u"En p\u00e5r\u00f8rende har henvendt sig p\u00e5 borgerens vegne", None))
        self.relative_name_caption.setText(QCoreApplication.translate("CitizenPage", u"P\u00e5r&\u00f8rendes navn:", None))
#if QT_CONFIG(accessibility)
        self.relative_name.setAccessibleName(QCoreApplication.translate("CitizenPage", u"P\u00e5r\u00f8rendes navn", None))
#endif // QT_CONFIG(accessibility)
        self.relative_relation_caption.setText(QCoreApplication.translate("CitizenPage", u"Relation:", None))
#if QT_CONFIG(accessibility)
        self.relative_relation.setAccessibleName(QCoreApplication.translate("CitizenPage", u"Relation", None))
#endif // QT_CONFIG(accessibility)
        self.relative_relation.setPlaceholderText(QCoreApplication.translate("CitizenPage", u"fx mor, bror, v\u00e6rge", None))
        self.relative_contact_caption.setText(QCoreApplication.translate("CitizenPage", u"P\u00e5r\u00f8rendes kontakt:", None))
#if QT_CONFIG(accessibility)
        self.relative_contact.setAccessibleName(QCoreApplication.translate("CitizenPage", u"P\u00e5r\u00f8rendes kontakt", None))
#endif // QT_CONFIG(accessibility)
        self.consent_heading.setText(QCoreApplication.translate("CitizenPage", u"Samtykke til at indhente oplysninger (retssikkerhedsloven \u00a7 11 a)", None))
        self.consent_caption.setText(QCoreApplication.translate("CitizenPage", u"Samtykke:", None))
        self.consent_given.setText(QCoreApplication.translate("CitizenPage", u"Borgeren giver samtykke", None))
        self.consent_declined.setText(QCoreApplication.translate("CitizenPage", u"Borgeren afviser at give samtykke", None))
        self.information_caption.setText(QCoreApplication.translate("CitizenPage", u"Hvilke &oplysninger:", None))
#if QT_CONFIG(accessibility)
        self.consent_information.setAccessibleName(QCoreApplication.translate("CitizenPage", u"Hvilke oplysninger", None))
#endif // QT_CONFIG(accessibility)
        self.consent_information.setPlaceholderText(QCoreApplication.translate("CitizenPage", u"Hvilke oplysninger, fx journal fra egen l\u00e6ge", None))
        self.sources_caption.setText(QCoreApplication.translate("CitizenPage", u"F&ra hvem:", None))
#if QT_CONFIG(accessibility)
        self.consent_sources.setAccessibleName(QCoreApplication.translate("CitizenPage", u"Fra hvem", None))
#endif // QT_CONFIG(accessibility)
        self.consent_sources.setPlaceholderText(QCoreApplication.translate("CitizenPage", u"Fra hvem, fx egen l\u00e6ge, psykiatrien, bost\u00f8tten", None))
        self.consent_date_caption.setText(QCoreApplication.translate("CitizenPage", u"Dato for &samtykke:", None))
#if QT_CONFIG(accessibility)
        self.consent_date.setAccessibleName(QCoreApplication.translate("CitizenPage", u"Dato for samtykke", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

