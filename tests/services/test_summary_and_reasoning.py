"""The case summary (HTML for the last wizard page and the CLI) and the reasoning draft."""

from __future__ import annotations

import datetime as dt

import pytest

from visitation_desktop.domain.case import CaseFile, Goal, OtherService
from visitation_desktop.domain.cpr import make_fictional_cpr
from visitation_desktop.domain.ffb import Catalogue, load_catalogue
from visitation_desktop.domain.standard import Standard, default_standard_path, load_standard
from visitation_desktop.services.reasoning import draft_reasoning
from visitation_desktop.services.summary import case_summary_html

TODAY = dt.date(2026, 3, 2)


@pytest.fixture(scope="module")
def standard() -> Standard:
    return load_standard(default_standard_path())


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def a_case() -> CaseFile:
    case = CaseFile()
    case.citizen.cpr = make_fictional_cpr(dt.date(1990, 6, 1), 7)
    case.citizen.name = "Ida <b>Fed</b> & Co"
    case.citizen.postcode, case.citizen.town = "7760", "Hurup"
    case.application.received = TODAY - dt.timedelta(days=10)
    case.target_group.criteria["funktionsevne"] = True
    case.target_group.individual_assessment = "Varig hjerneskade efter en ulykke."
    case.goals = [Goal(text="Jeg vil gå en tur med gruppen hver tirsdag", accepted=True)]
    case.activities.selected = ["kreativ"]
    case.placement.offer_id, case.placement.place = "aktivitetshuset-limfjorden", "half"
    return case


def test_summary_has_every_section_escaped_and_the_cpr_masked(
    standard: Standard, catalogue: Catalogue
) -> None:
    case = a_case()
    html = case_summary_html(case, standard, catalogue, TODAY)
    for heading in (
        "Borger", "Henvendelse og frist", "Målgruppe", "Vurdering af ressourcer og behov", "Formål",
        "Mål (SMART)", "Aktiviteter", "Andre indsatser og koordinering", "Tilbud og plads",
        "Afgørelse og begrundelse", "Åbne fund",
    ):  # fmt: skip
        assert f"<h3>{heading}</h3>" in html
    assert "Ida &lt;b&gt;Fed&lt;/b&gt; &amp; Co" in html and "<b>Fed</b>" not in html
    assert case.citizen.cpr not in html and f"{case.citizen.cpr[:6]}-xxxx" in html
    assert "Jeg vil gå en tur med gruppen hver tirsdag" in html
    assert "Aktivitetshuset Limfjorden, Poppelvej 10, 7760 Hurup" in html
    assert "Halv plads" in html and "Kreativ aktivitet" in html
    assert "Frist for afgørelse</b></td><td>17-04-2026 (46 dage tilbage)" in html
    assert "Vælg, om afgørelsen er en bevilling eller et afslag." in html
    assert "Ikke truffet endnu" in html


def test_grant_draft_names_the_legal_basis_the_criteria_and_the_place(
    standard: Standard, catalogue: Catalogue
) -> None:
    case = a_case()
    case.decision.outcome = "grant"
    case.other_services = [OtherService(kind="sel85", provider="Bostøtten")]
    case.coordination.providers, case.coordination.agreement = "Bostøtten", "Mødes hver måned."
    draft = draft_reasoning(case, standard, catalogue, TODAY)
    assert draft.rules_applied.splitlines()[0] == (
        "Afgørelsen er truffet efter Servicelovens § 104 om aktivitets- og samværstilbud "
        "og Thisted Kommunes kvalitetsstandard for tilbuddet."
    )
    assert "• Du skal være fyldt 18 år." in draft.rules_applied
    assert "tilknyttede leverandører" in draft.rules_applied  # the coordination rule applies
    assert "Du er 35 år." in draft.facts
    assert "Den konkrete individuelle vurdering: Varig hjerneskade efter en ulykke." in draft.facts
    assert "Du har socialpædagogisk støtte (§ 85) fra Bostøtten." in draft.facts
    assert "Du får halv plads i Aktivitetshuset Limfjorden, Poppelvej 10, 7760 Hurup." in draft.considerations
    assert "Indsatsen tilrettelægges i samarbejde med Bostøtten: Mødes hver måned." in draft.considerations


def test_refusal_draft_gives_the_reasons(standard: Standard, catalogue: Catalogue) -> None:
    case = a_case()
    case.decision.outcome = "refusal"
    case.other_services = [OtherService(kind="sel103")]
    draft = draft_reasoning(case, standard, catalogue, TODAY)
    assert draft.considerations.startswith("Du kan ikke få aktivitets- og samværstilbud, fordi:")
    assert "• Du har beskyttet beskæftigelse. Beskyttet beskæftigelse er et visiteret dagtilbud." in (
        draft.considerations
    )
    case.other_services = []
    assert draft_reasoning(case, standard, catalogue, TODAY).considerations == ""
