"""The main window: the case overview with search, lock, settings and the wizard host."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ..domain.case import CaseFile
from ..domain.followup import FollowUp
from ..services.cases import CaseService
from ..services.followups import RecordedFollowUp
from ..services.overview import OverviewSource
from ..services.standards import reload_active_standard
from ..services.workspace import AccessDenied, Workspace
from ..store.errors import StoreError
from .account_dialogs import add_account_actions
from .case_list_delegate import CaseListDelegate
from .dialogs import AddCaseworkerDialog, ChangePasswordDialog, SettingsDialog, show_about
from .gc_guard import collect_garbage_on_gui_thread
from .generated.ui_main_window import Ui_MainWindow
from .lock import IdleWatcher, LockPage, cover_windows, open_dialog, uncover_windows
from .lookup_log import LookupLog
from .messages import error_text
from .overview import OverviewControls
from .overview_loader import LoadedOverview, OverviewLoader
from .overview_model import OverviewModel

if TYPE_CHECKING:
    from .sync_dialogs import SyncProgressDialog

log = logging.getLogger(__name__)
REMARK_CHARS = 20  # the remark column keeps at least this many characters' width

WINDOW_TITLE = "Visitation Desktop"
SEARCH_SETTLES_MS = 1000  # a search unchanged this long counts as one look-up (see CaseSearch.settled)


class MainWindow(QMainWindow):
    locked_changed = Signal(bool)
    relogin_requested = Signal()  # the store was replaced (a backup restored): back to the login
    settings_saved = Signal()  # the caseworker saved the settings (the demo remembers the language)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ws = workspace
        self.cases = CaseService(workspace)
        self.locked = False
        self._wizard: QWidget | None = None
        self._page_before_lock: QWidget | None = None
        self._covered: list[QWidget] = []

        self.model = OverviewModel(workspace.standard.decision_deadline_weeks)
        self._setup_table()
        self.overview = OverviewControls(self)
        self.overview_source = OverviewSource(workspace)
        self.loader = OverviewLoader(self.overview_source, self)
        self._columns_fitted = False
        self.columns_ready = False  # the columns fit their contents (a few turns after the list first fills)
        self._followup_drafts: dict[int, FollowUp] = {}
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no known end: the store is being read
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Henter sager …"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)

        self.actionDocuments = QAction(self.tr("&Dokumenter …"), self)
        self.actionDocuments.setShortcut(QKeySequence("Ctrl+P"))
        self.ui.fileMenu.insertAction(self.ui.actionLock, self.actionDocuments)
        self.actionBackups = QAction(self.tr("&Sikkerhedskopier …"), self)
        self.ui.fileMenu.insertAction(self.ui.actionLock, self.actionBackups)
        self.pullButton = QPushButton(self.tr("Hent sa&ger"))
        self.pullButton.setAccessibleName(self.tr("Hent sager fra den centrale database"))
        self.pushButton = QPushButton(self.tr("Sen&d sager"))
        self.pushButton.setAccessibleName(self.tr("Send ændrede sager til den centrale database"))
        self.releaseButton = QPushButton(self.tr("F&rigiv sager"))
        self.releaseButton.setAccessibleName(self.tr("Fjern sendte sager fra computeren"))
        # The central database's buttons stand under the list, beside the count, so the search row
        # keeps its width on a small, scaled screen (1280×720 at 150 %).
        for button in (self.pullButton, self.pushButton, self.releaseButton):
            self.ui.bottomLayout.addWidget(button)
        self.sync_dialog: SyncProgressDialog | None = None
        self.lock_page = LockPage()
        self.ui.stack.addWidget(self.lock_page)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SEARCH_SETTLES_MS)
        self.lookups = LookupLog(workspace, "overview", self)  # the list shown, once it has settled
        self.idle = IdleWatcher(workspace.settings.idle_lock_minutes, self)
        QApplication.instance().installEventFilter(self.idle)  # type: ignore[union-attr]
        workspace.on_close(self.stop_timers)  # the window's timers end with its store

        self._connect_signals()
        self.account_actions = add_account_actions(self)  # Fjern sagsbehandler, Ophæv spærring
        self.setWindowTitle(self.tr(WINDOW_TITLE) + f" – {workspace.caseworker}")
        self.statusBar().showMessage(
            self.tr("Logget ind som {0}. Datalageret er krypteret.").format(workspace.caseworker_name)
        )
        if workspace.settings.policy_problem:
            self._show_policy_problem(workspace.settings.policy_problem)
        for warning in workspace.warnings:  # settings.json or a standard file passed over for defaults
            if warning != workspace.settings.policy_problem:
                self._show_policy_problem(warning, "startupWarning")
        if workspace.recovery_code:
            self._show_recovery_code(workspace.recovery_code)
        self.refresh()

    def _setup_table(self) -> None:
        """Uniform rows, widths fitted once (not per change), sorting done by the model itself."""
        table = self.ui.caseTable
        table.setModel(self.model)
        table.setItemDelegate(CaseListDelegate(table, self.model, table))  # text laid out once, not per paint
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(100)  # fitting a column reads the rows on screen and 100 more
        header.setStretchLastSection(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(6 * table.fontMetrics().averageCharWidth())
        table.sortByColumn(4, Qt.SortOrder.AscendingOrder)

    def _bound_columns(self) -> None:
        """A long name or offer elides (whole in its tooltip) instead of pushing the remarks off screen;
        on a narrow screen the other columns give way so the remarks keep a readable width."""
        table = self.ui.caseTable
        chars = table.fontMetrics().averageCharWidth()
        header = table.horizontalHeader()
        for column, limit in ((0, 20), (OverviewModel.OFFER, 16)):
            if header.sectionSize(column) > limit * chars:
                header.resizeSection(column, limit * chars)
        others = [c for c in range(header.count()) if c != OverviewModel.REMARK]
        room = table.viewport().width() - REMARK_CHARS * chars
        while sum(header.sectionSize(c) for c in others) > room:
            widest = max(others, key=header.sectionSize)
            if header.sectionSize(widest) <= 8 * chars:
                break
            header.resizeSection(widest, header.sectionSize(widest) - chars)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._columns_fitted:
            self._bound_columns()

    def _show_recovery_code(self, code: str) -> None:
        """Once, right after the store was created: the code IT keeps to give a locked-out caseworker access."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Gendannelseskode"), "", QMessageBox.StandardButton.Ok, self)
        box.setObjectName("recoveryCodeBox")
        box.setText(
            self.tr(
                "Gendannelseskoden er {0}\n\nSkriv den ned, og giv den til IT, som lægger den i pengeskabet. "
                "Med den kan IT give en sagsbehandler en ny adgangskode (visitation-desktop recover). "
                "Den vises kun denne ene gang."
            ).format(code)
        )
        box.open()
        self.workspace_recovery_box = box

    def _show_policy_problem(self, message: str, name: str = "policyProblem") -> None:
        """A damaged IT policy or settings file: said where the caseworker looks, for as long as it lasts."""
        label = QLabel(message)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet("color: #a40000;")
        self.statusBar().addPermanentWidget(label, 1)

    def _connect_signals(self) -> None:
        self.ui.searchEdit.textChanged.connect(self._on_search_text)
        self._settle_timer.timeout.connect(self._on_search_settled)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)
        self.ui.caseTable.doubleClicked.connect(self._on_open_case)
        self.ui.caseTable.activated.connect(self._on_open_case)
        self.ui.openCaseButton.clicked.connect(self._on_open_case)
        self.ui.newCaseButton.clicked.connect(self._on_new_case)
        self.ui.actionNewCase.triggered.connect(self._on_new_case)
        self.actionDocuments.triggered.connect(self._on_documents)
        self.actionBackups.triggered.connect(self._on_backups)
        self.ui.actionLock.triggered.connect(self.lock)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionSettings.triggered.connect(self._on_settings)
        self.ui.actionChangePassword.triggered.connect(self._on_change_password)
        self.ui.actionAddCaseworker.triggered.connect(self._on_add_caseworker)
        self.ui.actionAbout.triggered.connect(self._on_about)
        self.idle.idle.connect(self.lock)
        self.pullButton.clicked.connect(self._on_pull)
        self.pushButton.clicked.connect(self._on_push)
        self.releaseButton.clicked.connect(self._on_release)
        self.lock_page.unlock_requested.connect(self._on_unlock_requested)

    # -- check-out and check-in -------------------------------------------------------------
    # The central store's dialogs and services (SQLAlchemy's PostgreSQL dialect, the central models)
    # are imported when one is asked for: not during the login window, beside Argon2id's memory.
    def _on_pull(self) -> None:
        from .sync_dialogs import PullDialog, make_service

        service = make_service(self.ws, self)
        if service is None:
            return
        chooser = PullDialog(service, self)
        if chooser.exec() != PullDialog.DialogCode.Accepted or not chooser.chosen():
            return
        uuids = chooser.chosen()
        self._run_sync(
            self.tr("Hent sager"), lambda progress, cancelled: service.pull(uuids, progress=progress, cancelled=cancelled)
        )

    def _on_push(self) -> None:
        from .sync_dialogs import make_service

        service = make_service(self.ws, self)
        if service is None:
            return
        self._run_sync(
            self.tr("Send sager"), lambda progress, cancelled: service.push(progress=progress, cancelled=cancelled)
        )

    def _on_release(self) -> None:
        from ..services.sync_offline import release_cases
        from .release_dialog import ReleaseDialog

        chooser = ReleaseDialog(self.ws, self)
        ids = chooser.chosen() if chooser.exec() == ReleaseDialog.DialogCode.Accepted else []
        chooser.deleteLater()
        if ids:
            self._run_sync(self.tr("Frigiv sager"), lambda progress, cancelled: release_cases(
                self.ws, ids, progress=progress, cancelled=cancelled), self.tr("Fjerner sager fra computeren …"))

    def _run_sync(self, title: str, work: Any, first_text: str = "") -> None:
        from .sync_dialogs import SyncProgressDialog

        self.sync_dialog = dialog = SyncProgressDialog(title, work, self, first_text)
        dialog.finished_with.connect(self._on_sync_finished)
        dialog.start()
        dialog.open()

    def _on_sync_finished(self, result: Any) -> None:
        from .sync_dialogs import resolve_conflicts

        self.refresh()
        conflicts = getattr(result, "conflicts", None)
        if conflicts and resolve_conflicts(self.ws, conflicts, self):
            self.statusBar().showMessage(self.tr("Konflikterne er afgjort. Tryk »Send sager« for at sende dem."), 10_000)
            self.refresh()

    # -- case list -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the overview again (after a save, a follow-up, a sync), in the background."""
        if self.locked or self.ws.closed:
            return
        if self.model.rowCount() == 0:
            self.ui.countLabel.setText(self.tr("Henter sager …"))
        self.busy.show()
        self.loader.load(dt.date.today())

    @property
    def overview_pending(self) -> bool:
        """A refresh is on its way (tests wait for this to turn False)."""
        return self.loader.pending

    def _on_loaded(self, result: LoadedOverview) -> None:
        self.busy.hide()
        if self.locked:
            return
        self.model.set_overview(result.overview.rows, result.index, result.order, result.groups)
        if not self._columns_fitted and self.model.rowCount():
            self._columns_fitted = True
            self._fit_column(0)
        elif not self.model.rowCount():
            self._open_store_behind()
        everything = self.model.shows_all and not self.model.query  # worked out in the loader's thread
        self.overview.show_counts(self.model.counts())
        self.show_count()
        self.lookups.shown(self.model.query, result.citizens if everything else self.model.shown_citizen_ids())

    def _fit_column(self, column: int) -> None:
        """Fit the columns to their contents once, one per turn of the event loop (never one long wait)."""
        if self.locked or column >= OverviewModel.REMARK:
            self._bound_columns()
            self.columns_ready = True
            self._open_store_behind()
            return
        self.ui.caseTable.resizeColumnToContents(column)
        QTimer.singleShot(0, self, lambda: self._fit_column(column + 1))

    def _open_store_behind(self) -> None:
        """The list is on screen: open the store's repository behind the direct store the login gave
        (``store/direct_first.py``), in a worker, while the caseworker reads the list. Not sooner
        than the columns are fitted: the fitting's turns leave the event loop idle between them, so
        the worker's imports took turns with it (10,000 cases: filled 0.39 s -> 0.62 s, tried)."""
        begin = getattr(self.ws.repo, "begin_full", None)
        if begin is not None:
            from .idle_pace import IdlePace

            collect_garbage_on_gui_thread()
            begin(IdlePace())  # its imports only while this thread waits for events

    def _on_load_failed(self, message: str) -> None:
        self.busy.hide()
        self._open_store_behind()
        self.statusBar().showMessage(
            message or self.tr("Sagslisten kunne ikke hentes. Luk programmet og start det igen.")
        )

    def _on_search_text(self, text: str) -> None:
        self.model.set_query(text.strip())
        self.overview.show_counts(self.model.counts())
        self.show_count()
        self._settle_timer.start()

    def _on_search_settled(self) -> None:
        if not self.locked:
            self.model.search.settled(self.model.query, self.model.shown_case_ids())
            self.lookups.shown(self.model.query, self.model.shown_citizen_ids())

    def show_count(self) -> None:
        count = self.model.rowCount()
        self.ui.countLabel.setText(self.tr("1 sag") if count == 1 else self.tr("{0} sager").format(count))

    def selected_case_id(self) -> int | None:
        index = self.ui.caseTable.currentIndex()
        if not index.isValid():
            return None
        return self.model.case_id(index.row())

    def _on_open_case(self) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Vælg en sag i listen først."), 5000)
            return
        self.open_wizard(self.cases.open_case(case_id))

    def _on_documents(self) -> None:
        wizard_documents = getattr(self._wizard, "open_documents", None)
        if callable(wizard_documents) and self.ui.stack.currentWidget() is self._wizard:
            wizard_documents()
            return
        case_id = self.selected_case_id()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Vælg en sag i listen først."), 5000)
            return
        from ..services.documents import DocumentService
        from .preview import open_documents

        open_documents(DocumentService(self.ws), self.cases.open_case(case_id), self)

    def _on_new_case(self) -> None:
        self.open_wizard(CaseFile())

    def open_wizard(self, case: CaseFile) -> None:
        from .wizard.case_wizard import CaseWizard

        self.close_wizard()
        wizard = CaseWizard(self.cases, case, self)
        wizard.closed.connect(self._on_case_wizard_closed)
        self._wizard = wizard
        self.ui.stack.addWidget(wizard)
        self.ui.stack.setCurrentWidget(wizard)
        self.ui.menuBar.setEnabled(True)

    def close_wizard(self) -> None:
        if self._wizard is not None:
            save = getattr(self._wizard, "save_now", None)
            if callable(save):
                save()
            self.ui.stack.removeWidget(self._wizard)
            self._wizard.deleteLater()
            self._wizard = None

    def _on_wizard_closed(self) -> None:
        self.close_wizard()
        self.ui.stack.setCurrentWidget(self.ui.casesPage)
        self.refresh()

    def _on_case_wizard_closed(self) -> None:
        """Closing asks nothing (every change is saved as it is made) but says so where one looks."""
        self._on_wizard_closed()
        self.statusBar().showMessage(self.tr("Sagen er gemt."), 8000)

    # -- follow-up ---------------------------------------------------------------------------
    def open_followup(self, case_id: int) -> None:
        """Host the follow-up wizard for a granted case, resuming a draft left earlier this session."""
        from .followup.followup_wizard import FollowUpWizard

        case = self.cases.open_case(case_id)
        self.close_wizard()
        wizard = FollowUpWizard(self.ws, case, self, draft=self._followup_drafts.pop(case_id, None))
        wizard.closed.connect(lambda: self._on_followup_closed(case_id))
        wizard.recorded.connect(self._on_followup_recorded)
        self._wizard = wizard
        self.ui.stack.addWidget(wizard)
        self.ui.stack.setCurrentWidget(wizard)

    def _on_followup_closed(self, case_id: int) -> None:
        draft = getattr(self._wizard, "draft", None)
        kept = draft() if callable(draft) else None
        if kept is not None:
            self._followup_drafts[case_id] = kept
            self.statusBar().showMessage(
                self.tr("Opfølgningen er ikke registreret endnu. Det skrevne er gemt, så du kan fortsætte senere."), 8000
            )
        self._on_wizard_closed()

    def _on_followup_recorded(self, result: RecordedFollowUp) -> None:
        if result.plan_version is not None:
            text = self.tr("Opfølgningen er registreret. Handleplanen er gemt som version {0}.").format(
                result.plan_version
            )
        else:
            text = self.tr("Opfølgningen er registreret. Handleplanen er uændret.")
        self.statusBar().showMessage(text, 10000)

    # -- locking ---------------------------------------------------------------------------
    def stop_timers(self) -> None:
        """The store is closing (or the window is): no timer of this window may touch it any more."""
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.idle):
            return  # deleted already, and its timers with it
        self.idle.pause()
        self._settle_timer.stop()
        self.loader.wait()
        try:
            self.lookups.flush()
        except StoreError as exc:
            log.warning("look-up not logged: %s", type(exc).__name__)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)

    def lock(self) -> None:
        """Hide every citizen. Locking never fails: if the store cannot be written now (gone, busy,
        disk full) the screen is locked all the same and the log line is left out."""
        if self.locked or self.ws.closed:
            return
        save = getattr(self._wizard, "save_now", None)
        if callable(save):
            try:
                save()
            except StoreError as exc:
                self.statusBar().showMessage(error_text(exc))
        try:
            self.lookups.flush()  # what was on screen until now is logged before it goes
        except StoreError as exc:
            log.warning("look-up not logged: %s", type(exc).__name__)
        self.lookups.forget()
        self.locked = True
        self._covered = cover_windows(self)  # every other window hidden and disabled while locked
        self._page_before_lock = self.ui.stack.currentWidget()
        self.model.clear()
        self.ui.stack.setCurrentWidget(self.lock_page)
        for action in (
            self.ui.actionNewCase,
            self.actionDocuments,
            self.actionBackups,
            self.ui.actionSettings,
            self.ui.actionChangePassword,
            self.ui.actionAddCaseworker,
            self.ui.actionLock,
        ):
            action.setEnabled(False)
        self.idle.pause()
        self.lock_page.prepare(self.ws.caseworker)
        try:
            self.ws.repo.log(self.ws.caseworker, "lock")
        except StoreError as exc:
            log.warning("lock not logged: %s", type(exc).__name__)
        self.ws.forget_key()  # the data key is cleared while locked (best effort, docs/security.md)
        self.locked_changed.emit(True)

    def _on_unlock_requested(self, password: str) -> None:
        try:
            self.ws.verify_password(password)
        except AccessDenied as exc:
            self.lock_page.show_error(error_text(exc))
            return
        self.locked = False
        for action in (
            self.ui.actionNewCase,
            self.actionDocuments,
            self.actionBackups,
            self.ui.actionSettings,
            self.ui.actionChangePassword,
            self.ui.actionAddCaseworker,
            self.ui.actionLock,
        ):
            action.setEnabled(True)
        self.ui.stack.setCurrentWidget(self._page_before_lock or self.ui.casesPage)
        uncover_windows(self._covered)  # the dialogs open before the lock come back as they were
        self._covered = []
        self.idle.resume()
        self.refresh()
        self.locked_changed.emit(False)

    # -- dialogs ---------------------------------------------------------------------------
    # Dialogs open without their own event loop (open_dialog), so the lock hides them and brings them back.
    def _on_settings(self) -> None:
        before = self.ws.settings.standard_file

        def saved() -> None:
            self.ws.settings.save(self.ws.data_dir)
            if self.ws.settings.standard_file != before:
                reload_active_standard(self.ws)  # new cases follow it; assessed cases keep their own
            self.idle.set_minutes(self.ws.settings.idle_lock_minutes)
            self.settings_saved.emit()

        open_dialog(SettingsDialog(self.ws.settings, self), saved)

    def _on_change_password(self) -> None:
        open_dialog(
            ChangePasswordDialog(self.ws, self),
            lambda: self.statusBar().showMessage(self.tr("Adgangskoden er skiftet."), 5000),
        )

    def _on_add_caseworker(self) -> None:
        open_dialog(
            AddCaseworkerDialog(self.ws, self),
            lambda: self.statusBar().showMessage(self.tr("Sagsbehandleren er oprettet."), 5000),
        )

    def _on_backups(self) -> None:
        from .backup_dialog import BackupDialog

        dialog = BackupDialog(self.ws, self)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.exec()

    def restore_backup(self, name: str, password: str) -> None:
        """Check the backup opens with this password, close the store, restore, and log in again."""
        from ..services import backups

        try:
            backups.check(self.ws.data_dir, name, self.ws.caseworker, password)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Sikkerhedskopier"), error_text(exc))
            return
        self.close_wizard()
        self.ws.close()
        try:
            done = backups.restore(self.ws.data_dir, name, self.ws.caseworker, password)
            text = self.tr("Kopien fra {0} er gendannet. De filer, den erstattede, ligger i {1}. Log ind igen.").format(
                backups.describe(done.backup), str(done.aside)
            )
        except StoreError as exc:
            text = error_text(exc)
        QMessageBox.information(self, self.tr("Sikkerhedskopier"), text)
        self.relogin_requested.emit()

    def _on_about(self) -> None:
        show_about(self.ws, self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.ws.closed:
            self.close_wizard()
        self.stop_timers()
        event.accept()
