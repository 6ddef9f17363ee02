"""Migration 0003 (the follow-up draft table) on a laptop store written by the 0002 program."""

from __future__ import annotations

import datetime as dt
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
from visitation_desktop.store.models import FollowUpDraft, Handoff
from visitation_desktop.store.repository import Repository

from .conftest import NAME, full_case, raw_connect


def _store_at_0002(engine: Engine) -> int:
    """A store at schema 0002 holding what the 0002 program wrote; return a case id.

    The rows are written at the newest schema (today's repository writes today's tables) and the
    store is then taken back to 0002, which drops what 0002 did not have.
    """
    repo = Repository(engine)
    case_id = repo.create_case(full_case())
    repo.add_followup(case_id, dt.date(2025, 7, 1), "AB", {"kind": "visitation-desktop/followup", "summary": "Godt."})
    with Session(engine) as s, s.begin():
        s.add(Handoff(case_id=case_id, target="central:5432/visitation", central_id=7))
    repo.log("AB", "create", case_id=case_id)
    repo.log("AB", "view", case_id=case_id)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    assert current_revision(engine) == "0002"
    assert "followup_drafts" not in inspect(engine).get_table_names()
    engine.dispose()
    return case_id


def test_store_at_0002_gets_the_draft_table_and_keeps_its_cases_followups_and_handoffs(
    data_dir: Path, key: bytes, engine: Engine
) -> None:
    case_id = _store_at_0002(engine)

    migrated = open_store(data_dir, key)
    try:
        assert current_revision(migrated) == head_revision()
        columns = {c["name"]: c for c in inspect(migrated).get_columns("followup_drafts")}
        assert list(columns) == ["id", "case_id", "created_by", "updated_at", "data"]
        assert not any(c["nullable"] for c in columns.values())
        repo = Repository(migrated)
        assert repo.load_case(case_id).citizen.name == NAME
        assert [(f.held_on, f.data["summary"]) for f in repo.followups(case_id)] == [(dt.date(2025, 7, 1), "Godt.")]
        with Session(migrated) as s:
            assert s.get_one(Handoff, (case_id, "central:5432/visitation")).central_id == 7
        assert [e.action for e in repo.access_log()] == ["view", "create"]
        assert verify(migrated) == []

        assert repo.load_followup_draft(case_id) is None
        repo.save_followup_draft(case_id, "AB", {"page": "followup.goals", "followup": {"summary": "Halvvejs"}})
        assert repo.load_followup_draft(case_id) == {"page": "followup.goals", "followup": {"summary": "Halvvejs"}}
        with pytest.raises(IntegrityError), Session(migrated) as s, s.begin():
            s.add(FollowUpDraft(case_id=case_id, created_by="AB", data="{}"))  # one draft per case
        with pytest.raises(IntegrityError), Session(migrated) as s, s.begin():
            s.add(FollowUpDraft(case_id=case_id + 100, created_by="AB", data="{}"))  # only for a stored case
    finally:
        migrated.dispose()


def test_upgrade_from_0002_leaves_an_encrypted_backup_of_the_store_as_it_was(
    data_dir: Path, key: bytes, engine: Engine
) -> None:
    case_id = _store_at_0002(engine)

    open_store(data_dir, key).dispose()

    backups = sorted(paths.backup_dir(data_dir).glob("*.db"))
    assert [b.name.endswith("-rev-0002.db") for b in backups] == [True]
    assert backups[0].read_bytes()[:16] != b"SQLite format 3\x00"
    copy = raw_connect(backups[0], key)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002",)]
        assert copy.execute("SELECT id FROM cases").fetchall() == [(case_id,)]
        assert copy.execute("SELECT held_on FROM follow_ups").fetchall() == [("2025-07-01",)]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "handoffs" in tables and "followup_drafts" not in tables
    finally:
        copy.close()

    open_store(data_dir, key).dispose()
    assert len(list(paths.backup_dir(data_dir).glob("*.db"))) == 1  # already at head: no second backup
