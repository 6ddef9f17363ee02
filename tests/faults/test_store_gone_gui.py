"""A window's timers end with its store, and a window whose store has gone does not raise.

The flake this guards against: an idle-lock timer of an earlier test's main window fired minutes
later, after that test's store was deleted, and ``MainWindow.lock`` raised "unable to open database
file" inside another test.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import CaseFile, Citizen
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import Workspace
from visitation_desktop.store.errors import StoreClosed, StoreMissing


def _window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    return window


def test_closing_the_store_stops_the_windows_timers(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    window.ui.newCaseButton.click()
    wizard = window._wizard
    assert isinstance(wizard, CaseWizard)
    wizard.ctx.touch()
    assert window.idle._timer.isActive() and wizard.ctx._save_timer.isActive()

    workspace.close()

    assert not window.idle._timer.isActive()
    assert not wizard.ctx._save_timer.isActive() and not wizard.ctx._check_timer.isActive()
    window.lock()  # a late call is harmless: no reconnect, no exception
    with pytest.raises(StoreClosed):
        workspace.repo.caseworkers()
    window.close()


def test_a_closed_window_keeps_no_running_timer(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    window.close()
    assert not window.idle._timer.isActive()


def test_idle_lock_after_the_store_was_deleted_locks_without_raising(
    qtbot: QtBot, workspace: Workspace, data_dir: Path
) -> None:
    window = _window(qtbot, workspace)
    workspace.repo.engine.dispose()  # as after the pool let its connections go
    shutil.rmtree(data_dir)
    window.idle.set_interval_ms(20)
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    assert window.model.rowCount() == 0
    assert not data_dir.exists(), "nothing was created where the store was"
    with pytest.raises(StoreMissing):
        workspace.repo.caseworkers()


def test_autosave_into_a_deleted_store_says_so_and_keeps_the_typing(
    qtbot: QtBot, workspace: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = CaseService(workspace)
    case = service.new_case(CaseFile(citizen=Citizen(cpr="0101901234", name="Inge Holm")))
    wizard = CaseWizard(service, case, today=dt.date(2026, 3, 2))
    qtbot.addWidget(wizard)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_buttons: shown.append(f"{title}: {text}") or QMessageBox.StandardButton.Ok)
    workspace.repo.engine.dispose()
    shutil.rmtree(data_dir)

    case.citizen.address = "Østergade 21"
    wizard.ctx.touch()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)

    assert shown[0].startswith("Sagen kunne ikke gemmes: Datalageret")
    assert "findes ikke længere" in shown[0] and "stadig på skærmen" in shown[0]
    assert wizard.ctx.dirty and wizard.ctx.case.citizen.address == "Østergade 21"
    wizard._on_save_and_close(0)
    assert not data_dir.exists()
