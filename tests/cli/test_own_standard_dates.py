"""Each case is dated by the standard it was started under, not the active one: the decision deadline
and its state, and the follow-up dates, in the overview, ``followups due``, ``cases list`` and the
main window's list. Thisted: 8 weeks and a first follow-up after 3 months; the second standard here
(Kildebjerg's, with follow-ups every 6 months): 6 weeks and 6 months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SECOND_STANDARD

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.deadlines import add_months
from visitation_desktop.domain.findings import danish_date
from visitation_desktop.services import standards
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.overview import Group, overview
from visitation_desktop.services.workspace import Workspace, init_store
from visitation_desktop.store import repository
from visitation_desktop.store.repository import Repository

from .conftest import PASSWORD, Run

RECEIVED = dt.date(2026, 10, 1)
TODAY = dt.date(2026, 11, 13)  # Thisted's 8 weeks: 13 days left; Kildebjerg's 6 weeks: 1 day over


@pytest.fixture
def six_months(tmp_path: Path) -> Path:
    """Kildebjerg's standard with follow-ups after 6 months and then every 6 months."""
    path = tmp_path / "kildebjerg-6.toml"
    text = SECOND_STANDARD.read_text(encoding="utf-8")
    path.write_text(text + "\n[followup]\nfirst_months = 6\ninterval_months = 6\n", encoding="utf-8")
    return path


@pytest.fixture
def two_standards(
    data_dir: Path, six_months: Path, complete_case: Callable[..., CaseFile], kildebjerg_case: CaseFile
) -> Iterator[tuple[Workspace, dict[str, int]]]:
    """Two open cases received the same day and two grants, one of each under each standard."""
    ws = init_store(data_dir, "AB", "Anne Berg", PASSWORD)
    service = CaseService(ws)
    ids: dict[str, Any] = {}

    def add(name: str, case: CaseFile) -> None:
        service.new_case(case)
        ids[name] = case.id

    open_thisted = CaseFile()
    open_thisted.citizen.name, open_thisted.application.received = "Åben Thisted", RECEIVED
    add("open_thisted", open_thisted)
    add("granted_thisted", complete_case(seq=2))
    standards.use_standard(ws, six_months)
    open_kildebjerg = CaseFile()
    open_kildebjerg.citizen.name, open_kildebjerg.application.received = "Åben Kildebjerg", RECEIVED
    add("open_kildebjerg", open_kildebjerg)
    add("granted_kildebjerg", kildebjerg_case)
    ids["starts"] = {name: ws.repo.load_case(ids[name]).placement.planned_start
                     for name in ("granted_thisted", "granted_kildebjerg")}
    yield ws, ids
    ws.close()


def test_the_overview_dates_each_case_by_its_own_standard(
    two_standards: tuple[Workspace, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws, ids = two_standards
    assert ws.standard.decision_deadline_weeks == 6 and ws.standard.first_followup_months == 6
    decoded: list[str] = []
    real_load, real_followups = repository._load, Repository.followups
    monkeypatch.setattr(repository, "_load", lambda *a: decoded.append("case") or real_load(*a))
    monkeypatch.setattr(Repository, "followups", lambda *a: decoded.append("followup") or real_followups(*a))
    rows = {r.case_id: r for r in overview(ws, TODAY).rows}
    assert decoded == [], "the list is drawn from the index and the kept standards, no case decoded"

    thisted, kildebjerg = rows[ids["open_thisted"]], rows[ids["open_kildebjerg"]]
    assert thisted.summary.deadline == RECEIVED + dt.timedelta(weeks=8)
    assert (thisted.deadline_state, thisted.deadline_days_left) == ("warning", 13)
    assert kildebjerg.summary.deadline == RECEIVED + dt.timedelta(weeks=6)
    assert (kildebjerg.deadline_state, kildebjerg.deadline_days_left) == ("overdue", -1)
    assert Group.DEADLINE in thisted.groups and Group.DEADLINE in kildebjerg.groups

    starts = ids["starts"]
    first_thisted = rows[ids["granted_thisted"]].followup
    first_kildebjerg = rows[ids["granted_kildebjerg"]].followup
    assert first_thisted is not None and first_thisted.due == add_months(starts["granted_thisted"], 3)
    assert first_kildebjerg is not None and first_kildebjerg.due == add_months(starts["granted_kildebjerg"], 6)
    assert rows[ids["granted_kildebjerg"]].offer == "Værkstedet Mølledammen"
    assert rows[ids["granted_thisted"]].offer == "Aktivitetshuset Limfjorden"  # a Thisted offer, named though Kildebjerg is active


def test_followups_due_and_cases_list_use_each_case_s_own_standard(
    two_standards: tuple[Workspace, dict[str, Any]], run: Run
) -> None:
    ws, ids = two_standards
    thisted_due = add_months(ids["starts"]["granted_thisted"], 3)
    kildebjerg_due = add_months(ids["starts"]["granted_kildebjerg"], 6)
    ws.close()

    today = thisted_due - dt.timedelta(days=10)
    within = (kildebjerg_due - today).days
    result = run("followups", "due", "--today", today.isoformat(), "--within", str(within), "--json")
    assert result.code == 0, result.err
    assert [(r["case_id"], r["due"]) for r in result.json()] == [
        (ids["granted_thisted"], thisted_due.isoformat()),
        (ids["granted_kildebjerg"], kildebjerg_due.isoformat()),
    ]
    text = run("followups", "due", "--today", today.isoformat(), "--within", "10")
    assert text.code == 0, text.err
    assert f"første opfølgning\t{danish_date(thisted_due)} (om 10 dage)" in text.out
    assert danish_date(kildebjerg_due) not in text.out

    listed = run("cases", "list")
    assert listed.code == 0, listed.err
    lines = {line.split("\t")[1]: line.split("\t") for line in listed.out.splitlines()}
    assert lines["Åben Thisted"][4] == (RECEIVED + dt.timedelta(weeks=8)).isoformat()
    assert lines["Åben Kildebjerg"][4] == (RECEIVED + dt.timedelta(weeks=6)).isoformat()


def test_the_main_window_list_marks_each_deadline_by_its_own_standard(
    two_standards: tuple[Workspace, dict[str, Any]], qtbot: Any
) -> None:
    from visitation_desktop.gui.overview_model import OverviewModel

    ws, ids = two_standards
    model = OverviewModel(ws.standard.decision_deadline_weeks, TODAY)
    model.set_overview(overview(ws, TODAY).rows)
    shown = {model.case_id(row): row for row in range(model.rowCount())}
    thisted, kildebjerg = shown[ids["open_thisted"]], shown[ids["open_kildebjerg"]]
    assert model.index(thisted, 4).data() == "26-11-2026 (snart)"
    assert model.index(kildebjerg, 4).data() == "12-11-2026 (overskredet)"
    remark = model.index(thisted, model.REMARK).data()
    assert remark.startswith("Fristen nærmer sig (13 dage tilbage)")
    assert model.index(kildebjerg, model.REMARK).data().startswith("Fristen er overskredet (1 dag over fristen)")
