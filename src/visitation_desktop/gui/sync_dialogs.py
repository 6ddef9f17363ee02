""" "Hent sager" and "Send sager": the sync runs off the GUI thread, with progress and a cancel button.

A ``SyncJob`` runs one service call (find, pull or push) in a ``QThread``; the dialog shows its
progress and stops it between batches when "Stop" is pressed (batches done are kept on both
sides). Conflicts found by a check-in open the conflict view, one case at a time; the choices are
settled on the laptop (``services.sync.resolve``) and sent with the next "Send sager".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.central import (
    CentralUnavailable,
    CentralUrlError,
    central_url,
    password_available,
    tls_warning,
)
from ..services.sync import (
    CaseConflict,
    PullReport,
    PushReport,
    ReleaseReport,
    SyncCancelled,
    SyncService,
    resolve,
)
from ..services.workspace import Workspace
from ..store.central.admin import CentralSchemaError
from .check_list import add_checked, checked_values
from .conflict_dialog import ConflictDialog
from .gc_guard import collect_garbage_on_gui_thread
from .release_dialog import release_summary

log = logging.getLogger(__name__)


class SyncJob(QObject):
    """One sync call on a worker thread; ``done`` carries its result, ``failed`` a Danish message."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[..., Any]) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = False

    def run(self) -> None:
        try:
            result = self._work(
                progress=lambda d, t: self.progress.emit(d, t), cancelled=lambda: self.cancel_requested
            )
        except SyncCancelled:
            self.failed.emit(self.tr("Stoppet. De sager, der nåede frem, er gemt begge steder."))
        except (CentralUnavailable, CentralSchemaError) as exc:
            self.failed.emit(str(exc))
        except Exception:  # noqa: BLE001 - shown as a message, never a traceback on screen
            log.exception("sync failed")
            self.failed.emit(self.tr("Synkroniseringen stoppede uventet. Intet halvt er gemt; prøv igen."))
        else:
            self.done.emit(result)


