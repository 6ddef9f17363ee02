"""The login dialog; on a fresh store it creates the first caseworker instead.

It is the first window the program shows, so it imports the services (and with them the store,
SQLAlchemy and the crypto libraries) only when the caseworker presses Log ind; see
``tests/app/test_startup_imports.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from ..paths import keyring_path
from .generated.ui_login_dialog import Ui_LoginDialog
from .messages import error_text

if TYPE_CHECKING:
    from ..services.workspace import Workspace


class LoginDialog(QDialog):
    def __init__(
        self, data_dir: Path, parent: QWidget | None = None, initials: str = "", password: str = ""
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.first_run = not keyring_path(data_dir).is_file()  # as services.workspace.is_initialised
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._setup_mode()
        self.ui.initialsEdit.setText(initials)
        self.ui.passwordEdit.setText(password)
        self._connect_signals()

    def _setup_mode(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        for widget in (self.ui.nameLabel, self.ui.nameEdit, self.ui.repeatLabel, self.ui.repeatEdit):
            widget.setVisible(self.first_run)
        if self.first_run:
            self.setWindowTitle(self.tr("Visitation Desktop – første start"))
            self.ui.introLabel.setText(
                self.tr(
                    "Velkommen. Opret den første sagsbehandler. Adgangskoden låser det krypterede "
                    "datalager op og skal have mindst 12 tegn og ikke være en almindelig adgangskode – "
                    "brug gerne en sætning. Glemmes den, kan IT hjælpe med gendannelseskoden, der vises nu."
                )
            )
            ok.setText(self.tr("Opret"))
        else:
            ok.setText(self.tr("Log ind"))
        self.setMinimumWidth(460)
        self.adjustSize()

    def _connect_signals(self) -> None:
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retry_timer.timeout.connect(self._on_retry_allowed)

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def _on_retry_allowed(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _on_accept(self) -> None:
        from ..services.workspace import AccessDenied, ReferenceDataError, SetupError, init_store, unlock
        from ..store.errors import StoreDamaged, StoreError, StoreMissing, WrongKey

        initials = self.ui.initialsEdit.text()
        password = self.ui.passwordEdit.text()
        if self.first_run:
            if password != self.ui.repeatEdit.text():
                self._show_message(self.tr("De to adgangskoder er ikke ens."))
                self.ui.repeatEdit.setFocus()
                return
            try:
                self.workspace = init_store(self.data_dir, initials, self.ui.nameEdit.text(), password)
            except ReferenceDataError as exc:
                self._show_problem(error_text(exc))
                return
            except SetupError as exc:
                self._show_message(str(exc))
                return
            except StoreError as exc:
                self._show_problem(error_text(exc))
                return
        else:
            try:
                self.workspace = unlock(self.data_dir, initials, password, direct_first=True)
            except AccessDenied as exc:
                self._show_message(error_text(exc))
                self.ui.passwordEdit.selectAll()
                self.ui.passwordEdit.setFocus()
                if exc.wait_seconds > 0:
                    self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
                    self._retry_timer.start(int(exc.wait_seconds * 1000))
                return
            except (StoreDamaged, StoreMissing, WrongKey) as exc:  # the store: offer the newest backup
                if not self._offer_backup(error_text(exc), initials, password):
                    return
            except (StoreError, SetupError) as exc:  # a damaged key file or standard
                self._show_problem(error_text(exc))
                return
        self.accept()

    def _offer_backup(self, problem: str, initials: str, password: str) -> bool:
        """Name the damage; if there is a backup, offer to restore the newest good one and log in."""
        from ..services import backups
        from ..services.workspace import unlock
        from ..store.errors import StoreError

        newest = backups.newest(self.data_dir)
        if newest is None:
            self._show_problem(problem + " " + self.tr("Der er ingen sikkerhedskopier."))
            return False
        self._show_message(problem)
        answer = QMessageBox.question(
            self,
            self.tr("Datalageret kan ikke åbnes"),
            problem
            + "\n\n"
            + self.tr(
                "Den nyeste sikkerhedskopi er fra {0}. Vil du gendanne den? Det beskadigede datalager "
                "lægges til side i mappen backups; intet slettes."
            ).format(backups.describe(newest)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            done = backups.restore(self.data_dir, None, initials, password)
            self.workspace = unlock(self.data_dir, initials, password, direct_first=True)
        except StoreError as exc:
            self._show_problem(error_text(exc))
            return False
        self.workspace.warnings.append(
            self.tr("Kopien fra {0} er gendannet. Det beskadigede datalager ligger i {1}.").format(
                backups.describe(done.backup), str(done.aside)
            )
        )
        return True

    def _show_problem(self, text: str) -> None:
        """A file that cannot be used: named in a dialog over the login, and kept in its message line."""
        self._show_message(text)
        QMessageBox.critical(self, self.tr("Datalageret kan ikke åbnes"), text)
