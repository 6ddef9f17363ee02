"""The whole wizard, walked from an empty new case as a caseworker would: typing into the real
widgets, ticking and choosing with mouse and keys, pressing Næste page by page.

Three citizens: an adult in Hurup with § 85 support who is granted a place, a 17-year-old who
is refused, and a citizen with § 103 sheltered employment who is refused.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import WizardPage
from visitation_desktop.domain.cpr import make_fictional_cpr
from visitation_desktop.domain.findings import Severity
from visitation_desktop.gui.wizard.fields import format_danish_date
from visitation_desktop.gui.wizard.pages.citizen import CitizenPage
from visitation_desktop.gui.wizard.pages.decision import DecisionPage
from visitation_desktop.gui.wizard.pages.other_services import OtherServicesPage
from visitation_desktop.gui.wizard.pages.summary import SummaryPage
from visitation_desktop.gui.wizard.pages.target_group import TargetGroupPage
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, MakeWizard
from .wizard_walk import (
    DUE,
    EVALUATED,
    GOAL_TEXT,
    RECEIVED,
    START,
    Person,
    adult,
    blocking_codes,
    codes,
    decide,
    fill_citizen,
    fill_offer,
    new_wizard,
    open_buttons,
    open_texts,
    page_of,
    press_next,
    settle,
    tick,
    type_into,
    walk_to_other_services,
)

LIMFJORDEN = "aktivitetshuset-limfjorden"
DAY_OFFER_RULE = (
    "Da aktivitets- og samværstilbuddet defineres som et dagtilbud, kan det ikke kombineres med "
    "andre visiterede dagtilbud."
)
SHELTERED_EXPLANATION = (
    "Beskyttet beskæftigelse er et visiteret dagtilbud. Aktivitets- og samværstilbuddet er også et "
    "dagtilbud og kan ikke kombineres med andre visiterede dagtilbud."
)


# -- (a) an adult in Hurup with § 85 support is granted a place ----------------------------------


def test_adult_with_socio_educational_support_is_granted_a_place(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace, service: CaseService
) -> None:
    wizard = new_wizard(make_wizard)
    person = adult(21, "Lis Testborger Ærø")
    walk_to_other_services(qtbot, wizard, person)

    others = page_of(wizard, OtherServicesPage)
    tick(qtbot, others.rule_checks["sel85"])
    type_into(qtbot, others.rule_provider["sel85"], "Bostøtten i Sydthy")
    type_into(qtbot, others.rule_description["sel85"], "To besøg om ugen")
    settle(qtbot, wizard)
    assert "other_services.coordination_required" in codes(wizard.ctx.findings)
    message = others._field_messages["coordination.providers"]
    assert message.isVisible()
    assert "Borgeren har socialpædagogisk støtte (§ 85)" in message.text()
    assert "før der kan gives bevilling" in message.text()
    type_into(qtbot, others.providers_edit, "Aktivitetshuset Limfjorden og Bostøtten i Sydthy")
    type_into(qtbot, others.agreement_edit, "Kontaktpersonerne mødes hver tredje måned.")
    settle(qtbot, wizard)
    assert "other_services.coordination_required" not in codes(wizard.ctx.findings)
    assert not message.isVisible()

    press_next(qtbot, wizard, WizardPage.OFFER)
    fill_offer(qtbot, wizard)
    press_next(qtbot, wizard, WizardPage.DECISION)
    decision = page_of(wizard, DecisionPage)
    settle(qtbot, wizard)
    assert decision.grant_button.isEnabled() and not decision.blocked_label.isVisible()
    assert "Ingen åbne fund på de tidligere sider." in open_texts(wizard)
    decide(qtbot, wizard, decision.grant_button)
    rules = decision.reasoning_edits["rules_applied"].toPlainText()
    assert rules.startswith("Afgørelsen er truffet efter Servicelovens § 104 om aktivitets- og samværstilbud")
    considerations = decision.reasoning_edits["considerations"].toPlainText()
    assert "Du får hel plads i Aktivitetshuset Limfjorden, Poppelvej 10, 7760 Hurup." in considerations
    assert decision.deadline_label.text().endswith("afgørelsen er truffet 36 dage før fristen")

    press_next(qtbot, wizard, WizardPage.SUMMARY)
    summary = page_of(wizard, SummaryPage)
    text = summary.browser.toPlainText()
    assert GOAL_TEXT in text
    assert "Aktivitetshuset Limfjorden, Poppelvej 10, 7760 Hurup" in text
    assert "Hel plads" in text
    assert summary.findings_label.text().endswith("Ingen åbne fund i sagen.</span>")

    settle(qtbot, wizard)
    stored = workspace.repo.load_case(wizard.ctx.case.id or 0)
    assert stored.status == "granted"
    # Paging to the summary changed nothing, so it wrote nothing: the case keeps the page of its
    # last change; this session reopens it where the caseworker was.
    assert stored.current_page == WizardPage.DECISION.value
    assert service.viewed_pages[stored.id or 0] == WizardPage.SUMMARY.value
    assert (stored.citizen.cpr, stored.citizen.name, stored.citizen.postcode) == (
        person.cpr,
        "Lis Testborger Ærø",
        "7760",
    )
    assert (stored.application.received, stored.application.channel) == (RECEIVED, "email")
    assert (stored.consent.status, stored.consent.sources, stored.consent.recorded_on) == (
        "given",
        "Egen læge",
        RECEIVED,
    )
    assert stored.target_group.criteria == {"funktionsevne": True}
    brain_injury = next(
        c.code for c in workspace.catalogue.target_groups if c.name == "Erhvervet hjerneskade"
    )
    assert stored.target_group.codes == [brain_injury]
    assert stored.target_group.individual_assessment.startswith("Varig hjerneskade efter et fald")
    practical = next(t for t in workspace.catalogue.themes if t.name == "Praktiske opgaver")
    levels = stored.assessment.themes[practical.code].levels
    names = {sub.code: sub.name for sub in practical.subthemes}
    named = {names[code]: value for code, value in levels.items()}
    assert named == {"Lave mad": 2, "Købe ind": 3}
    assert stored.assessment.themes[practical.code].own_words == "Jeg glemmer, hvad jeg var i gang med."
    assert stored.assessment.support_level == 2
    assert stored.purposes.selected == ["livskvalitet"]
    assert stored.purposes.citizen_wishes == "Komme ud og lave noget sammen med andre"
    [goal] = stored.goals
    assert (goal.text, goal.current_level, goal.target_level, goal.due, goal.evaluation_date) == (
        GOAL_TEXT,
        2,
        1,
        DUE,
        EVALUATED,
    )
    assert goal.accepted and goal.acceptance_note == "Sagt ja på mødet"
    assert goal.realistic_reason == "Kan de enkelte trin med en huskeseddel"
    assert stored.activities.selected == ["social", "kreativ"]
    assert (stored.activities.courses, stored.activities.note) == (["laer-at-leve-med"], "Starter kl. 10")
    assert [(s.kind, s.provider, s.description, s.status) for s in stored.other_services] == [
        ("sel85", "Bostøtten i Sydthy", "To besøg om ugen", "has")
    ]
    assert stored.coordination.agreement == "Kontaktpersonerne mødes hver tredje måned."
    placement = stored.placement
    assert (placement.offer_id, placement.place, placement.waitlist) == (LIMFJORDEN, "full", False)
    assert (placement.transport_needed, placement.transport_note, placement.planned_start) == (
        True,
        "Flextur",
        START,
    )
    assert (stored.decision.outcome, stored.decision.decided_on) == ("grant", TODAY)
    assert stored.decision.rules_applied == rules
    assert stored.decision.considerations == considerations

    findings = service.check(stored, TODAY)
    assert blocking_codes(findings) == set()
    assert [f.code for f in findings if f.severity == Severity.WARNING] == []


# -- (b) a 17-year-old goes straight to the decision: a refusal -----------------------------------


def test_citizen_aged_17_goes_straight_to_a_refusal(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace, service: CaseService
) -> None:
    wizard = new_wizard(make_wizard)
    birth = TODAY.replace(year=TODAY.year - 17)
    person = Person(cpr=make_fictional_cpr(birth, 2), name="Noah Testborger")
    fill_citizen(qtbot, wizard, person)
    assert page_of(wizard, CitizenPage).cpr_info.text() == f"Født {format_danish_date(birth)} – 17 år"
    press_next(qtbot, wizard, WizardPage.TARGET_GROUP)

    target = page_of(wizard, TargetGroupPage)
    qtbot.waitUntil(target.under_age_banner.isVisible, timeout=1000)  # once the findings are rechecked
    banner = target.under_age_banner.text()
    assert "Borgeren er 17 år og er derfor ikke i målgruppen" in banner
    assert "Borgeren fylder 18 år 2. marts 2027" in banner
    assert "Tryk »Næste« for at gå direkte til Afgørelse." in banner
    assert target.age_label.text() == f"Borgeren er 17 år (født {format_danish_date(birth)})."
    type_into(qtbot, target.assessment_edit, "Noah er 17 år og kan først få tilbuddet, når han er fyldt 18.")
    press_next(qtbot, wizard, WizardPage.DECISION)  # the planning pages are skipped

    decision = page_of(wizard, DecisionPage)
    settle(qtbot, wizard)
    assert not decision.grant_button.isEnabled()
    assert decision.refusal_button.isEnabled()
    assert decision.blocked_label.isVisible()
    assert "Borgeren er 17 år og er derfor ikke i målgruppen" in open_texts(wizard)
    names = open_buttons(wizard)
    assert "Gå til siden Målgruppe" in names
    qtbot.mouseClick(decision.grant_button, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert wizard.ctx.case.decision.outcome == ""  # a greyed-out grant cannot be chosen

    decide(qtbot, wizard, decision.refusal_button)
    considerations = decision.reasoning_edits["considerations"].toPlainText()
    assert considerations.startswith("Du kan ikke få aktivitets- og samværstilbud, fordi:")
    assert "• Du er 17 år." in considerations
    assert "Du er 17 år." in decision.reasoning_edits["facts"].toPlainText()
    assert not any(f.is_blocking for f in wizard.ctx.findings_for(WizardPage.DECISION.value))
    press_next(qtbot, wizard, WizardPage.SUMMARY)
    wizard.wizard.back()
    assert wizard.current_page() == WizardPage.DECISION  # Back returns the way Next came

    settle(qtbot, wizard)
    stored = workspace.repo.load_case(wizard.ctx.case.id or 0)
    assert stored.status == "refused"
    assert (stored.decision.outcome, stored.decision.decided_on) == ("refusal", TODAY)
    assert stored.decision.considerations == considerations
    assert stored.target_group.individual_assessment.startswith("Noah er 17 år")
    findings = service.check(stored, TODAY)
    assert "target_group.under_age" in codes(findings)
    assert not blocking_codes([f for f in findings if f.page == WizardPage.DECISION.value])


# -- (c) sheltered employment (§ 103) cannot be combined: a refusal -------------------------------


def test_citizen_with_sheltered_employment_is_refused(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace, service: CaseService
) -> None:
    wizard = new_wizard(make_wizard)
    walk_to_other_services(qtbot, wizard, adult(23, "Bo Testborger"))

    others = page_of(wizard, OtherServicesPage)
    assert not others.banner.isVisible()
    tick(qtbot, others.rule_checks["sel103"])
    type_into(qtbot, others.rule_provider["sel103"], "Thy Produktion")
    settle(qtbot, wizard)
    assert others.banner.isVisible()
    banner = others.banner.text()
    assert banner.startswith("Borgeren har beskyttet beskæftigelse (§ 103).")
    assert SHELTERED_EXPLANATION in banner
    assert f"Kvalitetsstandarden siger: »{DAY_OFFER_RULE}«" in banner
    assert (
        others.findings_label.text() == "<span style='color:#a40000'>Se den røde boks øverst på siden.</span>"
    )
    row_message = others.rule_message["sel103"]
    assert row_message.isVisible()
    assert row_message.text() == "Kan ikke kombineres med tilbuddet – se den røde boks øverst."
    assert "⚠" in wizard.steps.item(list(WizardPage).index(WizardPage.OTHER_SERVICES)).text()

    press_next(qtbot, wizard, WizardPage.OFFER)
    fill_offer(qtbot, wizard)
    press_next(qtbot, wizard, WizardPage.DECISION)
    decision = page_of(wizard, DecisionPage)
    settle(qtbot, wizard)
    assert blocking_codes(wizard.ctx.findings) == {
        "other_services.day_offer_conflict",
        "decision.outcome_missing",
        "decision.rules_missing",
        "decision.facts_missing",
        "decision.considerations_missing",
    }  # the day offer is the one thing standing in the way of a grant
    assert not decision.grant_button.isEnabled()
    assert decision.blocked_label.text() == "Løs de blokerende fund, ellers er afgørelsen et afslag."
    names = open_buttons(wizard)
    assert names == ["Gå til siden Andre indsatser"]
    listed = open_texts(wizard)
    assert "Andre indsatser</b> (1 skal løses)" in listed
    assert DAY_OFFER_RULE in listed

    decide(qtbot, wizard, decision.refusal_button)
    considerations = decision.reasoning_edits["considerations"].toPlainText()
    assert f"• Du har beskyttet beskæftigelse. {SHELTERED_EXPLANATION}" in considerations
    assert DAY_OFFER_RULE in decision.reasoning_edits["rules_applied"].toPlainText()
    press_next(qtbot, wizard, WizardPage.SUMMARY)

    settle(qtbot, wizard)
    stored = workspace.repo.load_case(wizard.ctx.case.id or 0)
    assert stored.status == "refused"
    assert [(s.kind, s.provider, s.status) for s in stored.other_services] == [
        ("sel103", "Thy Produktion", "has")
    ]
    assert (stored.decision.outcome, stored.decision.decided_on) == ("refusal", TODAY)
    findings = service.check(stored, TODAY)
    assert blocking_codes(findings) == {"other_services.day_offer_conflict"}
