"""A follow-up draft the store refuses to save (disk full, store busy) is said in a message, as in the
visitation wizard: what was typed stays on the screen, "Luk" does not throw it away, and the next
change or "Prøv igen" saves it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.followup_rules import FollowUpPage
from visitation_desktop.gui.followup.followup_wizard import FollowUpWizard
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.followups import load_draft
from visitation_desktop.services.workspace import Workspace
from visitation_desktop.store.errors import StoreBusy, StoreWriteFailed
from visitation_desktop.store.repository import Repository

from .conftest import TODAY

_Button = QMessageBox.StandardButton


class Disk:
    """``Repository.save_followup_draft`` failing while ``full`` (as a full disk makes it), counting tries."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
        self.full = True
        self.tries = 0
        real = Repository.save_followup_draft

        def save(repo: Repository, *args: Any, **kwargs: Any) -> None:
            self.tries += 1
            if self.full:
                raise error
            real(repo, *args, **kwargs)

        monkeypatch.setattr(Repository, "save_followup_draft", save)


class Messages:
    """QMessageBox.warning recorded; each answer is taken from ``answers`` (then Ok)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[str] = []
        self.answers: list[Any] = []

        def warning(_parent: Any, title: str, text: str, *_buttons: Any) -> _Button:
            self.shown.append(f"{title}: {text}")
            answer = self.answers.pop(0) if self.answers else _Button.Ok
            return answer() if callable(answer) else answer

        monkeypatch.setattr(QMessageBox, "warning", warning)


@pytest.fixture
def wizard(qtbot: QtBot, workspace: Workspace) -> FollowUpWizard:
    ids = fill_demo(workspace, TODAY)
    mette = next(i for i in ids if workspace.repo.load_case(i).citizen.name == "Mette Sønderby Thomsen")
    opened = FollowUpWizard(workspace, workspace.repo.load_case(mette), today=TODAY)
    qtbot.addWidget(opened)
    opened.resize(1366, 740)
    opened.show()
    return opened


def _participants(workspace: Workspace, wizard: FollowUpWizard) -> str | None:
    draft = load_draft(workspace, wizard.ctx.case_id)
    return None if draft is None else draft.followup.participants


def test_a_full_disk_is_said_once_and_nothing_typed_is_lost(
    qtbot: QtBot, workspace: Workspace, wizard: FollowUpWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk, messages = Disk(monkeypatch, StoreWriteFailed(disk_full=True)), Messages(monkeypatch)
    field = wizard.pages[FollowUpPage.MEETING].participants_edit
    qtbot.keyClicks(field, "Mette og")
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=10_000)
    assert messages.shown[0].startswith("Opfølgningen kunne ikke gemmes: Disken er fuld, så ændringen blev ikke gemt.")
    assert "Det, du har skrevet, er stadig på skærmen" in messages.shown[0]
    assert field.text() == "Mette og" and wizard.ctx.followup.participants == "Mette og" and wizard.ctx.dirty

    tries = disk.tries
    qtbot.keyClicks(field, " kontaktpersonen")
    qtbot.waitUntil(lambda: disk.tries > tries, timeout=10_000)
    assert len(messages.shown) == 1, "said once per run of failed saves, not at every keystroke"
    closed: list[bool] = []
    wizard.closed.connect(lambda: closed.append(True))
    qtbot.mouseClick(wizard.wizard.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)  # Luk
    assert closed == [] and wizard.isVisible(), "a failed save keeps the wizard open with what was typed"
    assert _participants(workspace, wizard) is None, "nothing half-saved"

    disk.full = False  # room again: the next change saves all of it
    qtbot.keyClicks(field, ".")
    qtbot.waitUntil(lambda: _participants(workspace, wizard) == "Mette og kontaktpersonen.", timeout=10_000)
    assert not wizard.ctx.dirty and len(messages.shown) == 1

    disk.full = True  # a new run of failures is said again
    qtbot.keyClicks(field, "!")
    qtbot.waitUntil(lambda: len(messages.shown) == 2, timeout=10_000)
    assert _participants(workspace, wizard) == "Mette og kontaktpersonen."


def test_try_again_in_the_message_saves_the_draft(
    qtbot: QtBot, workspace: Workspace, wizard: FollowUpWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk, messages = Disk(monkeypatch, StoreBusy()), Messages(monkeypatch)

    def busy_then_free() -> _Button:
        disk.full = len(messages.shown) < 2  # the first retry finds the store still busy, the second free
        return _Button.Retry

    messages.answers = [busy_then_free, busy_then_free]
    qtbot.keyClicks(wizard.pages[FollowUpPage.MEETING].participants_edit, "Mette og kontaktpersonen")
    qtbot.waitUntil(lambda: _participants(workspace, wizard) == "Mette og kontaktpersonen", timeout=10_000)
    assert [m.split(":")[0] for m in messages.shown] == ["Opfølgningen kunne ikke gemmes"] * 2
    assert "Datalageret er optaget af et andet vindue eller program" in messages.shown[1]
    assert not wizard.ctx.dirty


def test_a_draft_saved_in_another_window_is_not_overwritten_unseen(
    qtbot: QtBot, workspace: Workspace, wizard: FollowUpWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    from visitation_desktop.domain.followup import FollowUp
    from visitation_desktop.services.followups import save_draft

    messages = Messages(monkeypatch)
    field = wizard.pages[FollowUpPage.MEETING].participants_edit
    qtbot.keyClicks(field, "Mette")
    qtbot.waitUntil(lambda: _participants(workspace, wizard) == "Mette", timeout=10_000)
    save_draft(workspace, wizard.ctx.case_id, FollowUp(held_on=TODAY, participants="Skrevet i det andet vindue"))

    qtbot.keyClicks(field, " og kontaktpersonen")
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=10_000)
    assert messages.shown[0].startswith(
        "Opfølgningen kunne ikke gemmes: Opfølgningen er gemt i et andet vindue, mens den var åben her.")
    assert _participants(workspace, wizard) == "Skrevet i det andet vindue", "not overwritten unseen"
    assert field.text() == "Mette og kontaktpersonen" and wizard.ctx.dirty

    qtbot.keyClicks(field, ".")  # told: writing on keeps this window's version
    qtbot.waitUntil(lambda: _participants(workspace, wizard) == "Mette og kontaktpersonen.", timeout=10_000)
    assert len(messages.shown) == 1 and not wizard.ctx.dirty


def test_a_follow_up_recorded_elsewhere_meanwhile_is_said(
    qtbot: QtBot, workspace: Workspace, wizard: FollowUpWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    from visitation_desktop.domain.followup import FollowUp
    from visitation_desktop.services.followups import held_followups, record_followup

    messages = Messages(monkeypatch)
    field = wizard.pages[FollowUpPage.MEETING].participants_edit
    qtbot.keyClicks(field, "Mette")
    qtbot.waitUntil(lambda: _participants(workspace, wizard) == "Mette", timeout=10_000)
    case = workspace.repo.load_case(wizard.ctx.case_id)
    before = len(held_followups(workspace, case.id or 0))
    record_followup(workspace, case.id or 0, FollowUp(held_on=TODAY, outcome="continue",
                                                       scores={g.id: 0 for g in case.goals}), TODAY)
    assert _participants(workspace, wizard) is None, "recording removed the draft"

    qtbot.keyClicks(field, " igen")
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=10_000)
    assert "Opfølgningen på sagen er registreret (eller slettet) et andet sted" in messages.shown[0]
    assert _participants(workspace, wizard) is None and field.text() == "Mette igen"
    assert len(held_followups(workspace, case.id or 0)) == before + 1
