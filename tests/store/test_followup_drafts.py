"""Follow-up drafts in the store, and recording a follow-up as one transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from visitation_desktop.store.errors import CaseNotFound
from visitation_desktop.store.repository import Repository

from .conftest import full_case

DRAFT = {
    "page": "followup.goals",
    "followup": {"summary": "Det går godt med madlavningen", "scores": {"g1": 1}},
}


def test_a_draft_is_kept_replaced_and_deleted_per_case(repo: Repository) -> None:
    case_id = repo.create_case(full_case())
    other_id = repo.create_case(full_case("Anden Borger", "0202901234"))
    assert repo.load_followup_draft(case_id) is None

    repo.save_followup_draft(case_id, "AB", DRAFT)
    assert repo.load_followup_draft(case_id) == DRAFT
    assert repo.load_followup_draft(other_id) is None

    later = {"page": "followup.outcome", "followup": {"summary": "Det går godt", "scores": {"g1": 2}}}
    repo.save_followup_draft(case_id, "CD", later)
    assert repo.load_followup_draft(case_id) == later

    assert repo.delete_followup_draft(case_id) is True
    assert repo.load_followup_draft(case_id) is None
    assert repo.delete_followup_draft(case_id) is False


def test_one_row_per_case_remembering_who_began_it(repo: Repository, engine: Engine) -> None:
    case_id = repo.create_case(full_case())
    repo.save_followup_draft(case_id, "AB", DRAFT)
    with engine.connect() as conn:
        first = conn.exec_driver_sql("SELECT created_by, updated_at FROM followup_drafts").all()
    repo.save_followup_draft(case_id, "CD", {"page": "", "followup": {}})
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT case_id, created_by, updated_at, data FROM followup_drafts").all()
    assert [(r[0], r[1], r[3]) for r in rows] == [(case_id, "AB", '{"page":"","followup":{}}')]
    assert rows[0][2] > first[0][1]


def test_no_draft_for_a_case_that_is_not_stored(repo: Repository) -> None:
    with pytest.raises(CaseNotFound):
        repo.save_followup_draft(99, "AB", DRAFT)


def test_the_draft_is_encrypted_on_disk(repo: Repository, engine: Engine, data_dir: Path) -> None:
    case_id = repo.create_case(full_case())
    repo.save_followup_draft(case_id, "AB", DRAFT)
    engine.dispose()
    content = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert b"madlavningen" not in content and "madlavningen".encode("utf-16-le") not in content
    assert Repository(engine).load_followup_draft(case_id) == DRAFT  # readable with the key


def test_record_followup_writes_the_followup_the_case_and_the_version_and_drops_the_draft(
    repo: Repository,
) -> None:
    case = full_case()
    case_id = repo.create_case(case)
    repo.add_plan_version(case_id, case, "AB", "Handleplanen ved bevillingen")
    repo.save_followup_draft(case_id, "AB", DRAFT)
    case.placement.place = "full"

    followup_id, version = repo.record_followup(
        case_id, dt.date(2025, 7, 1), "AB", {"summary": "Hel plads"}, case, "Opfølgning 1. juli 2025"
    )

    assert [(f.id, f.held_on, f.data) for f in repo.followups(case_id)] == [
        (followup_id, dt.date(2025, 7, 1), {"summary": "Hel plads"})
    ]
    assert repo.load_case(case_id).placement.place == "full"
    assert version == 2
    assert [(v.version, v.note) for v in repo.plan_versions(case_id)] == [
        (1, "Handleplanen ved bevillingen"),
        (2, "Opfølgning 1. juli 2025"),
    ]
    assert repo.load_plan_version(case_id, 2).placement.place == "full"
    assert repo.load_plan_version(case_id, 1).placement.place == "half"
    assert repo.load_followup_draft(case_id) is None


def test_record_followup_without_a_plan_change_adds_no_version(repo: Repository) -> None:
    case = full_case()
    case_id = repo.create_case(case)
    followup_id, version = repo.record_followup(case_id, dt.date(2025, 7, 1), "AB", {}, case, None)
    assert version is None and repo.plan_versions(case_id) == []
    assert [f.id for f in repo.followups(case_id)] == [followup_id]


def test_a_failing_plan_version_insert_leaves_the_store_as_it_was(repo: Repository, engine: Engine) -> None:
    case = full_case()
    case_id = repo.create_case(case)
    repo.save_followup_draft(case_id, "AB", DRAFT)
    before = repo.list_cases()
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER no_room BEFORE INSERT ON plan_versions BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    changed = full_case()
    changed.id, changed.revision = case_id, case.revision
    changed.placement.place = "full"

    with pytest.raises(IntegrityError, match="disk full"):
        repo.record_followup(case_id, dt.date(2025, 7, 1), "AB", {"summary": "x"}, changed, "Opfølgning")

    assert repo.followups(case_id) == []
    assert repo.load_case(case_id).placement.place == "half"
    assert repo.list_cases() == before  # updated_at too
    assert repo.plan_versions(case_id) == []
    assert repo.load_followup_draft(case_id) == DRAFT


def test_record_followup_refuses_another_case(repo: Repository) -> None:
    case_id = repo.create_case(full_case())
    other = full_case()
    repo.create_case(other)
    with pytest.raises(ValueError):
        repo.record_followup(case_id, dt.date(2025, 7, 1), "AB", {}, other, None)
    assert repo.followups(case_id) == []
