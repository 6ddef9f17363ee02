"""The store's models on PostgreSQL, the municipality's central store: same migrations, same repository."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.ffb import load_catalogue
from visitation_desktop.domain.serialize import to_dict
from visitation_desktop.domain.standard import default_standard_path, load_standard
from visitation_desktop.services.demo_data import demo_cases
from visitation_desktop.store.audit import AuditProblem, verify
from visitation_desktop.store.migrate import current_revision, head_revision
from visitation_desktop.store.models import Base
from visitation_desktop.store.repository import PlanVersionNotFound, Repository

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo() -> list[CaseFile]:
    return demo_cases(load_standard(default_standard_path()), load_catalogue(), TODAY)


def test_migrations_run_to_head_and_match_the_models(central: Engine) -> None:
    assert central.dialect.name == "postgresql"
    assert current_revision(central) == head_revision()
    tables = set(inspect(central).get_table_names())
    assert {"cases", "citizens", "plan_versions", "follow_ups", "access_log", "handoffs"} <= tables
    with central.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert conn.execute(text("SELECT last_id FROM access_log_head WHERE id = 1")).scalar() == 0


def test_full_demo_cases_round_trip(central: Engine, demo: list[CaseFile]) -> None:
    repo = Repository(central)
    for case in demo:
        original = to_dict(case)
        case_id = repo.create_case(case, deadline=TODAY + dt.timedelta(days=10))
        loaded = repo.load_case(case_id)
        assert loaded.id == case_id
        assert {**to_dict(loaded), "id": None, "revision": 0} == {**original, "id": None}
        assert loaded.revision == 1
        assert repo.citizen_id(case_id) > 0
    names = {s.citizen_name for s in repo.list_cases()}
    assert names == {c.citizen.name for c in demo}
    assert all(s.updated_at.tzinfo == dt.UTC for s in repo.list_cases())


def test_save_case_updates_the_case_and_its_citizen(central: Engine, demo: list[CaseFile]) -> None:
    repo = Repository(central)
    case = demo[0]
    repo.create_case(case)
    assert case.id is not None
    case.citizen.town = "Ærø"
    case.goals[0].text = "Jeg vil gå med i køkkenet hver tirsdag."
    repo.save_case(case, deadline=dt.date(2027, 1, 4))
    loaded = repo.load_case(case.id)
    assert loaded.citizen.town == "Ærø"
    assert loaded.goals[0].text == "Jeg vil gå med i køkkenet hver tirsdag."
    summary = next(s for s in repo.list_cases() if s.id == case.id)
    assert summary.deadline == dt.date(2027, 1, 4)


def test_list_cases_search_by_name_words_and_cpr_prefix(central: Engine, demo: list[CaseFile]) -> None:
    repo = Repository(central)
    for case in demo:
        repo.create_case(case)
    target = demo[1]
    first_name, last_name = target.citizen.name.split()[0], target.citizen.name.split()[-1]
    found = repo.list_cases(f"{last_name.lower()} {first_name.upper()}")
    assert [s.citizen_name for s in found] == [target.citizen.name]
    cpr = target.citizen.cpr
    by_cpr = repo.list_cases(f"{cpr[:6]}-{cpr[6:8]}")
    assert target.citizen.name in [s.citizen_name for s in by_cpr]
    assert all(s.cpr.startswith(cpr[:8]) for s in by_cpr)
    assert repo.list_cases("Ingen Sådan Borger") == []


def test_plan_versions_and_followups(central: Engine, demo: list[CaseFile]) -> None:
    repo = Repository(central)
    case = demo[0]
    case_id = repo.create_case(case)
    assert repo.add_plan_version(case_id, case, "MLH", "Første handleplan") == 1
    case.goals[0].text = "Ændret mål efter opfølgning."
    assert repo.add_plan_version(case_id, case, "MLH", "Justeret") == 2
    versions = repo.plan_versions(case_id)
    assert [(v.version, v.created_by, v.note) for v in versions] == [
        (1, "MLH", "Første handleplan"),
        (2, "MLH", "Justeret"),
    ]
    assert repo.load_plan_version(case_id, 1).goals[0].text != "Ændret mål efter opfølgning."
    assert repo.load_plan_version(case_id, 2).goals[0].text == "Ændret mål efter opfølgning."
    with pytest.raises(PlanVersionNotFound, match="version 3 findes ikke"):
        repo.load_plan_version(case_id, 3)
    repo.add_followup(
        case_id, dt.date(2027, 2, 1), "MLH", {"note": "Trives i værkstedet.", "scores": {"g1": 1}}
    )
    records = repo.followups(case_id)
    assert [(r.held_on, r.data["note"]) for r in records] == [(dt.date(2027, 2, 1), "Trives i værkstedet.")]


def test_access_log_chain_on_postgresql_and_an_update_behind_the_programs_back(
    central: Engine, demo: list[CaseFile]
) -> None:
    repo = Repository(central)
    case_id = repo.create_case(demo[0])
    for action in ("create", "view", "edit", "print", "import"):
        repo.log("MLH", action, case_id=case_id, detail="handleplan" if action == "print" else "")
    entries = repo.access_log(limit=10)
    assert [e.action for e in entries] == ["import", "print", "edit", "view", "create"]
    assert entries[0].citizen_id == repo.citizen_id(case_id)
    assert verify(central) == []

    with central.begin() as conn:
        conn.execute(text("UPDATE access_log SET caseworker = 'XY' WHERE id = 3"))
    assert verify(central) == [AuditProblem(3, "Rækken er ændret, efter den blev skrevet.")]


def test_deleted_access_log_row_is_named(central: Engine) -> None:
    repo = Repository(central)
    for action in ("login", "view", "logout"):
        repo.log("MLH", action)
    with central.begin() as conn:
        conn.execute(text("DELETE FROM access_log WHERE id = 2"))
    assert verify(central) == [AuditProblem(3, "Række 2 mangler (slettet).")]
