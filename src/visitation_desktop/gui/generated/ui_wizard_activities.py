# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_activities.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

class Ui_ActivitiesPage(object):
    def setupUi(self, ActivitiesPageBody):
        if not ActivitiesPageBody.objectName():
            ActivitiesPageBody.setObjectName(u"ActivitiesPageBody")
        self.activities_body = QVBoxLayout(ActivitiesPageBody)
        self.activities_body.setObjectName(u"activities_body")
        self.notes_box = QWidget(ActivitiesPageBody)
        self.notes_box.setObjectName(u"notes_box")
        self.notes_column = QVBoxLayout(self.notes_box)
        self.notes_column.setObjectName(u"notes_column")
        self.notes_column.setContentsMargins(0, 0, 0, 0)

        self.activities_body.addWidget(self.notes_box)

        self.activities_heading = QLabel(ActivitiesPageBody)
        self.activities_heading.setObjectName(u"activities_heading")
        font = QFont()
        font.setBold(True)
        self.activities_heading.setFont(font)

        self.activities_body.addWidget(self.activities_heading)

        self.activities_form = QFormLayout()
        self.activities_form.setObjectName(u"activities_form")
        self.activities_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.activities_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.activities_caption = QLabel(ActivitiesPageBody)
        self.activities_caption.setObjectName(u"activities_caption")
        self.activities_caption.setWordWrap(False)

        self.activities_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.activities_caption)

        self.activities_holder = QWidget(ActivitiesPageBody)
        self.activities_holder.setObjectName(u"activities_holder")
        self.activities_holder_layout = QVBoxLayout(self.activities_holder)
        self.activities_holder_layout.setSpacing(2)
        self.activities_holder_layout.setObjectName(u"activities_holder_layout")
        self.activities_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.activity_grid_box = QWidget(self.activities_holder)
        self.activity_grid_box.setObjectName(u"activity_grid_box")
        self.activity_grid = QGridLayout(self.activity_grid_box)
        self.activity_grid.setObjectName(u"activity_grid")
        self.activity_grid.setContentsMargins(0, 0, 0, 0)

        self.activities_holder_layout.addWidget(self.activity_grid_box)

        self.activities_message = QLabel(self.activities_holder)
        self.activities_message.setObjectName(u"activities_message")
        self.activities_message.setWordWrap(True)
        self.activities_message.setVisible(False)
        self.activities_message.setTextFormat(Qt.PlainText)

        self.activities_holder_layout.addWidget(self.activities_message)


        self.activities_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.activities_holder)

        self.courses_caption = QLabel(ActivitiesPageBody)
        self.courses_caption.setObjectName(u"courses_caption")
        self.courses_caption.setWordWrap(False)

        self.activities_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.courses_caption)

        self.courses_holder = QWidget(ActivitiesPageBody)
        self.courses_holder.setObjectName(u"courses_holder")
        self.courses_holder_layout = QVBoxLayout(self.courses_holder)
        self.courses_holder_layout.setSpacing(2)
        self.courses_holder_layout.setObjectName(u"courses_holder_layout")
        self.courses_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.course_grid_box = QWidget(self.courses_holder)
        self.course_grid_box.setObjectName(u"course_grid_box")
        self.course_grid = QGridLayout(self.course_grid_box)
        self.course_grid.setObjectName(u"course_grid")
        self.course_grid.setContentsMargins(0, 0, 0, 0)

        self.courses_holder_layout.addWidget(self.course_grid_box)

        self.courses_message = QLabel(self.courses_holder)
        self.courses_message.setObjectName(u"courses_message")
        self.courses_message.setWordWrap(True)
        self.courses_message.setVisible(False)
        self.courses_message.setTextFormat(Qt.PlainText)

        self.courses_holder_layout.addWidget(self.courses_message)


        self.activities_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.courses_holder)


        self.activities_body.addLayout(self.activities_form)

        self.exclusions_box = QGroupBox(ActivitiesPageBody)
        self.exclusions_box.setObjectName(u"exclusions_box")
        self.exclusions_column = QVBoxLayout(self.exclusions_box)
        self.exclusions_column.setObjectName(u"exclusions_column")

        self.activities_body.addWidget(self.exclusions_box)

        self.agreements_heading = QLabel(ActivitiesPageBody)
        self.agreements_heading.setObjectName(u"agreements_heading")
        self.agreements_heading.setFont(font)

        self.activities_body.addWidget(self.agreements_heading)

        self.agreements_form = QFormLayout()
        self.agreements_form.setObjectName(u"agreements_form")
        self.agreements_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.agreements_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.note_caption = QLabel(ActivitiesPageBody)
        self.note_caption.setObjectName(u"note_caption")
        self.note_caption.setWordWrap(False)

        self.agreements_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_caption)

        self.note_holder = QWidget(ActivitiesPageBody)
        self.note_holder.setObjectName(u"note_holder")
        self.note_holder_layout = QVBoxLayout(self.note_holder)
        self.note_holder_layout.setSpacing(2)
        self.note_holder_layout.setObjectName(u"note_holder_layout")
        self.note_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.note_edit = QPlainTextEdit(self.note_holder)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMinimumSize(QSize(0, 90))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.note_edit.sizePolicy().hasHeightForWidth())
        self.note_edit.setSizePolicy(sizePolicy)

        self.note_holder_layout.addWidget(self.note_edit)

        self.note_message = QLabel(self.note_holder)
        self.note_message.setObjectName(u"note_message")
        self.note_message.setWordWrap(True)
        self.note_message.setVisible(False)
        self.note_message.setTextFormat(Qt.PlainText)

        self.note_holder_layout.addWidget(self.note_message)


        self.agreements_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_holder)


        self.activities_body.addLayout(self.agreements_form)

        self.activities_body.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.note_caption.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivitiesPageBody)

        QMetaObject.connectSlotsByName(ActivitiesPageBody)
    # setupUi

    def retranslateUi(self, ActivitiesPageBody):
        self.activities_heading.setText(QCoreApplication.translate("ActivitiesPage", u"Hvad skal borgeren lave?", None))
        self.activities_caption.setText(QCoreApplication.translate("ActivitiesPage", u"Aktivitetstyper:", None))
#if QT_CONFIG(accessibility)
        self.activity_grid_box.setAccessibleName(QCoreApplication.translate("ActivitiesPage", u"Aktivitetstyper", None))
#endif // QT_CONFIG(accessibility)
        self.courses_caption.setText(QCoreApplication.translate("ActivitiesPage", u"Udviklingsforl\u00f8b:", None))
#if QT_CONFIG(accessibility)
        self.course_grid_box.setAccessibleName(QCoreApplication.translate("ActivitiesPage", u"Forl\u00f8b", None))
#endif // QT_CONFIG(accessibility)
        self.exclusions_box.setTitle(QCoreApplication.translate("ActivitiesPage", u"Indg\u00e5r ikke i tilbuddet:", None))
#if QT_CONFIG(accessibility)
        self.exclusions_box.setAccessibleName(QCoreApplication.translate("ActivitiesPage", u"Indg\u00e5r ikke i tilbuddet", None))
#endif // QT_CONFIG(accessibility)
        self.agreements_heading.setText(QCoreApplication.translate("ActivitiesPage", u"Aftaler om aktiviteterne", None))
        self.note_caption.setText(QCoreApplication.translate("ActivitiesPage", u"N&ote:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ActivitiesPage", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.note_edit.setPlaceholderText(QCoreApplication.translate("ActivitiesPage", u"Fx tidspunkter, pauser, individuel tilrettel\u00e6ggelse eller s\u00e6rlige hensyn", None))
        pass
    # retranslateUi

