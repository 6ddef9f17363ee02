# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_assessment.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_AssessmentPage(object):
    def setupUi(self, AssessmentPageBody):
        if not AssessmentPageBody.objectName():
            AssessmentPageBody.setObjectName(u"AssessmentPageBody")
        self.assessment_body = QVBoxLayout(AssessmentPageBody)
        self.assessment_body.setObjectName(u"assessment_body")
        self.intro_label = QLabel(AssessmentPageBody)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"color: #444;")

        self.assessment_body.addWidget(self.intro_label)

        self.assessment_outer = QHBoxLayout()
        self.assessment_outer.setObjectName(u"assessment_outer")
        self.themes_row = QHBoxLayout()
        self.themes_row.setObjectName(u"themes_row")
        self.theme_list = QListWidget(AssessmentPageBody)
        self.theme_list.setObjectName(u"theme_list")
        self.theme_list.setMinimumSize(QSize(190, 0))
        self.theme_list.setMaximumSize(QSize(190, 16777215))

        self.themes_row.addWidget(self.theme_list, 0, Qt.AlignTop)

        self.stack = QStackedWidget(AssessmentPageBody)
        self.stack.setObjectName(u"stack")

        self.themes_row.addWidget(self.stack)

        self.themes_row.setStretch(1, 1)

        self.assessment_outer.addLayout(self.themes_row)

        self.side_panel = QWidget(AssessmentPageBody)
        self.side_panel.setObjectName(u"side_panel")
        self.side_panel.setMinimumSize(QSize(300, 0))
        self.side_panel.setMaximumSize(QSize(300, 16777215))
        self.side_column = QVBoxLayout(self.side_panel)
        self.side_column.setObjectName(u"side_column")
        self.side_column.setContentsMargins(0, 0, 0, 0)
        self.chart_title = QLabel(self.side_panel)
        self.chart_title.setObjectName(u"chart_title")
        self.chart_title.setWordWrap(True)

        self.side_column.addWidget(self.chart_title)

        self.chart_place = QVBoxLayout()
        self.chart_place.setObjectName(u"chart_place")
        self.chart_place.setContentsMargins(0, 0, 0, 0)

        self.side_column.addLayout(self.chart_place)

        self.side_gap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.side_column.addItem(self.side_gap)

        self.support_caption = QLabel(self.side_panel)
        self.support_caption.setObjectName(u"support_caption")

        self.side_column.addWidget(self.support_caption)

        self.support_box = QWidget(self.side_panel)
        self.support_box.setObjectName(u"support_box")
        self.support_place = QVBoxLayout(self.support_box)
        self.support_place.setObjectName(u"support_place")
        self.support_place.setContentsMargins(0, 0, 0, 0)

        self.side_column.addWidget(self.support_box)

        self.support_message = QLabel(self.side_panel)
        self.support_message.setObjectName(u"support_message")
        self.support_message.setWordWrap(True)
        self.support_message.setVisible(False)
        self.support_message.setTextFormat(Qt.PlainText)

        self.side_column.addWidget(self.support_message)

        self.side_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.side_column.addItem(self.side_stretch)


        self.assessment_outer.addWidget(self.side_panel)

        self.assessment_outer.setStretch(0, 1)

        self.assessment_body.addLayout(self.assessment_outer)

        self.themes_message = QLabel(AssessmentPageBody)
        self.themes_message.setObjectName(u"themes_message")
        self.themes_message.setWordWrap(True)
        self.themes_message.setVisible(False)
        self.themes_message.setTextFormat(Qt.PlainText)

        self.assessment_body.addWidget(self.themes_message)

        self.assessment_body.setStretch(1, 1)

        self.retranslateUi(AssessmentPageBody)

        QMetaObject.connectSlotsByName(AssessmentPageBody)
    # setupUi

    def retranslateUi(self, AssessmentPageBody):
        self.intro_label.setText(QCoreApplication.translate("AssessmentPage", u"Vurd\u00e9r sammen med borgeren de undertemaer, der har betydning for borgeren: 0 = ingen nedsat funktionsevne, 4 = fuldst\u00e6ndig nedsat funktionsevne. Lad resten st\u00e5 som \u00bbIkke vurderet\u00ab.", None))
#if QT_CONFIG(accessibility)
        self.theme_list.setAccessibleName(QCoreApplication.translate("AssessmentPage", u"Temaer", None))
#endif // QT_CONFIG(accessibility)
        self.chart_title.setText(QCoreApplication.translate("AssessmentPage", u"<b>Funktionsevne pr. tema</b> (gennemsnit af de vurderede undertemaer)", None))
        self.support_caption.setText(QCoreApplication.translate("AssessmentPage", u"<b>Samlet &st\u00f8ttebehov</b> (0\u20134)", None))
        pass
    # retranslateUi

