"""`visitation-desktop --demo`: a populated main window at once, and the throw-away store is removed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from visitation_desktop.gui import app as gui_app
from visitation_desktop.gui.main_window import MainWindow


def test_demo_opens_a_populated_main_window_and_cleans_up(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    real_prepare = gui_app._prepare_demo

    def prepare() -> Path:
        directory = real_prepare()
        seen["dir"] = directory
        return directory

    def press_login(dialog: gui_app.LoginDialog) -> int:
        seen["prefilled"] = dialog.ui.initialsEdit.text()
        dialog._on_accept()
        return int(dialog.result())

    def inspect_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows:
            window = windows[0]
            seen["rows"] = window.model.rowCount()
            seen["title"] = window.windowTitle()
            window.close()
            QApplication.instance().quit()  # type: ignore[union-attr]
        else:
            QTimer.singleShot(100, inspect_and_quit)

    monkeypatch.setattr(gui_app, "_prepare_demo", prepare)
    monkeypatch.setattr(gui_app.LoginDialog, "exec", press_login)
    monkeypatch.setattr(gui_app, "_install_excepthook", lambda: None)
    QTimer.singleShot(100, inspect_and_quit)
    assert gui_app.run_gui(tmp_path / "unused", demo=True) == 0

    assert seen["prefilled"] == gui_app.DEMO_INITIALS
    assert isinstance(seen["rows"], int) and seen["rows"] >= 8
    assert seen["title"] == "Visitation Desktop – DEMO"
    assert not Path(str(seen["dir"])).exists(), "the demo store is deleted on exit"

