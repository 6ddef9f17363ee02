"""Filer > Sikkerhedskopier: the backups of the store, one taken now, one restored after confirmation.

Restoring replaces the open store, so the dialog only asks (which backup, the password, yes); the
main window closes the store, restores and sends the caseworker back to the login.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import backups
from ..services.workspace import Workspace
from ..store.errors import StoreError


class BackupDialog(QDialog):
    restore_requested = Signal(str, str)  # backup name, password

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Sikkerhedskopier"))
        intro = QLabel(
            self.tr(
                "Sikkerhedskopierne er krypterede kopier af datalageret og nøglefilen. Der tages én om dagen, "
                "når du logger ind, og én før hver opdatering. De seneste 7 dages og 4 ugers kopier gemmes."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sikkerhedskopier"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked"))
        self.create_button = QPushButton(self.tr("&Tag en kopi nu"))
        self.restore_button = QPushButton(self.tr("&Gendan den valgte …"))
        close = QPushButton(self.tr("&Luk"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.create_button.clicked.connect(self._on_create)
        self.restore_button.clicked.connect(self._on_restore)
        close.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for backup in backups.list_all(self.ws.data_dir):
            item = QListWidgetItem(backups.describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup.name)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def _on_create(self) -> None:
        try:
            backup = backups.create(self.ws)
        except StoreError as exc:
            self.message.setText(str(exc))
            return
        self.refresh()
        self.message.setText(self.tr("Kopien er taget: {0}.").format(backups.describe(backup)))

    def _on_restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        answer = QMessageBox.question(
            self,
            self.tr("Gendan sikkerhedskopi"),
            self.tr(
                "Gendan kopien fra {0}? Det nuværende datalager og nøglefilen lægges til side i mappen "
                "backups (intet slettes), og du skal logge ind igen."
            ).format(item.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Gendan sikkerhedskopi"), self.tr("Din adgangskode:"), QLineEdit.EchoMode.Password
        )
        if ok and password:
            self.restore_requested.emit(name, password)
            self.accept()
