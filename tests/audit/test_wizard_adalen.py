"""The wizard on Ådalen's standard, as the caseworker sees it: the under-age citizen (21 here) and the
offer page's place sizes, read from the widgets of a case imported through the CLI."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import CaseFile, WizardPage
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.gui.wizard.pages.target_group import TargetGroupPage
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import unlock

from .conftest import PASSWORD, TODAY, USER, Audit

OpenWizard = Callable[[str, WizardPage], CaseWizard]


@pytest.fixture(scope="module")
def service(audit: Audit) -> Iterator[CaseService]:
    ws = unlock(Path(audit.cli.data_dir), USER, PASSWORD)
    yield CaseService(ws)
    ws.close()


@pytest.fixture
def open_wizard(audit: Audit, service: CaseService, qtbot: QtBot) -> Iterator[OpenWizard]:
    made: list[CaseWizard] = []

    def make(stem: str, page: WizardPage) -> CaseWizard:
        case = service.open_case(audit.ids[stem])
        case.current_page = page.value
        wizard = CaseWizard(service, case, today=dt.date.fromisoformat(TODAY))
        qtbot.addWidget(wizard)
        wizard.resize(1366, 740)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.close()


def test_under_age_banner_names_adalens_age_and_the_strip_does_not_say_no_findings(
    qtbot: QtBot, open_wizard: OpenWizard
) -> None:
    wizard = open_wizard("under-aldersgraensen", WizardPage.TARGET_GROUP)
    page = wizard.pages[WizardPage.TARGET_GROUP]
    assert isinstance(page, TargetGroupPage)
    qtbot.waitUntil(page.under_age_banner.isVisible, timeout=10000)
    banner = page.under_age_banner.text()
    assert "Borgeren er 20 år og er derfor ikke i målgruppen: Du skal være fyldt 21 år" in banner
    assert "Borgeren fylder 21 år 15. juni 2027" in banner
    assert "Ingen fund" not in page.findings_label.text()


def test_the_offer_page_offers_adalens_three_place_sizes(qtbot: QtBot, open_wizard: OpenWizard) -> None:
    wizard = open_wizard("delvis-bevilling", WizardPage.OFFER)
    page = wizard.pages[WizardPage.OFFER]
    labels = {b.text().replace("&", ""): b.isChecked() for b in page.findChildren(QRadioButton)}
    assert labels.get("Hel plads (5 dage)") is False
    assert labels.get("Trekvart plads (4 dage)") is True
    assert labels.get("Deltidsplads (2 dage)") is False


THISTED = ("Thisted", "Thy", "99 17 19 20", "thisted.dk", "Thyværkstedet", "Daghuset", "Enggården", "Skiftesporet",
           "Limfjorden", "Hurup", "Vestervig", "fyldt 18 år", "8 uger", "3 måneder")


def _texts(widget: QWidget) -> list[str]:
    """Every text the caseworker can read on ``widget`` and its children: labels, buttons, placeholders,
    tool tips, list entries, table cells and header labels."""
    out: list[str] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        out.append(w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            out.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model, root = w.model(), QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model's columnCount is not public in PySide: one column
                columns = 1
            for row in range(min(model.rowCount(root), 200)):
                out += [str(model.index(row, col, root).data() or "") for col in range(columns)]
            out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    return [t for t in out if t]


def _is_on(wizard: CaseWizard, page: WizardPage) -> bool:
    return wizard.current_page() == page


def test_no_page_of_the_wizard_shows_anything_of_thisted(qtbot: QtBot, open_wizard: OpenWizard) -> None:
    wizard = open_wizard("soeren-aage", WizardPage.CITIZEN)
    seen: list[str] = []
    for page in WizardPage:
        wizard.go_to(page)
        qtbot.waitUntil(partial(_is_on, wizard, page), timeout=10000)
        texts = _texts(wizard)
        found = [(t, word) for t in texts for word in THISTED if word in t]
        assert not found, (page, found)
        seen += texts
    everything = "\n".join(seen)
    for own in ("Du skal være fyldt 21 år", "Væksthuset Ådalsgården", "Trekvart plads (4 dage)", "4 uger"):
        assert own in everything, own  # Ådalen's own words are read where Thisted's would stand


def _shown(text: str) -> str:
    """A button's text as Qt draws it: "&&" is one "&", a single "&" marks the shortcut and is not drawn."""
    return re.sub(r"&(.)", r"\1", text)


def test_a_standard_text_with_an_ampersand_is_shown_as_written(qtbot: QtBot, open_wizard: OpenWizard) -> None:
    wizard = open_wizard("soeren-aage", WizardPage.ACTIVITIES)
    boxes = {_shown(b.text()): b for b in wizard.pages[WizardPage.ACTIVITIES].findChildren(QCheckBox)}
    assert "Havebrug & drivhusarbejde" in boxes  # not "Havebrug _drivhusarbejde" with a stolen shortcut
    assert boxes["Havebrug & drivhusarbejde"].isChecked()


def test_the_header_shows_the_citizens_name_as_typed(
    qtbot: QtBot, service: CaseService, open_wizard: OpenWizard, audit: Audit
) -> None:
    case = CaseFile()
    case.citizen.name = "Jonas <b>Fed</b> & Søn"
    service.new_case(case)
    assert case.id is not None
    audit.ids["markup-navn"] = case.id
    wizard = open_wizard("markup-navn", WizardPage.CITIZEN)
    headers = [label for label in wizard.findChildren(QLabel) if "Jonas <b>Fed</b>" in label.text()]
    assert headers, "the name is in the header"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in headers if label.isVisible())
