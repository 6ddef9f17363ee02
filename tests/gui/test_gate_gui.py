"""The rules gate in the wizard: the decision page asks it whether a grant may be chosen, and an
autosave never records a grant it refuses (the case stays "Under behandling")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FALSE_GRANTS
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import CaseFile, CaseStatus, WizardPage
from visitation_desktop.domain.standard import load_standard
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import Workspace

TODAY = dt.date(2026, 11, 26)  # the demo case's dates are relative to this day

EXPECTED = {
    "17 år": "target_group.under_age",
    "§ 103": "other_services.day_offer_conflict",
    "§ 85 uden samarbejde": "other_services.coordination_required",
    "fuldt tilbud": "offer.no_free_place",
    "venteliste uden foreløbig løsning": "offer.interim_missing",
}


@pytest.fixture
def gated(workspace: Workspace, service: CaseService, small_capacity_standard: Path,
          occupant: Callable[[], CaseFile]) -> CaseService:
    workspace.standard = load_standard(small_capacity_standard)
    service.new_case(occupant())
    return service


def _wizard(qtbot: QtBot, service: CaseService, case: CaseFile) -> CaseWizard:
    if case.id is None:
        service.new_case(case)
    wizard = CaseWizard(service, case, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 740)
    wizard.show()
    return wizard


def _decision_page(wizard: CaseWizard):  # type: ignore[no-untyped-def]
    wizard.go_to(WizardPage.DECISION)
    return wizard.pages[WizardPage.DECISION]


def test_a_grant_the_rules_allow_can_be_chosen(qtbot: QtBot, gated: CaseService,
                                                complete_case: Callable[..., CaseFile]) -> None:
    decision = _decision_page(_wizard(qtbot, gated, complete_case(outcome="")))
    assert decision.grant_button.isEnabled() and decision.blocked_label.isHidden()


@pytest.mark.parametrize("name", FALSE_GRANTS)
def test_the_decision_page_offers_no_grant(qtbot: QtBot, gated: CaseService,
                                           false_grant: Callable[[str], CaseFile], name: str) -> None:
    case = false_grant(name)
    case.decision.outcome, case.decision.decided_on = "", None
    wizard = _wizard(qtbot, gated, case)
    decision = _decision_page(wizard)
    assert not decision.grant_button.isEnabled()
    assert not decision.blocked_label.isHidden()
    assert decision.refusal_button.isEnabled()
    assert EXPECTED[name] in {f.code for f in wizard.ctx.findings}


@pytest.mark.parametrize("name", FALSE_GRANTS)
def test_an_opened_false_grant_is_never_saved_as_granted(
    qtbot: QtBot, gated: CaseService, workspace: Workspace, false_grant: Callable[[str], CaseFile], name: str
) -> None:
    case = false_grant(name)  # a grant with its date, e.g. from an imported file
    gated.import_document_case(case)
    wizard = _wizard(qtbot, gated, case)
    decision = _decision_page(wizard)
    assert not decision.grant_button.isEnabled()
    case.decision.facts += " Tilføjet."  # an edit: the wizard autosaves it
    wizard.ctx.touch()
    wizard.ctx.save_now()
    stored = workspace.repo.load_case(case.id or 0)
    assert stored.decision.facts.endswith("Tilføjet.")
    assert stored.status == CaseStatus.OPEN.value