def make_service(ws: Workspace, parent: QWidget) -> SyncService | None:
    """The sync service on the settings' central address; None (and a message) without a usable one."""
    address = ws.settings.central_url
    if not address:
        _message(
            parent, parent.tr("Angiv adressen på den centrale database under Funktioner > Indstillinger.")
        )
        return None
    try:
        url = central_url(address)
    except CentralUrlError as exc:
        _message(parent, str(exc))
        return None
    warning = tls_warning(url)
    if warning:
        _message(parent, warning)
    password = None
    if not password_available(url):
        text, ok = QInputDialog.getText(
            parent,
            parent.tr("Central database"),
            parent.tr("Adgangskode til den centrale database:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        password = text or None
    return SyncService(ws, url, password)


def _message(parent: QWidget, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, parent.tr("Central database"), text)


class SyncProgressDialog(QDialog):
    """Runs a job with a progress bar and "Stop"; ``finished_with`` the result (or None on failure)."""

    finished_with = Signal(object)

    def __init__(
        self, title: str, work: Callable[..., Any], parent: QWidget | None = None, first_text: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.label = QLabel(first_text or self.tr("Forbinder til den centrale database …"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first batch says how many
        self.bar.setAccessibleName(self.tr("Fremdrift"))
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.close_button = QPushButton(self.tr("&Luk"))
        self.close_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.resize(520, 150)
        self.result_value: Any = None
        self.worker_thread = QThread(self)
        self.job = SyncJob(work)
        self.job.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.job.run)
        self.job.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.job.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.job.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.stop_button.clicked.connect(self._on_stop)
        self.close_button.clicked.connect(self.accept)

    def start(self) -> None:
        collect_garbage_on_gui_thread()
        self.worker_thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.tr("%1 af %2 sager …").replace("%1", str(done)).replace("%2", str(total)))

    def _on_stop(self) -> None:
        self.job.cancel_requested = True
        self.stop_button.setEnabled(False)
        self.label.setText(self.tr("Stopper efter den igangværende portion …"))

    def _finish(self, text: str) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.label.setText(text)
        self.stop_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setFocus()

    def _on_done(self, result: Any) -> None:
        self.result_value = result
        self._finish(summary(self, result))
        self.finished_with.emit(result)

    def _on_failed(self, message: str) -> None:
        self._finish(message)
        self.finished_with.emit(None)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        if self.worker_thread.isRunning():
            self._on_stop()
            event.ignore()
            return
        super().closeEvent(event)


def summary(widget: QWidget, result: Any) -> str:
    if isinstance(result, PushReport):
        text = widget.tr("Sendt: %1 sag(er).").replace("%1", str(len(result.written)))
        if result.merged:
            text += " " + widget.tr("%1 med ændringer hentet fra den centrale database.").replace(
                "%1", str(len(result.merged))
            )
        if result.duplicates:
            text += " " + widget.tr(
                "%1 ny(e) sag(er) hører til en borger, der allerede har sager centralt – tjek for dubletter."
            ).replace("%1", str(len(result.duplicates)))
        if result.refused:
            text += " " + widget.tr("%1 sag(er) er ikke sendt, fordi afgørelsen ikke kan registreres.").replace(
                "%1", str(len(result.refused))
            )
        if result.conflicts:
            text += " " + widget.tr("%1 sag(er) har konflikter og er ikke sendt.").replace(
                "%1", str(len(result.conflicts))
            )
        return text
    if isinstance(result, PullReport):
        text = (
            widget.tr("Hentet: %1 nye, %2 opdateret.")
            .replace("%1", str(len(result.new)))
            .replace("%2", str(len(result.refreshed)))
        )
        if result.kept:
            text += " " + widget.tr("%1 sag(er) med ændringer på computeren er ikke overskrevet.").replace(
                "%1", str(len(result.kept))
            )
        return text
    if isinstance(result, ReleaseReport):
        return release_summary(widget, result)
    return ""


def resolve_conflicts(ws: Workspace, conflicts: list[CaseConflict], parent: QWidget) -> int:
    """Open the conflict view for each case; return how many were settled (sent with the next check-in)."""
    settled = 0
    for conflict in conflicts:
        dialog = ConflictDialog(
            conflict.conflicts,
            mine_title=parent.tr("Denne computer"),
            theirs_title=parent.tr("Central database"),
            mine_side=conflict.mine,
            theirs_side=conflict.theirs,
            intro=parent.tr(
                "Sagen for %1 er ændret både her og i den centrale database. Ændringer i forskellige felter er lagt "
                "sammen. Vælg for hvert felt herunder, hvilken værdi der skal gælde. Intet af sagen er sendt endnu."
            ).replace("%1", conflict.citizen_name),
            parent=parent,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            resolve(ws, conflict.case_id, dialog.choices())
            settled += 1
    return settled


class PullDialog(QDialog):
    """Choose what to check out: your own cases, or cases found by name or CPR number."""

    def __init__(self, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hent sager"))
        self.service = service
        intro = QLabel(self.tr("Hent dine egne sager, eller søg efter sager på navn eller CPR-nummer."))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Navn eller CPR-nummer"))
        self.search.setAccessibleName(self.tr("Søg i den centrale database"))
        self.search_button = QPushButton(self.tr("&Søg"))
        self.mine_button = QPushButton(self.tr("&Mine sager"))
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.search_button)
        row.addWidget(self.mine_button)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Fundne sager"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.fetch_button = self.buttons.addButton(
            self.tr("&Hent valgte"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.search_button.clicked.connect(lambda: self._find(mine=False))
        self.mine_button.clicked.connect(lambda: self._find(mine=True))
        self.search.returnPressed.connect(lambda: self._find(mine=False))
        self.resize(640, 460)

    def _find(self, *, mine: bool) -> None:
        text = self.search.text().strip()
        progress = SyncProgressDialog(self.tr("Søger"), lambda **_: self.service.find(text, mine=mine), self)
        progress.finished_with.connect(self._show_found)
        progress.finished_with.connect(progress.accept)
        progress.start()
        progress.exec()

    def _show_found(self, found: Any) -> None:
        self.results.clear()
        if found is None:
            self.message.setText(self.tr("Søgningen kunne ikke gennemføres."))
            return
        for f in found:
            add_checked(self.results, f"{f.name} ({f.cpr[:6]}-xxxx) – {f.caseworker}", f.uuid)
        self.message.setText(self.tr("%1 sag(er) fundet.").replace("%1", str(len(found))))

    def chosen(self) -> list[str]:
        return checked_values(self.results)
