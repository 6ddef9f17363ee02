"""The citizen's acceptance holds for the plan it was given to; a changed plan needs a new one."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from visitation_desktop.domain.acceptance import acceptance_current, plan_digest, record_acceptance
from visitation_desktop.domain.case import AcceptanceKind, CaseFile, Goal
from visitation_desktop.domain.serialize import from_dict, to_dict

DAY = dt.date(2026, 3, 2)


def _case() -> CaseFile:
    case = CaseFile()
    case.goals.append(Goal(text="Jeg vil lave mad en gang om ugen"))
    case.placement.offer_id = "vaerksted"
    return case


def test_acceptance_holds_until_the_plan_changes() -> None:
    case = _case()
    assert not acceptance_current(case)
    record_acceptance(case, AcceptanceKind.SPOKEN, "Bo Hansen", DAY, "AB", reason="Kan ikke skrive")
    assert acceptance_current(case)
    case.decision.facts = "ændret begrundelse"  # not part of the plan
    case.current_page = "summary"
    assert acceptance_current(case)
    case.goals[0].text = "Jeg vil lave mad to gange om ugen"
    assert not acceptance_current(case)


def test_digest_ignores_order_of_purposes_but_not_goal_content() -> None:
    a, b = _case(), _case()
    b.goals[0].id = a.goals[0].id
    a.purposes.selected = ["x", "y"]
    b.purposes.selected = ["y", "x"]
    assert plan_digest(a) == plan_digest(b)
    b.placement.place = "half"
    assert plan_digest(a) != plan_digest(b)


@pytest.mark.parametrize(
    ("kind", "by", "image", "reason", "message"),
    [
        (AcceptanceKind.SIGNATURE, "Bo", "", "", "Der er ingen underskrift at gemme."),
        (AcceptanceKind.SPOKEN, "Bo", "", " ", "Skriv, hvorfor der ikke er en underskrift."),
        (AcceptanceKind.SPOKEN, "", "", "Kan ikke skrive", "Skriv, hvem der har accepteret planen."),
    ],
)
def test_incomplete_acceptance_is_refused(
    kind: AcceptanceKind, by: str, image: str, reason: str, message: str
) -> None:
    case = _case()
    with pytest.raises(ValueError, match=message):
        record_acceptance(case, kind, by, DAY, "AB", image=image, reason=reason)
    assert case.acceptance is None


def test_acceptance_survives_the_json_round_trip() -> None:
    case = _case()
    record_acceptance(case, AcceptanceKind.SIGNATURE, "Bo Hansen", DAY, "AB", image="iVBORw0KGgo=", plan_version=2)
    again = from_dict(CaseFile, to_dict(case))
    assert again.acceptance == case.acceptance
    assert acceptance_current(again)


def test_the_plan_acceptance_passes_smart_a_and_a_change_blocks_the_grant_again(complete_case: Any) -> None:
    from visitation_desktop.domain.ffb import load_catalogue
    from visitation_desktop.domain.rules import GRANT, check_case, decision_allowed
    from visitation_desktop.domain.standard import default_standard_path, load_standard

    standard, catalogue, today = load_standard(default_standard_path()), load_catalogue(), dt.date(2026, 11, 26)
    case = complete_case(outcome="")
    for goal in case.goals:
        goal.accepted, goal.acceptance_note = False, ""

    def codes() -> set[str]:
        return {f.code for f in check_case(case, standard, catalogue, today)}

    allowed, reasons = decision_allowed(case, standard, catalogue, today)
    assert GRANT not in allowed and {r.code for r in reasons} == {"goals.not_accepted"}
    record_acceptance(case, AcceptanceKind.SIGNATURE, "Borger 1", DAY, "AB", image="aW1n")
    assert GRANT in decision_allowed(case, standard, catalogue, today)[0]
    assert not codes() & {"goals.not_accepted", "goals.acceptance_stale"}

    case.goals[0].text += " og cykle derhen"
    allowed, reasons = decision_allowed(case, standard, catalogue, today)
    assert GRANT not in allowed and {r.code for r in reasons} == {"goals.not_accepted"}
    stale = [f for f in check_case(case, standard, catalogue, today) if f.code == "goals.acceptance_stale"]
    assert [f.message for f in stale] == [
        "Planen er ændret efter borgerens accept den 2. marts 2026. Der skal en ny accept til på siden »Afgørelse«."
    ]
    # the per-goal note still works without a plan acceptance
    for goal in case.goals:
        goal.accepted, goal.acceptance_note = True, "Mundtligt på mødet"
    assert GRANT in decision_allowed(case, standard, catalogue, today)[0]
