"""Fault injection in the style SQLite tests itself: a disk that fills up (a small tmpfs) and I/O
errors at the file layer during a save, a migration, a backup and a document save.

After each fault: the store passes SQLite's and SQLCipher's integrity checks, the last save that was
acknowledged is there, and the caseworker got a Danish message.
"""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from alembic import command
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from visitation_desktop.documents import DocumentKind
from visitation_desktop.domain.case import CaseFile, Citizen
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.services import backups
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.documents import DocumentService, ExportError
from visitation_desktop.services.workspace import Workspace, init_store, unlock
from visitation_desktop.store import migrate
from visitation_desktop.store.backups import list_backups
from visitation_desktop.store.errors import StoreError, StoreWriteFailed
from visitation_desktop.store.keyring import Keyring

from . import tmpfs
from .conftest import PASSWORD

TODAY = dt.date(2026, 3, 2)
BIG = "Borgeren fortæller om sin hverdag. " * 9000  # about 300 KB: needs new pages in the store
needs_mount = pytest.mark.skipif(tmpfs.can_mount() is not None, reason=str(tmpfs.can_mount()))


def integrity(data_dir: Path) -> tuple[str, list[str]]:
    """(PRAGMA integrity_check, pages failing SQLCipher's HMAC check) of the store, read-only."""
    key = Keyring.load(data_dir / "keys.json").unlock("AB", PASSWORD)
    conn = sqlcipher3.connect(str(data_dir / "store.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        failed = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        return result, failed
    finally:
        conn.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmpfs.mount(tmp_path / "disk", "3m")
    try:
        yield folder
    finally:
        tmpfs.unmount(folder)


def _store(folder: Path) -> tuple[Workspace, CaseFile]:
    ws = init_store(folder / "data", "AB", "Anne Berg", PASSWORD)
    case = CaseService(ws).new_case(CaseFile(citizen=Citizen(cpr="0101901234", name="Inge Holm")))
    case.citizen.address = "Østergade 21"
    CaseService(ws).save(case)  # the last acknowledged save
    return ws, case


def _still_there(data_dir: Path, case_id: int) -> None:
    assert integrity(data_dir) == ("ok", [])
    ws = unlock(data_dir, "AB", PASSWORD)
    try:
        assert ws.repo.load_case(case_id).citizen.address == "Østergade 21"
    finally:
        ws.close()


@needs_mount
def test_disk_full_during_a_save(small_disk: Path) -> None:
    ws, case = _store(small_disk)
    filler = tmpfs.fill(small_disk, leave=32 * 1024)  # room for the key file's head, not for the text
    case.citizen.address = "Vestergade 3"
    case.purposes.citizen_wishes = BIG
    with pytest.raises(StoreWriteFailed, match="Disken er fuld") as caught:
        CaseService(ws).save(case)
    assert "Det, der var gemt før, er uændret" in str(caught.value)
    assert ws.repo.load_case(case.id).citizen.address == "Østergade 21"  # type: ignore[arg-type]
    ws.close()
    filler.unlink()
    _still_there(small_disk / "data", case.id)  # type: ignore[arg-type]


def test_an_io_error_during_a_save(workspace: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws, case = workspace, CaseService(workspace).new_case(CaseFile(citizen=Citizen(cpr="0101901234", name="Inge Holm")))
    case.citizen.address = "Østergade 21"
    CaseService(ws).save(case)
    import visitation_desktop.files as file_layer

    def failing_fsync(_fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(file_layer.os, "fsync", failing_fsync)  # every file written from Python fails
    case.citizen.address = "Vestergade 3"
    with pytest.raises(StoreError, match="skrivefejl"):
        CaseService(ws).save(case)
    monkeypatch.undo()
    assert ws.repo.load_case(case.id).citizen.address == "Østergade 21"  # type: ignore[arg-type]
    ws.close()
    _still_there(data_dir, case.id)  # type: ignore[arg-type]


def _behind_head(ws: Workspace) -> str:
    """Take the store back one migration (as a laptop with the previous release would have it)."""
    cfg = migrate.alembic_config()
    previous = "0004_case_index"
    with ws.repo.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, previous)
    ws.close()
    return previous


@needs_mount
def test_disk_full_during_a_migration_backup(small_disk: Path) -> None:
    ws, case = _store(small_disk)
    data_dir = small_disk / "data"
    previous = _behind_head(ws)
    filler = tmpfs.fill(small_disk)
    with pytest.raises(StoreWriteFailed, match="Disken er fuld"):
        unlock(data_dir, "AB", PASSWORD)
    assert not list((data_dir / "backups").glob(".partial-*")), "no half backup left"
    filler.unlink()
    key = Keyring.load(data_dir / "keys.json").unlock("AB", PASSWORD)
    conn = sqlcipher3.connect(str(data_dir / "store.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous, "not migrated"
    conn.close()
    _still_there(data_dir, case.id)  # type: ignore[arg-type]  # and now it migrates


def test_an_io_error_inside_a_migration_rolls_all_of_it_back(
    workspace: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = fill_demo(workspace, TODAY)
    previous = _behind_head(workspace)
    real_upgrade = command.upgrade

    def upgrade_then_fail(cfg: object, revision: str) -> None:
        real_upgrade(cfg, revision)  # every DDL statement of the migration has run, in its transaction
        raise sqlcipher3.OperationalError("disk I/O error")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(StoreWriteFailed, match="skrivefejl"):
        unlock(data_dir, "AB", PASSWORD)
    monkeypatch.undo()
    key = Keyring.load(data_dir / "keys.json").unlock("AB", PASSWORD)
    conn = sqlcipher3.connect(str(data_dir / "store.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
    assert "sync_cases" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert integrity(data_dir) == ("ok", [])
    ws = unlock(data_dir, "AB", PASSWORD)  # the next start migrates, with every case
    try:
        assert len(ws.repo.list_cases()) == len(ids)
    finally:
        ws.close()


@needs_mount
def test_disk_full_during_a_backup(small_disk: Path) -> None:
    ws, case = _store(small_disk)
    data_dir = small_disk / "data"
    before = list_backups(data_dir)
    filler = tmpfs.fill(small_disk)
    with pytest.raises(StoreWriteFailed, match="Disken er fuld"):
        backups.create(ws)
    assert list_backups(data_dir) == before
    assert not list((data_dir / "backups").glob(".partial-*"))
    ws.close()
    filler.unlink()
    _still_there(data_dir, case.id)  # type: ignore[arg-type]


def test_an_io_error_while_a_backup_is_written_out(workspace: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import visitation_desktop.store.backups as files

    def failing_replace(*_args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(files, "_fsync", failing_replace)
    with pytest.raises(StoreWriteFailed, match="skrivefejl"):
        backups.create(workspace)
    monkeypatch.undo()
    assert list_backups(data_dir) == [] and not list((data_dir / "backups").glob(".partial-*"))
    assert integrity(data_dir) == ("ok", [])


def test_a_full_disk_at_the_daily_backup_is_a_warning_not_a_lockout(
    workspace: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.close()
    import visitation_desktop.store.backups as files

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_fsync", full)
    ws = unlock(data_dir, "AB", PASSWORD)
    try:
        assert any(w.startswith("Dagens sikkerhedskopi kunne ikke tages: Disken er fuld") for w in ws.warnings)
    finally:
        ws.close()


@needs_mount
def test_disk_full_during_a_document_save(small_disk: Path, workspace: Workspace) -> None:
    ids = fill_demo(workspace, TODAY)
    case = workspace.repo.load_case(ids[0])
    service = DocumentService(workspace)
    pdf = service.render(case, DocumentKind.HANDLEPLAN, TODAY)
    tmpfs.fill(small_disk)
    target = small_disk / "handleplan.pdf"
    with pytest.raises(ExportError, match="disken er fuld. Intet er skrevet"):
        service.save_pdf(case, DocumentKind.HANDLEPLAN, target, pdf=pdf)
    assert not target.exists() and not list(small_disk.glob(".handleplan.pdf.*"))
    assert integrity(workspace.data_dir) == ("ok", [])


@needs_mount
def test_disk_full_during_an_autosave_is_said_in_the_wizard(
    small_disk: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws, case = _store(small_disk)
    wizard = CaseWizard(CaseService(ws), case, today=TODAY)
    qtbot.addWidget(wizard)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_buttons: shown.append(f"{title}: {text}") or QMessageBox.StandardButton.Ok)
    filler = tmpfs.fill(small_disk, leave=32 * 1024)
    case.purposes.citizen_wishes = BIG
    wizard.ctx.touch()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].startswith("Sagen kunne ikke gemmes: Disken er fuld")
    assert wizard.ctx.dirty and case.purposes.citizen_wishes == BIG, "what was typed is kept"
    filler.unlink()
    wizard.ctx.save_now()  # room again: the next save takes it
    assert not wizard.ctx.dirty
    wizard.close()
    ws.close()
    assert integrity(small_disk / "data") == ("ok", [])
