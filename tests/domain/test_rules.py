"""The rules of the standard against whole case files, with Thisted's real standard file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from visitation_desktop.domain import cpr
from visitation_desktop.domain.case import (
    Activities,
    Application,
    Assessment,
    CaseFile,
    Citizen,
    Consent,
    Coordination,
    Decision,
    Goal,
    OtherService,
    Placement,
    Purposes,
    TargetGroup,
    ThemeAssessment,
    WizardPage,
)
from visitation_desktop.domain.ffb import Catalogue, load_catalogue
from visitation_desktop.domain.findings import Finding, Severity
from visitation_desktop.domain.rules import (
    blocking,
    check_case,
    decision_allowed,
    findings_for_page,
    open_findings,
)
from visitation_desktop.domain.standard import (
    Offer,
    Standard,
    default_standard_path,
    load_standard,
)

TODAY = dt.date(2025, 3, 10)
RECEIVED = dt.date(2025, 2, 20)
RELATIONS = "3856b434-f72e-42a5-b9d1-0cc93f48434b"  # FFB theme "Relationer"
SOCIAL_LIFE = "dcc6bb77-45af-4625-9c4d-7d7878307220"  # "Deltage i sociale fællesskaber og fritidsaktiviteter"
DEVELOP = "d41c8072-52f8-42b5-9375-ddbea454d27f"  # FFB goal type "Udvikle funktionsevne"
PHYSICAL_DISABILITY = "112cc0ba-9953-476c-a971-2671697d7639"  # FFB target group "Fysisk funktionsnedsættelse"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def standard() -> Standard:
    return load_standard(default_standard_path())


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def good_case(born: dt.date = dt.date(1990, 5, 17)) -> CaseFile:
    """A complete case of an invented citizen in Hurup, granted a full place near home."""
    return CaseFile(
        citizen=Citizen(
            cpr=cpr.make_fictional_cpr(born, 0),
            name="Testborger Eksempelsen",
            address="Eksempelvej 2",
            postcode="7760",
            town="Hurup",
            phone="11 22 33 44",
        ),
        application=Application(received=RECEIVED, channel="phone"),
        consent=Consent(
            status="given",
            information="Oplysninger om funktionsevne",
            sources="Egen læge",
            recorded_on=dt.date(2025, 2, 27),
        ),
        target_group=TargetGroup(
            criteria={"funktionsevne": True},
            codes=[PHYSICAL_DISABILITY],
            individual_assessment="Borgeren har varigt nedsat fysisk funktionsevne og savner fællesskab i dagtimerne.",
        ),
        assessment=Assessment(
            themes={
                RELATIONS: ThemeAssessment(
                    levels={SOCIAL_LIFE: 3}, own_words="Jeg er alene det meste af dagen"
                )
            },
            support_level=2,
        ),
        purposes=Purposes(selected=["livskvalitet"], citizen_wishes="At møde andre og komme ud om dagen"),
        goals=[
            Goal(
                text="Jeg vil spise frokost sammen med de andre i huset tre dage om ugen",
                subtheme=SOCIAL_LIFE,
                goal_type=DEVELOP,
                current_level=3,
                target_level=2,
                measure="Personalet noterer, hvor mange dage borgeren spiser med de andre",
                due=dt.date(2025, 9, 1),
                evaluation="På opfølgningsmødet med borgeren",
                evaluation_date=dt.date(2025, 9, 15),
                accepted=True,
                acceptance_note="Mundtligt på mødet",
                realistic_reason="Borgeren kommer allerede i huset en dag om ugen",
            )
        ],
        activities=Activities(selected=["social", "kreativ"]),
        placement=Placement(
            offer_id="aktivitetshuset-limfjorden",
            place="full",
            transport_needed=False,
            planned_start=dt.date(2025, 4, 1),
        ),
        decision=Decision(
            outcome="grant",
            rules_applied="Servicelovens § 104 og kommunens kvalitetsstandard",
            facts="Borgerens funktionsevne og ønsker, jf. udredningen",
            considerations="Borgeren er i målgruppen og har brug for et fællesskab i dagtimerne",
            decided_on=TODAY,
        ),
    )


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def only(findings: list[Finding], code: str) -> Finding:
    [finding] = [f for f in findings if f.code == code]
    return finding


# (d) a complete good case
def test_a_complete_case_has_no_open_findings_and_may_be_granted(
    standard: Standard, catalogue: Catalogue
) -> None:
    findings = check_case(good_case(), standard, catalogue, TODAY)
    assert open_findings(findings) == []
    assert only(findings, "target_group.age_met").message == (
        "Borgeren er 34 år og opfylder alderskravet: Du skal være fyldt 18 år."
    )
    assert decision_allowed(good_case(), standard, catalogue, TODAY) == ({"grant", "refusal"}, [])


# (a) a citizen in Hurup with § 85 support
def test_section_85_support_needs_coordination_until_providers_and_agreement_are_written(
    standard: Standard, catalogue: Catalogue
) -> None:
    case = good_case()
    case.other_services = [OtherService(kind="sel85", provider="Bostøtten")]

    finding = only(check_case(case, standard, catalogue, TODAY), "other_services.coordination_required")
    assert finding.severity == Severity.BLOCKING
    assert finding.page == WizardPage.OTHER_SERVICES
    assert finding.field == "coordination.providers"
    assert finding.message.startswith(
        "Borgeren har socialpædagogisk støtte (§ 85). Kvalitetsstandarden siger: »Hvis"
    )
    assert (
        "skal indsatsen tilrettelægges i et samarbejde mellem de tilknyttede leverandører." in finding.message
    )
    assert finding.message.endswith(
        "Skriv, hvilke leverandører der samarbejder og hvad der er aftalt, før der kan gives bevilling."
    )
    allowed, reasons = decision_allowed(case, standard, catalogue, TODAY)
    assert allowed == {"refusal"} and codes(reasons) == ["other_services.coordination_required"]
    grant_blocked = only(check_case(case, standard, catalogue, TODAY), "decision.grant_blocked")
    assert "• Andre indsatser: Borgeren har socialpædagogisk støtte (§ 85)." in grant_blocked.message

    case.coordination = Coordination(providers="Bostøtten og Aktivitetshuset Limfjorden")
    finding = only(check_case(case, standard, catalogue, TODAY), "other_services.coordination_required")
    assert finding.field == "coordination.agreement"
    assert finding.message.endswith("Skriv, hvad der er aftalt, før der kan gives bevilling.")

    case.coordination.agreement = "Bostøtten følger borgeren til huset mandag; fælles møde hver tredje måned"
    findings = check_case(case, standard, catalogue, TODAY)
    assert "other_services.coordination_required" not in codes(findings)
    assert open_findings(findings) == []
    assert decision_allowed(case, standard, catalogue, TODAY)[0] == {"grant", "refusal"}


def test_coordination_names_services_had_and_applied_for(standard: Standard, catalogue: Catalogue) -> None:
    case = good_case()
    case.other_services = [
        OtherService(kind="sel85"),
        OtherService(kind="sel108", status="applied"),
    ]
    finding = only(check_case(case, standard, catalogue, TODAY), "other_services.coordination_required")
    assert finding.message.startswith(
        "Borgeren har socialpædagogisk støtte (§ 85) og har søgt længerevarende botilbud (§ 108). "
    )


# (b) aged 17
def test_a_seventeen_year_old_is_outside_the_target_group_and_cannot_be_granted(
    standard: Standard, catalogue: Catalogue
) -> None:
    case = good_case(born=dt.date(2007, 9, 1))
    case.decision.decided_on = None
    assert cpr.age_on(dt.date(2007, 9, 1), RECEIVED) == 17

    findings = check_case(case, standard, catalogue, TODAY)
    finding = only(findings, "target_group.under_age")
    assert finding.severity == Severity.BLOCKING
    assert finding.page == WizardPage.TARGET_GROUP
    assert finding.message.startswith(
        "Borgeren er 17 år og er derfor ikke i målgruppen: Du skal være fyldt 18 år. "
        "Borgeren fylder 18 år 1. september 2025."
    )
    allowed, reasons = decision_allowed(case, standard, catalogue, TODAY)
    assert allowed == {"refusal"}
    assert codes(reasons) == ["target_group.under_age"]
    assert "• Målgruppe: Borgeren er 17 år" in only(findings, "decision.grant_blocked").message

    case.decision.outcome = "refusal"
    assert "decision.grant_blocked" not in codes(check_case(case, standard, catalogue, TODAY))


def test_the_age_is_judged_on_the_day_of_the_decision(standard: Standard, catalogue: Catalogue) -> None:
    case = good_case(born=dt.date(2007, 3, 1))  # 17 when the application came, 18 when decided
    findings = check_case(case, standard, catalogue, TODAY)
    assert "target_group.under_age" not in codes(findings)
    assert only(findings, "target_group.age_met").message.startswith("Borgeren er 18 år")


def test_the_minimum_age_comes_from_the_standard(standard: Standard, catalogue: Catalogue) -> None:
    criteria = tuple(
        dataclasses.replace(c, min_age=16, text="Du skal være fyldt 16 år.") if c.kind == "min_age" else c
        for c in standard.criteria
    )
    other = dataclasses.replace(standard, criteria=criteria)
    case = good_case(born=dt.date(2008, 1, 1))
    assert "target_group.under_age" not in codes(check_case(case, other, catalogue, TODAY))
    assert "target_group.under_age" in codes(check_case(case, standard, catalogue, TODAY))


# (c) sheltered employment
def test_sheltered_employment_is_a_day_offer_conflict_naming_the_rule(
    standard: Standard, catalogue: Catalogue
) -> None:
    case = good_case()
    case.other_services = [OtherService(kind="sel103", provider="Thyværkstedet")]
    finding = only(check_case(case, standard, catalogue, TODAY), "other_services.day_offer_conflict")
    assert finding.severity == Severity.BLOCKING
    assert finding.field == "other_services[0].kind"
    assert finding.message.startswith(
        "Borgeren har beskyttet beskæftigelse (§ 103). Beskyttet beskæftigelse er et visiteret dagtilbud."
    )
    assert (
        "Kvalitetsstandarden siger: »Da aktivitets- og samværstilbuddet defineres som et dagtilbud, "
        "kan det ikke kombineres med andre visiterede dagtilbud.«" in finding.message
    )
    assert decision_allowed(case, standard, catalogue, TODAY)[0] == {"refusal"}


def test_escort_is_only_information(standard: Standard, catalogue: Catalogue) -> None:
    case = good_case()
    case.other_services = [OtherService(kind="sel97")]
    finding = only(check_case(case, standard, catalogue, TODAY), "other_services.not_included")
    assert finding.severity == Severity.INFO
    assert finding.message.startswith("Ledsagelse: Ledsagelse efter servicelovens § 97 er ikke en del af")


def test_cpr_missing_invalid_and_failing_modulus(standard: Standard, catalogue: Catalogue) -> None:
    case = good_case()
    case.citizen.cpr = ""
    findings = check_case(case, standard, catalogue, TODAY)
    assert only(findings, "citizen.cpr_missing").severity == Severity.BLOCKING
    assert only(findings, "target_group.age_unknown").severity == Severity.WARNING

    case.citizen.cpr = "320190-1234"
    finding = only(check_case(case, standard, catalogue, TODAY), "citizen.cpr_invalid")
    assert finding.message.startswith("De første 6 cifre i CPR-nummeret er ikke en rigtig dato")

    case.citizen.cpr = next(
        number
        for seq in range(0, 6000, 97)
        if not cpr.parse(number := cpr.make_fictional_cpr(dt.date(1990, 5, 17), seq), TODAY).modulus_ok
    )
    finding = only(check_case(case, standard, catalogue, TODAY), "citizen.cpr_modulus")
    assert finding.severity == Severity.WARNING and "modulus 11" in finding.message
    assert decision_allowed(case, standard, catalogue, TODAY)[0] == {"grant", "refusal"}


def test_application_and_consent_gaps(standard: Standard, catalogue: Catalogue) -> None:
    case = good_case()
    case.citizen.name = ""
    case.application = Application(
        received=dt.date(2025, 4, 1), channel="", by_relative=True, relative_name="Ida"
    )
    case.consent = Consent(status="given", information="Lægeoplysninger")
    findings = findings_for_page(check_case(case, standard, catalogue, TODAY), WizardPage.CITIZEN)
    assert codes(findings) == [
        "citizen.name_missing",
        "application.received_future",
        "application.channel_missing",
        "application.relative_incomplete",
        "consent.incomplete",
    ]
    assert only(findings, "application.relative_incomplete").message == (
        "En pårørende har søgt på borgerens vegne. Skriv den pårørendes relation til borgeren og kontaktoplysninger."
    )
    assert only(findings, "consent.incomplete").message == (
        "Et samtykke skal være konkret. Skriv, hvem de indhentes fra og hvornår samtykket blev givet."
    )
    assert codes(blocking(findings)) == ["citizen.name_missing", "application.received_future"]

    case.consent = Consent(status="declined")
    assert only(check_case(case, standard, catalogue, TODAY), "consent.declined").severity == Severity.INFO


def test_target_group_judgement_is_the_caseworkers(standard: Standard, catalogue: Catalogue) -> None:
    case = good_case()
    case.target_group = TargetGroup()
    findings = findings_for_page(check_case(case, standard, catalogue, TODAY), WizardPage.TARGET_GROUP)
    assert [(f.code, f.severity) for f in findings if f.severity != Severity.INFO] == [
        ("target_group.criterion_not_judged", Severity.BLOCKING),
        ("target_group.assessment_missing", Severity.BLOCKING),
        ("target_group.code_missing", Severity.WARNING),
    ]
    case.target_group = dataclasses.replace(good_case().target_group, criteria={"funktionsevne": False})
    finding = only(check_case(case, standard, catalogue, TODAY), "target_group.criterion_not_met")
    assert finding.message.startswith(
        "Du har vurderet, at borgeren ikke opfylder kriteriet: Du skal have betydelig og varig nedsat"
    )
    assert finding.field == "target_group.criteria.funktionsevne"


def test_assessment_purpose_goals_and_activities_missing(standard: Standard, catalogue: Catalogue) -> None:
    case = good_case()
    case.assessment = Assessment()
    case.purposes = Purposes()
    case.goals = []
    case.activities = Activities()
    findings = check_case(case, standard, catalogue, TODAY)
    assert [(f.code, f.severity) for f in open_findings(findings)][:7] == [
        ("assessment.no_levels", Severity.WARNING),
        ("assessment.support_level_missing", Severity.WARNING),
        ("purpose.none", Severity.BLOCKING),
        ("purpose.wishes_missing", Severity.WARNING),
        ("goals.none", Severity.BLOCKING),
        ("activities.none", Severity.WARNING),
        ("decision.grant_blocked", Severity.BLOCKING),
    ]


def test_a_goal_not_accepted_blocks_a_grant(standard: Standard, catalogue: Catalogue) -> None:
    case = good_case()
    case.goals[0].accepted = False
    allowed, reasons = decision_allowed(case, standard, catalogue, TODAY)
    assert allowed == {"refusal"}
    assert [(f.code, f.field) for f in reasons] == [("goals.not_accepted", "goals[0].accepted")]


def test_only_approved_and_registered_offers(standard: Standard, catalogue: Catalogue) -> None:
    unregistered = Offer(
        id="uregistreret",
        name="Testværestedet",
        address="Testvej 1",
        postcode="7700",
        town="Thisted",
        capacity_full=5,
        capacity_half=0,
        socialtilsynet_approved=True,
        tilbudsportalen_registered=False,
    )
    other = dataclasses.replace(standard, offers=(*standard.offers, unregistered))
    case = good_case()
    case.placement.offer_id = "uregistreret"
    finding = only(check_case(case, other, catalogue, TODAY), "offer.not_eligible")
    assert finding.severity == Severity.BLOCKING
    assert finding.message.startswith("Testværestedet er ikke registreret på Tilbudsportalen.")

    case.placement.offer_id = ""
    assert only(check_case(case, other, catalogue, TODAY), "offer.missing").severity == Severity.BLOCKING


def test_proximity_is_pointed_out(standard: Standard, catalogue: Catalogue) -> None:
    case = good_case()
    case.placement.offer_id = "daghuset"
    finding = only(check_case(case, standard, catalogue, TODAY), "offer.nearer_available")
    assert finding.severity == Severity.INFO
    assert finding.message.startswith("Aktivitetshuset Limfjorden ligger i borgerens postnummer. Nærhed er")


def test_waitlist_needs_an_interim_solution_and_place_and_transport(
    standard: Standard, catalogue: Catalogue
) -> None:
    case = good_case()
    case.placement = Placement(offer_id="aktivitetshuset-limfjorden", waitlist=True)
    findings = findings_for_page(check_case(case, standard, catalogue, TODAY), WizardPage.OFFER)
    assert [(f.code, f.severity) for f in findings] == [
        ("offer.place_missing", Severity.BLOCKING),
        ("offer.interim_missing", Severity.BLOCKING),
        ("offer.transport_undecided", Severity.WARNING),
    ]
    case.placement.place = "half"
    case.placement.interim_solution = "Besøg af bostøtten to formiddage om ugen"
    case.placement.transport_needed = True
    findings = findings_for_page(check_case(case, standard, catalogue, TODAY), WizardPage.OFFER)
    assert codes(findings) == ["offer.waitlist", "offer.transport_note_missing"]
    assert (
        findings[0].message
        == "Borgeren er på venteliste. Foreløbig løsning: Besøg af bostøtten to formiddage om ugen"
    )


def test_reasoning_parts_are_each_required(standard: Standard, catalogue: Catalogue) -> None:
    case = good_case()
    case.decision = Decision(outcome="refusal", decided_on=TODAY)
    findings = findings_for_page(check_case(case, standard, catalogue, TODAY), WizardPage.DECISION)
    assert [(f.code, f.field) for f in findings] == [
        ("decision.rules_missing", "decision.rules_applied"),
        ("decision.facts_missing", "decision.facts"),
        ("decision.considerations_missing", "decision.considerations"),
    ]
    assert findings[1].message == "Begrundelsen mangler: skriv, hvilke oplysninger der er lagt vægt på."
    assert all(f.severity == Severity.BLOCKING for f in findings)


def test_a_decision_after_the_deadline_needs_a_reason(standard: Standard, catalogue: Catalogue) -> None:
    late = dt.date(2025, 4, 30)  # the deadline is 8 weeks after 20 February: 17 April
    case = good_case()
    case.decision.decided_on = late
    case.placement.planned_start = dt.date(2025, 5, 5)
    findings = check_case(case, standard, catalogue, late)
    finding = only(findings, "decision.overrun_reason_missing")
    assert finding.message.startswith("Afgørelsen ligger efter fristen (17. april 2025, 8 uger).")
    case.decision.overrun_reason = "Vi ventede på oplysninger fra egen læge"
    assert "decision.overrun_reason_missing" not in codes(check_case(case, standard, catalogue, late))


def test_undecided_case_past_the_deadline_and_decision_in_the_future(
    standard: Standard, catalogue: Catalogue
) -> None:
    case = good_case()
    case.decision = Decision()
    findings = check_case(case, standard, catalogue, dt.date(2025, 4, 18))
    assert only(findings, "decision.deadline_passed").message.startswith(
        "Fristen for afgørelsen var 17. april 2025."
    )
    assert only(findings, "decision.outcome_missing").severity == Severity.BLOCKING

    case = good_case()
    case.decision.decided_on = dt.date(2025, 3, 12)
    assert (
        only(check_case(case, standard, catalogue, TODAY), "decision.date_future").severity
        == Severity.WARNING
    )


def test_every_code_the_rules_can_give_is_documented() -> None:
    domain = REPO / "src/visitation_desktop/domain"
    rules = "".join(
        (domain / n).read_text(encoding="utf-8") for n in ("rules.py", "rules_intake.py", "rules_plan.py", "rules_capacity.py")
    )
    in_code = set(re.findall(r'\.(?:block|warn|info)\(\s*"([a-z_]+\.[a-z_]+)"', rules))
    in_code |= set(re.findall(r'\(\s*"[a-z_]+",\s*"([a-z_]+\.[a-z_]+_missing)",', rules))  # reasoning parts
    in_code |= set(re.findall(r'"(goals\.[a-z_]+)"', (domain / "smart.py").read_text(encoding="utf-8")))
    table = (REPO / "docs/findings.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \|", table, flags=re.MULTILINE))
    assert len(in_code) > 60
    assert in_code == documented


def test_a_refusal_is_not_told_to_make_goals_or_choose_an_offer(standard: Standard, catalogue: Catalogue) -> None:
    """A refused citizen gets no plan: the planning pages' findings are not things to fix then,
    and they come back when a grant is chosen again."""
    case = good_case()
    case.goals = []
    case.purposes = Purposes()
    case.placement = Placement()
    case.decision.outcome = "grant"
    as_grant = codes(check_case(case, standard, catalogue, TODAY))
    assert {"goals.none", "offer.missing", "offer.place_missing", "purpose.none"} <= set(as_grant)

    case.decision.outcome = "refusal"
    as_refusal = check_case(case, standard, catalogue, TODAY)
    planning = {WizardPage.PURPOSE, WizardPage.GOALS, WizardPage.ACTIVITIES, WizardPage.OFFER}
    assert [f.code for f in as_refusal if f.page in planning] == []
    assert "decision.grant_blocked" not in codes(as_refusal)
    allowed, reasons = decision_allowed(case, standard, catalogue, TODAY)
    assert allowed == {"refusal"} and "goals.none" in codes(reasons)  # a grant stays blocked
