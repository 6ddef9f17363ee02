"""The lock screen covers every open dialog: hidden and disabled while locked, back as it was after."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from visitation_desktop.gui.dialogs import SettingsDialog
from visitation_desktop.gui.followup.delay_notice_dialog import DelayNoticeDialog
from visitation_desktop.gui.followup.versions_dialog import VersionsDialog
from visitation_desktop.gui.lock import open_dialog
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.services.workspace import Workspace

from .conftest import MAIN, PASSWORD


def test_the_lock_screen_covers_every_open_dialog_and_gem_cannot_be_pressed(
    qtbot, ws: Workspace, ids: dict[str, int]  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    case_id = ids[MAIN]
    notice = open_dialog(DelayNoticeDialog(ws, case_id, dt.date(2026, 11, 26), window))
    versions = open_dialog(VersionsDialog(ws, case_id, window))
    window._on_settings()
    [settings] = window.findChildren(SettingsDialog)
    qtbot.waitUntil(lambda: notice.isVisible() and versions.isVisible() and settings.isVisible(), timeout=10_000)
    notice.text_edit.setPlainText("Skrevet før låsen")
    before = ws.repo.load_case(case_id).decision.delay_notice

    window.lock()

    assert window.ui.stack.currentWidget() is window.lock_page
    others = [w for w in window.findChildren(QWidget) if w.isWindow() and w.isVisible()]
    assert others == [], [type(w).__name__ for w in others]
    assert not notice.isEnabled() and not versions.isEnabled() and not settings.isEnabled()
    save = notice.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # "Gem" while locked
    assert ws.repo.load_case(case_id).decision.delay_notice == before, "nothing stored while locked"
    assert QApplication.activeModalWidget() is None  # the lock page takes the password

    window.lock_page.password.setText(PASSWORD)
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    assert not window.locked
    qtbot.waitUntil(lambda: notice.isVisible() and versions.isVisible() and settings.isVisible(), timeout=10_000)
    assert notice.isEnabled() and notice.text_edit.toPlainText() == "Skrevet før låsen"  # as it was
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.repo.load_case(case_id).decision.delay_notice == "Skrevet før låsen", timeout=10_000)
    for dialog in (versions, settings):
        dialog.reject()
    window.close()


def test_idle_lock_minutes_are_bounded_everywhere(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from visitation_desktop.paths import settings_path
    from visitation_desktop.services.settings import Settings

    data_dir = tmp_path / "d"
    data_dir.mkdir()
    for value, expected in ((35_791, 5), (40_000, 5), (0, 5), (60, 60), (1, 1)):
        settings_path(data_dir).write_text(json.dumps({"idle_lock_minutes": value}), encoding="utf-8")
        assert Settings.load(data_dir).idle_lock_minutes == expected, value


def test_idle_watcher_clamps_to_an_hour(qtbot) -> None:  # type: ignore[no-untyped-def]
    from visitation_desktop.gui.lock import IdleWatcher

    watcher = IdleWatcher(40_000)
    assert watcher._timer.interval() == 60 * 60_000
    watcher.pause()
