# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_offer.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from visitation_desktop.gui.wizard.fields import DateField

class Ui_OfferPage(object):
    def setupUi(self, OfferPageBody):
        if not OfferPageBody.objectName():
            OfferPageBody.setObjectName(u"OfferPageBody")
        self.offer_body = QVBoxLayout(OfferPageBody)
        self.offer_body.setObjectName(u"offer_body")
        self.proximity_label = QLabel(OfferPageBody)
        self.proximity_label.setObjectName(u"proximity_label")
        self.proximity_label.setWordWrap(True)
        self.proximity_label.setStyleSheet(u"color: #444;")

        self.offer_body.addWidget(self.proximity_label)

        self.offer_heading = QLabel(OfferPageBody)
        self.offer_heading.setObjectName(u"offer_heading")
        font = QFont()
        font.setBold(True)
        self.offer_heading.setFont(font)

        self.offer_body.addWidget(self.offer_heading)

        self.offer_form = QFormLayout()
        self.offer_form.setObjectName(u"offer_form")
        self.offer_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.offer_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.offer_caption = QLabel(OfferPageBody)
        self.offer_caption.setObjectName(u"offer_caption")
        self.offer_caption.setWordWrap(False)

        self.offer_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.offer_caption)

        self.offer_holder = QWidget(OfferPageBody)
        self.offer_holder.setObjectName(u"offer_holder")
        self.offer_holder_layout = QVBoxLayout(self.offer_holder)
        self.offer_holder_layout.setSpacing(2)
        self.offer_holder_layout.setObjectName(u"offer_holder_layout")
        self.offer_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.offer_stack = QVBoxLayout()
        self.offer_stack.setSpacing(4)
        self.offer_stack.setObjectName(u"offer_stack")
        self.offer_stack.setContentsMargins(0, 0, 0, 0)
        self.offer_table = QTableWidget(self.offer_holder)
        if (self.offer_table.columnCount() < 5):
            self.offer_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.offer_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.offer_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.offer_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.offer_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.offer_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.offer_table.setObjectName(u"offer_table")
        self.offer_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.offer_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.offer_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.offer_table.setTabKeyNavigation(False)
        self.offer_table.setWordWrap(True)
        self.offer_table.verticalHeader().setVisible(False)

        self.offer_stack.addWidget(self.offer_table)

        self.occupancy_label = QLabel(self.offer_holder)
        self.occupancy_label.setObjectName(u"occupancy_label")
        self.occupancy_label.setWordWrap(True)
        self.occupancy_label.setStyleSheet(u"color: #444;")

        self.offer_stack.addWidget(self.occupancy_label)

        self.left_out_label = QLabel(self.offer_holder)
        self.left_out_label.setObjectName(u"left_out_label")
        self.left_out_label.setWordWrap(True)
        self.left_out_label.setStyleSheet(u"color: #444;")

        self.offer_stack.addWidget(self.left_out_label)


        self.offer_holder_layout.addLayout(self.offer_stack)

        self.offer_message = QLabel(self.offer_holder)
        self.offer_message.setObjectName(u"offer_message")
        self.offer_message.setWordWrap(True)
        self.offer_message.setVisible(False)
        self.offer_message.setTextFormat(Qt.PlainText)

        self.offer_holder_layout.addWidget(self.offer_message)


        self.offer_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.offer_holder)


        self.offer_body.addLayout(self.offer_form)

        self.place_heading = QLabel(OfferPageBody)
        self.place_heading.setObjectName(u"place_heading")
        self.place_heading.setFont(font)

        self.offer_body.addWidget(self.place_heading)

        self.place_form = QFormLayout()
        self.place_form.setObjectName(u"place_form")
        self.place_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.place_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.place_caption = QLabel(OfferPageBody)
        self.place_caption.setObjectName(u"place_caption")
        self.place_caption.setWordWrap(False)

        self.place_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.place_caption)

        self.place_holder = QWidget(OfferPageBody)
        self.place_holder.setObjectName(u"place_holder")
        self.place_holder_layout = QVBoxLayout(self.place_holder)
        self.place_holder_layout.setSpacing(2)
        self.place_holder_layout.setObjectName(u"place_holder_layout")
        self.place_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.place_box = QWidget(self.place_holder)
        self.place_box.setObjectName(u"place_box")
        self.place_layout = QHBoxLayout(self.place_box)
        self.place_layout.setObjectName(u"place_layout")
        self.place_layout.setContentsMargins(0, 0, 0, 0)

        self.place_holder_layout.addWidget(self.place_box)

        self.place_message = QLabel(self.place_holder)
        self.place_message.setObjectName(u"place_message")
        self.place_message.setWordWrap(True)
        self.place_message.setVisible(False)
        self.place_message.setTextFormat(Qt.PlainText)

        self.place_holder_layout.addWidget(self.place_message)


        self.place_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.place_holder)

        self.waitlist_caption = QLabel(OfferPageBody)
        self.waitlist_caption.setObjectName(u"waitlist_caption")
        self.waitlist_caption.setWordWrap(False)

        self.place_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.waitlist_caption)

        self.waitlist_holder = QWidget(OfferPageBody)
        self.waitlist_holder.setObjectName(u"waitlist_holder")
        self.waitlist_holder_layout = QVBoxLayout(self.waitlist_holder)
        self.waitlist_holder_layout.setSpacing(2)
        self.waitlist_holder_layout.setObjectName(u"waitlist_holder_layout")
        self.waitlist_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.waitlist_stack = QVBoxLayout()
        self.waitlist_stack.setSpacing(4)
        self.waitlist_stack.setObjectName(u"waitlist_stack")
        self.waitlist_stack.setContentsMargins(0, 0, 0, 0)
        self.waitlist_check = QCheckBox(self.waitlist_holder)
        self.waitlist_check.setObjectName(u"waitlist_check")

        self.waitlist_stack.addWidget(self.waitlist_check)

        self.full_label = QLabel(self.waitlist_holder)
        self.full_label.setObjectName(u"full_label")
        self.full_label.setWordWrap(True)
        self.full_label.setStyleSheet(u"color: #a40000;")

        self.waitlist_stack.addWidget(self.full_label)

        self.waitlist_text = QLabel(self.waitlist_holder)
        self.waitlist_text.setObjectName(u"waitlist_text")
        self.waitlist_text.setWordWrap(True)
        self.waitlist_text.setStyleSheet(u"color: #444;")

        self.waitlist_stack.addWidget(self.waitlist_text)


        self.waitlist_holder_layout.addLayout(self.waitlist_stack)

        self.waitlist_message = QLabel(self.waitlist_holder)
        self.waitlist_message.setObjectName(u"waitlist_message")
        self.waitlist_message.setWordWrap(True)
        self.waitlist_message.setVisible(False)
        self.waitlist_message.setTextFormat(Qt.PlainText)

        self.waitlist_holder_layout.addWidget(self.waitlist_message)


        self.place_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.waitlist_holder)

        self.interim_caption = QLabel(OfferPageBody)
        self.interim_caption.setObjectName(u"interim_caption")
        self.interim_caption.setWordWrap(False)

        self.place_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interim_caption)

        self.interim_holder = QWidget(OfferPageBody)
        self.interim_holder.setObjectName(u"interim_holder")
        self.interim_holder_layout = QVBoxLayout(self.interim_holder)
        self.interim_holder_layout.setSpacing(2)
        self.interim_holder_layout.setObjectName(u"interim_holder_layout")
        self.interim_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.interim_edit = QPlainTextEdit(self.interim_holder)
        self.interim_edit.setObjectName(u"interim_edit")
        self.interim_edit.setMinimumSize(QSize(0, 56))
        self.interim_edit.setMaximumSize(QSize(16777215, 56))

        self.interim_holder_layout.addWidget(self.interim_edit)

        self.interim_message = QLabel(self.interim_holder)
        self.interim_message.setObjectName(u"interim_message")
        self.interim_message.setWordWrap(True)
        self.interim_message.setVisible(False)
        self.interim_message.setTextFormat(Qt.PlainText)

        self.interim_holder_layout.addWidget(self.interim_message)


        self.place_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interim_holder)


        self.offer_body.addLayout(self.place_form)

        self.transport_heading = QLabel(OfferPageBody)
        self.transport_heading.setObjectName(u"transport_heading")
        self.transport_heading.setFont(font)

        self.offer_body.addWidget(self.transport_heading)

        self.transport_form = QFormLayout()
        self.transport_form.setObjectName(u"transport_form")
        self.transport_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.transport_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.transport_caption = QLabel(OfferPageBody)
        self.transport_caption.setObjectName(u"transport_caption")
        self.transport_caption.setWordWrap(False)

        self.transport_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.transport_caption)

        self.transport_holder = QWidget(OfferPageBody)
        self.transport_holder.setObjectName(u"transport_holder")
        self.transport_holder_layout = QVBoxLayout(self.transport_holder)
        self.transport_holder_layout.setSpacing(2)
        self.transport_holder_layout.setObjectName(u"transport_holder_layout")
        self.transport_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.transport_row = QHBoxLayout()
        self.transport_row.setObjectName(u"transport_row")
        self.transport_row.setContentsMargins(0, 0, 0, 0)
        self.transport_yes = QRadioButton(self.transport_holder)
        self.transport_yes.setObjectName(u"transport_yes")

        self.transport_row.addWidget(self.transport_yes)

        self.transport_no = QRadioButton(self.transport_holder)
        self.transport_no.setObjectName(u"transport_no")

        self.transport_row.addWidget(self.transport_no)

        self.transport_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.transport_row.addItem(self.transport_stretch)


        self.transport_holder_layout.addLayout(self.transport_row)

        self.transport_message = QLabel(self.transport_holder)
        self.transport_message.setObjectName(u"transport_message")
        self.transport_message.setWordWrap(True)
        self.transport_message.setVisible(False)
        self.transport_message.setTextFormat(Qt.PlainText)

        self.transport_holder_layout.addWidget(self.transport_message)


        self.transport_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.transport_holder)

        self.transport_note_caption = QLabel(OfferPageBody)
        self.transport_note_caption.setObjectName(u"transport_note_caption")
        self.transport_note_caption.setWordWrap(False)

        self.transport_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.transport_note_caption)

        self.transport_note_holder = QWidget(OfferPageBody)
        self.transport_note_holder.setObjectName(u"transport_note_holder")
        self.transport_note_holder_layout = QVBoxLayout(self.transport_note_holder)
        self.transport_note_holder_layout.setSpacing(2)
        self.transport_note_holder_layout.setObjectName(u"transport_note_holder_layout")
        self.transport_note_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.transport_note = QLineEdit(self.transport_note_holder)
        self.transport_note.setObjectName(u"transport_note")

        self.transport_note_holder_layout.addWidget(self.transport_note)

        self.transport_note_message = QLabel(self.transport_note_holder)
        self.transport_note_message.setObjectName(u"transport_note_message")
        self.transport_note_message.setWordWrap(True)
        self.transport_note_message.setVisible(False)
        self.transport_note_message.setTextFormat(Qt.PlainText)

        self.transport_note_holder_layout.addWidget(self.transport_note_message)


        self.transport_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.transport_note_holder)

        self.start_caption = QLabel(OfferPageBody)
        self.start_caption.setObjectName(u"start_caption")
        self.start_caption.setWordWrap(False)

        self.transport_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_caption)

        self.start_holder = QWidget(OfferPageBody)
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


        self.transport_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_holder)


        self.offer_body.addLayout(self.transport_form)

        self.offer_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.offer_body.addItem(self.offer_stretch)

