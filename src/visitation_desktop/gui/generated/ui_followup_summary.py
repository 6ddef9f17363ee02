# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_summary.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SummaryPage(object):
    def setupUi(self, SummaryPageBody):
        if not SummaryPageBody.objectName():
            SummaryPageBody.setObjectName(u"SummaryPageBody")
        self.summary_body = QVBoxLayout(SummaryPageBody)
        self.summary_body.setObjectName(u"summary_body")
        self.summary = QLabel(SummaryPageBody)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.summary.setAlignment(Qt.AlignTop)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.summary_body.addWidget(self.summary)

        self.error = QLabel(SummaryPageBody)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setTextFormat(Qt.PlainText)
        self.error.setStyleSheet(u"color: #a40000;")

        self.summary_body.addWidget(self.error)

        self.summary_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summary_body.addItem(self.summary_stretch)


        self.retranslateUi(SummaryPageBody)

        QMetaObject.connectSlotsByName(SummaryPageBody)
    # setupUi

    def retranslateUi(self, SummaryPageBody):
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Opsummering af opf\u00f8lgningen", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

