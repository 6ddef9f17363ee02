"""Keyboard-true pages: every underlined letter on a page is unique among the page's controls,
the wizard's buttons and the menu bar, in Danish and in English, and a caption's letter leads to
its field."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from visitation_desktop import i18n_build
from visitation_desktop.domain.case import WizardPage
from visitation_desktop.gui.generated.ui_main_window import Ui_MainWindow
from visitation_desktop.gui.i18n import install_translators
from visitation_desktop.services.demo_data import demo_cases
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, MakeWizard
from .mnemonics import Mnemonic, clashes, menu_mnemonics, page_mnemonics
from .test_wizard_accessibility import each_view

PAGES = list(WizardPage)


@pytest.fixture(params=["da", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The program's translators (Qt's own included) for one language; removed afterwards."""
    i18n_build.build()
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def _menu(qtbot: QtBot, workspace: Workspace) -> list[Mnemonic]:
    """The main window's menu bar, as its Designer form builds it (without a store to read cases from)."""
    window = QMainWindow()
    ui = Ui_MainWindow()
    ui.setupUi(window)
    qtbot.addWidget(window)
    found = menu_mnemonics(ui.menuBar)
    assert len(found) == 3, "Filer, Funktioner, Hjælp each have their letter"
    return found


@pytest.mark.parametrize("page_id", PAGES, ids=[p.value for p in PAGES])
def test_every_letter_on_a_page_is_unique_including_the_menu_bar(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace, language: str, page_id: WizardPage
) -> None:
    menu = _menu(qtbot, workspace)
    case = demo_cases(workspace.standard, workspace.catalogue, TODAY)[0]
    case.current_page = page_id.value
    wizard = make_wizard(case)
    page = wizard.pages[page_id]
    for _view in each_view(page):
        found = page_mnemonics(wizard.wizard, page)
        assert found, f"{page_id.value}: no Alt keys at all"
        assert clashes(found + menu) == {}, f"{language} {page_id.value}: one letter, two controls"
        captions = [m for m in found if m.owner.startswith("label")]
        assert [m.owner for m in captions if m.target is None] == [], "a caption's letter needs its field"


@pytest.mark.parametrize("page_id", PAGES, ids=[p.value for p in PAGES])
def test_a_captions_letter_takes_the_keyboard_to_its_field(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace, page_id: WizardPage
) -> None:
    case = demo_cases(workspace.standard, workspace.catalogue, TODAY)[0]
    case.current_page = page_id.value
    wizard = make_wizard(case)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
    page = wizard.pages[page_id]
    captions = [m for m in page_mnemonics(wizard.wizard, page) if m.owner.startswith("label")]
    for caption in captions:
        target = caption.target
        assert target is not None
        if not target.isEnabled():
            continue
        qtbot.keyClick(wizard.wizard, Qt.Key(ord(caption.key.upper())), Qt.KeyboardModifier.AltModifier)

        def arrived(target: QWidget = target) -> bool:
            focus = QApplication.focusWidget()
            return focus is not None and (
                focus is target or target.isAncestorOf(focus) or focus is target.focusProxy()
            )

        qtbot.waitUntil(arrived, timeout=3000)
