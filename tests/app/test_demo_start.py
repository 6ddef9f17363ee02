"""`visitation-desktop --demo`: a populated main window at once, and the throw-away store is removed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from visitation_desktop.gui import app as gui_app
from visitation_desktop.gui.main_window import MainWindow


def test_demo_opens_a_populated_main_window_and_cleans_up(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    real_prepare = gui_app._prepare_demo

    def prepare(directory: Path) -> None:
        real_prepare(directory)
        seen["dir"] = directory

    def press_login(dialog: gui_app.LoginDialog) -> int:
        seen["prefilled"] = dialog.ui.initialsEdit.text()
        dialog._on_accept()
        return int(dialog.result())

    def main_windows() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def event_loop(_app: QApplication) -> int:
        # Stands in for app.exec(): look at the window the user would see, then close it.
        # (Quitting the shared test QApplication would stop timers for the tests that follow.)
        qtbot.waitUntil(lambda: bool(main_windows()))
        window = main_windows()[0]
        qtbot.waitUntil(lambda: not window.overview_pending, timeout=30_000)
        seen["rows"] = window.model.rowCount()
        seen["title"] = window.windowTitle()
        window.close()
        return 0

    monkeypatch.setattr(gui_app, "_prepare_demo", prepare)
    monkeypatch.setattr(gui_app.LoginDialog, "exec", press_login)
    monkeypatch.setattr(gui_app, "_install_excepthook", lambda: None)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert gui_app.run_gui(tmp_path / "unused", demo=True) == 0

    assert seen["prefilled"] == gui_app.DEMO_INITIALS
    assert isinstance(seen["rows"], int) and seen["rows"] >= 8
    assert seen["title"] == "Visitation Desktop – DEMO"
    assert not Path(str(seen["dir"])).exists(), "the demo store is deleted on exit"
