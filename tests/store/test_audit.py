from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from visitation_desktop import paths
from visitation_desktop.store import audit
from visitation_desktop.store.audit import AuditProblem, verify
from visitation_desktop.store.repository import Repository

from .conftest import full_case, raw_connect


def _five_rows(repo: Repository) -> int:
    case_id = repo.create_case(full_case())
    repo.log("AB", "create", case_id=case_id)
    for action in ("view", "edit", "print", "export"):
        repo.log("AB", action, case_id=case_id, detail="handleplan" if action == "print" else "")
    return case_id


def _tamper(data_dir: Path, key: bytes, sql: str) -> None:
    raw = raw_connect(paths.store_path(data_dir), key)
    try:
        raw.execute(sql)
        raw.commit()
    finally:
        raw.close()


def test_intact_chain_has_no_problems(repo: Repository, engine: Engine) -> None:
    case_id = _five_rows(repo)
    assert verify(engine) == []
    entries = repo.access_log(limit=10)
    assert [e.action for e in entries] == ["export", "print", "edit", "view", "create"]
    assert entries[0].citizen_id == repo.citizen_id(case_id)
    assert entries[1].detail == "handleplan"


def test_row_edited_behind_the_programs_back_is_named(
    repo: Repository, engine: Engine, data_dir: Path, key: bytes
) -> None:
    _five_rows(repo)
    engine.dispose()
    _tamper(data_dir, key, "UPDATE access_log SET action = 'view' WHERE id = 3")
    assert verify(engine) == [AuditProblem(3, "Rækken er ændret, efter den blev skrevet.")]


def test_edited_row_with_recomputed_plain_hash_is_caught(
    repo: Repository, engine: Engine, data_dir: Path, key: bytes
) -> None:
    _five_rows(repo)
    with Session(engine) as s:
        row = s.get(audit.AccessLog, 2)
        assert row is not None
        forged = audit.row_hash(
            row.id, row.at, "XY", row.action, row.citizen_id, row.case_id, row.detail, row.prev_hash
        )
    engine.dispose()
    _tamper(data_dir, key, f"UPDATE access_log SET caseworker = 'XY', hash = '{forged}' WHERE id = 2")
    problems = verify(engine)
    assert [p.row_id for p in problems] == [2, 3]  # a plain hash is not the row's MAC
    assert "regnet om uden programmets nøgle" in problems[0].problem
    assert "rækken før denne er ændret" in problems[1].problem


def test_deleted_row_is_found(repo: Repository, engine: Engine, data_dir: Path, key: bytes) -> None:
    _five_rows(repo)
    engine.dispose()
    _tamper(data_dir, key, "DELETE FROM access_log WHERE id = 2")
    assert verify(engine) == [AuditProblem(3, "Række 2 mangler (slettet).")]


def test_cut_off_tail_is_found(repo: Repository, engine: Engine, data_dir: Path, key: bytes) -> None:
    _five_rows(repo)
    engine.dispose()
    _tamper(data_dir, key, "DELETE FROM access_log WHERE id >= 4")
    assert verify(engine) == [AuditProblem(5, "Rækkerne 4–5 mangler i slutningen (afskåret).")]


def test_logging_goes_on_after_a_check(repo: Repository, engine: Engine) -> None:
    _five_rows(repo)
    assert verify(engine) == []
    row_id = repo.log("AB", "login_failed", at="2025-05-01T12:00:00+02:00")
    assert row_id == 6
    assert repo.access_log(limit=1)[0].at == "2025-05-01T10:00:00.000000+00:00"
    assert verify(engine) == []


def test_unknown_action_is_refused(repo: Repository) -> None:
    with pytest.raises(ValueError, match="unknown access-log action"):
        repo.log("AB", "peek")
    assert repo.access_log() == []
