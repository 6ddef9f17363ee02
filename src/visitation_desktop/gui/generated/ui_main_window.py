# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QMenu, QMenuBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar, QTableView, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 700)
        self.actionNewCase = QAction(MainWindow)
        self.actionNewCase.setObjectName(u"actionNewCase")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionChangePassword = QAction(MainWindow)
        self.actionChangePassword.setObjectName(u"actionChangePassword")
        self.actionAddCaseworker = QAction(MainWindow)
        self.actionAddCaseworker.setObjectName(u"actionAddCaseworker")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.stack = QStackedWidget(self.centralWidget)
        self.stack.setObjectName(u"stack")
        self.casesPage = QWidget()
        self.casesPage.setObjectName(u"casesPage")
        self.casesLayout = QVBoxLayout(self.casesPage)
        self.casesLayout.setObjectName(u"casesLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.searchLabel = QLabel(self.casesPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.toolbarLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.casesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.searchEdit)

        self.newCaseButton = QPushButton(self.casesPage)
        self.newCaseButton.setObjectName(u"newCaseButton")

        self.toolbarLayout.addWidget(self.newCaseButton)

        self.openCaseButton = QPushButton(self.casesPage)
        self.openCaseButton.setObjectName(u"openCaseButton")

        self.toolbarLayout.addWidget(self.openCaseButton)


        self.casesLayout.addLayout(self.toolbarLayout)

        self.caseTable = QTableView(self.casesPage)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.caseTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.caseTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.caseTable.setSortingEnabled(True)
        self.caseTable.setAlternatingRowColors(True)

        self.casesLayout.addWidget(self.caseTable)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(self.casesPage)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomLayout.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)


        self.casesLayout.addLayout(self.bottomLayout)

        self.stack.addWidget(self.casesPage)

        self.centralLayout.addWidget(self.stack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.toolsMenu = QMenu(self.menuBar)
        self.toolsMenu.setObjectName(u"toolsMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.toolsMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.actionNewCase)
        self.fileMenu.addAction(self.actionLock)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionQuit)
        self.toolsMenu.addAction(self.actionSettings)
        self.toolsMenu.addAction(self.actionChangePassword)
        self.toolsMenu.addAction(self.actionAddCaseworker)
        self.helpMenu.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Visitation Desktop", None))
        self.actionNewCase.setText(QCoreApplication.translate("MainWindow", u"&Ny visitation", None))
#if QT_CONFIG(shortcut)
        self.actionNewCase.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&L\u00e5s", None))
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Afslut", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Indstillinger \u2026", None))
        self.actionChangePassword.setText(QCoreApplication.translate("MainWindow", u"Skift &adgangskode \u2026", None))
        self.actionAddCaseworker.setText(QCoreApplication.translate("MainWindow", u"&Tilf\u00f8j sagsbehandler \u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Om Visitation Desktop", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&S\u00f8g:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"S\u00f8g p\u00e5 navn eller CPR-nummer", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Navn, CPR-nummer, sagsnummer eller adresse", None))
        self.newCaseButton.setText(QCoreApplication.translate("MainWindow", u"&Ny visitation", None))
#if QT_CONFIG(accessibility)
        self.newCaseButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Ny visitation", None))
#endif // QT_CONFIG(accessibility)
        self.openCaseButton.setText(QCoreApplication.translate("MainWindow", u"\u00c5&bn sag", None))
#if QT_CONFIG(accessibility)
        self.openCaseButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u00c5bn den valgte sag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sager", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Antal sager", None))
#endif // QT_CONFIG(accessibility)
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Filer", None))
        self.toolsMenu.setTitle(QCoreApplication.translate("MainWindow", u"Funk&tioner", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Hj\u00e6lp", None))
    # retranslateUi

