"""The SMART check reads the goal: 20 real-looking goals, good and bad, and which of the letters
that block a grant (S, M, A, T) each one misses."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from visitation_desktop.domain.case import Goal
from visitation_desktop.domain.ffb import Catalogue, load_catalogue
from visitation_desktop.domain.findings import Severity
from visitation_desktop.domain.smart import BLOCKING_LETTERS, check_goal, goal_findings
from visitation_desktop.domain.standard import default_standard_path, load_standard
from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases

TODAY = dt.date(2026, 11, 26)
NEXT_FOLLOWUP = dt.date(2027, 2, 26)  # three months after the start
SOON = TODAY + dt.timedelta(days=80)
LATE = NEXT_FOLLOWUP + dt.timedelta(days=400)

# (goal text, how it is measured, due date, accepted, the blocking letters it misses)
GOALS = [
    ("Jeg vil selv handle ind i Brugsen to gange om ugen.", "Antal indkøb om ugen i kalenderen.", SOON, True, ""),
    ("Jeg vil tage bussen alene til værkstedet hver mandag.", "Om Mette tager bussen uden hjælp.", SOON, True, ""),
    ("Jeg vil lave min egen frokost tre dage om ugen.", "Antal dage med egen frokost.", SOON, True, ""),
    ("Jeg vil være med i gåturen hver fredag i en time.", "Deltager i gåturen: ja/nej.", SOON, True, ""),
    ("Jeg vil sige hej til to nye i caféen om ugen.", "Hvor mange nye hun hilser på.", SOON, True, ""),
    ("Jeg vil selv smøre min madpakke om morgenen.", "Smører selv madpakken.", SOON, True, ""),
    ("Jeg vil blive i rummet hele sangen om fredagen.", "Antal fredage hele sangen.", SOON, True, ""),
    ("Jeg vil møde op kl. 9.30 fire dage om ugen.", "Mødetider i fremmødelisten.", SOON, True, ""),
    ("Have det bedre.", "Det går bedre.", SOON, True, "SM"),
    ("Jeg vil have det godt i hverdagen og være mere glad.", "Hun har det godt.", SOON, True, "M"),
    ("Jeg vil blive bedre til at være sammen med andre.", "Vi ser, om det går bedre.", SOON, True, "M"),
    ("Jeg vil have mere struktur på min dag og min uge.", "Mere struktur.", SOON, True, "M"),
    ("Støtte til at borgeren kommer ud af lejligheden to gange om ugen.", "Antal gange ude.", SOON, True, "S"),
    ("Sikre at borgeren deltager i fællesspisningen hver torsdag.", "Deltager: ja/nej.", SOON, True, "S"),
    ("Personalet motiverer Bent til at gå en tur dagligt.", "Antal ture.", SOON, True, "S"),
    ("Jeg vil cykle til værkstedet tre gange om ugen.", "Antal cykelture.", TODAY - dt.timedelta(days=10), True,
     "T"),
    ("Jeg vil selv vaske mit tøj én gang om ugen.", "Vasker selv: ja/nej.", None, True, "T"),
    ("Jeg vil selv købe ind to gange om ugen.", "Antal indkøb.", LATE, True, "T"),
    ("Jeg vil tale med en ven i telefonen to gange om ugen.", "Antal samtaler.", SOON, False, "A"),
    ("Hjælpe borgeren til at få det bedre.", "Det bliver bedre.", None, False, "SMAT"),
]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module")
def base_goal(catalogue: Catalogue) -> Goal:
    """A complete goal from the demo: subtheme, goal type, levels, evaluation, realistic reason."""
    cases = demo_cases(load_standard(default_standard_path()), catalogue, TODAY)
    return next(c for c in cases if c.citizen.name == MAIN_EXAMPLE).goals[0]


def _goal(base: Goal, text: str, measure: str, due: dt.date | None, accepted: bool) -> Goal:
    goal = copy.deepcopy(base)
    goal.text, goal.measure, goal.due, goal.accepted = text, measure, due, accepted
    goal.acceptance_note = "Sagt ja på mødet." if accepted else ""
    goal.evaluation_date = (due or SOON) + dt.timedelta(days=7)
    return goal


def test_the_table_has_twenty_goals_good_and_bad() -> None:
    assert len(GOALS) == 20
    assert sum(1 for *_, missing in GOALS if not missing) == 8


@pytest.mark.parametrize(("text", "measure", "due", "accepted", "missing"), GOALS, ids=[g[0][:40] for g in GOALS])
def test_the_letters_a_goal_misses(base_goal: Goal, catalogue: Catalogue, text: str, measure: str,
                                   due: dt.date | None, accepted: bool, missing: str) -> None:
    goal = _goal(base_goal, text, measure, due, accepted)
    checks = check_goal(goal, TODAY, catalogue, next_followup=NEXT_FOLLOWUP)
    failed = "".join(c.letter for c in checks if not c.ok and c.letter in BLOCKING_LETTERS)
    assert failed == missing, [c.message for c in checks if not c.ok]
    for check in checks:
        if not check.ok:
            assert check.message.strip() and "fx" in check.message or check.letter in "RE", check.message
    blocking = [f for f in goal_findings(goal, 0, TODAY, catalogue, next_followup=NEXT_FOLLOWUP)
                if f.severity == Severity.BLOCKING]
    assert len(blocking) == len(missing)


def test_the_messages_say_what_is_missing(base_goal: Goal, catalogue: Catalogue) -> None:
    vague = {c.letter: c.message for c in check_goal(_goal(base_goal, "Have det bedre.", "Det går bedre.", SOON, True),
                                                     TODAY, catalogue)}
    assert vague["M"].startswith("»bedre« kan ikke tælles. Skriv noget, der kan tælles eller ses")
    staff = {c.letter: c.message for c in check_goal(
        _goal(base_goal, "Støtte til at borgeren kommer ud.", "Antal gange.", SOON, True), TODAY, catalogue)}
    assert "Målet beskriver, hvad personalet gør (»Støtte til …«)" in staff["S"]
    assert "fx »Jeg vil selv handle ind én gang om ugen«" in staff["S"]
    late = {c.letter: c.message for c in check_goal(
        _goal(base_goal, "Jeg vil købe ind to gange om ugen.", "Antal.", LATE, True), TODAY, catalogue,
        next_followup=NEXT_FOLLOWUP)}
    assert "ligger langt efter næste opfølgning (26. februar 2027)" in late["T"]


def test_an_acceptance_of_the_plan_recorded_on_the_case_fulfils_accepted(base_goal: Goal, catalogue: Catalogue) -> None:
    goal = _goal(base_goal, "Jeg vil ringe til min søster to gange om ugen.", "Antal opkald.", SOON, False)
    assert not check_goal(goal, TODAY, catalogue)[2].ok
    accepted = check_goal(goal, TODAY, catalogue, plan_accepted=True)[2]
    assert accepted.ok and accepted.message.startswith("Borgeren har accepteret planen")
