"""Calm validation: an empty case opens without a wall of red; a field's message shows once the
field is left (or Næste tried), once, and its going does not move the layout; a greyed-out Næste
says why beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWizard
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import CaseFile, WizardPage
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.gui.wizard.pages.citizen import CitizenPage

from .conftest import MakeWizard
from .wizard_walk import settle


def _citizen(qtbot: QtBot, make_wizard: MakeWizard) -> tuple[CaseWizard, CitizenPage]:
    wizard = make_wizard(CaseFile())
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
    page = wizard.pages[WizardPage.CITIZEN]
    assert isinstance(page, CitizenPage)
    return wizard, page


def _shown_messages(page: CitizenPage) -> dict[str, str]:
    return {field: label.text() for field, label in page._field_messages.items() if label.isVisible()}


def test_an_empty_case_opens_calm_and_says_why_next_is_grey(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    wizard, page = _citizen(qtbot, make_wizard)
    assert _shown_messages(page) == {}
    assert not any("⚠" in wizard.steps.item(row).text() for row in range(wizard.steps.count()))
    next_button = wizard.wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert wizard.next_reason.isVisible()
    assert wizard.next_reason.text() == "Skriv CPR-nummer og navn for at gå videre."
    reason_row = wizard.next_reason.geometry()
    assert abs(reason_row.center().y() - next_button.geometry().center().y()) < next_button.height()
    assert reason_row.right() <= next_button.geometry().left(), "beside Næste, to its left"

    page.name_edit.setFocus()
    qtbot.mouseClick(wizard.next_reason, Qt.MouseButton.LeftButton)  # the reason leads to the field
    assert page.cpr_edit.hasFocus()

    qtbot.keyClicks(page.name_edit, "Testperson Ærø")
    qtbot.waitUntil(lambda: wizard.next_reason.text() == "Skriv et gyldigt CPR-nummer for at gå videre.")


def test_a_message_shows_when_the_field_is_left_once_and_its_place_stays(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard, page = _citizen(qtbot, make_wizard)
    page.address_edit.setFocus()
    qtbot.waitUntil(page.address_edit.hasFocus, timeout=3000)
    assert "citizen.address" not in _shown_messages(page)
    page.phone_edit.setFocus()  # leaving the address
    qtbot.waitUntil(lambda: "citizen.address" in _shown_messages(page), timeout=3000)
    message = _shown_messages(page)["citizen.address"]
    assert message.startswith("Skriv borgerens adresse")
    assert message not in page.findings_label.text(), "not listed a second time below the form"
    assert "citizen.phone" not in _shown_messages(page), "the field being typed in stays calm"

    QApplication.processEvents()  # the layout takes the shown message in
    below = page.postcode_edit.mapTo(page, page.postcode_edit.rect().topLeft())  # the row under it
    for edit, text in ((page.address_edit, "Storegade 12"), (page.postcode_edit, "7760"), (page.town_edit, "Hurup")):
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus, timeout=3000)
        qtbot.keyClicks(edit, text)
        settle(qtbot, wizard)
    page.phone_edit.setFocus()
    settle(qtbot, wizard)
    QApplication.processEvents()
    assert "citizen.address" not in _shown_messages(page)
    assert page.postcode_edit.mapTo(page, page.postcode_edit.rect().topLeft()) == below, "no jump"


def test_next_tried_shows_every_message_of_the_page(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    wizard, page = _citizen(qtbot, make_wizard)
    qtbot.keyClicks(page.cpr_edit, "010190-1234")
    qtbot.keyClicks(page.name_edit, "Testperson Ærø")
    settle(qtbot, wizard)
    wizard.wizard.next()
    assert wizard.current_page() == WizardPage.TARGET_GROUP
    wizard.wizard.back()
    shown = _shown_messages(page)
    assert shown["application.received"].startswith("Skriv datoen, hvor henvendelsen kom")
    assert shown["application.channel"].startswith("Vælg, hvordan henvendelsen kom")
    labels = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    assert sum(text == shown["application.channel"] for text in labels) == 1, "each message once"
    assert "⚠" in wizard.steps.item(0).text()
