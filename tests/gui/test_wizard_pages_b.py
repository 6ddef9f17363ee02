"""Wizard pages 6–10 driven like a caseworker would: what the page shows and what the store holds."""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import (
    CaseFile,
    Goal,
    OtherService,
    ThemeAssessment,
    WizardPage,
)
from visitation_desktop.domain.cpr import make_fictional_cpr, mask
from visitation_desktop.domain.ffb import load_catalogue
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.gui.wizard.fields import format_danish_date
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, MakeWizard

LIMFJORDEN = "aktivitetshuset-limfjorden"
GOAL_TEXT = "Jeg vil lave frokost til gruppen hver fredag sammen med en af de andre"


@functools.cache
def fictional_cpr(seq: int) -> str:
    return make_fictional_cpr(dt.date(1988, 5, 14), seq)


def ready_case(postcode: str = "7760", town: str = "Hurup", seq: int = 11) -> CaseFile:
    """A case with pages 1–5 done and nothing blocking a grant, stopped at the activities page."""
    catalogue = load_catalogue()
    case = CaseFile(current_page=WizardPage.ACTIVITIES.value)
    citizen = case.citizen
    citizen.cpr = fictional_cpr(seq)
    citizen.name = "Else Testborger"
    citizen.address = "Testvej 1"
    citizen.postcode, citizen.town = postcode, town
    citizen.phone = "12 34 56 78"
    case.application.received = TODAY - dt.timedelta(days=20)
    case.application.channel = "email"
    case.consent.status = "declined"
    case.target_group.criteria["funktionsevne"] = True
    case.target_group.codes = [catalogue.target_groups[0].code]
    case.target_group.individual_assessment = "Else har en varig hjerneskade og har brug for faste rammer."
    theme = catalogue.themes[0]
    case.assessment.themes[theme.code] = ThemeAssessment(
        levels={theme.subthemes[0].code: 2}, own_words="Jeg vil gerne ud blandt andre."
    )
    case.assessment.support_level = 2
    case.purposes.selected = ["livskvalitet"]
    case.purposes.citizen_wishes = "At møde andre."
    develop = next(g.code for g in catalogue.goal_types if g.name.startswith("Udvikle"))
    case.goals = [
        Goal(
            text=GOAL_TEXT,
            subtheme=theme.subthemes[0].code,
            goal_type=develop,
            current_level=2,
            target_level=1,
            measure="Antal fredage med frokost",
            due=TODAY + dt.timedelta(days=180),
            evaluation="På opfølgningsmødet",
            evaluation_date=TODAY + dt.timedelta(days=190),
            accepted=True,
            acceptance_note="Sagt ja på mødet",
            realistic_reason="Else kan de enkelte trin",
        )
    ]
    return case


def page(wizard: CaseWizard, which: WizardPage):  # type: ignore[no-untyped-def]
    wizard.go_to(which)
    assert wizard.current_page() == which
    return wizard.pages[which]


def settle(qtbot: QtBot, wizard: CaseWizard) -> None:
    """Let the autosave and the recheck timers run."""
    qtbot.waitUntil(lambda: not wizard.ctx.dirty and not wizard.ctx._check_timer.isActive(), timeout=30_000)


