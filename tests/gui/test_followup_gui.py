"""The overview and the follow-up wizard as the caseworker uses them, on the demo data.

The must-show test: record a follow-up for a demo case from the main window, adjust a full place to a
half place, and find both handleplan versions with the difference shown.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.followup_rules import FollowUpPage
from visitation_desktop.gui.followup.delay_notice_dialog import DelayNoticeDialog
from visitation_desktop.gui.followup.followup_wizard import FollowUpWizard
from visitation_desktop.gui.followup.versions_dialog import VersionsDialog
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.workspace import Workspace


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    fill_demo(workspace, dt.date.today())  # the main window counts from today, like the caseworker
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: not win.overview_pending, timeout=30_000)
    return win


def settle(window: MainWindow) -> None:
    """Let the list's background refresh (after a save or a follow-up) arrive."""
    deadline = time.monotonic() + 30
    while window.overview_pending and time.monotonic() < deadline:
        QTest.qWait(5)
    assert not window.overview_pending


def select(window: MainWindow, name: str) -> None:
    settle(window)
    for row in range(window.model.rowCount()):
        if window.model.index(row, 0).data() == name:
            window.ui.caseTable.setCurrentIndex(window.model.index(row, 0))
            return
    raise AssertionError(f"{name} is not in the list")


def cell(window: MainWindow, name: str, header: str) -> str:
    settle(window)
    columns = {window.model.headerData(c, Qt.Orientation.Horizontal): c for c in range(window.model.columnCount())}
    for row in range(window.model.rowCount()):
        if window.model.index(row, 0).data() == name:
            return str(window.model.index(row, columns[header]).data())
    raise AssertionError(f"{name} is not in the list")