#if QT_CONFIG(shortcut)
        self.offer_caption.setBuddy(self.offer_table)
        self.waitlist_caption.setBuddy(self.waitlist_check)
        self.interim_caption.setBuddy(self.interim_edit)
        self.transport_caption.setBuddy(self.transport_yes)
        self.transport_note_caption.setBuddy(self.transport_note)
        self.start_caption.setBuddy(self.start_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.offer_table, self.waitlist_check)
        QWidget.setTabOrder(self.waitlist_check, self.interim_edit)
        QWidget.setTabOrder(self.interim_edit, self.transport_yes)
        QWidget.setTabOrder(self.transport_yes, self.transport_no)
        QWidget.setTabOrder(self.transport_no, self.transport_note)
        QWidget.setTabOrder(self.transport_note, self.start_edit)

        self.retranslateUi(OfferPageBody)

        QMetaObject.connectSlotsByName(OfferPageBody)
    # setupUi

    def retranslateUi(self, OfferPageBody):
        self.proximity_label.setText("")
        self.offer_heading.setText(QCoreApplication.translate("OfferPage", u"Tilbud", None))
        self.offer_caption.setText(QCoreApplication.translate("OfferPage", u"V\u00e6lg tilb&ud:", None))
        ___qtablewidgetitem = self.offer_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("OfferPage", u"Tilbud", None))
        ___qtablewidgetitem1 = self.offer_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OfferPage", u"Adresse", None))
        ___qtablewidgetitem2 = self.offer_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OfferPage", u"Afstand", None))
        ___qtablewidgetitem3 = self.offer_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("OfferPage", u"Ledige pladser", None))
        ___qtablewidgetitem4 = self.offer_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("OfferPage", u"Ledige pladser", None))
