"""Nothing typed in a follow-up meeting is lost: the wizard saves a draft as it goes, and the draft
comes back (page and fields) when the follow-up is opened again, even from a new login."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.followup_rules import FollowUpPage
from visitation_desktop.gui.followup.followup_wizard import FollowUpWizard
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.followups import load_draft
from visitation_desktop.services.workspace import Workspace, unlock

from .conftest import PASSWORD, TODAY

NOTE = "Glemmer indkøbslisten om mandagen, men laver retten med en enkelt påmindelse."


@pytest.fixture
def mette(workspace: Workspace) -> int:
    ids = fill_demo(workspace, TODAY)
    return next(i for i in ids if workspace.repo.load_case(i).citizen.name == "Mette Sønderby Thomsen")


@pytest.fixture
def later_login(workspace: Workspace) -> Iterator[Callable[[], Workspace]]:
    """``later_login()``: a new login on the same data folder, as after a crash and a restart."""
    opened: list[Workspace] = []

    def login() -> Workspace:
        ws = unlock(workspace.data_dir, "AB", PASSWORD)
        opened.append(ws)
        return ws

    yield login
    for ws in opened:
        ws.close()


def open_followup(qtbot: QtBot, ws: Workspace, case_id: int) -> FollowUpWizard:
    wizard = FollowUpWizard(ws, ws.repo.load_case(case_id), today=TODAY)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 740)
    wizard.show()
    return wizard


def next_page(qtbot: QtBot, wizard: FollowUpWizard) -> None:
    qtbot.mouseClick(wizard.wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_a_score_and_a_note_survive_closing_without_recording(
    qtbot: QtBot, workspace: Workspace, mette: int, later_login: Callable[[], Workspace]
) -> None:
    wizard = open_followup(qtbot, workspace, mette)
    qtbot.keyClicks(wizard.pages[FollowUpPage.MEETING].participants_edit, "Mette og kontaktpersonen")
    next_page(qtbot, wizard)
    goals = wizard.pages[FollowUpPage.GOALS]
    first = wizard.ctx.case.goals[0].id
    qtbot.mouseClick(goals.groups[first].button(3), Qt.MouseButton.LeftButton)  # +1: bedre end forventet
    qtbot.keyClicks(goals.note_edits[first], NOTE)

    def saved() -> None:
        draft = load_draft(workspace, mette)
        assert draft is not None and draft.followup.notes.get(first) == NOTE

    qtbot.waitUntil(saved, timeout=1500)  # the autosave, not the closing, stored it
    wizard.close()  # no "Luk", no recording: as if the program stopped here
    wizard.deleteLater()

    again = open_followup(qtbot, later_login(), mette)

    assert again.current_page() == FollowUpPage.GOALS, "it opens where the caseworker was"
    goals = again.pages[FollowUpPage.GOALS]
    assert goals.groups[first].checkedId() == 3
    assert goals.note_edits[first].toPlainText() == NOTE
    meeting = again.pages[FollowUpPage.MEETING]
    assert meeting.participants_edit.text() == "Mette og kontaktpersonen"
    assert not meeting.resumed_label.isHidden()
    assert meeting.resumed_label.text() == (
        "Du fortsætter en opfølgning, der er skrevet tidligere, men ikke registreret endnu."
    )
    next_page(qtbot, again)
    assert again.current_page() == FollowUpPage.LEVELS
    back = again.wizard.button(QWizard.WizardButton.BackButton)
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert again.current_page() == FollowUpPage.MEETING, "Back works from the resumed page"


def test_looking_without_writing_leaves_no_draft_and_luk_saves_what_was_typed(
    qtbot: QtBot, workspace: Workspace, mette: int
) -> None:
    wizard = open_followup(qtbot, workspace, mette)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert load_draft(workspace, mette) is None, "walking through the pages writes nothing"
    outcome = wizard.pages[FollowUpPage.OUTCOME]
    next_page(qtbot, wizard)
    qtbot.mouseClick(outcome.outcome_buttons["end"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(outcome.end_reason_edit, "Mette flytter")
    qtbot.mouseClick(wizard.wizard.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)  # Luk

    draft = load_draft(workspace, mette)  # saved at once by "Luk", before the autosave timer
    assert draft is not None and draft.page == "followup.outcome"
    assert (draft.followup.outcome, draft.followup.end_reason) == ("end", "Mette flytter")
    edits = [e for e in workspace.repo.access_log(500) if e.case_id == mette and e.detail == "followup draft"]
    assert [e.action for e in edits] == ["edit"]


def test_recording_removes_the_draft_and_the_next_meeting_starts_empty(
    qtbot: QtBot, workspace: Workspace, mette: int
) -> None:
    wizard = open_followup(qtbot, workspace, mette)
    next_page(qtbot, wizard)
    goals = wizard.pages[FollowUpPage.GOALS]
    for group in goals.groups.values():
        qtbot.mouseClick(group.button(2), Qt.MouseButton.LeftButton)  # 0: forventet niveau
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.mouseClick(wizard.pages[FollowUpPage.OUTCOME].outcome_buttons["continue"], Qt.MouseButton.LeftButton)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: load_draft(workspace, mette) is not None, timeout=1500)
    summary = wizard.pages[FollowUpPage.SUMMARY]
    qtbot.waitUntil(summary.isComplete)
    qtbot.mouseClick(wizard.wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    assert wizard.ctx.result is not None
    assert load_draft(workspace, mette) is None
    with qtbot.assertNotEmitted(wizard.ctx.saved, wait=500):
        wizard.ctx.touch()  # a change arriving after recording must not bring the draft back
    assert load_draft(workspace, mette) is None
    fresh = open_followup(qtbot, workspace, mette)
    assert fresh.current_page() == FollowUpPage.MEETING
    assert fresh.pages[FollowUpPage.MEETING].resumed_label.isHidden()
    assert fresh.pages[FollowUpPage.MEETING].held_edit.text() == TODAY.strftime("%d-%m-%Y")
    assert all(g.checkedId() == -1 for g in fresh.pages[FollowUpPage.GOALS].groups.values())
