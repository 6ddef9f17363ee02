"""A second municipality's standard, written from docs/standard-format.md alone, loads and is judged
by its own facts: phone as the only channel, two legal bases, a cost exception, defaults for what it
leaves out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from visitation_desktop.domain.ffb import load_catalogue
from visitation_desktop.domain.findings import blocking
from visitation_desktop.domain.rules import check_case
from visitation_desktop.domain.standard import Standard, default_standard_path, list_standards

TODAY = dt.date(2026, 11, 26)


def test_it_loads_with_its_own_facts(kildebjerg: Standard) -> None:
    assert (kildebjerg.id, kildebjerg.municipality) == ("kildebjerg-104", "Kildebjerg Kommune")
    assert [b.reference for b in kildebjerg.legal_bases] == [
        "§ 104 i lov om social service",
        "§ 4 i lov om retssikkerhed og administration på det sociale område",
    ]
    assert kildebjerg.legal_basis.name == "§ 104 i lov om social service om aktivitets- og samværstilbud"
    assert kildebjerg.contact.channels() == (("phone", "41 41 20 20 (mandag-fredag kl. 9-12)"),)
    assert kildebjerg.free_of_charge and kildebjerg.cost_exceptions == (
        "Du betaler selv for din mad (frokost 25 kr. om dagen).",
    )
    assert kildebjerg.first_contact_days == 14 and kildebjerg.decision_deadline_weeks == 6
    assert kildebjerg.duties_text.startswith("Du skal give Borgerrådgivningen besked")
    assert [o.name for o in kildebjerg.offers] == ["Værkstedet Mølledammen", "Café Lyngen"]


def test_what_it_leaves_out_gets_the_documented_defaults(kildebjerg: Standard) -> None:
    assert [(p.id, p.label, p.fraction) for p in kildebjerg.place_sizes] == [("full", "Hel plads", 1.0)]
    assert (kildebjerg.first_followup_months, kildebjerg.followup_interval_months) == (3, 12)
    assert kildebjerg.offers[0].capacity_half == 0
    assert kildebjerg.individual_assessment_required is True
    assert kildebjerg.free_choice_of_provider is False
    for empty in ("need", "goals_text", "application_text", "staff_competence", "followup_text",
                  "waitlist_text", "residence_note", "day_offer_rule", "coordination_rule", "duration_text"):
        assert getattr(kildebjerg, empty) == "", empty
    assert kildebjerg.other_services == () and kildebjerg.courses == ()


def test_nothing_of_thisted_is_in_it(kildebjerg: Standard) -> None:
    texts = [str(getattr(kildebjerg, f.name)) for f in dataclasses.fields(kildebjerg) if f.name != "source"]
    assert not any("Thisted" in t or "Thy" in t or "99 17 19 20" in t for t in texts)


def test_shipped_standards_are_only_in_resources(kildebjerg: Standard) -> None:
    assert default_standard_path() in list_standards()
    assert all(p.name != "kildebjerg-104.toml" for p in list_standards())


def test_a_case_is_judged_by_its_rules(kildebjerg: Standard, kildebjerg_case: Any) -> None:
    findings = check_case(kildebjerg_case, kildebjerg, load_catalogue(), TODAY)
    assert not blocking(findings), [f.message for f in blocking(findings)]
    under_age = dataclasses.replace(kildebjerg_case.citizen, cpr="0101104123")
    kildebjerg_case.citizen = under_age
    codes = {f.code for f in blocking(check_case(kildebjerg_case, kildebjerg, load_catalogue(), TODAY))}
    assert "target_group.under_age" in codes


def test_first_contact_deadline_is_shown_while_undecided(kildebjerg: Standard, kildebjerg_case: Any) -> None:
    kildebjerg_case.decision.outcome, kildebjerg_case.decision.decided_on = "", None
    kildebjerg_case.application.received = dt.date(2026, 11, 20)
    found = [f for f in check_case(kildebjerg_case, kildebjerg, load_catalogue(), TODAY)
             if f.code == "decision.first_contact"]
    assert [f.message for f in found] == [
        "Efter kvalitetsstandarden skal borgeren kontaktes senest 4. december 2026 (14 dage efter henvendelsen)."
    ]