#if QT_CONFIG(accessibility)
        self.offer_table.setAccessibleName(QCoreApplication.translate("OfferPage", u"Tilbud, n\u00e6rmeste f\u00f8rst", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occupancy_label.setAccessibleName(QCoreApplication.translate("OfferPage", u"Pladser opdateret", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.left_out_label.setAccessibleName(QCoreApplication.translate("OfferPage", u"Tilbud, der ikke vises", None))
#endif // QT_CONFIG(accessibility)
        self.place_heading.setText(QCoreApplication.translate("OfferPage", u"Plads", None))
        self.place_caption.setText(QCoreApplication.translate("OfferPage", u"Pladsens st\u00f8rrelse:", None))
#if QT_CONFIG(accessibility)
        self.place_box.setAccessibleName(QCoreApplication.translate("OfferPage", u"Pladsens st\u00f8rrelse", None))
#endif // QT_CONFIG(accessibility)
        self.waitlist_caption.setText(QCoreApplication.translate("OfferPage", u"Venteliste:", None))
        self.waitlist_check.setText(QCoreApplication.translate("OfferPage", u"Borgeren kommer p\u00e5 &venteliste", None))
#if QT_CONFIG(accessibility)
        self.waitlist_check.setAccessibleName(QCoreApplication.translate("OfferPage", u"Venteliste", None))
#endif // QT_CONFIG(accessibility)
        self.interim_caption.setText(QCoreApplication.translate("OfferPage", u"Forel&\u00f8big l\u00f8sning:", None))
#if QT_CONFIG(accessibility)
        self.interim_edit.setAccessibleName(QCoreApplication.translate("OfferPage", u"Forel\u00f8big l\u00f8sning", None))
#endif // QT_CONFIG(accessibility)
        self.interim_edit.setPlaceholderText(QCoreApplication.translate("OfferPage", u"Hvad borgeren f\u00e5r, indtil der er plads", None))
        self.transport_heading.setText(QCoreApplication.translate("OfferPage", u"Befordring og start", None))
        self.transport_caption.setText(QCoreApplication.translate("OfferPage", u"Brug for befordring:", None))
        self.transport_yes.setText(QCoreApplication.translate("OfferPage", u"&Ja", None))
        self.transport_no.setText(QCoreApplication.translate("OfferPage", u"N&ej", None))
        self.transport_note_caption.setText(QCoreApplication.translate("OfferPage", u"S\u00e5dan klares &befordringen:", None))
#if QT_CONFIG(accessibility)
        self.transport_note.setAccessibleName(QCoreApplication.translate("OfferPage", u"S\u00e5dan klares befordringen", None))
#endif // QT_CONFIG(accessibility)
        self.transport_note.setPlaceholderText(QCoreApplication.translate("OfferPage", u"Fx k\u00f8rsel med flextur, bus, p\u00e5r\u00f8rende k\u00f8rer", None))
        self.start_caption.setText(QCoreApplication.translate("OfferPage", u"Forventet &start:", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("OfferPage", u"Forventet start", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

