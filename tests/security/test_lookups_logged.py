"""Lists and searches are logged: who looked, when, with what query, which citizens were shown."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from visitation_desktop.cli import main
from visitation_desktop.gui import lookup_log
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.services.workspace import Workspace, unlock

from .conftest import MAIN, PASSWORD, USER


def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--data-dir", str(data_dir), "--user", USER, "--password-stdin", *args]) == 0
    return capsys.readouterr().out


def searches(data_dir: Path) -> list[dict[str, object]]:
    ws = unlock(data_dir, USER, PASSWORD)
    try:
        rows = [e for e in ws.repo.access_log(1000) if e.action == "search"]
        return [{"who": e.caseworker, "at": e.at, **json.loads(e.detail)} for e in reversed(rows)]
    finally:
        ws.close()


def test_cases_list_json_with_full_cpr_is_logged_with_every_citizen_shown(
    data_dir: Path, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = json.loads(cli(data_dir, monkeypatch, capsys, "cases", "list", "--json"))
    [row] = searches(data_dir)
    assert row["who"] == USER and row["view"] == "cases list --json" and row["query"] == ""
    ws = unlock(data_dir, USER, PASSWORD)
    expected = sorted(ws.repo.citizen_id(item["id"]) for item in shown)
    ws.close()
    assert row["citizens"] == expected and len(expected) == len(ids)


def test_cpr_search_is_logged_with_its_query_and_the_one_citizen_found(
    data_dir: Path, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = unlock(data_dir, USER, PASSWORD)
    case = ws.repo.load_case(ids[MAIN])
    citizen = ws.repo.citizen_id(ids[MAIN])
    ws.close()
    out = cli(data_dir, monkeypatch, capsys, "cases", "list", "--search", case.citizen.cpr[:6])
    assert MAIN in out
    [row] = searches(data_dir)
    assert row["view"] == "cases list" and row["query"] == case.citizen.cpr[:6]
    assert citizen in row["citizens"]  # type: ignore[operator]


def test_followups_due_is_logged(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli(data_dir, monkeypatch, capsys, "followups", "due", "--within", "400", "--today", "2026-11-26")
    [row] = searches(data_dir)
    assert row["view"] == "followups due" and "within 400 days" in str(row["query"])
    assert row["citizens"]


def test_gui_search_is_logged_once_it_settles_not_per_keystroke(
    qtbot, ws: Workspace, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(lookup_log, "SETTLE_MS", 200)
    window = MainWindow(ws)
    qtbot.addWidget(window)

    def logged() -> list[dict[str, object]]:
        return [json.loads(e.detail) for e in ws.repo.access_log(1000) if e.action == "search"]

    qtbot.waitUntil(lambda: len(logged()) == 1, timeout=10000)  # the list shown at start
    assert logged()[0]["query"] == "" and logged()[0]["view"] == "overview"
    qtbot.keyClicks(window.ui.searchEdit, "Mette")
    qtbot.waitUntil(lambda: len(logged()) == 2, timeout=10000)
    window.lookups.flush()  # nothing pending is left to log
    rows = logged()
    assert len(rows) == 2, "five keystrokes, one row"
    assert rows[0]["query"] == "Mette" and len(rows[0]["citizens"]) == 1  # type: ignore[arg-type]
    window.close()
