from __future__ import annotations

import datetime as dt

import pytest

from visitation_desktop.domain.case import CaseFile, Citizen
from visitation_desktop.store.errors import CaseNotFound, PlanVersionNotFound
from visitation_desktop.store.repository import Repository

from .conftest import CPR, NAME, full_case


def test_full_case_round_trip(repo: Repository) -> None:
    case = full_case()
    case_id = repo.create_case(case, deadline=dt.date(2025, 4, 28))
    assert case.id == case_id
    loaded = repo.load_case(case_id)
    assert loaded == case
    assert loaded.goals[0].attainment_levels == {
        -2: "Ingen gange",
        0: "En gang om ugen",
        2: "To gange om ugen",
    }
    assert loaded.assessment.themes["A1"].levels == {"A1.1": 2, "A1.2": None}
    assert loaded.target_group.criteria == {"age": True, "reduced_ability": None}


def test_save_updates_case_and_list_columns(repo: Repository) -> None:
    case = CaseFile(citizen=Citizen(cpr="", name=""))
    case_id = repo.create_case(case, deadline=None)
    case.citizen = Citizen(cpr=CPR, name=NAME, town="Hurup Thy")
    case.application.received = dt.date(2025, 3, 3)
    case.placement.planned_start = dt.date(2025, 4, 1)
    case.current_page = "goals"
    repo.save_case(case, deadline=dt.date(2025, 4, 28))
    case.status = "granted"
    repo.save_case(case)  # deadline left as it was

    (summary,) = repo.list_cases()
    assert (summary.id, summary.citizen_name, summary.cpr, summary.status) == (case_id, NAME, CPR, "granted")
    assert (summary.received, summary.deadline, summary.planned_start) == (
        dt.date(2025, 3, 3),
        dt.date(2025, 4, 28),
        dt.date(2025, 4, 1),
    )
    assert summary.current_page == "goals"
    assert summary.updated_at.tzinfo is not None
    assert repo.load_case(case_id).citizen.town == "Hurup Thy"

    repo.save_case(case, deadline=None)
    assert repo.list_cases()[0].deadline is None


def test_missing_case_is_reported(repo: Repository) -> None:
    with pytest.raises(CaseNotFound, match="Sag nr. 42 findes ikke"):
        repo.load_case(42)
    with pytest.raises(CaseNotFound):
        repo.save_case(CaseFile(id=42))
    with pytest.raises(CaseNotFound):
        repo.save_case(CaseFile())
    with pytest.raises(CaseNotFound):
        repo.add_followup(42, dt.date(2025, 1, 1), "AB", {})


def test_list_cases_searches_name_words_and_cpr_prefix(repo: Repository) -> None:
    repo.create_case(full_case(name=NAME, cpr=CPR))
    repo.create_case(full_case(name="Anden Borger", cpr="3112855678"))
    repo.create_case(full_case(name="Ærlig Ølstedsen", cpr="0101905555"))

    def names(query: str) -> list[str]:
        return sorted(s.citizen_name for s in repo.list_cases(query))

    assert names("ølsted") == [NAME, "Ærlig Ølstedsen"]
    assert names("TESTPERSON ølsted") == [NAME]
    assert names("010190") == [NAME, "Ærlig Ølstedsen"]
    assert names("010190-12") == [NAME]
    assert names("0101901234") == [NAME]
    assert names("311285-5678") == ["Anden Borger"]
    assert names("99") == []
    assert names("") == ["Anden Borger", NAME, "Ærlig Ølstedsen"]


def test_list_is_newest_change_first(repo: Repository) -> None:
    first = full_case(name="Første")
    repo.create_case(first)
    repo.create_case(full_case(name="Anden"))
    repo.save_case(first)
    assert [s.citizen_name for s in repo.list_cases()] == ["Første", "Anden"]


def test_plan_versions(repo: Repository) -> None:
    case = full_case()
    case_id = repo.create_case(case)
    assert repo.add_plan_version(case_id, case, "AB", "første plan") == 1
    case.goals[0].text = "Jeg vil lave mad to gange om ugen."
    assert repo.add_plan_version(case_id, case, "CD", "justeret efter opfølgning") == 2
    infos = repo.plan_versions(case_id)
    assert [(i.version, i.created_by, i.note) for i in infos] == [
        (1, "AB", "første plan"),
        (2, "CD", "justeret efter opfølgning"),
    ]
    assert repo.load_plan_version(case_id, 1).goals[0].text == "Jeg vil deltage i madlavning en gang om ugen."
    assert repo.load_plan_version(case_id, 2).goals[0].text == "Jeg vil lave mad to gange om ugen."
    with pytest.raises(PlanVersionNotFound, match="version 3"):
        repo.load_plan_version(case_id, 3)


def test_followups(repo: Repository) -> None:
    case_id = repo.create_case(full_case())
    repo.add_followup(case_id, dt.date(2026, 3, 1), "AB", {"scores": {"g1": 1}})
    repo.add_followup(case_id, dt.date(2025, 7, 1), "AB", {"scores": {"g1": 0}, "note": "Går godt."})
    records = repo.followups(case_id)
    assert [r.held_on for r in records] == [dt.date(2025, 7, 1), dt.date(2026, 3, 1)]
    assert records[0].data == {"scores": {"g1": 0}, "note": "Går godt."}


def test_caseworkers(repo: Repository) -> None:
    repo.add_caseworker("ab", "Anne Berg")
    repo.add_caseworker("CD", "Carl Dahl")
    repo.add_caseworker("AB", "Anne Berg Nielsen")
    assert repo.caseworkers() == [("AB", "Anne Berg Nielsen"), ("CD", "Carl Dahl")]
    assert repo.caseworker_name("ab") == "Anne Berg Nielsen"
    assert repo.caseworker_name("ZZ") is None
