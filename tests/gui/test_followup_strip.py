"""The follow-up pages' findings strip: its one line is the most serious finding's own text (as in
the visitation wizard), and a finding shown under its field is not listed a second time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.followup_rules import FOLLOWUP_PAGE_TITLES, FollowUpPage
from visitation_desktop.gui.followup.followup_wizard import FollowUpWizard
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.gui.messages import finding_text

from .test_followup_gui import select, window  # noqa: F401 (the window fixture)


def open_followup(qtbot: QtBot, win: MainWindow) -> FollowUpWizard:
    select(win, "Mette Sønderby Thomsen")
    qtbot.mouseClick(win.overview.followup_button, Qt.MouseButton.LeftButton)
    wizard = win.ui.stack.currentWidget()
    assert isinstance(wizard, FollowUpWizard)
    return wizard


def test_summary_strip_shows_the_blocking_finding_itself(qtbot: QtBot, window: MainWindow) -> None:  # noqa: F811
    wizard = open_followup(qtbot, window)  # nothing scored yet: the goals block the recording
    qtbot.waitUntil(lambda: bool(wizard.ctx.blocking()), timeout=30_000)
    blocking = wizard.ctx.blocking()
    strip = wizard.pages[FollowUpPage.SUMMARY].findings_label
    strip.resize(2000, strip.height())
    first = blocking[0]
    expected = f"{FOLLOWUP_PAGE_TITLES[FollowUpPage(first.page)]}: {finding_text(first)}"
    assert strip.summary.text() == expected, "the line is the finding itself, not a heading"
    assert (not strip.toggle.isHidden()) == (len(blocking) > 1)
    if len(blocking) > 1:
        assert strip.toggle.text() == f"Vis alle ({len(blocking)})", "the count is the findings'"


def test_a_finding_under_its_field_is_not_listed_again(qtbot: QtBot, window: MainWindow) -> None:  # noqa: F811
    wizard = open_followup(qtbot, window)
    meeting = wizard.pages[FollowUpPage.MEETING]
    meeting.held_edit.clear()
    qtbot.waitUntil(lambda: bool(meeting.page_findings()), timeout=30_000)
    shown_at_fields = [label.text() for label in meeting._field_messages.values() if label.text()]
    assert shown_at_fields, "the finding shows under its field"
    strip_text = meeting.findings_label.text()
    assert not any(text in strip_text for text in shown_at_fields)
    assert meeting.findings_label.summary.text() == "Fundene på siden står ved felterne ovenfor."
