"""The three-way merge per field: one-sided changes merge, two-sided different changes are conflicts."""

from __future__ import annotations

import copy

import pytest

from visitation_desktop.domain.case import CaseFile, Goal
from visitation_desktop.domain.merge import MISSING, Choice, case_from_merge, field_label, merge_cases


def _base() -> CaseFile:
    case = CaseFile()
    case.citizen.name = "Karen Testesen"
    case.citizen.phone = "12 34 56 78"
    case.placement.place = "half"
    case.goals = [Goal(id="g1", text="Lave mad", current_level=2)]
    return case


def test_changes_on_different_sides_both_arrive() -> None:
    base = _base()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.purposes.citizen_wishes = "Male"
    theirs.placement.place = "full"
    result = merge_cases(base, mine, theirs)
    merged = case_from_merge(result.merged, like=mine)
    assert result.conflicts == []
    assert (merged.purposes.citizen_wishes, merged.placement.place) == ("Male", "full")
    assert result.mine_changed == ["purposes.citizen_wishes"] and result.theirs_changed == ["placement.place"]


def test_the_same_field_changed_differently_is_a_conflict_settled_by_the_choice() -> None:
    base = _base()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.citizen.phone, theirs.citizen.phone = "11", "22"
    mine.goals[0].text, theirs.goals[0].current_level = "Lave mad selv", 3
    result = merge_cases(base, mine, theirs)
    assert [(c.path, c.label, c.base, c.mine, c.theirs) for c in result.conflicts] == [
        ("citizen.phone", "Borger: telefon", "12 34 56 78", "11", "22")
    ]
    with pytest.raises(KeyError):
        result.resolved({})  # nothing is decided for the caseworker
    merged = case_from_merge(result.resolved({"citizen.phone": Choice.THEIRS}), like=mine)
    assert merged.citizen.phone == "22"
    assert (merged.goals[0].text, merged.goals[0].current_level) == (
        "Lave mad selv",
        3,
    )  # a goal merges per field


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base = _base()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.placement.place = theirs.placement.place = "full"
    assert merge_cases(base, mine, theirs).conflicts == []


def test_goals_added_on_both_sides_are_both_kept_and_a_deletion_on_one_side_holds() -> None:
    base = _base()
    base.goals.append(Goal(id="g2", text="Gå ture"))
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.goals.append(Goal(id="m1", text="Bage"))
    theirs.goals.append(Goal(id="t1", text="Cykle"))
    del theirs.goals[1]  # g2 removed centrally, untouched here
    merged = case_from_merge(merge_cases(base, mine, theirs).merged, like=mine)
    assert [g.id for g in merged.goals] == ["g1", "m1", "t1"]


def test_a_goal_deleted_on_one_side_and_edited_on_the_other_is_a_conflict() -> None:
    base = _base()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.goals = []
    theirs.goals[0].text = "Lave mad to gange om ugen"
    result = merge_cases(base, mine, theirs)
    assert [(c.path, c.mine, c.theirs) for c in result.conflicts] == [
        ("goals[g1].text", MISSING, "Lave mad to gange om ugen")
    ]
    assert result.conflicts[0].label == "Mål 1: tekst"
    kept = case_from_merge(result.resolved({"goals[g1].text": Choice.THEIRS}), like=mine)
    assert [g.text for g in kept.goals] == ["Lave mad to gange om ugen"]


def test_without_a_base_every_difference_is_a_conflict() -> None:
    mine, theirs = _base(), _base()
    theirs.uuid = mine.uuid
    theirs.citizen.uuid = mine.citizen.uuid
    theirs.placement.place = "full"
    result = merge_cases(None, mine, theirs)
    assert [c.path for c in result.conflicts] == ["placement.place"]


def test_labels_name_the_section_and_the_field() -> None:
    assert field_label("placement.offer_id") == "Tilbud og plads: tilbud"
    assert field_label("decision.outcome") == "Afgørelse: afgørelse"
