""" "Send sager" and "Hent sager" in the main window: off the GUI thread, progress, states, conflicts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.merge import Choice
from visitation_desktop.gui.conflict_dialog import ConflictDialog
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.gui.overview_model import OverviewModel
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import Workspace

from .sync_helpers import case_by_name, central_case, central_engine

METTE = "Mette Sønderby Thomsen"


@pytest.fixture
def window(
    qtbot: QtBot, laptop: Workspace, fresh_pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    central_engine(fresh_pg_url).dispose()
    monkeypatch.setenv("PGPASSWORD", "ikke-brugt")  # the test server trusts local logins: no prompt
    laptop.settings.central_url = fresh_pg_url
    win = MainWindow(laptop)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    yield win
    # the window's own background work ends before its store closes
    qtbot.waitUntil(lambda: not win.overview_pending, timeout=30_000)
    if win.sync_dialog is not None:
        qtbot.waitUntil(
            lambda: win.sync_dialog is None or win.sync_dialog.worker_thread.isFinished(), timeout=30_000
        )


def _states(win: MainWindow) -> set[str]:
    model = win.model
    return {model.data(model.index(r, OverviewModel.SYNC)) for r in range(model.rowCount())}


def _push(qtbot: QtBot, win: MainWindow) -> str:
    qtbot.mouseClick(win.pushButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: win.sync_dialog is not None and win.sync_dialog.close_button.isEnabled(), timeout=60_000
    )
    dialog = win.sync_dialog
    assert dialog is not None
    text = dialog.label.text()
    dialog.accept()
    return text


def test_send_runs_off_the_gui_thread_and_the_list_shows_each_state(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.overview_pending, timeout=10_000)
    assert _states(window) == {"Kun på computeren"}
    text = _push(qtbot, window)
    assert text.startswith("Sendt: ") and "sag(er)" in text
    assert window.sync_dialog is not None and window.sync_dialog.worker_thread.isFinished()
    qtbot.waitUntil(lambda: _states(window) == {"Sendt"}, timeout=10_000)

    case = case_by_name(window.ws, METTE)
    case.purposes.citizen_wishes = "Ny tekst"
    CaseService(window.ws).save(case)
    window.refresh()
    qtbot.waitUntil(lambda: "Ændret siden hentning" in _states(window), timeout=10_000)


def test_a_conflict_found_by_send_opens_the_conflict_view_and_the_choice_is_sent(
    qtbot: QtBot, window: MainWindow, fresh_pg_url: str
) -> None:
    import json

    _push(qtbot, window)
    case = case_by_name(window.ws, METTE)
    engine = central_engine(fresh_pg_url)
    doc = central_case(engine, case.uuid)
    doc.pop("_revision")
    doc["citizen"]["phone"] = "11 11 11 11"
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE cases SET data = %s, revision = revision + 1, updated_by = 'KB' WHERE uuid = %s",
            (json.dumps(doc), case.uuid),
        )
    case.citizen.phone = "22 22 22 22"
    CaseService(window.ws).save(case)

    seen: list[list[str]] = []

    def choose_central() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(50, choose_central)
            return
        seen.append([c.label for c in dialog.conflicts])
        dialog.choose("citizen.phone", Choice.THEIRS)
        dialog.save_button.click()

    QTimer.singleShot(50, choose_central)
    _push(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert seen == [["Borger: telefon"]]
    qtbot.waitUntil(lambda: "Konflikterne er afgjort" in window.statusBar().currentMessage(), timeout=10_000)
    text = _push(qtbot, window)
    assert text.startswith("Sendt: 1 sag(er).")
    try:
        assert central_case(engine, case.uuid)["citizen"]["phone"] == "11 11 11 11"
    finally:
        engine.dispose()


def _names(win: MainWindow) -> set[str]:
    model = win.model
    return {model.data(model.index(r, 0)) for r in range(model.rowCount())}


def test_release_removes_the_chosen_sent_cases_from_the_laptop_only(
    qtbot: QtBot, window: MainWindow, fresh_pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from visitation_desktop.gui.release_dialog import ReleaseDialog

    _push(qtbot, window)
    qtbot.waitUntil(lambda: _states(window) == {"Sendt"}, timeout=10_000)
    everyone = _names(window)
    changed = case_by_name(window.ws, METTE)
    changed.purposes.citizen_wishes = "Skrevet efter afsendelsen"
    CaseService(window.ws).save(changed)
    window.refresh()
    qtbot.waitUntil(lambda: not window.overview_pending, timeout=10_000)

    listed: list[str] = []
    kept_back: list[str] = []

    def choose(dialog: ReleaseDialog) -> int:  # the chooser as the caseworker uses it, without a nested loop
        dialog.show()
        listed.extend(dialog.results.item(i).text() for i in range(dialog.results.count()))
        first = dialog.results.item(0)
        kept_back.append(first.text().split(" (")[0])
        first.setCheckState(Qt.CheckState.Unchecked)  # this one stays on the laptop
        assert dialog.message.text() == f"{len(listed) - 1} af {len(listed)} sag(er) valgt."
        dialog.release_button.click()
        return dialog.result()

    monkeypatch.setattr(ReleaseDialog, "exec", choose)
    qtbot.mouseClick(window.releaseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.sync_dialog is not None and window.sync_dialog.close_button.isEnabled(), timeout=60_000
    )
    dialog = window.sync_dialog
    assert dialog is not None and dialog.windowTitle() == "Frigiv sager"
    text = dialog.label.text()
    dialog.accept()

    assert len(listed) == len(everyone) - 1 and not any(t.startswith(METTE) for t in listed), "changed: not offered"
    assert all("-xxxx) – sendt " in t for t in listed), "masked CPR and the day it was sent"
    assert text == f"Fjernet fra computeren: {len(listed) - 1} sag(er). Adgangsloggen er bevaret."
    qtbot.waitUntil(lambda: _names(window) == {METTE, kept_back[0]}, timeout=10_000)
    engine = central_engine(fresh_pg_url)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() == len(everyone), "still central"
    finally:
        engine.dispose()
