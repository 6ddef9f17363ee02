"""The fictional demo cases: varied, valid in form, built from the standard's own ids, and deterministic."""

from __future__ import annotations

import datetime as dt

from visitation_desktop.domain import cpr
from visitation_desktop.domain.case import CaseFile, CaseStatus, WizardPage
from visitation_desktop.domain.deadlines import decision_deadline
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.rules import check_case
from visitation_desktop.domain.serialize import to_dict
from visitation_desktop.domain.smart import check_goal
from visitation_desktop.domain.standard import Standard
from visitation_desktop.services.demo_data import demo_cases

from .conftest import TODAY


def _without_uuids(value: object) -> object:
    """The content of a case; UUIDs name each new case and citizen uniquely, by design."""
    if isinstance(value, dict):
        return {k: _without_uuids(v) for k, v in value.items() if k != "uuid"}
    if isinstance(value, list):
        return [_without_uuids(v) for v in value]
    return value


def test_same_input_gives_the_same_cases(standard: Standard, catalogue: Catalogue) -> None:
    first = [_without_uuids(to_dict(c)) for c in demo_cases(standard, catalogue, TODAY)]
    second = [_without_uuids(to_dict(c)) for c in demo_cases(standard, catalogue, TODAY)]
    assert first == second
    assert 8 <= len(first) <= 10


def test_cases_cover_the_statuses_and_pages(cases: list[CaseFile]) -> None:
    statuses = {c.status for c in cases}
    assert statuses == {s.value for s in CaseStatus}
    open_pages = {c.current_page for c in cases if c.status == CaseStatus.OPEN.value}
    assert len(open_pages) >= 4
    assert WizardPage.CITIZEN.value in open_pages and WizardPage.DECISION.value in open_pages
    granted = [c for c in cases if c.status == CaseStatus.GRANTED.value]
    assert {c.placement.place for c in granted} >= {"full", "half"}
    waiting = [c for c in granted if c.placement.waitlist]
    assert waiting and all(c.placement.interim_solution for c in waiting)


def test_cpr_numbers_are_well_formed_and_distinct(cases: list[CaseFile]) -> None:
    numbers = [c.citizen.cpr for c in cases]
    assert len(set(numbers)) == len(numbers)
    ages = [cpr.age_on(cpr.parse(n, TODAY).birth_date, TODAY) for n in numbers]
    assert all(cpr.parse(n, TODAY).modulus_ok for n in numbers)
    assert 17 in ages
    assert all(a >= 18 for a in ages if a != 17)


def test_the_special_situations_are_there(cases: list[CaseFile]) -> None:
    hurup = [c for c in cases if c.citizen.postcode == "7760" and c.status == CaseStatus.GRANTED.value]
    assert any(any(s.kind == "sel85" for s in c.other_services) and c.coordination.agreement for c in hurup)
    assert any(any(s.kind == "sel103" for s in c.other_services) for c in cases)
    assert any(c.application.by_relative and c.application.relative_name for c in cases)


def test_some_open_deadlines_are_near_or_passed(cases: list[CaseFile], standard: Standard) -> None:
    days_left = []
    for c in cases:
        if c.status == CaseStatus.OPEN.value and c.application.received:
            deadline = decision_deadline(c.application.received, standard.decision_deadline_weeks)
            days_left.append((deadline - TODAY).days)
    assert any(d < 0 for d in days_left)
    assert any(0 <= d <= 14 for d in days_left)
    assert any(d > 14 for d in days_left)


def test_ids_come_from_the_standard(cases: list[CaseFile], standard: Standard) -> None:
    for c in cases:
        assert all(standard.purpose(p) for p in c.purposes.selected)
        assert all(standard.activity(a) for a in c.activities.selected)
        assert all(standard.other_service(s.kind) for s in c.other_services)
        if c.placement.offer_id:
            offer = standard.offer(c.placement.offer_id)
            assert offer is not None and offer.eligible


def test_granted_cases_pass_the_rules_and_smart_check(cases: list[CaseFile], standard: Standard,
                                                      catalogue: Catalogue) -> None:
    for c in cases:
        if c.status != CaseStatus.GRANTED.value:
            continue
        assert [f.code for f in check_case(c, standard, catalogue, TODAY) if f.is_blocking] == []
        assert 2 <= len(c.goals) <= 4
        for goal in c.goals:
            assert all(check.ok for check in check_goal(goal, TODAY, catalogue)), goal.text
            assert set(goal.attainment_levels) in (set(), {-2, -1, 0, 1, 2})


def test_dates_follow_today(standard: Standard, catalogue: Catalogue) -> None:
    later = TODAY + dt.timedelta(days=400)
    moved = demo_cases(standard, catalogue, later)
    base = demo_cases(standard, catalogue, TODAY)
    for a, b in zip(base, moved, strict=True):
        if a.application.received and b.application.received:
            assert (b.application.received - a.application.received).days == 400
