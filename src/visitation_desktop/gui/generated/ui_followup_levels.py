# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_levels.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

from visitation_desktop.gui.followup.level_history import LevelHistoryChart
from visitation_desktop.gui.followup.tscore_chart import TScoreHistory

class Ui_LevelsPage(object):
    def setupUi(self, LevelsPageBody):
        if not LevelsPageBody.objectName():
            LevelsPageBody.setObjectName(u"LevelsPageBody")
        self.levels_body = QVBoxLayout(LevelsPageBody)
        self.levels_body.setObjectName(u"levels_body")
        self.intro_label = QLabel(LevelsPageBody)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"color: #444;")

        self.levels_body.addWidget(self.intro_label)

        self.levels_grid = QGridLayout()
        self.levels_grid.setObjectName(u"levels_grid")
        self.subtheme_title = QLabel(LevelsPageBody)
        self.subtheme_title.setObjectName(u"subtheme_title")
        font = QFont()
        font.setBold(True)
        self.subtheme_title.setFont(font)

        self.levels_grid.addWidget(self.subtheme_title, 0, 0, 1, 1)

        self.baseline_title = QLabel(LevelsPageBody)
        self.baseline_title.setObjectName(u"baseline_title")
        self.baseline_title.setFont(font)

        self.levels_grid.addWidget(self.baseline_title, 0, 1, 1, 1)

        self.last_title = QLabel(LevelsPageBody)
        self.last_title.setObjectName(u"last_title")
        self.last_title.setFont(font)

        self.levels_grid.addWidget(self.last_title, 0, 2, 1, 1)

        self.now_title = QLabel(LevelsPageBody)
        self.now_title.setObjectName(u"now_title")
        self.now_title.setFont(font)

        self.levels_grid.addWidget(self.now_title, 0, 3, 1, 1)

        self.levels_grid.setColumnStretch(0, 3)
        self.levels_grid.setColumnStretch(3, 2)

        self.levels_body.addLayout(self.levels_grid)

        self.no_codes_label = QLabel(LevelsPageBody)
        self.no_codes_label.setObjectName(u"no_codes_label")
        self.no_codes_label.setWordWrap(True)
        self.no_codes_label.setStyleSheet(u"color: #444;")

        self.levels_body.addWidget(self.no_codes_label)

        self.chart_heading = QLabel(LevelsPageBody)
        self.chart_heading.setObjectName(u"chart_heading")
        self.chart_heading.setFont(font)
        self.chart_heading.setWordWrap(True)

        self.levels_body.addWidget(self.chart_heading)

        self.chart = LevelHistoryChart(LevelsPageBody)
        self.chart.setObjectName(u"chart")

        self.levels_body.addWidget(self.chart)

        self.chart_note = QLabel(LevelsPageBody)
        self.chart_note.setObjectName(u"chart_note")
        self.chart_note.setWordWrap(True)
        self.chart_note.setStyleSheet(u"color: #444;")

        self.levels_body.addWidget(self.chart_note)

        self.tscore = TScoreHistory(LevelsPageBody)
        self.tscore.setObjectName(u"tscore")

        self.levels_body.addWidget(self.tscore)

        self.levels_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.levels_body.addItem(self.levels_stretch)


        self.retranslateUi(LevelsPageBody)

        QMetaObject.connectSlotsByName(LevelsPageBody)
    # setupUi

    def retranslateUi(self, LevelsPageBody):
        self.intro_label.setText(QCoreApplication.translate("LevelsPage", u"Vurd\u00e9r funktionsevnen igen sammen med borgeren, for de undertemaer I har talt om. 0 er ingen nedsat funktionsevne, 4 er fuldst\u00e6ndig nedsat. Lad \u00bbIkke vurderet\u00ab st\u00e5, hvis et undertema ikke blev vurderet p\u00e5 m\u00f8det.", None))
        self.subtheme_title.setText(QCoreApplication.translate("LevelsPage", u"Undertema", None))
        self.baseline_title.setText(QCoreApplication.translate("LevelsPage", u"Ved visitationen", None))
        self.last_title.setText(QCoreApplication.translate("LevelsPage", u"Sidste opf\u00f8lgning", None))
        self.now_title.setText(QCoreApplication.translate("LevelsPage", u"Nu", None))
        self.no_codes_label.setText(QCoreApplication.translate("LevelsPage", u"Der blev ikke vurderet funktionsevne ved visitationen, og m\u00e5lene har intet undertema.", None))
        self.chart_heading.setText(QCoreApplication.translate("LevelsPage", u"Udviklingen over tid", None))
        self.chart_note.setText(QCoreApplication.translate("LevelsPage", u"Niveau 0 st\u00e5r \u00f8verst og 4 nederst i hver r\u00e6kke: en linje, der g\u00e5r op, er en fremgang.", None))
        pass
    # retranslateUi

