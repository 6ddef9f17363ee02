# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_summary.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout

class Ui_SummaryPage(object):
    def setupUi(self, SummaryPageBody):
        if not SummaryPageBody.objectName():
            SummaryPageBody.setObjectName(u"SummaryPageBody")
        self.summary_body = QVBoxLayout(SummaryPageBody)
        self.summary_body.setObjectName(u"summary_body")
        self.intro_label = QLabel(SummaryPageBody)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"color: #444;")

        self.summary_body.addWidget(self.intro_label)

        self.browser = QTextBrowser(SummaryPageBody)
        self.browser.setObjectName(u"browser")
        self.browser.setMinimumSize(QSize(0, 160))
        self.browser.setOpenLinks(False)

        self.summary_body.addWidget(self.browser)

        self.summary_body.setStretch(1, 1)

        self.retranslateUi(SummaryPageBody)

        QMetaObject.connectSlotsByName(SummaryPageBody)
    # setupUi

    def retranslateUi(self, SummaryPageBody):
        self.intro_label.setText(QCoreApplication.translate("SummaryPage", u"L\u00e6s sagen igennem sammen med borgeren. Ret p\u00e5 de tidligere sider, hvis noget er forkert; opsummeringen f\u00f8lger med.", None))
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Opsummering af sagen", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

