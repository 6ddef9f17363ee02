"""A way back: backups of store and key file (daily on unlock, on demand, before a migration), kept by
the rule (7 daily, 4 weekly), restored after confirmation with the current files kept aside."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from visitation_desktop.cli import main
from visitation_desktop.gui.backup_dialog import BackupDialog
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.services import backups
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.workspace import Workspace, unlock
from visitation_desktop.store.backups import Backup, kept_by_rule, list_backups, prune

from .conftest import PASSWORD


def cli(data_dir: Path, *args: str, stdin: str = PASSWORD + "\n") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--data-dir", str(data_dir), "--user", "AB", "--password-stdin", *args])
    finally:
        sys.stdin = old
    return code, out.getvalue(), err.getvalue()


def test_the_first_unlock_of_a_day_takes_a_backup_of_store_and_key_file(workspace: Workspace, data_dir: Path) -> None:
    workspace.close()
    assert list_backups(data_dir) == []  # a new store has nothing to keep yet
    unlock(data_dir, "AB", PASSWORD).close()
    unlock(data_dir, "AB", PASSWORD).close()
    found = list_backups(data_dir)
    assert [b.label for b in found] == ["daily"], "one a day"
    assert found[0].has_keys
    kept, current = (json.loads(p.read_text()) for p in (found[0].keys_path, data_dir / "keys.json"))
    assert kept["users"] == current["users"], "the wrapped keys as they were"
    assert found[0].path.read_bytes()[:16] != b"SQLite format 3\x00", "encrypted"


def test_cli_create_list_and_restore_after_confirmation(workspace: Workspace, data_dir: Path) -> None:
    ids = fill_demo(workspace, dt.date(2026, 3, 2))
    workspace.close()
    code, out, _err = cli(data_dir, "backup", "create")
    assert code == 0 and out.startswith("Sikkerhedskopien store-") and "er taget" in out
    code, out, _err = cli(data_dir, "backup", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and listed[0]["label"] == "manual" and listed[0]["key_file"] is True
    name = listed[0]["name"]

    ws = unlock(data_dir, "AB", PASSWORD)  # a case added after the backup
    CaseService(ws).new_case()
    ws.close()
    before = (data_dir / "store.db").read_bytes()

    code, out, err = cli(data_dir, "backup", "restore", name, stdin=PASSWORD + "\nnej\n")
    assert code == 1 and "Intet er gendannet." in err
    assert (data_dir / "store.db").read_bytes() == before

    code, out, err = cli(data_dir, "backup", "restore", name, stdin=PASSWORD + "\nja\n")
    assert code == 0 and "er gendannet" in out, err
    aside = next((data_dir / "backups").glob("aside-*"))
    assert (aside / "store.db").read_bytes() == before and (aside / "keys.json").exists()
    ws = unlock(data_dir, "AB", PASSWORD)
    try:
        assert len(CaseService(ws).list_cases()) == len(ids)
    finally:
        ws.close()


def test_restore_with_a_wrong_password_changes_nothing(workspace: Workspace, data_dir: Path) -> None:
    backups.create(workspace)
    workspace.close()
    before = (data_dir / "store.db").read_bytes()
    code, _out, err = cli(data_dir, "backup", "restore", "--yes", stdin="forkert-adgangskode\n")
    assert code == 1 and "passer ikke" in err and "Traceback" not in err
    assert (data_dir / "store.db").read_bytes() == before
    assert not list((data_dir / "backups").glob("aside-*"))


def test_a_migration_backup_keeps_the_key_file_beside_it(workspace: Workspace, data_dir: Path) -> None:
    from visitation_desktop.store.backups import keep_key_file

    copy = data_dir / "backups" / "store-20260101T000000000000Z-rev-0002.db"
    copy.parent.mkdir(exist_ok=True)
    copy.write_bytes(b"")
    keep_key_file(copy, data_dir)
    kept, current = (json.loads(p.read_text()) for p in (copy.with_suffix(".keys.json"), data_dir / "keys.json"))
    assert kept["users"] == current["users"]


def _backups(days_ago: list[int], now: dt.datetime) -> list[Backup]:
    return [Backup(Path(f"store-{d}.db"), now - dt.timedelta(days=d), "daily") for d in days_ago]


def test_the_rule_keeps_seven_daily_and_four_weekly() -> None:
    now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)  # a Tuesday
    every_day = _backups(list(range(60)), now)
    kept = sorted(int(b.path.stem.split("-")[1]) for b in kept_by_rule(every_day))
    # the last 7 days (1 Dec back to 25 Nov: ISO weeks 49 and 48), then the newest of each of the
    # 4 weeks before: Sundays 22 Nov (week 47), 15 Nov, 8 Nov and 1 Nov (week 44).
    assert kept == [0, 1, 2, 3, 4, 5, 6, 9, 16, 23, 30]
    two_a_day = _backups([0, 0, 1], now) + [Backup(Path("store-x.db"), now - dt.timedelta(hours=2), "manual")]
    assert [b.path.stem for b in kept_by_rule(two_a_day)] == ["store-0", "store-1"]


def test_pruning_deletes_by_the_rule_with_their_key_files(workspace: Workspace, data_dir: Path) -> None:
    from visitation_desktop.store.backups import create_backup

    start = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)
    for day in range(40):
        create_backup(workspace.repo.engine, data_dir, workspace._data_key, "daily", start + dt.timedelta(days=day))
    assert len(list_backups(data_dir)) == 40
    deleted = prune(data_dir)
    assert len(deleted) == 40 - 11
    assert len(list((data_dir / "backups").glob("*.keys.json"))) == 11
    assert list_backups(data_dir)[0].taken_at == start + dt.timedelta(days=39), "the newest is kept"


def test_gui_backup_dialog_takes_one_and_restores_after_confirmation(
    qtbot: QtBot, workspace: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert window.actionBackups in window.ui.fileMenu.actions()
    dialog = BackupDialog(workspace, window)
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    assert dialog.list.count() == 1 and "Kopien er taget" in dialog.message.text()
    CaseService(workspace).new_case()
    requested: list[tuple[str, str]] = []
    dialog.restore_requested.connect(lambda name, pw: requested.append((name, pw)))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: (PASSWORD, True))
    dialog.restore_button.click()
    assert len(requested) == 1

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    relogin: list[bool] = []
    window.relogin_requested.connect(lambda: relogin.append(True))
    window.restore_backup(*requested[0])

    assert relogin == [True] and "er gendannet" in shown[0] and workspace.closed
    ws = unlock(data_dir, "AB", PASSWORD)
    try:
        assert CaseService(ws).list_cases() == [], "the case made after the backup is gone with the restore"
    finally:
        ws.close()
    window.close()


def test_pruning_keeps_the_files_of_the_last_three_restores(workspace: Workspace, data_dir: Path) -> None:
    backups.create(workspace)
    workspace.close()
    for _ in range(5):
        code, _out, err = cli(data_dir, "backup", "restore", "--yes")
        assert code == 0, err
    asides = sorted(p.name for p in (data_dir / "backups").glob("aside-*"))
    assert len(asides) == 5, "a restore itself deletes nothing"
    (data_dir / "backups" / "aside-notes").mkdir()  # not a restore's folder: never touched

    code, out, err = cli(data_dir, "backup", "create")  # a new backup prunes
    assert code == 0, err
    left = sorted(p.name for p in (data_dir / "backups").glob("aside-*"))
    assert left == [*asides[2:], "aside-notes"], "the newest three restores' folders are kept"
    for name in left[:3]:
        assert (data_dir / "backups" / name / "store.db").exists(), "with their files"
    assert len(list_backups(data_dir)) >= 1


def test_a_backup_name_with_no_real_time_is_passed_over_and_the_rest_are_listed_in_time_order(
    workspace: Workspace, data_dir: Path
) -> None:
    import datetime as dt

    from visitation_desktop.store.backups import create_backup, list_backups

    made = create_backup(workspace.repo.engine, data_dir, bytes(workspace._data_key), "manual")
    stray = made.path.with_name("store-20261399T120000000000Z.db")  # month 13: not a backup's name
    stray.write_bytes(made.path.read_bytes())
    listed = list_backups(data_dir)
    assert stray not in [b.path for b in listed]
    assert made.path in [b.path for b in listed]
    stamp = made.path.name.split("-")[1]
    assert made.taken_at == dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
    assert [b.taken_at for b in listed] == sorted((b.taken_at for b in listed), reverse=True)
