"""Start the GUI: translations, crash handler, login, main window.

The login window is shown first and cheaply: the services, the store (SQLAlchemy, Alembic), the
wizard and reportlab are imported only after the caseworker has logged in (the main window) or
when they are needed (migration, rendering). ``tests/app/test_startup_imports.py`` guards it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import logging
import shutil
import signal
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QThread, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ..logging_setup import configure_logging
from ..resources import icons_dir
from ..services.settings import Settings
from .i18n import install_translators
from .login_dialog import LoginDialog

if TYPE_CHECKING:
    from .qt_warmup import WarmUp

log = logging.getLogger(__name__)

DEMO_INITIALS = "DEMO"
DEMO_PASSWORD = "demo-adgangskode"


def _install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        # Only the exception type and where it happened: never the message, which may hold case data.
        frames = traceback.extract_tb(tb)
        where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames[-6:]))
        log.error("unhandled %s at %s", kind.__name__, where)
        app = QApplication.instance()
        if app is not None:
            QMessageBox.critical(
                None,
                "Visitation Desktop",
                QCoreApplication.translate(
                    "ErrorDialog",
                    "Der opstod en uventet fejl. Det, du har skrevet, er gemt undervejs. "
                    "Luk programmet og start det igen; fejlen er skrevet i programmets log uden personoplysninger.",
                ),
            )

    sys.excepthook = hook


def demo_language(default: str) -> str:
    """The language chosen in an earlier demo (kept in the platform's settings, not in a store)."""
    chosen = QSettings("VisitationDesktop", "Demo").value("language", default)
    return chosen if chosen in ("da", "en") else default


def remember_demo_language(language: str) -> None:
    """The demo's store is thrown away on closing; its language choice takes effect at the next demo."""
    store = QSettings("VisitationDesktop", "Demo")
    store.setValue("language", language)
    store.sync()


def _prepare_demo(data_dir: Path) -> None:
    from ..services.demo import fill_demo
    from ..services.workspace import init_store

    ws = init_store(data_dir, DEMO_INITIALS, "Demo Sagsbehandler", DEMO_PASSWORD)
    fill_demo(ws, dt.date.today())
    ws.close()


@contextlib.contextmanager
def _quit_on_termination(app: QApplication) -> Iterator[None]:
    """SIGTERM and SIGINT end the program the normal way, so the ``finally`` clauses run (the demo
    store is removed, the store is closed). Inside an event loop the signal quits it; before one
    runs it raises ``SystemExit``. A short timer lets Python see the signal while Qt waits."""

    def on_signal(signum: int, _frame: object) -> None:
        log.info("signal %d: quitting", signum)
        if QThread.currentThread().loopLevel() > 0:
            app.exit(128 + signum)
        else:
            raise SystemExit(128 + signum)

    watched = [s for s in (signal.SIGTERM, signal.SIGINT) if s is not None]
    previous = {s: signal.signal(s, on_signal) for s in watched}
    ticker = QTimer()
    ticker.setInterval(200)
    ticker.timeout.connect(lambda: None)
    ticker.start()
    try:
        yield
    finally:
        ticker.stop()
        for s, handler in previous.items():
            signal.signal(s, handler)


def run_gui(data_dir: Path, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Visitation Desktop")
    app.setOrganizationName("VisitationDesktop")
    app.setWindowIcon(QIcon(str(icons_dir() / "visitation-desktop.png")))
    demo_dir: Path | None = None
    with _quit_on_termination(app):
        try:
            if demo:
                demo_dir = data_dir = Path(tempfile.mkdtemp(prefix="visitation-demo-"))
                from .background import run_with_progress

                directory = demo_dir
                run_with_progress(
                    QCoreApplication.translate("Demo", "Opretter et midlertidigt datalager med fiktive borgere …"),
                    lambda: _prepare_demo(directory),
                )
            return _run(app, data_dir, demo)
        finally:
            if demo_dir is not None:
                shutil.rmtree(demo_dir, ignore_errors=True)


PRELOAD_AFTER_MS = 500  # the login window is on screen; the caseworker is typing
_PRELOADED = ("visitation_desktop.services.workspace", "visitation_desktop.gui.main_window")


def preload_main_window() -> threading.Thread:
    """Import what logging in needs (store, services, main window) in a worker thread.

    Started once the login window is on screen, so the window appears without waiting for these
    imports and the main window appears soon after the password is accepted. Only modules are
    imported (no widget is made); an import the login needs first simply waits for this one.
    Alembic and reportlab are not among them (see ``store/migrate.py``, ``documents/__init__.py``).
    PySide6 reads the source of each module imported after it: ``linecache`` keeps one file of it
    (``source_lines``), not the 23 MB of every module.
    """

    def run() -> None:
        for name in _PRELOADED:
            try:
                importlib.import_module(name)
            except Exception as exc:  # the login imports it again and reports what is wrong
                log.warning("preloading %s failed: %s", name, type(exc).__name__)
                return

    from .gc_guard import collect_garbage_on_gui_thread
    from .source_lines import keep_one_file

    collect_garbage_on_gui_thread()
    keep_one_file()
    worker = threading.Thread(target=run, name="preload", daemon=True)
    worker.start()
    return worker


RELOGIN = 1_000_001  # the main loop's exit code when a restored backup sends the caseworker to the login


def _run(app: QApplication, data_dir: Path, demo: bool) -> int:
    data_dir.mkdir(parents=True, exist_ok=True)
    configure_logging(data_dir)
    _install_excepthook()
    settings = Settings.load(data_dir)
    if demo:
        settings.language = demo_language(settings.language)
        settings.save(data_dir)
    install_translators(app, settings.language)
    while True:
        code = _session(app, data_dir, demo)
        if code != RELOGIN:
            return code


def _session(app: QApplication, data_dir: Path, demo: bool) -> int:
    """One login and the main window until it closes; ``RELOGIN`` after a backup was restored."""
    if demo:
        login = LoginDialog(data_dir, initials=DEMO_INITIALS, password=DEMO_PASSWORD)
        login.ui.introLabel.setText(
            QCoreApplication.translate(
                "LoginDialog", "Demo: et midlertidigt datalager med fiktive borgere. Tryk Log ind."
            )
        )
    else:
        login = LoginDialog(data_dir)
    warmups: list[WarmUp] = []

    def preload() -> None:
        preload_main_window()
        from .qt_warmup import WarmUp

        warmups.append(WarmUp(login))  # Qt's classes readied on idle turns while the password is typed

    QTimer.singleShot(PRELOAD_AFTER_MS, login, preload)
    accepted = login.exec()
    for warmup in warmups:
        warmup.stop()  # what is left is readied when first used, as without it
    if not accepted or login.workspace is None:
        return 0
    workspace = login.workspace
    from .main_window import MainWindow

    window = MainWindow(workspace)
    window.relogin_requested.connect(lambda: app.exit(RELOGIN))
    if demo:  # the demo store is new at every start: its language choice is kept beside it
        window.settings_saved.connect(lambda: remember_demo_language(workspace.settings.language))
    try:
        screen = app.primaryScreen()
        if screen is not None:
            window.resize(screen.availableGeometry().size())
        window.showMaximized()
        if workspace.warnings:  # a damaged settings file or standard: defaults are used, and said so
            QMessageBox.warning(window, "Visitation Desktop", "\n\n".join(workspace.warnings))
        code = app.exec()
        window.close()  # saves an open wizard (a signal may have ended the loop with it open)
        return code
    finally:
        workspace.close()
        window.deleteLater()
