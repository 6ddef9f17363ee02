"""GUI test set-up: a fresh unlocked store per test, and a wizard over a case in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import Workspace, init_store

PASSWORD = "korrekt-hest-batteri"
TODAY = dt.date(2026, 3, 2)  # a fixed "today", so ages and deadlines do not drift

MakeWizard = Callable[[CaseFile], CaseWizard]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = init_store(tmp_path / "data", "AB", "Anne Berg", PASSWORD)
    yield ws
    ws.close()


@pytest.fixture
def service(workspace: Workspace) -> CaseService:
    return CaseService(workspace)


@pytest.fixture
def make_wizard(qtbot: QtBot, service: CaseService) -> MakeWizard:
    """``make_wizard(case)``: store the case, open a CaseWizard on it at 1366×740, shown."""

    def make(case: CaseFile) -> CaseWizard:
        if case.id is None:
            service.new_case(case)
        wizard = CaseWizard(service, case, today=TODAY)
        qtbot.addWidget(wizard)
        wizard.resize(1366, 740)
        wizard.show()
        return wizard

    return make
