"""The overview reads the case index, written with every save: no case is decoded to draw the list."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from visitation_desktop.domain.case import CaseStatus
from visitation_desktop.domain.followup import FollowUp
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo_data import demo_cases
from visitation_desktop.services.followups import record_followup
from visitation_desktop.services.overview import Group, OverviewSource, save_delay_notice
from visitation_desktop.services.workspace import Workspace
from visitation_desktop.store import repository
from visitation_desktop.store.repository import Repository

TODAY = dt.date(2026, 11, 26)



def _fill(ws: Workspace, count: int) -> list[int]:
    templates = demo_cases(ws.standard, ws.catalogue, TODAY)
    service = CaseService(ws)
    ids = []
    for no in range(count):
        case = copy.deepcopy(templates[no % len(templates)])
        case.citizen.name = f"{case.citizen.name} {no}"
        service.new_case(case)
        service.save(case)
        assert case.id is not None
        ids.append(case.id)
    return ids


def test_the_overview_of_200_cases_decodes_no_case(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _fill(ws, 200)
    granted = next(i for i in ids if ws.repo.load_case(i).status == CaseStatus.GRANTED)
    case = ws.repo.load_case(granted)
    meeting = FollowUp(
        held_on=TODAY, outcome="continue", scores={g.id: 0 for g in case.goals}, next_date=TODAY + dt.timedelta(days=20)
    )
    record_followup(ws, granted, meeting, TODAY)
    expected = {i: ws.repo.load_case(i) for i in ids}  # what the overview must show, read the slow way

    decoded: list[str] = []
    real_load, real_followups = repository._load, Repository.followups
    monkeypatch.setattr(repository, "_load", lambda *a: decoded.append("case") or real_load(*a))
    monkeypatch.setattr(Repository, "followups", lambda *a: decoded.append("followup") or real_followups(*a))
    found = OverviewSource(ws).overview(TODAY)
    assert decoded == []

    assert len(found.rows) == 200
    for row in found.rows:
        case = expected[row.case_id]
        assert row.summary.citizen_name == case.citizen.name
        assert row.sync_state == "local"
        assert row.address.startswith(case.citizen.address)
        if case.status not in (CaseStatus.OPEN, CaseStatus.GRANTED):
            continue  # decided and done: no remarks, groups by status only
        assert row.waitlist == case.placement.waitlist
        assert row.interim_solution == case.placement.interim_solution
        assert row.delay_notice == case.decision.delay_notice
        offer = ws.standard.offer(case.placement.offer_id) if case.placement.offer_id else None
        assert row.offer == (offer.name if offer else "")
    followed = next(r for r in found.rows if r.case_id == granted)
    assert followed.followup is not None and followed.followup.due == TODAY + dt.timedelta(days=20)
    assert Group.FOLLOWUP in followed.groups
    counts = found.counts()
    assert counts[Group.ALL] == 200 and 0 < counts[Group.WAITLIST] < 200 and 0 < counts[Group.DEADLINE] < 200


def test_every_save_keeps_the_index_in_step(ws: Workspace) -> None:
    [case_id] = _fill(ws, 1)
    source = OverviewSource(ws)
    case = ws.repo.load_case(case_id)
    case.placement.waitlist, case.placement.interim_solution = True, "Besøg i Klubhuset om onsdagen"
    CaseService(ws).save(case)
    [row] = source.overview(TODAY).rows
    assert row.waitlist and row.interim_solution == "Besøg i Klubhuset om onsdagen"
    assert Group.WAITLIST in row.groups
    save_delay_notice(ws, case_id, "Brev sendt 26. november 2026.")
    [row] = source.overview(TODAY).rows
    assert row.delay_notice == "Brev sendt 26. november 2026." and row.waitlist


def test_the_capacity_check_reads_the_index_not_the_cases(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The wizard checks a case on every change; counting the places taken must not decode every grant."""
    ids = _fill(ws, 60)
    service = CaseService(ws)
    granted = [ws.repo.load_case(i) for i in ids]
    granted = [c for c in granted if c.status == CaseStatus.GRANTED and not c.placement.waitlist]
    assert granted, "the demo cases include grants"
    asking = granted[-1]
    offer, place = asking.placement.offer_id, asking.placement.place
    expected = sum(
        1 for c in granted
        if c.id != asking.id and (c.placement.offer_id, c.placement.place) == (offer, place)
        and (c.decision.decided_on, c.id) < (asking.decision.decided_on, asking.id)
    )

    decoded: list[str] = []
    real_load = repository._load
    monkeypatch.setattr(repository, "_load", lambda *a: decoded.append("case") or real_load(*a))
    from visitation_desktop.services.occupancy import places_taken

    taken = places_taken(ws, asking)
    service.check(asking, TODAY)
    assert decoded == []
    assert taken.get(offer, {}).get(place, 0) == expected
