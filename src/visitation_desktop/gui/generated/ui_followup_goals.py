# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_goals.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_GoalScoresPage(object):
    def setupUi(self, GoalScoresPageBody):
        if not GoalScoresPageBody.objectName():
            GoalScoresPageBody.setObjectName(u"GoalScoresPageBody")
        self.goals_body = QVBoxLayout(GoalScoresPageBody)
        self.goals_body.setObjectName(u"goals_body")
        self.intro_label = QLabel(GoalScoresPageBody)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"color: #444;")

        self.goals_body.addWidget(self.intro_label)

        self.no_goals_label = QLabel(GoalScoresPageBody)
        self.no_goals_label.setObjectName(u"no_goals_label")
        self.no_goals_label.setWordWrap(True)
        self.no_goals_label.setStyleSheet(u"color: #444;")

        self.goals_body.addWidget(self.no_goals_label)

        self.goals_place = QVBoxLayout()
        self.goals_place.setObjectName(u"goals_place")
        self.goals_place.setContentsMargins(0, 0, 0, 0)

        self.goals_body.addLayout(self.goals_place)

        self.history_place = QVBoxLayout()
        self.history_place.setObjectName(u"history_place")
        self.history_place.setContentsMargins(0, 0, 0, 0)

        self.goals_body.addLayout(self.history_place)

        self.goals_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.goals_body.addItem(self.goals_stretch)


        self.retranslateUi(GoalScoresPageBody)

        QMetaObject.connectSlotsByName(GoalScoresPageBody)
    # setupUi

    def retranslateUi(self, GoalScoresPageBody):
        self.intro_label.setText(QCoreApplication.translate("GoalScoresPage", u"Gennemg\u00e5 m\u00e5lene med borgeren. V\u00e6lg for hvert m\u00e5l, hvor langt borgeren er n\u00e5et: 0 er det forventede niveau, \u22122 og \u22121 er mindre end forventet, +1 og +2 bedre.", None))
        self.no_goals_label.setText(QCoreApplication.translate("GoalScoresPage", u"Handleplanen har ingen m\u00e5l.", None))
        pass
    # retranslateUi

