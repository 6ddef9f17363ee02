"""A caption beside a multi-line text field is level with the field's first line of text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import WizardPage
from visitation_desktop.domain.followup_rules import FollowUpPage
from visitation_desktop.gui.main_window import MainWindow

from .conftest import MakeWizard
from .test_followup_gui import window  # noqa: F401 (the window fixture)
from .test_followup_strip import open_followup
from .test_wizard_pages_b import page, ready_case


def text_top(caption: QLabel, top: QWidget) -> int:
    """Where the caption's text starts, in ``top``'s coordinates, as QLabel draws it."""
    inner = caption.contentsRect()
    room = inner.height() - caption.fontMetrics().height()
    if caption.alignment() & Qt.AlignmentFlag.AlignTop:
        room = 0
    elif not caption.alignment() & Qt.AlignmentFlag.AlignBottom:
        room //= 2
    return caption.mapTo(top, QPoint(0, inner.y() + room)).y()


def first_line_top(edit: QPlainTextEdit, top: QWidget) -> int:
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    return edit.viewport().mapTo(top, QPoint(0, edit.cursorRect().top())).y()


def test_overall_impression_is_level_with_its_field(qtbot: QtBot, window: MainWindow) -> None:  # noqa: F811
    wizard = open_followup(qtbot, window)
    meeting = wizard.pages[FollowUpPage.MEETING]
    qtbot.waitUntil(meeting.summary_edit.isVisible, timeout=10_000)
    assert meeting.summary_caption.text() == "Samlet &indtryk:"
    assert abs(text_top(meeting.summary_caption, window) - first_line_top(meeting.summary_edit, window)) <= 1


def test_activities_note_caption_is_level_with_its_field(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    wizard = make_wizard(ready_case())
    activities = page(wizard, WizardPage.ACTIVITIES)
    activities.body_scroll.ensureWidgetVisible(activities.note_edit)
    qtbot.waitUntil(activities.note_edit.isVisible, timeout=10_000)
    caption, edit = activities.note_caption, activities.note_edit
    assert abs(text_top(caption, wizard) - first_line_top(edit, wizard)) <= 1