def tick(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator (its centre may be empty space)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def codes(wizard: CaseWizard) -> set[str]:
    return {f.code for f in wizard.ctx.findings}


def fill_offer(workspace: Workspace, offer_id: str, place: str, count: int) -> None:
    """``count`` granted cases holding a ``place`` place in ``offer_id``, written straight to the store."""
    for n in range(count):
        other = ready_case(seq=100 + n)
        other.placement.offer_id, other.placement.place = offer_id, place
        other.decision.outcome, other.decision.decided_on = "grant", TODAY - dt.timedelta(days=5)
        other.status = "granted"
        workspace.repo.create_case(other)


def test_activities_are_stored_and_exclusions_shown(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    case = ready_case()
    wizard = make_wizard(case)
    activities = page(wizard, WizardPage.ACTIVITIES)
    shown = [label.text() for label in activities.exclusions_box.findChildren(QLabel)]
    assert activities.exclusions_box.title() == "Indgår ikke i tilbuddet:"
    assert "• Ledsagelse efter servicelovens § 97." in shown
    tick(qtbot, activities.activity_checks["social"])
    tick(qtbot, activities.course_checks["psykoedukation"])
    settle(qtbot, wizard)
    stored = workspace.repo.load_case(case.id or 0)
    assert stored.activities.selected == ["social"]
    assert stored.activities.courses == ["psykoedukation"]
    assert "activities.none" not in codes(wizard)


def test_sheltered_employment_blocks_a_grant(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    case = ready_case()
    case.placement.offer_id, case.placement.place = LIMFJORDEN, "full"
    wizard = make_wizard(case)
    decision = page(wizard, WizardPage.DECISION)
    assert decision.grant_button.isEnabled() and decision.blocked_label.isHidden()
    others = page(wizard, WizardPage.OTHER_SERVICES)
    assert others.banner.isHidden()
    tick(qtbot, others.rule_checks["sel103"])
    qtbot.keyClicks(others.rule_provider["sel103"], "Thy Produktion")
    settle(qtbot, wizard)

    assert not others.banner.isHidden()
    assert "Borgeren har beskyttet beskæftigelse (§ 103)" in others.banner.text()
    assert "kan det ikke kombineres med andre visiterede dagtilbud" in others.banner.text()
    stored = workspace.repo.load_case(case.id or 0)
    assert [(s.kind, s.provider, s.status) for s in stored.other_services] == [
        ("sel103", "Thy Produktion", "has")
    ]

    assert page(wizard, WizardPage.DECISION) is decision
    assert not decision.grant_button.isEnabled()
    assert decision.refusal_button.isEnabled()
    assert not decision.blocked_label.isHidden()
    assert decision.blocked_label.text() == "Løs de blokerende fund, ellers er afgørelsen et afslag."
    tick(qtbot, decision.refusal_button)
    settle(qtbot, wizard)
    assert workspace.repo.load_case(case.id or 0).decision.outcome == "refusal"


def test_open_findings_listed_before_the_decision_and_jump_to_their_page(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    case = ready_case()
    case.other_services = [OtherService(kind="sel103")]
    case.placement.offer_id = LIMFJORDEN  # no place size, no transport: findings on the offer page
    wizard = make_wizard(case)
    decision = page(wizard, WizardPage.DECISION)
    buttons = decision.open_holder.findChildren(QPushButton)
    names = [b.accessibleName() for b in buttons]
    assert names[:2] == ["Gå til siden Andre indsatser", "Gå til siden Tilbud og plads"]
    texts = " ".join(label.text() for label in decision.open_holder.findChildren(QLabel))
    assert "Vælg pladsens størrelse: Hel plads, Halv plads." in texts
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert wizard.current_page() == WizardPage.OTHER_SERVICES


def test_coordination_is_required_for_socio_educational_support(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    case = ready_case()
    wizard = make_wizard(case)
    others = page(wizard, WizardPage.OTHER_SERVICES)
    assert not others.providers_edit.isEnabled()
    tick(qtbot, others.rule_checks["sel85"])
    settle(qtbot, wizard)

    assert others.providers_edit.isEnabled() and others.agreement_edit.isEnabled()
    assert "other_services.coordination_required" in codes(wizard)
    message = others._field_messages["coordination.providers"]
    assert not message.isHidden()
    assert "hvilke leverandører der samarbejder og hvad der er aftalt" in message.text()
    assert "før der kan gives bevilling" in message.text()

    qtbot.keyClicks(others.providers_edit, "Bostøtten i Sydthy")
    qtbot.keyClicks(others.agreement_edit, "Kontaktpersonerne mødes hver tredje måned.")
    settle(qtbot, wizard)
    assert "other_services.coordination_required" not in codes(wizard)
    assert message.isHidden()
    assert case.coordination.providers == "Bostøtten i Sydthy"


def test_free_text_service_can_be_added_and_removed(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    case = ready_case()
    wizard = make_wizard(case)
    others = page(wizard, WizardPage.OTHER_SERVICES)
    qtbot.mouseClick(others.add_other_button, Qt.MouseButton.LeftButton)
    row = others.other_rows[0]
    qtbot.keyClicks(row.description, "Misbrugsbehandling")
    tick(qtbot, row.status.applied)
    settle(qtbot, wizard)
    stored = workspace.repo.load_case(case.id or 0)
    assert [(s.kind, s.description, s.status) for s in stored.other_services] == [
        ("other", "Misbrugsbehandling", "applied")
    ]
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    settle(qtbot, wizard)
    assert workspace.repo.load_case(case.id or 0).other_services == []


def table_column(table: QTableWidget, column: int) -> list[str]:
    items = [table.item(row, column) for row in range(table.rowCount())]
    return [item.text() if item is not None else "" for item in items]


def test_offers_nearest_first_and_only_registered(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    case = ready_case(postcode="7760", town="Hurup")
    wizard = make_wizard(case)
    offer = page(wizard, WizardPage.OFFER)
    names = table_column(offer.offer_table, 0)
    assert names[0] == "Aktivitetshuset Limfjorden"
    assert table_column(offer.offer_table, 2)[0] == "under 1 km"
    assert table_column(offer.offer_table, 2)[1].startswith("ca. ")
    assert not any("Vestervig" in name for name in names)
    assert len(names) == 5
    assert offer.left_out_label.text().startswith(
        "1 tilbud vises ikke (1 er ikke registreret på Tilbudsportalen)"
    )

    offer.offer_table.selectRow(0)
    tick(qtbot, offer.place_buttons["half"])
    tick(qtbot, offer.transport_no)
    settle(qtbot, wizard)
    stored = workspace.repo.load_case(case.id or 0).placement
    assert (stored.offer_id, stored.place, stored.transport_needed, stored.waitlist) == (
        LIMFJORDEN,
        "half",
        False,
        False,
    )


def test_offers_for_a_thisted_citizen_start_in_thisted(make_wizard: MakeWizard) -> None:
    wizard = make_wizard(ready_case(postcode="7700", town="Thisted"))
    offer = page(wizard, WizardPage.OFFER)
    addresses = table_column(offer.offer_table, 1)
    assert addresses[0].endswith("7700 Thisted")
    assert addresses[-1].endswith("7760 Hurup")


def test_full_offer_puts_the_citizen_on_the_waitlist(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    fill_offer(workspace, LIMFJORDEN, "full", 20)
    case = ready_case()
    wizard = make_wizard(case)
    offer = page(wizard, WizardPage.OFFER)
    assert table_column(offer.offer_table, 3)[0] == "0 af 20"
    assert table_column(offer.offer_table, 4)[0] == "6 af 6"
    assert offer.waitlist_text.isHidden()

    offer.offer_table.selectRow(0)
    tick(qtbot, offer.place_buttons["full"])
    settle(qtbot, wizard)
    assert offer.waitlist_check.isChecked() and not offer.waitlist_check.isEnabled()
    assert "Aktivitetshuset Limfjorden har ingen ledig hel plads lige nu" in offer.full_label.text()
    assert "foreløbig løsning, indtil du kan starte op" in offer.waitlist_text.text()
    assert not offer.waitlist_text.isHidden()
    assert "offer.interim_missing" in codes(wizard)
    assert "Skriv den foreløbige løsning" in offer._field_messages["placement.interim_solution"].text()
    assert workspace.repo.load_case(case.id or 0).placement.waitlist is True

    qtbot.keyClicks(offer.interim_edit, "Besøg i Daghuset to dage om ugen")
    settle(qtbot, wizard)
    assert "offer.interim_missing" not in codes(wizard)

    tick(qtbot, offer.place_buttons["half"])  # a half place is free
    settle(qtbot, wizard)
    assert not offer.waitlist_check.isChecked() and offer.waitlist_check.isEnabled()
    assert workspace.repo.load_case(case.id or 0).placement.waitlist is False


def test_decision_after_the_deadline_needs_a_reason(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    case = ready_case()
    case.application.received = TODAY - dt.timedelta(days=70)  # deadline: 14 days ago
    wizard = make_wizard(case)
    decision = page(wizard, WizardPage.DECISION)
    deadline = format_danish_date(TODAY - dt.timedelta(days=14))
    assert decision.deadline_label.text() == f"Frist: {deadline} (14 dage over fristen)."
    assert not decision.overrun_edit.isEnabled()

    qtbot.keyClicks(decision.date_edit, format_danish_date(TODAY))
    settle(qtbot, wizard)
    assert decision.deadline_label.text() == f"Frist: {deadline}; afgørelsen er truffet 14 dage efter fristen"
    assert decision.overrun_edit.isEnabled()
    assert "decision.overrun_reason_missing" in codes(wizard)
    assert (
        "Skriv, hvorfor fristen ikke blev holdt."
        in decision._field_messages["decision.overrun_reason"].text()
    )

    qtbot.keyClicks(decision.overrun_edit, "Vi ventede på en udtalelse fra egen læge.")
    settle(qtbot, wizard)
    assert "decision.overrun_reason_missing" not in codes(wizard)


def test_grant_with_suggested_reasoning_is_saved(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    case = ready_case()
    case.placement.offer_id, case.placement.place = LIMFJORDEN, "full"
    case.placement.transport_needed, case.placement.planned_start = False, TODAY + dt.timedelta(days=14)
    wizard = make_wizard(case)
    decision = page(wizard, WizardPage.DECISION)
    assert not decision.suggest_button.isEnabled()
    assert decision.grant_button.isEnabled() and decision.blocked_label.isHidden()

    tick(qtbot, decision.grant_button)
    facts = decision.reasoning_edits["facts"]
    qtbot.keyClicks(facts, "Mine egne ord om fakta.")
    qtbot.mouseClick(decision.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(decision.date_edit, format_danish_date(TODAY))
    settle(qtbot, wizard)

    assert facts.toPlainText() == "Mine egne ord om fakta."  # typed text is never overwritten
    rules = decision.reasoning_edits["rules_applied"].toPlainText()
    assert rules.startswith("Afgørelsen er truffet efter Servicelovens § 104 om aktivitets- og samværstilbud")
    assert "Du skal være fyldt 18 år." in rules
    considerations = decision.reasoning_edits["considerations"].toPlainText()
    assert "Du får hel plads i Aktivitetshuset Limfjorden, Poppelvej 10, 7760 Hurup." in considerations
    assert decision.deadline_label.text().endswith("afgørelsen er truffet 36 dage før fristen")

    stored = workspace.repo.load_case(case.id or 0)
    assert stored.decision.outcome == "grant"
    assert stored.decision.decided_on == TODAY
    assert stored.decision.facts == "Mine egne ord om fakta."
    assert stored.decision.rules_applied == rules
    assert stored.status == "granted"
    assert not any(f.page == WizardPage.DECISION.value and f.is_blocking for f in wizard.ctx.findings)


def test_summary_shows_the_whole_case(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    case = ready_case()
    case.placement.offer_id, case.placement.place = LIMFJORDEN, "half"
    wizard = make_wizard(case)
    summary = page(wizard, WizardPage.SUMMARY)
    text = summary.browser.toPlainText()
    assert GOAL_TEXT in text
    assert "Aktivitetshuset Limfjorden, Poppelvej 10, 7760 Hurup" in text
    assert "Halv plads" in text
    assert mask(case.citizen.cpr) in text and case.citizen.cpr not in text
    assert "Åbne fund" in text and "Vælg, om afgørelsen er en bevilling eller et afslag." in text
    assert summary.isFinalPage()
    assert summary.browser.isReadOnly()
