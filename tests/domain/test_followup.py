"""The follow-up meeting in the domain: applying its outcome, the plan's changes, when follow-ups are due,
the T-score of the scores, the JSON form and the rules that must hold before it is recorded."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from visitation_desktop.domain.case import (
    Assessment,
    CaseFile,
    CaseStatus,
    Goal,
    Placement,
    ThemeAssessment,
)
from visitation_desktop.domain.ffb import Catalogue, load_catalogue
from visitation_desktop.domain.followup import (
    Adjustment,
    FollowUp,
    FollowUpPlan,
    apply_followup,
    due_date,
    followup_from_dict,
    followup_t_score,
    followup_to_dict,
    followups_due,
    plan_diff,
    reassessable_subthemes,
)
from visitation_desktop.domain.followup_rules import check_followup
from visitation_desktop.domain.serialize import SerializationError
from visitation_desktop.domain.standard import Standard, default_standard_path, load_standard

TODAY = date(2026, 6, 1)
DEVELOP = "d41c8072-52f8-42b5-9375-ddbea454d27f"


@pytest.fixture(scope="module")
def standard() -> Standard:
    return load_standard(default_standard_path())


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def _code(catalogue: Catalogue, name: str) -> str:
    return next(s.code for t in catalogue.themes for s in t.subthemes if s.name == name)


def smart_goal(catalogue: Catalogue, goal_id: str, text: str, subtheme: str = "Lave mad") -> Goal:
    return Goal(
        id=goal_id,
        text=text,
        subtheme=_code(catalogue, subtheme),
        goal_type=DEVELOP,
        current_level=2,
        target_level=1,
        measure="Antal gange om ugen, registreret i kalenderen.",
        due=date(2026, 12, 1),
        evaluation="På opfølgningsmødet med borgeren.",
        evaluation_date=date(2026, 12, 1),
        accepted=True,
        acceptance_note="Mundtligt på mødet.",
        realistic_reason="Borgeren kan trinnene; huskesedlen støtter.",
    )


@pytest.fixture
def case(catalogue: Catalogue) -> CaseFile:
    cooking = _code(catalogue, "Lave mad")
    return CaseFile(
        id=7,
        status=CaseStatus.GRANTED.value,
        assessment=Assessment(themes={"t": ThemeAssessment(levels={cooking: 2, _code(catalogue, "Købe ind"): None})}),
        goals=[
            smart_goal(catalogue, "g1", "Jeg vil lave et varmt måltid én gang om ugen."),
            smart_goal(catalogue, "g2", "Jeg vil tage bussen alene til Thisted én gang om måneden.", "Færdes med transportmidler"),
        ],
        placement=Placement(offer_id="aktivitetshuset-limfjorden", place="full", planned_start=date(2026, 1, 31)),
    )


def scored(case: CaseFile, **changes: object) -> FollowUp:
    followup = FollowUp(held_on=TODAY, scores={g.id: 0 for g in case.goals}, outcome="continue")
    for key, value in changes.items():
        setattr(followup, key, value)
    return followup


# -- applying the outcome ---------------------------------------------------------------------


def test_adjusting_to_a_half_place_changes_only_the_copy(case: CaseFile) -> None:
    before = copy.deepcopy(case)
    after = apply_followup(case, scored(case, outcome="adjust", adjustment=Adjustment(place="half")))
    assert after.placement.place == "half"
    assert case == before, "the case passed in is left untouched"


def test_continue_changes_nothing_even_with_adjustments_written(case: CaseFile) -> None:
    followup = scored(case, adjustment=Adjustment(place="half"))
    assert apply_followup(case, followup) == case


def test_ending_marks_the_service_ended(case: CaseFile) -> None:
    after = apply_followup(case, scored(case, outcome="end", end_reason="Borgeren er flyttet."))
    assert after.status == CaseStatus.ENDED


def test_goals_revised_ended_and_added(case: CaseFile, catalogue: Catalogue) -> None:
    revised = copy.deepcopy(case.goals[0])
    revised.target_level = 0
    new = smart_goal(catalogue, "g3", "Jeg vil købe ind efter min liste hver fredag.", "Købe ind")
    adjustment = Adjustment(goals=[revised, new], ended_goals=["g2"])
    after = apply_followup(case, scored(case, outcome="adjust", adjustment=adjustment))
    assert [g.id for g in after.goals] == ["g1", "g3"]
    assert after.goals[0].target_level == 0
    assert case.goals[0].target_level == 1


def test_a_new_offer_leaves_the_old_waitlist(case: CaseFile) -> None:
    case.placement.waitlist = True
    case.placement.interim_solution = "Daghuset to dage om ugen."
    adjustment = Adjustment(offer_id="daghuset", planned_start=date(2026, 7, 1))
    after = apply_followup(case, scored(case, outcome="adjust", adjustment=adjustment))
    assert (after.placement.offer_id, after.placement.waitlist, after.placement.interim_solution) == ("daghuset", False, "")
    assert after.placement.planned_start == date(2026, 7, 1)


# -- what changed in the plan -----------------------------------------------------------------------


def test_plan_diff_in_plain_danish(case: CaseFile, standard: Standard, catalogue: Catalogue) -> None:
    new = copy.deepcopy(case)
    new.placement.place = "half"
    new.placement.offer_id = "daghuset"
    new.goals[0].target_level = 0
    new.goals.pop(1)
    new.goals.append(smart_goal(catalogue, "g9", "Jeg vil male hver onsdag eftermiddag i værkstedet."))
    lines = [str(c) for c in plan_diff(case, new, standard, catalogue)]
    assert lines == [
        "Tilbud: Aktivitetshuset Limfjorden → Daghuset",
        "Plads: Hel plads → Halv plads",
        "Mål »Jeg vil lave et varmt …« – målniveau: 1 (Let) → 0 (Ingen)",
        "Mål fjernet: »Jeg vil tage bussen alene til Thisted én …«",
        "Nyt mål: »Jeg vil male hver onsdag eftermiddag i værkstedet.«",
    ]


def test_plan_diff_of_equal_plans_is_empty_and_ignores_case_handling(
    case: CaseFile, standard: Standard, catalogue: Catalogue
) -> None:
    other = copy.deepcopy(case)
    other.current_page = "decision"
    other.decision.delay_notice = "Besked sendt."
    assert plan_diff(case, other, standard, catalogue) == []
    other.status = CaseStatus.ENDED.value
    assert [str(c) for c in plan_diff(case, other, standard, catalogue)] == ["Status: Bevilget → Afsluttet"]


# -- when follow-ups are due ------------------------------------------------------------------------


def test_first_followup_three_months_after_a_start_on_31_january(standard: Standard) -> None:
    plan = FollowUpPlan(1, "granted", date(2026, 1, 31))
    assert due_date(plan, standard, date(2026, 2, 1)) == date(2026, 4, 30)
    due = followups_due([plan], standard, date(2026, 4, 1), within_days=30)
    assert [(d.due, d.days_left, d.first, d.overdue) for d in due] == [(date(2026, 4, 30), 29, True, False)]


def test_yearly_after_a_followup_held_and_an_earlier_agreed_date_comes_first(standard: Standard) -> None:
    # held 4 May 2026, it covers the 3-month date (30 April); the yearly one is start + 15 months
    plan = FollowUpPlan(1, "granted", date(2026, 1, 31), held=(date(2026, 5, 4),))
    assert due_date(plan, standard, TODAY) == date(2027, 4, 30)
    earlier = FollowUpPlan(1, "granted", date(2026, 1, 31), held=(date(2026, 5, 4),), planned=date(2026, 11, 1))
    assert due_date(earlier, standard, TODAY) == date(2026, 11, 1)
    later = FollowUpPlan(1, "granted", date(2026, 1, 31), held=(date(2026, 5, 4),), planned=date(2027, 9, 1))
    assert due_date(later, standard, TODAY) == date(2027, 4, 30), "an agreed date cannot postpone the standard"


def test_a_meeting_as_needed_before_the_first_followup_leaves_it_first_and_due(standard: Standard) -> None:
    # start 31 January 2026, met 14 February: the 3-month follow-up (30 April) is still the next, and the first
    plan = FollowUpPlan(1, "granted", date(2026, 1, 31), held=(date(2026, 2, 14),))
    due = followups_due([plan], standard, date(2026, 4, 1), within_days=30)
    assert [(d.due, d.first) for d in due] == [(date(2026, 4, 30), True)]
    held = FollowUpPlan(1, "granted", date(2026, 1, 31), held=(date(2026, 2, 14), date(2026, 4, 28)))
    assert [(d.due, d.first) for d in followups_due([held], standard, date(2027, 4, 1), within_days=30)] == [
        (date(2027, 4, 30), False)
    ]


def test_followups_due_lists_overdue_and_soon_only_for_granted_services(standard: Standard) -> None:
    plans = [
        FollowUpPlan(1, "granted", date(2026, 1, 31)),  # first due 30 April: overdue on 1 June
        FollowUpPlan(2, "granted", date(2026, 3, 29)),  # due 29 June: within 30 days
        FollowUpPlan(3, "granted", date(2026, 5, 1)),  # due 1 August: too far ahead
        FollowUpPlan(4, "ended", date(2025, 1, 1)),
        FollowUpPlan(5, "granted", None),  # no start yet (waitlist)
    ]
    due = followups_due(plans, standard, TODAY, within_days=30)
    assert [(d.case_id, d.due, d.overdue) for d in due] == [
        (1, date(2026, 4, 30), True),
        (2, date(2026, 6, 29), False),
    ]


# -- goal attainment ---------------------------------------------------------------------------------


def test_t_score_of_the_followup(case: CaseFile) -> None:
    followup = scored(case)
    assert followup_t_score(followup, case.goals) == pytest.approx(50.0)
    followup.scores = {"g1": 2, "g2": 2}
    assert followup_t_score(followup, case.goals) == pytest.approx(50 + 10 * 4 / (0.7 * 2 + 0.3 * 4) ** 0.5)
    followup.scores = {"g1": 1}
    assert followup_t_score(followup, case.goals) is None, "no T-score until every goal is scored"
    followup.scores = {"g1": 2, "g2": 0}
    followup.weights = {"g1": 3.0}
    assert followup_t_score(followup, case.goals) == pytest.approx(50 + 10 * 6 / ((0.7 * 10 + 0.3 * 16) ** 0.5))


def test_subthemes_to_reassess_are_the_assessed_and_the_goals(case: CaseFile, catalogue: Catalogue) -> None:
    names = [catalogue.subtheme(code).name for code in reassessable_subthemes(case, catalogue)]  # type: ignore[union-attr]
    assert sorted(names) == ["Færdes med transportmidler", "Lave mad"]


# -- JSON -------------------------------------------------------------------------------------------------


def test_json_round_trip(case: CaseFile, catalogue: Catalogue) -> None:
    followup = scored(
        case,
        outcome="adjust",
        levels={_code(catalogue, "Lave mad"): 1},
        adjustment=Adjustment(place="half", goals=[smart_goal(catalogue, "g3", "Jeg vil købe ind hver fredag selv.")]),
        next_date=date(2026, 12, 1),
    )
    data = followup_to_dict(followup)
    assert data["kind"] == "visitation-desktop/followup"
    assert data["scores"] == {"g1": 0, "g2": 0}
    assert followup_from_dict(data) == followup


@pytest.mark.parametrize(
    ("document", "path"),
    [
        ({"scores": {"g1": "1"}}, "$.scores.g1"),
        ({"adjustment": {"plads": "half"}}, "$.adjustment.plads"),
        ({"held_on": "1-6-2026"}, "$.held_on"),
        ({"kind": "visitation-desktop/case"}, "$.kind"),
    ],
)
def test_json_errors_name_the_key(document: dict[str, object], path: str) -> None:
    with pytest.raises(SerializationError) as caught:
        followup_from_dict(document)
    assert caught.value.path == path


# -- the rules ---------------------------------------------------------------------------------------------


def codes(findings: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {f.code: f.field for f in findings}


def test_every_goal_scored_and_an_outcome_chosen(case: CaseFile, standard: Standard, catalogue: Catalogue) -> None:
    followup = FollowUp(held_on=TODAY, scores={"g1": 1})
    found = check_followup(followup, case, standard, catalogue, TODAY)
    blocking = [(f.code, f.field) for f in found if f.is_blocking]
    assert ("followup.goal_unscored", "scores.g2") in blocking
    assert ("followup.outcome_missing", "outcome") in blocking
    assert not any(f.field == "scores.g1" for f in found)
    assert "Mål 2" in next(f.message for f in found if f.field == "scores.g2")


def test_scores_outside_the_scale_and_unknown_goals_block(case: CaseFile, standard: Standard, catalogue: Catalogue) -> None:
    followup = scored(case)
    followup.scores["g1"] = 3
    followup.scores["ukendt"] = 0
    found = codes(check_followup(followup, case, standard, catalogue, TODAY))
    assert found["followup.score_invalid"] == "scores.g1"
    assert found["followup.unknown_goal"] == "scores.ukendt"


def test_ending_needs_a_reason_and_asks_for_a_referral(case: CaseFile, standard: Standard, catalogue: Catalogue) -> None:
    found = check_followup(scored(case, outcome="end"), case, standard, catalogue, TODAY)
    by_code = {f.code: f for f in found}
    assert by_code["followup.end_reason_missing"].is_blocking
    assert not by_code["followup.referral_missing"].is_blocking
    ok = scored(case, outcome="end", end_reason="Borgeren er flyttet.", referral="Ingen henvisning")
    assert not [f for f in check_followup(ok, case, standard, catalogue, TODAY) if f.is_blocking]


def test_adjusting_needs_a_change(case: CaseFile, standard: Standard, catalogue: Catalogue) -> None:
    nothing = scored(case, outcome="adjust", adjustment=Adjustment(place="full", reason="Træt."))
    assert codes(check_followup(nothing, case, standard, catalogue, TODAY))["followup.adjust_no_change"] == "adjustment"
    half = scored(case, outcome="adjust", adjustment=Adjustment(place="half", reason="Træt om eftermiddagen."))
    assert not [f for f in check_followup(half, case, standard, catalogue, TODAY) if f.is_blocking]


def test_continue_with_changes_written_warns(case: CaseFile, standard: Standard, catalogue: Catalogue) -> None:
    followup = scored(case, adjustment=Adjustment(place="half"))
    found = {f.code: f for f in check_followup(followup, case, standard, catalogue, TODAY)}
    assert not found["followup.continue_with_changes"].is_blocking


def test_new_goals_get_the_smart_check(case: CaseFile, standard: Standard, catalogue: Catalogue) -> None:
    vague = Goal(id="g3", text="Mere mad")
    followup = scored(case, outcome="adjust", adjustment=Adjustment(goals=[vague], reason="Nyt mål."))
    found = check_followup(followup, case, standard, catalogue, TODAY)
    fields = {f.field: f for f in found if f.page == "followup.new_goals"}
    assert fields["adjustment.goals[0].accepted"].is_blocking
    assert "Specifikt" in fields["adjustment.goals[0].text"].message
    assert fields["adjustment.goals[0].measure"].code == "followup.goal_not_measurable"
    assert fields["adjustment.goals[0].text"].message.startswith("Nyt mål 1")


def test_offer_must_be_approved_and_place_known(case: CaseFile, standard: Standard, catalogue: Catalogue) -> None:
    adjustment = Adjustment(offer_id="eksempel-vaerestedet-vestervig", place="kvart", reason="Tættere på.")
    found = codes(check_followup(scored(case, outcome="adjust", adjustment=adjustment), case, standard, catalogue, TODAY))
    assert found["followup.offer_not_eligible"] == "adjustment.offer_id"
    assert found["followup.place_unknown"] == "adjustment.place"


def test_dates_of_the_meeting_and_the_next_followup(case: CaseFile, standard: Standard, catalogue: Catalogue) -> None:
    future = scored(case, held_on=date(2026, 6, 2))
    assert codes(check_followup(future, case, standard, catalogue, TODAY))["followup.held_on_future"] == "held_on"
    late = scored(case, next_date=date(2027, 9, 1))
    found = {f.code: f for f in check_followup(late, case, standard, catalogue, TODAY)}
    # start 31 January 2026; this meeting (1 June 2026) covers 30 April 2026, so the next is 30 April 2027
    assert "senest 30. april 2027" in found["followup.next_date_late"].message
    assert not found["followup.next_date_late"].is_blocking


def test_only_a_granted_service_is_followed_up(case: CaseFile, standard: Standard, catalogue: Catalogue) -> None:
    case.status = CaseStatus.ENDED.value
    assert "followup.not_granted" in codes(check_followup(scored(case), case, standard, catalogue, TODAY))
