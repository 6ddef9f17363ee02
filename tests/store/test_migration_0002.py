"""Migration 0002 (the hand-off table) on a laptop store written by the 0001 program."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from visitation_desktop import paths
from visitation_desktop.store.audit import verify
from visitation_desktop.store.db import open_store
from visitation_desktop.store.migrate import alembic_config, current_revision, head_revision
from visitation_desktop.store.models import Handoff, utc_now
from visitation_desktop.store.repository import Repository

from .conftest import NAME, full_case, raw_connect


def _store_at_0001(engine: Engine) -> int:
    """A store at schema 0001 holding what the 0001 program wrote; return a case id.

    The rows are written at the newest schema (today's repository writes today's tables) and the
    store is then taken back to 0001, which drops what 0001 did not have.
    """
    repo = Repository(engine)
    case_id = repo.create_case(full_case())
    repo.log("AB", "create", case_id=case_id)
    repo.log("AB", "view", case_id=case_id)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert current_revision(engine) == "0001"
    assert "handoffs" not in inspect(engine).get_table_names()
    engine.dispose()
    return case_id


def test_store_at_0001_gets_the_handoff_table_and_keeps_its_cases(
    data_dir: Path, key: bytes, engine: Engine
) -> None:
    case_id = _store_at_0001(engine)

    migrated = open_store(data_dir, key)
    try:
        assert current_revision(migrated) == head_revision()
        columns = {c["name"]: c for c in inspect(migrated).get_columns("handoffs")}
        assert list(columns) == ["case_id", "target", "central_id", "handed_off_at"]
        assert columns["handed_off_at"]["nullable"] is True
        repo = Repository(migrated)
        assert repo.load_case(case_id).citizen.name == NAME
        assert [e.action for e in repo.access_log()] == ["view", "create"]
        assert verify(migrated) == []
        with Session(migrated) as s, s.begin():
            s.add(
                Handoff(
                    case_id=case_id, target="central:5432/visitation", central_id=41, handed_off_at=utc_now()
                )
            )
        with Session(migrated) as s:
            mapping = s.get_one(Handoff, (case_id, "central:5432/visitation"))
            assert (mapping.central_id, mapping.handed_off_at is not None) == (41, True)
        with pytest.raises(IntegrityError), Session(migrated) as s, s.begin():
            s.add(Handoff(case_id=case_id + 100, target="central:5432/visitation", central_id=42))
    finally:
        migrated.dispose()


def test_upgrade_from_0001_leaves_an_encrypted_backup_of_the_store_as_it_was(
    data_dir: Path, key: bytes, engine: Engine
) -> None:
    case_id = _store_at_0001(engine)

    open_store(data_dir, key).dispose()

    backups = sorted(paths.backup_dir(data_dir).glob("*.db"))
    assert [b.name.endswith("-rev-0001.db") for b in backups] == [True]
    assert backups[0].read_bytes()[:16] != b"SQLite format 3\x00"
    copy = raw_connect(backups[0], key)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert copy.execute("SELECT id FROM cases").fetchall() == [(case_id,)]
        assert copy.execute("SELECT name FROM citizens").fetchall() == [(NAME,)]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "handoffs" not in tables
    finally:
        copy.close()

    open_store(data_dir, key).dispose()
    assert len(list(paths.backup_dir(data_dir).glob("*.db"))) == 1  # already at head: no second backup
