"""The offer table's free-place columns are named after the standard's own place sizes."""

from __future__ import annotations

from pathlib import Path

from visitation_desktop.domain.case import WizardPage
from visitation_desktop.domain.standard import load_standard
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.services.workspace import Workspace

from .conftest import MakeWizard
from .test_wizard_pages_b import page, ready_case

AADALEN = Path(__file__).parents[1] / "data" / "standards" / "aadalen-104.toml"


def headers(wizard: CaseWizard) -> list[str]:
    table = page(wizard, WizardPage.OFFER).offer_table
    return [
        table.horizontalHeaderItem(column).text()
        for column in range(table.columnCount())
        if not table.isColumnHidden(column)
    ]


def test_thisted_columns_say_full_and_half_place(make_wizard: MakeWizard) -> None:
    assert headers(make_wizard(ready_case()))[3:] == ["Ledige: Hel plads", "Ledige: Halv plads"]


def test_three_place_sizes_name_the_columns(workspace: Workspace, make_wizard: MakeWizard) -> None:
    workspace.standard = load_standard(AADALEN)
    shown = headers(make_wizard(ready_case()))
    assert shown[3:] == [  # a trekvart place draws on the full places (docs/standard-format.md)
        "Ledige: Hel plads (5 dage)\nTrekvart plads (4 dage)",
        "Ledige: Deltidsplads (2 dage)",
    ]
    assert not any("hele" in h or "halve" in h for h in shown)
