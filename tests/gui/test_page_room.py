"""What a page does with the room it gets on a 1366×768 laptop at 125 % (1093×557 logical):
the step list shows every step name whole, the summary uses the page's height (one scroll, not
a small box scrolling inside a scrolling page), and the activities note grows with the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import WizardPage
from visitation_desktop.gui.wizard.case_wizard import CaseWizard

from .conftest import MakeWizard
from .test_wizard_pages_b import page, ready_case

LAPTOP_125 = (1093, 557)  # 1366×768 at 125 %, less the title bar, in logical pixels


def laptop_wizard(qtbot: QtBot, make_wizard: MakeWizard, size: tuple[int, int] = LAPTOP_125) -> CaseWizard:
    wizard = make_wizard(ready_case())
    wizard.resize(*size)
    qtbot.waitUntil(lambda: wizard.width() == size[0], timeout=10_000)
    return wizard


def names_cut_short(wizard: CaseWizard) -> list[str]:
    steps, metrics = wizard.steps, wizard.steps.fontMetrics()
    margin = (
        steps.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, steps) + 1
    )  # as the delegate
    cut = []
    for row in range(steps.count()):
        item = steps.item(row)
        rect = steps.visualItemRect(item).adjusted(margin, 0, -margin, 0)
        need = metrics.boundingRect(
            rect.x(), 0, rect.width(), 10_000, int(Qt.TextFlag.TextWordWrap), item.text()
        )
        if (
            need.width() > rect.width()
            or need.height() > rect.height()
            or rect.right() > steps.viewport().width()
        ):
            cut.append(item.text())
    return cut


def test_step_names_show_whole_on_a_wide_and_a_narrow_window(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    wizard = laptop_wizard(qtbot, make_wizard, (1366, 740))
    assert "1. Borger og henvendelse" in wizard.steps.item(0).text()
    assert names_cut_short(wizard) == []
    one_line = wizard.steps.visualItemRect(wizard.steps.item(0)).height()
    wizard.resize(*LAPTOP_125)
    qtbot.waitUntil(lambda: wizard.width() == LAPTOP_125[0], timeout=10_000)
    assert names_cut_short(wizard) == []
    wizard.resize(900, 500)  # narrower than the list's full width: the long names wrap
    qtbot.waitUntil(lambda: wizard.steps.width() < 160, timeout=10_000)
    assert names_cut_short(wizard) == []
    assert wizard.steps.visualItemRect(wizard.steps.item(0)).height() > one_line


def test_summary_fills_the_page_and_scrolls_once(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    wizard = laptop_wizard(qtbot, make_wizard)
    summary = page(wizard, WizardPage.SUMMARY)
    qtbot.waitUntil(lambda: summary.browser.toPlainText() != "", timeout=10_000)
    assert summary.body_scroll.verticalScrollBar().maximum() == 0, "the page itself does not scroll"
    assert summary.browser.verticalScrollBar().maximum() > 0, "the long summary scrolls in its browser"
    viewport = summary.body_scroll.viewport().height()
    assert summary.browser.height() > viewport * 0.7, (summary.browser.height(), viewport)


def test_activities_note_grows_with_the_page(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    wizard = laptop_wizard(qtbot, make_wizard, (1366, 740))
    activities = page(wizard, WizardPage.ACTIVITIES)
    qtbot.waitUntil(lambda: activities.note_edit.height() > 90, timeout=10_000)
    tall = activities.note_edit.height()
    wizard.resize(*LAPTOP_125)
    qtbot.waitUntil(lambda: activities.note_edit.height() < tall, timeout=10_000)
    assert activities.note_edit.height() >= 90, "a sensible minimum on a small screen"
