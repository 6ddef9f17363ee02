"""The wizard on Ådalen's standard, as the caseworker sees it: the under-age citizen (21 here) and the
offer page's place sizes, read from the widgets of a case imported through the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import WizardPage
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.gui.wizard.pages.target_group import TargetGroupPage
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import unlock

from .conftest import PASSWORD, TODAY, USER, Audit

OpenWizard = Callable[[str, WizardPage], CaseWizard]


@pytest.fixture
def open_wizard(audit: Audit, qtbot: QtBot) -> Iterator[OpenWizard]:
    ws = unlock(Path(audit.cli.data_dir), USER, PASSWORD)
    service = CaseService(ws)
    made: list[CaseWizard] = []

    def make(stem: str, page: WizardPage) -> CaseWizard:
        case = service.open_case(audit.ids[stem])
        case.current_page = page.value
        wizard = CaseWizard(service, case, today=dt.date.fromisoformat(TODAY))
        qtbot.addWidget(wizard)
        wizard.resize(1366, 740)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.close()
    ws.close()


def test_under_age_banner_names_adalens_age_and_the_strip_does_not_say_no_findings(
    qtbot: QtBot, open_wizard: OpenWizard
) -> None:
    wizard = open_wizard("under-aldersgraensen", WizardPage.TARGET_GROUP)
    page = wizard.pages[WizardPage.TARGET_GROUP]
    assert isinstance(page, TargetGroupPage)
    qtbot.waitUntil(page.under_age_banner.isVisible, timeout=5000)
    banner = page.under_age_banner.text()
    assert "Borgeren er 20 år og er derfor ikke i målgruppen: Du skal være fyldt 21 år" in banner
    assert "Borgeren fylder 21 år 15. juni 2027" in banner
    assert "Ingen fund" not in page.findings_label.text()


def test_the_offer_page_offers_adalens_three_place_sizes(qtbot: QtBot, open_wizard: OpenWizard) -> None:
    wizard = open_wizard("delvis-bevilling", WizardPage.OFFER)
    page = wizard.pages[WizardPage.OFFER]
    labels = {b.text().replace("&", ""): b.isChecked() for b in page.findChildren(QRadioButton)}
    assert labels.get("Hel plads (5 dage)") is False
    assert labels.get("Trekvart plads (4 dage)") is True
    assert labels.get("Deltidsplads (2 dage)") is False
