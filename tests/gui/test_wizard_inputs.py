"""Inputs that only change when meant, and opening that writes nothing.

The mouse wheel over a level combo scrolls the page and leaves the level; Esc keeps the case open
and says it is saved; Ctrl+Z puts back the last choice; the step list goes to the page clicked;
opening a case and paging through it without changing anything writes no save and logs one view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import PAGE_TITLES, WizardPage
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.gui.wizard.pages.assessment import AssessmentPage
from visitation_desktop.gui.wizard.pages.citizen import CitizenPage
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo_data import demo_cases
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, MakeWizard
from .wizard_walk import settle


def _wheel(widget: Any, steps: int) -> None:
    """``steps`` notches of the mouse wheel over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    for _ in range(abs(steps)):
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120 if steps < 0 else 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


def _demo_at(workspace: Workspace, page: WizardPage) -> Any:
    case = demo_cases(workspace.standard, workspace.catalogue, TODAY)[0]
    case.current_page = page.value
    return case


def test_wheel_over_a_level_combo_scrolls_the_page_and_leaves_the_level(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    wizard = make_wizard(_demo_at(workspace, WizardPage.ASSESSMENT))
    page = wizard.pages[WizardPage.ASSESSMENT]
    assert isinstance(page, AssessmentPage)
    combo = next(w for w in page.level_combos.values() if w.isVisible())
    before = combo.currentIndex()
    assert not combo.hasFocus()
    _wheel(combo, -3)
    assert combo.currentIndex() == before
    assert not wizard.ctx.dirty, "nothing changed, so nothing is to be saved"

    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
    combo.setFocus(Qt.FocusReason.MouseFocusReason)  # a box the caseworker is in still turns
    qtbot.waitUntil(combo.hasFocus, timeout=3000)
    _wheel(combo, -1)
    assert combo.currentIndex() != before
    assert wizard.ctx.dirty


def test_esc_leaves_the_wizard_open_and_says_the_case_is_saved(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    wizard = make_wizard(_demo_at(workspace, WizardPage.CITIZEN))
    closed: list[bool] = []
    wizard.closed.connect(lambda: closed.append(True))
    page = wizard.pages[WizardPage.CITIZEN]
    assert isinstance(page, CitizenPage)
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Escape)
    qtbot.keyClick(wizard.wizard, Qt.Key.Key_Escape)
    assert closed == []
    assert wizard.isVisible() and wizard.current_page() == WizardPage.CITIZEN
    assert wizard.status.text().startswith("Sagen er gemt")


def test_ctrl_z_puts_back_the_last_level(qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace) -> None:
    wizard = make_wizard(_demo_at(workspace, WizardPage.ASSESSMENT))
    page = wizard.pages[WizardPage.ASSESSMENT]
    assert isinstance(page, AssessmentPage)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
    combo = page.support_combo
    before = wizard.ctx.case.assessment.support_level
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < combo.count() - 1 else Qt.Key.Key_Up)
    assert wizard.ctx.case.assessment.support_level != before
    qtbot.keyClick(combo, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert wizard.ctx.case.assessment.support_level == before
    assert combo.value() == before
    assert wizard.status.text() == "Sidste valg er fortrudt."
    settle(qtbot, wizard)
    assert workspace.repo.load_case(wizard.ctx.case.id or 0).assessment.support_level == before


def test_the_step_list_goes_to_the_page_clicked(qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace) -> None:
    wizard = make_wizard(_demo_at(workspace, WizardPage.CITIZEN))
    for target in (WizardPage.DECISION, WizardPage.TARGET_GROUP, WizardPage.SUMMARY):
        row = list(WizardPage).index(target)
        rect = wizard.steps.visualItemRect(wizard.steps.item(row))
        qtbot.mouseClick(wizard.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert wizard.current_page() == target
        assert wizard.steps.currentRow() == row


def test_focus_starts_in_the_first_field(qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace) -> None:
    wizard = make_wizard(_demo_at(workspace, WizardPage.CITIZEN))
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
    page = wizard.pages[WizardPage.CITIZEN]
    assert isinstance(page, CitizenPage)
    qtbot.waitUntil(page.cpr_edit.hasFocus, timeout=3000)


def test_opening_and_paging_through_a_case_writes_no_save(
    qtbot: QtBot, service: CaseService, workspace: Workspace
) -> None:
    stored = _demo_at(workspace, WizardPage.SUMMARY)
    service.new_case(stored)
    saves: list[int] = []
    actions: list[str] = []
    save_case, log = workspace.repo.save_case, workspace.repo.log

    def counted_save(case: Any, **kwargs: Any) -> None:
        saves.append(case.id)
        save_case(case, **kwargs)

    def counted_log(caseworker: str, action: str, **kwargs: Any) -> None:
        actions.append(action)
        log(caseworker, action, **kwargs)

    workspace.repo.save_case = counted_save  # type: ignore[method-assign]
    workspace.repo.log = counted_log  # type: ignore[method-assign]

    case = service.open_case(stored.id or 0)
    wizard = CaseWizard(service, case, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 720)
    wizard.show()
    assert wizard.current_page() == WizardPage.SUMMARY
    assert wizard.pages.built() == [WizardPage.SUMMARY], "only the page shown is built"
    while wizard.wizard.currentId() > 0:
        wizard.wizard.back()
    for _ in WizardPage:
        wizard.wizard.next()
    assert wizard.current_page() == WizardPage.SUMMARY
    qtbot.wait(400)  # longer than the autosave delay: a save would have happened by now
    wizard.save_now()  # what "Gem og luk" does
    assert saves == []
    assert actions == ["view"]


def test_every_page_names_itself_and_the_citizen_with_a_masked_cpr(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    case = _demo_at(workspace, WizardPage.CITIZEN)
    wizard = make_wizard(case)
    number = case.citizen.cpr
    for target in WizardPage:
        wizard.go_to(target)
        page = wizard.wizard.currentPage()
        assert page.title() == wizard.tr(PAGE_TITLES[target])
        assert page.subTitle() == f"Borger: {case.citizen.name}, CPR {number[:6]}-xxxx"
        assert number[6:] not in page.subTitle()
