"""Inputs never crash: dates with any numbers, JSON nested deep or holding half a character, dates far
in the future on the command line — each refused with a Danish message where the user is looking."""

from __future__ import annotations

import io
import json
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from visitation_desktop.cli import main
from visitation_desktop.gui.wizard.fields import DateField
from visitation_desktop.services.workspace import Workspace

from .conftest import PASSWORD


def cli(data_dir: Path, *args: str) -> tuple[int, str]:
    err = io.StringIO()
    old = sys.stdin
    sys.stdin = io.StringIO(PASSWORD + "\n")
    try:
        with redirect_stderr(err), redirect_stdout(io.StringIO()):
            try:
                code = main(["--data-dir", str(data_dir), "--user", "AB", "--password-stdin", *args])
            except SystemExit as exc:  # argparse
                code = int(exc.code or 0)
    finally:
        sys.stdin = old
    return code, err.getvalue()


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("1-1-99999999999", None),  # too many digits: not a date at all
        ("01-01-9999", "uden for 1900-2200"),
        ("9999-99-99", "uden for 1900-2200"),
        ("31-02-2026", "Dag 31 findes ikke"),
        ("01-13-2026", "Måned 13 findes ikke"),
        ("٠١-٠١-٢٠٢٦", None),  # Arabic-Indic digits pass isdigit() but are not what we parse
    ],
)
def test_the_date_field_says_why_for_any_numbers(qtbot: QtBot, typed: str, said: str | None) -> None:
    field = DateField()
    qtbot.addWidget(field)
    messages: list[str] = []
    field.invalid.connect(messages.append)
    field.setText(typed)
    assert messages and "dd-mm-åååå" in messages[-1]
    if said:
        assert said in messages[-1]
    assert field.date() is None


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("[" * 100_000 + "]" * 100_000, "indlejret for dybt"),
        (json.dumps({"kind": "visitation-desktop/followup", "summary": "\ud800"}), "halv UTF-16-surrogat"),
        (json.dumps({"kind": "visitation-desktop/followup", "summary": "a\x1bb"}), "styretegn"),
        ('{"kind": "visitation-desktop/followup", "scores": {"g": NaN}}', "NaN"),
        ('{"kind": "visitation-desktop/followup", "scores": {"g": 1' + "0" * 5000 + "}}", None),
    ],
)
def test_followup_record_refuses_hostile_json_in_danish(
    workspace: Workspace, data_dir: Path, tmp_path: Path, content: str, said: str | None
) -> None:
    workspace.close()
    path = tmp_path / "opfølgning.json"
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    code, err = cli(data_dir, "followup", "record", "1", str(path))
    assert code == 1, err
    assert err.startswith("visitation-desktop: ") and "Traceback" not in err and err.count("\n") == 1
    if said:
        assert said in err


@pytest.mark.parametrize("day", ["10000-01-01", "9999-12-31", "0001-01-01"])
def test_an_extreme_today_is_refused_in_danish(workspace: Workspace, data_dir: Path, day: str) -> None:
    workspace.close()
    code, err = cli(data_dir, "followups", "due", "--today", day)
    assert code == 2 and "--today" in err and ("1900-2200" in err or "ÅÅÅÅ-MM-DD" in err)
    assert "Traceback" not in err
