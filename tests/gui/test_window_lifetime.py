"""A window a test shows lives until the test's teardown, whatever the garbage collector does.

A wizard made without a parent (as the tests make it) is owned by its Python wrapper, and the
wrapper sits in reference cycles (pages, bindings and helpers point back at the wizard). Once the
test function's last reference went, the shown wizard was garbage: pytest-qt processes events
after the test call, the chart paints, and a collection that Python starts at any allocation
(here inside ``LevelChart.paintEvent``) destroyed the whole widget tree under the paint — "Internal
C++ object (LevelChart) already deleted", then a segmentation fault. ``tests/conftest.py`` keeps
every window given to ``qtbot.addWidget`` until the teardown and deletes it there.
"""

from __future__ import annotations

import gc
import weakref

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import WizardPage
from visitation_desktop.gui.wizard import level_chart
from visitation_desktop.gui.wizard.pages.assessment import AssessmentPage
from visitation_desktop.services.demo_data import demo_cases
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, MakeWizard


def test_a_collection_while_the_chart_paints_leaves_the_shown_wizard_whole(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = demo_cases(workspace.standard, workspace.catalogue, TODAY)[0]
    case.current_page = WizardPage.ASSESSMENT.value
    wizard = make_wizard(case)
    qtbot.waitExposed(wizard)
    page = wizard.pages[WizardPage.ASSESSMENT]
    assert isinstance(page, AssessmentPage)
    assert any(bar.value is not None for bar in page.chart.bars()), "the chart paints bars"
    chart = weakref.ref(page.chart)
    held = weakref.ref(wizard)
    painted: list[int] = []
    label = level_chart.danish_number

    def collecting_label(value: float) -> str:  # called by paintEvent for each bar
        painted.append(gc.collect())  # the collection Python may start at any allocation
        return label(value)

    monkeypatch.setattr(level_chart, "danish_number", collecting_label)
    del wizard, page  # as when the test function returns: only cycles (and qtbot) point at it
    gc.collect()
    shown = held()
    assert shown is not None and shiboken6.isValid(shown), "the shown wizard outlives the last reference"
    shown.update()
    del shown
    widget = chart()
    assert widget is not None
    widget.update()
    del widget
    qtbot.waitUntil(lambda: bool(painted), timeout=10_000)  # the chart painted, collecting meanwhile
    widget = chart()
    assert widget is not None and shiboken6.isValid(widget), "the chart was not torn down under its paint"
    assert widget.isVisible()
