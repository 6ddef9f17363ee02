"""The login dialog, the main window's case list and locking, as the caseworker sees them."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from visitation_desktop.domain.case import CaseFile, Citizen
from visitation_desktop.gui.login_dialog import LoginDialog
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import Workspace

from .conftest import PASSWORD


def _fingerprint(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and p.name not in ("keys.json", "keys.json.lock", "attempts.json") and "logs" not in p.parts
    }


def _ok(dialog: LoginDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_first_start_creates_the_first_caseworker(qtbot, data_dir: Path) -> None:
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    assert dialog.first_run and dialog.ui.nameEdit.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.ui.initialsEdit, "ab")
    qtbot.keyClicks(dialog.ui.nameEdit, "Anne Berg")
    qtbot.keyClicks(dialog.ui.passwordEdit, "kort")
    qtbot.keyClicks(dialog.ui.repeatEdit, "kort")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "12 tegn" in dialog.ui.messageLabel.text()
    assert dialog.ui.initialsEdit.text() == "ab", "what was typed is kept"
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.repeatEdit.setText(PASSWORD)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.workspace is not None
    assert dialog.workspace.caseworker_name == "Anne Berg"
    dialog.workspace.repo.engine.dispose()


def test_wrong_password_says_so_in_danish_and_leaves_the_store_unchanged(
    qtbot, workspace: Workspace, data_dir: Path
) -> None:
    CaseService(workspace).new_case(CaseFile(citizen=Citizen(cpr="0101901234", name="Inge Holm")))
    workspace.close()
    before = _fingerprint(data_dir)
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    assert not dialog.first_run and not dialog.ui.nameEdit.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.ui.initialsEdit, "AB")
    qtbot.keyClicks(dialog.ui.passwordEdit, "forkert-adgangskode")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.workspace is None
    assert "Forkerte initialer eller adgangskode" in dialog.ui.messageLabel.text()
    assert _fingerprint(data_dir) == before


def test_growing_delay_after_three_failures(qtbot, workspace: Workspace, data_dir: Path) -> None:
    workspace.close()
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.ui.initialsEdit.setText("AB")
    for _ in range(4):
        dialog.ui.passwordEdit.setText("forkert-adgangskode")
        _ok(dialog).click()
    assert "Vent" in dialog.ui.messageLabel.text() or "prøve igen om" in dialog.ui.messageLabel.text()
    assert not _ok(dialog).isEnabled()


def _window_with_cases(qtbot, workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    service = CaseService(workspace)
    today = dt.date.today()
    for cpr, name in (("0101901234", "Inge Holm"), ("1505851235", "Bo Sørensen"), ("2002991237", "Åse Ærø")):
        case = CaseFile(citizen=Citizen(cpr=cpr, name=name))
        case.application.received = today - dt.timedelta(days=10)
        service.new_case(case)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.overview_pending, timeout=30_000)
    return window


def test_case_list_searches_by_name_and_cpr_as_you_type(qtbot, workspace: Workspace) -> None:
    window = _window_with_cases(qtbot, workspace)
    assert window.model.rowCount() == 3
    qtbot.keyClicks(window.ui.searchEdit, "søren")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, 0).data() == "Bo Sørensen"
    assert window.model.index(0, 1).data() == "150585-xxxx"
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, "200299")
    qtbot.waitUntil(lambda: window.model.index(0, 0).data() == "Åse Ærø")
    assert window.model.rowCount() == 1
    assert window.ui.countLabel.text() == "1 sag"


def test_lock_hides_every_citizen_and_unlocks_with_the_password(qtbot, workspace: Workspace) -> None:
    window = _window_with_cases(qtbot, workspace)
    window.show()
    window.ui.actionLock.trigger()
    assert window.locked
    assert window.ui.stack.currentWidget() is window.lock_page
    assert window.model.rowCount() == 0
    assert "Inge" not in window.windowTitle() and "0101" not in window.windowTitle()
    qtbot.keyClicks(window.lock_page.password, "forkert-adgangskode")
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    assert window.locked and window.lock_page.message.text().startswith("Forkert adgangskode.")
    window.lock_page.password.setText(PASSWORD)
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    assert not window.locked
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=30_000)
    actions = [row.action for row in workspace.repo.access_log(50)]
    assert "lock" in actions and "unlock" in actions and "login_failed" in actions


def test_idle_minutes_lock_the_window(qtbot, workspace: Workspace) -> None:
    window = _window_with_cases(qtbot, workspace)
    window.show()
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.locked, timeout=2000)
    assert window.model.rowCount() == 0
