"""An autosave that fails says why in the program's language: the store's and the follow-up service's
messages carry a template (store/errors.py, services/followups.py) that an English GUI shows in English,
while ``str(error)`` stays the Danish text the CLI prints."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.followups import DraftChangedElsewhere
from visitation_desktop.services.workspace import Workspace
from visitation_desktop.store.errors import StoreBusy, StoreClosed, StoreMissing, StoreWriteFailed


def test_the_danish_texts_are_as_before() -> None:
    assert str(StoreWriteFailed(disk_full=True)) == (
        "Disken er fuld, så ændringen blev ikke gemt. Det, der var gemt før, er uændret. Frigør plads på disken, "
        "og prøv igen."
    )
    assert str(StoreBusy()).startswith("Datalageret er optaget af et andet vindue eller program, der gemmer.")
    assert str(StoreClosed()) == "Datalageret er lukket. Log ind igen."
    assert str(StoreMissing("/data/store.db")).startswith("Datalageret /data/store.db findes ikke længere")
    assert str(DraftChangedElsewhere("x")).startswith("Opfølgningen er gemt i et andet vindue, mens den var åben her.")


def test_a_full_disk_is_said_in_english(
    qtbot, english: None, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from visitation_desktop.gui.main_window import MainWindow

    shown: list[str] = []

    def warning(_parent: Any, title: str, text: str, *_buttons: Any) -> QMessageBox.StandardButton:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    case = CaseService(workspace).new_case(CaseFile())
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.open_wizard(window.cases.open_case(case.id or 0))
    from visitation_desktop.gui.wizard.case_wizard import CaseWizard

    wizard = window._wizard
    assert isinstance(wizard, CaseWizard)

    def full(*_args: Any, **_kwargs: Any) -> None:
        raise StoreWriteFailed(disk_full=True)

    monkeypatch.setattr(wizard.ctx.service, "save", full)
    wizard.ctx.dirty = True
    wizard.ctx.save_now()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].startswith(
        "The case could not be saved: The disk is full, so the change was not saved. What was saved before is "
        "unchanged. Free up space on the disk and try again."
    ), shown
    assert not [t for t in shown if "Disken" in t or "gemt" in t], shown
    monkeypatch.undo()
    window.close_wizard()


def test_wrong_logins_are_said_in_english(qtbot, english: None, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from visitation_desktop.gui.login_dialog import LoginDialog

    workspace.close()
    dialog = LoginDialog(workspace.data_dir)
    qtbot.addWidget(dialog)
    dialog.ui.initialsEdit.setText("AB")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    said = []
    for _ in range(4):
        dialog.ui.passwordEdit.setText("forkert-adgangskode")
        ok.click()
        said.append(dialog.ui.messageLabel.text())
    assert said[0] == "Wrong initials or password. The data store has not been changed.", said
    assert re.fullmatch(
        r"Wrong initials or password\. The data store has not been changed\. You can try again in \d+ seconds\.",
        said[-1],
    ), said
    assert not [t for t in said if re.search("Forkert|adgangskode|sekunder", t)], said
    assert not ok.isEnabled()


def test_a_follow_up_that_cannot_be_recorded_says_why_in_english(
    qtbot, english: None, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from visitation_desktop.domain.followup import FollowUp
    from visitation_desktop.domain.followup_rules import FollowUpPage, check_followup
    from visitation_desktop.gui.followup.followup_wizard import FollowUpWizard
    from visitation_desktop.gui.followup.pages.summary import SummaryPage
    from visitation_desktop.services.demo import fill_demo
    from visitation_desktop.services.followups import FollowUpInvalid

    today = dt.date(2026, 3, 2)
    ids = fill_demo(workspace, today)
    case = next(c for c in map(workspace.repo.load_case, ids) if c.status == "granted")
    wizard = FollowUpWizard(workspace, case, today=today)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.pages[FollowUpPage.SUMMARY]
    assert isinstance(page, SummaryPage)
    missing = [f for f in check_followup(FollowUp(), case, workspace.standard, workspace.catalogue, today) if f.is_blocking]
    assert missing

    def refuse(error: Exception) -> None:
        def record(*_args: Any, **_kwargs: Any) -> None:
            raise error

        monkeypatch.setattr(wizard.ctx, "record", record)

    refuse(FollowUpInvalid(missing))
    assert not page.validatePage()
    said = page.error.text()
    assert said.startswith("The follow-up cannot be recorded yet:\n• "), said
    assert not re.search("Skriv|Vælg|Opfølgningen|mødet", said), said
    refuse(StoreBusy())
    assert not page.validatePage()
    said = page.error.text()
    assert said.startswith("The data store is busy with another window or program that is saving."), said
    assert not re.search("Opfølgningen|Datalageret|registreret", said), said
    monkeypatch.undo()
    wizard.close()


def test_store_errors_the_gui_shows_read_in_english(english: None) -> None:
    from visitation_desktop.gui.messages import error_text
    from visitation_desktop.store.errors import CaseNotFound, StoreDamaged, WrongPassword

    assert error_text(WrongPassword()) == "Wrong password."
    assert error_text(CaseNotFound(7)) == "Case no. 7 does not exist."
    assert error_text(StoreDamaged("/data/store.db", "file is not a database")).startswith(
        "The data store /data/store.db is damaged (file is not a database). The file has not been changed."
    )
    assert str(CaseNotFound(7)) == "Sag nr. 7 findes ikke."  # the CLI's Danish
    assert error_text(ValueError("Ukendt fejl")) == "Ukendt fejl"  # no template: as it is