def next_page(qtbot: QtBot, wizard: FollowUpWizard) -> None:
    qtbot.mouseClick(wizard.wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_record_a_followup_adjust_to_half_place_and_compare_the_versions(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(window, "Mette Sønderby Thomsen")
    assert cell(window, "Mette Sønderby Thomsen", "Tilbud og plads") == "Aktivitetshuset Limfjorden, Hel plads"
    assert window.overview.followup_button.isEnabled()
    qtbot.mouseClick(window.overview.followup_button, Qt.MouseButton.LeftButton)
    wizard = window.ui.stack.currentWidget()
    assert isinstance(wizard, FollowUpWizard)
    assert wizard.current_page() == FollowUpPage.MEETING
    assert wizard.pages[FollowUpPage.MEETING].held_edit.text() == dt.date.today().strftime("%d-%m-%Y")
    qtbot.keyClicks(wizard.pages[FollowUpPage.MEETING].participants_edit, "Mette og kontaktpersonen")
    next_page(qtbot, wizard)

    goals_page = wizard.pages[FollowUpPage.GOALS]
    assert "T-score:</b> vises, når alle mål er scoret (0 af 4)" in goals_page.tscore_label.text()
    for group in goals_page.groups.values():
        qtbot.mouseClick(group.button(2), Qt.MouseButton.LeftButton)  # 0: Forventet niveau
    assert "T-score: 50,0</b> – Målene er nået som forventet." in goals_page.tscore_label.text()
    next_page(qtbot, wizard)

    assert wizard.current_page() == FollowUpPage.LEVELS
    next_page(qtbot, wizard)

    outcome = wizard.pages[FollowUpPage.OUTCOME]
    qtbot.mouseClick(outcome.outcome_buttons["adjust"], Qt.MouseButton.LeftButton)
    assert outcome.adjust_box.isVisible() and not outcome.end_box.isVisible()
    assert outcome.place_combo.currentText() == "Hel plads (nu)"
    outcome.place_combo.setCurrentIndex(outcome.place_combo.findData("half"))
    qtbot.keyClicks(outcome.reason_edit, "Mette er for træt om eftermiddagen til en hel plads.")
    next_page(qtbot, wizard)
    assert wizard.current_page() == FollowUpPage.NEW_GOALS, "adjusting shows the goals page"
    next_page(qtbot, wizard)

    summary = wizard.pages[FollowUpPage.SUMMARY]
    qtbot.waitUntil(lambda: summary.isComplete())
    text = summary.summary.text()
    assert "Plads: Hel plads → Halv plads" in text
    assert "Den ændrede handleplan gemmes som version 2" in text
    assert "Den ændrede plan skal accepteres igen" in text  # a new version needs a new acceptance
    finish = wizard.wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Registrér opfølgning" and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    assert window.ui.stack.currentWidget() is window.ui.casesPage
    assert window.statusBar().currentMessage() == "Opfølgningen er registreret. Handleplanen er gemt som version 2."
    assert cell(window, "Mette Sønderby Thomsen", "Tilbud og plads") == "Aktivitetshuset Limfjorden, Halv plads"

    shown: list[VersionsDialog] = []
    monkeypatch.setattr(VersionsDialog, "open", lambda self: shown.append(self))  # shown with open_dialog
    select(window, "Mette Sønderby Thomsen")
    qtbot.mouseClick(window.overview.versions_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    versions = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert versions == ["1", "2"]
    assert dialog.table.item(0, 3).text() == "Handleplanen ved bevillingen"
    assert dialog.table.item(1, 3).text().endswith(": Indsatsen tilpasses")
    assert (dialog.old_combo.currentText(), dialog.new_combo.currentText()) == ("Version 1", "Version 2")
    assert dialog.change_texts() == ["Plads: Hel plads → Halv plads"]
    assert dialog.empty.text() == "1 ændring."


def test_closing_keeps_the_draft_for_the_session(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "Anders Hvidberg Kjær")
    qtbot.mouseClick(window.overview.followup_button, Qt.MouseButton.LeftButton)
    wizard = window.ui.stack.currentWidget()
    assert isinstance(wizard, FollowUpWizard)
    qtbot.keyClicks(wizard.pages[FollowUpPage.MEETING].participants_edit, "Anders og hans mor")
    qtbot.mouseClick(wizard.wizard.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)
    assert window.ui.stack.currentWidget() is window.ui.casesPage
    assert "ikke registreret" in window.statusBar().currentMessage()
    select(window, "Anders Hvidberg Kjær")
    qtbot.mouseClick(window.overview.followup_button, Qt.MouseButton.LeftButton)
    again = window.ui.stack.currentWidget()
    assert isinstance(again, FollowUpWizard)
    assert again.pages[FollowUpPage.MEETING].participants_edit.text() == "Anders og hans mor"


def test_overview_groups_count_and_filter(qtbot: QtBot, window: MainWindow) -> None:
    tabs = window.overview.tabs
    texts = [tabs.tabText(i) for i in range(tabs.count())]
    assert texts[0] == "Alle (10)"
    assert "Venteliste (1)" in texts and "Frist snart/overskredet (2)" in texts and "Bevilget (3)" in texts
    tabs.setCurrentIndex(texts.index("Venteliste (1)"))
    assert window.model.rowCount() == 1
    assert window.ui.countLabel.text() == "1 sag"
    assert cell(window, "Hanne Lykke Dalsgaard", "Tilbud og plads") == "Enggården, Hel plads – venteliste"
    select(window, "Hanne Lykke Dalsgaard")
    assert window.overview.details.text().startswith("Venteliste. Foreløbig løsning: Indtil der er plads i Enggården")
    assert window.overview.followup_button.isEnabled() and not window.overview.delay_button.isEnabled()
    tabs.setCurrentIndex(texts.index("Frist snart/overskredet (2)"))
    names = sorted(window.model.index(r, 0).data() for r in range(window.model.rowCount()))
    assert names == ["Karen Marie Vestergaard", "Niels Ejner Bak"]
    assert "(overskredet)" in cell(window, "Niels Ejner Bak", "Frist for afgørelse")
    assert cell(window, "Niels Ejner Bak", "Bemærkning").startswith("Fristen er overskredet (")
    assert cell(window, "Niels Ejner Bak", "Bemærkning").endswith("Borgeren har fået besked om forsinkelsen.")
    assert cell(window, "Karen Marie Vestergaard", "Bemærkning").startswith("Fristen nærmer sig (")


def test_write_the_delay_notice_from_the_overview(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def write_and_save(dialog: DelayNoticeDialog) -> None:
        assert dialog.text_edit.toPlainText().startswith("Besked sendt ")
        dialog.text_edit.setPlainText("Brev sendt: afgørelsen kommer senest om tre uger.")
        dialog.accept()

    monkeypatch.setattr(DelayNoticeDialog, "open", write_and_save)  # shown with open_dialog (the lock hides it)
    select(window, "Karen Marie Vestergaard")
    assert not window.overview.followup_button.isEnabled()
    qtbot.mouseClick(window.overview.delay_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Beskeden om forsinkelse er gemt i sagen."
    select(window, "Karen Marie Vestergaard")
    details = window.overview.details.text()
    assert "Besked om forsinkelse er givet." in details
    assert details.endswith("Besked om forsinkelse: Brev sendt: afgørelsen kommer senest om tre uger.")
