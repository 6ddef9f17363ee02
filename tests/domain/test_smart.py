"""The SMART check of one goal: what the goals page tells the caseworker, letter by letter."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from visitation_desktop.domain.case import Goal
from visitation_desktop.domain.ffb import Catalogue, load_catalogue
from visitation_desktop.domain.findings import Severity
from visitation_desktop.domain.smart import GoalDirection, check_goal, goal_direction, goal_findings

TODAY = dt.date(2025, 3, 10)
LAVE_MAD = "b947f321-7cdb-4b33-9653-f3ff800572b0"  # FFB subtheme "Lave mad" (Aktivitet og deltagelse)
HUKOMMELSE = "61452fe5-cea2-4d92-b2f1-406e9a5d31cb"  # FFB subtheme "Hukommelse" (Funktioner og forhold)
DEVELOP = "d41c8072-52f8-42b5-9375-ddbea454d27f"
MAINTAIN = "10752a63-00b4-4958-b7f4-9f3a18f74266"
LIMIT_LOSS = "e47c22bd-d88d-48ab-882b-419923e1f44e"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def good_goal(**changes: object) -> Goal:
    goal = Goal(
        text="Jeg vil lave min egen frokost i værkstedets køkken to gange om ugen",
        subtheme=LAVE_MAD,
        goal_type=DEVELOP,
        current_level=3,
        target_level=2,
        measure="Personalet noterer hver uge, hvor mange gange borgeren har lavet frokost",
        due=dt.date(2025, 9, 1),
        evaluation="Ved opfølgningsmødet sammen med borgeren og kontaktpersonen",
        evaluation_date=dt.date(2025, 9, 15),
        accepted=True,
        acceptance_note="Mundtligt på mødet i borgerens hjem",
        realistic_reason="Borgeren smører allerede selv madpakke med lidt hjælp",
    )
    return dataclasses.replace(goal, **changes)  # type: ignore[arg-type]


def by_letter(goal: Goal, catalogue: Catalogue | None = None) -> dict[str, tuple[bool, str]]:
    return {c.letter: (c.ok, c.message) for c in check_goal(goal, TODAY, catalogue)}


def test_a_good_goal_passes_all_six_letters_and_says_why(catalogue: Catalogue) -> None:
    checks = check_goal(good_goal(), TODAY, catalogue)
    assert [(c.letter, c.label) for c in checks] == [
        ("S", "Specifikt"),
        ("M", "Målbart"),
        ("A", "Accepteret"),
        ("R", "Realistisk"),
        ("T", "Tidsbestemt"),
        ("E", "Evaluérbart"),
    ]
    assert all(c.ok for c in checks)
    messages = {c.letter: c.message for c in checks}
    assert "»Lave mad«" in messages["S"]
    assert "Niveau i dag: Svært (3), mål: Moderat (2)." in messages["M"]
    assert messages["A"] == "Borgeren har accepteret målet: Mundtligt på mødet i borgerens hjem"
    assert messages["T"] == "Målet skal være nået senest 1. september 2025."
    assert "Evalueringsdato: 15. september 2025." in messages["E"]
    assert goal_findings(good_goal(), 0, TODAY, catalogue) == []


def test_an_empty_goal_still_gets_six_checks_all_failing() -> None:
    checks = check_goal(Goal(), TODAY)
    assert len(checks) == 6
    assert not any(c.ok for c in checks)
    assert checks[0].message.startswith("Skriv målet med borgerens egne ord.")


def test_missing_measure_is_named_under_m() -> None:
    ok, message = by_letter(good_goal(measure="  "))["M"]
    assert not ok
    assert message == "Skriv, hvordan I kan se, at målet er nået, fx »to gange om ugen« eller »uden hjælp«."


def test_a_past_due_date_is_named_under_t() -> None:
    ok, message = by_letter(good_goal(due=dt.date(2025, 2, 1)))["T"]
    assert not ok
    assert message == "Datoen for målet (1. februar 2025) er overskredet. Sæt en ny dato, fx til næste opfølgning."


def test_no_due_date_and_due_today_are_weak() -> None:
    assert by_letter(good_goal(due=None))["T"] == (False, "Sæt en dato for, hvornår målet skal være nået, fx til næste opfølgning.")
    ok, message = by_letter(good_goal(due=TODAY))["T"]
    assert not ok and "i dag" in message


def test_not_accepted_is_named_under_a_and_blocks() -> None:
    goal = good_goal(accepted=False)
    ok, message = by_letter(goal)["A"]
    assert not ok
    assert message.startswith("Borgeren har ikke accepteret målet.")
    findings = goal_findings(goal, 1, TODAY)
    assert [(f.code, f.severity, f.field) for f in findings] == [
        ("goals.not_accepted", Severity.BLOCKING, "goals[1].accepted")
    ]
    assert findings[0].message.startswith("Mål 2 (»Jeg vil lave min egen frokost …«) – Accepteret:")


def test_accepted_without_saying_how_is_a_warning() -> None:
    findings = goal_findings(good_goal(acceptance_note=""), 0, TODAY)
    assert [(f.code, f.severity, f.field) for f in findings] == [
        ("goals.acceptance_unrecorded", Severity.WARNING, "goals[0].acceptance_note")
    ]


def test_no_evaluation_is_named_under_e() -> None:
    ok, message = by_letter(good_goal(evaluation="", evaluation_date=None))["E"]
    assert not ok
    assert "Skriv, hvordan målet skal evalueres" in message
    assert "Sæt en dato for, hvornår målet evalueres." in message
    [finding] = goal_findings(good_goal(evaluation="", evaluation_date=None), 0, TODAY)
    assert (finding.code, finding.field) == ("goals.not_evaluable", "goals[0].evaluation")


def test_evaluation_long_after_the_due_date_or_already_past_is_weak() -> None:
    ok, message = by_letter(good_goal(evaluation_date=dt.date(2026, 3, 1)))["E"]
    assert not ok and "mere end 3 måneder efter" in message
    ok, message = by_letter(good_goal(evaluation_date=dt.date(2025, 3, 1)))["E"]
    assert not ok and "(1. marts 2025) er overskredet" in message


def test_a_very_short_goal_is_not_specific_and_a_subtheme_is_required() -> None:
    ok, message = by_letter(good_goal(text="Lave mad", subtheme=""))["S"]
    assert not ok
    assert "Målet er meget kort." in message
    assert "Vælg det FFB-undertema, målet handler om, fx »Lave mad«." in message


def test_unknown_subtheme_is_caught_with_the_catalogue(catalogue: Catalogue) -> None:
    ok, message = by_letter(good_goal(subtheme="no-such-code"), catalogue)["S"]
    assert not ok and "findes ikke i FFB-kataloget" in message


def test_no_realistic_reason() -> None:
    ok, message = by_letter(good_goal(realistic_reason=""))["R"]
    assert not ok and message.startswith("Skriv, hvorfor målet er realistisk")


def test_a_big_jump_is_noted_but_left_to_the_caseworker() -> None:
    ok, message = by_letter(good_goal(current_level=4, target_level=1))["R"]
    assert ok and "forbedring på 3 niveauer" in message


@pytest.mark.parametrize(
    ("goal_type", "now", "target", "expected"),
    [
        (DEVELOP, 3, 2, ""),
        (DEVELOP, 2, 2, "vælg et lavere tal end 2"),
        (DEVELOP, 2, 3, "vælg et lavere tal end 2"),
        (DEVELOP, 0, 0, "intet at udvikle"),
        (MAINTAIN, 2, 2, ""),
        (MAINTAIN, 2, 1, "samme niveau som i dag (2)"),
        (LIMIT_LOSS, 2, 2, ""),
        (LIMIT_LOSS, 2, 3, ""),
        (LIMIT_LOSS, 2, 1, "Sæt målniveauet til 2 eller højere"),
    ],
)
def test_levels_must_fit_the_goal_type(goal_type: str, now: int, target: int, expected: str) -> None:
    ok, message = by_letter(good_goal(goal_type=goal_type, current_level=now, target_level=target))["M"]
    if expected:
        assert not ok and expected in message
    else:
        assert ok


def test_levels_missing_or_out_of_range() -> None:
    ok, message = by_letter(good_goal(current_level=None, target_level=7))["M"]
    assert not ok
    assert "Angiv borgerens niveau i dag (0–4)." in message
    assert "Niveauet skal være mellem 0 og 4, ikke 7." in message


def test_goal_type_missing() -> None:
    ok, message = by_letter(good_goal(goal_type=""))["M"]
    assert not ok and "Vælg måltype" in message


def test_levels_are_not_required_for_a_subtheme_without_ability_levels(catalogue: Catalogue) -> None:
    goal = good_goal(subtheme=HUKOMMELSE, goal_type=MAINTAIN, current_level=None, target_level=None)
    assert by_letter(goal, catalogue)["M"][0]
    assert not by_letter(goal)["M"][0]  # without the catalogue, levels are asked for


def test_goal_direction_from_kl_codes_and_catalogue_names(catalogue: Catalogue) -> None:
    assert goal_direction(DEVELOP) == GoalDirection.DEVELOP
    assert goal_direction(LIMIT_LOSS, catalogue) == GoalDirection.LIMIT_LOSS
    assert goal_direction("unknown", catalogue) is None


def test_attainment_levels_outside_minus_two_to_plus_two() -> None:
    goal = good_goal(attainment_levels={-2: "a", 0: "b", 3: "c"})
    [finding] = goal_findings(goal, 0, TODAY)
    assert finding.code == "goals.attainment_invalid"
    assert "Ret trinnene 3." in finding.message
