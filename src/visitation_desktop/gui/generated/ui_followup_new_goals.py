# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_new_goals.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_NewGoalsPage(object):
    def setupUi(self, NewGoalsPageBody):
        if not NewGoalsPageBody.objectName():
            NewGoalsPageBody.setObjectName(u"NewGoalsPageBody")
        self.new_goals_body = QVBoxLayout(NewGoalsPageBody)
        self.new_goals_body.setObjectName(u"new_goals_body")
        self.intro_label = QLabel(NewGoalsPageBody)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"color: #444;")

        self.new_goals_body.addWidget(self.intro_label)

        self.list_row = QWidget(NewGoalsPageBody)
        self.list_row.setObjectName(u"list_row")
        self.list_layout = QHBoxLayout(self.list_row)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.goal_list = QListWidget(self.list_row)
        self.goal_list.setObjectName(u"goal_list")
        self.goal_list.setMaximumSize(QSize(16777215, 120))

        self.list_layout.addWidget(self.goal_list)

        self.goal_buttons = QVBoxLayout()
        self.goal_buttons.setObjectName(u"goal_buttons")
        self.revise_button = QPushButton(self.list_row)
        self.revise_button.setObjectName(u"revise_button")

        self.goal_buttons.addWidget(self.revise_button)

        self.end_button = QPushButton(self.list_row)
        self.end_button.setObjectName(u"end_button")

        self.goal_buttons.addWidget(self.end_button)

        self.new_button = QPushButton(self.list_row)
        self.new_button.setObjectName(u"new_button")

        self.goal_buttons.addWidget(self.new_button)

        self.undo_button = QPushButton(self.list_row)
        self.undo_button.setObjectName(u"undo_button")

        self.goal_buttons.addWidget(self.undo_button)

        self.goal_buttons_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.goal_buttons.addItem(self.goal_buttons_stretch)


        self.list_layout.addLayout(self.goal_buttons)

        self.list_layout.setStretch(0, 1)

        self.new_goals_body.addWidget(self.list_row)

        self.goals_message = QLabel(NewGoalsPageBody)
        self.goals_message.setObjectName(u"goals_message")
        self.goals_message.setWordWrap(True)
        self.goals_message.setVisible(False)
        self.goals_message.setTextFormat(Qt.PlainText)

        self.new_goals_body.addWidget(self.goals_message)

        self.hint = QLabel(NewGoalsPageBody)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #444;")

        self.new_goals_body.addWidget(self.hint)

        self.editor_place = QVBoxLayout()
        self.editor_place.setObjectName(u"editor_place")
        self.editor_place.setContentsMargins(0, 0, 0, 0)

        self.new_goals_body.addLayout(self.editor_place)

        self.new_goals_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.new_goals_body.addItem(self.new_goals_stretch)

        QWidget.setTabOrder(self.goal_list, self.revise_button)
        QWidget.setTabOrder(self.revise_button, self.end_button)
        QWidget.setTabOrder(self.end_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.undo_button)

        self.retranslateUi(NewGoalsPageBody)

        QMetaObject.connectSlotsByName(NewGoalsPageBody)
    # setupUi

    def retranslateUi(self, NewGoalsPageBody):
        self.intro_label.setText(QCoreApplication.translate("NewGoalsPage", u"Ret de m\u00e5l, der skal \u00e6ndres, afslut dem, der er n\u00e5et eller ikke l\u00e6ngere giver mening, og skriv nye m\u00e5l sammen med borgeren.", None))
#if QT_CONFIG(accessibility)
        self.goal_list.setAccessibleName(QCoreApplication.translate("NewGoalsPage", u"M\u00e5lene efter m\u00f8det", None))
#endif // QT_CONFIG(accessibility)
        self.revise_button.setText(QCoreApplication.translate("NewGoalsPage", u"&Ret m\u00e5let", None))
        self.end_button.setText(QCoreApplication.translate("NewGoalsPage", u"&Afslut m\u00e5let", None))
        self.new_button.setText(QCoreApplication.translate("NewGoalsPage", u"N&yt m\u00e5l", None))
        self.undo_button.setText(QCoreApplication.translate("NewGoalsPage", u"&Fortryd \u00e6ndringen", None))
        self.hint.setText("")
        pass
    # retranslateUi

