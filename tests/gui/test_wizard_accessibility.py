"""Every wizard page over a full demo case, used without a mouse and read by a screen reader:
controls have names, Tab walks the page in reading order and reaches Næste, Alt+N and Enter
go on, and at 1366×740 nothing needs sideways scrolling.

The wizard runs as the program runs it in Danish: with Qt's own Danish translation installed,
so the dialogs read Danish; the wizard names its own buttons "< T&ilbage" and "&Næste >".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import WizardPage
from visitation_desktop.gui.i18n import install_translators
from visitation_desktop.gui.wizard.base import CasePage
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.gui.wizard.pages.assessment import AssessmentPage
from visitation_desktop.gui.wizard.pages.other_services import OtherServicesPage
from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, MakeWizard

PAGES = list(WizardPage)


@pytest.fixture
def danish_qt(qapp: QApplication) -> Iterator[None]:
    """Qt's Danish translation, as the program installs it; removed afterwards."""
    locale = QLocale()
    translators = install_translators(qapp, "da")
    assert translators, "Qt's Danish translation (qtbase_da) is missing"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


OpenAt = Callable[[WizardPage], CaseWizard]


@pytest.fixture
def open_at(qtbot: QtBot, danish_qt: None, make_wizard: MakeWizard, workspace: Workspace) -> OpenAt:
    """``open_at(page)``: the full demo case (granted, § 85 support) in a wizard at ``page``, focused."""

    def open_(page: WizardPage) -> CaseWizard:
        case = demo_cases(workspace.standard, workspace.catalogue, TODAY)[0]
        assert case.citizen.name == MAIN_EXAMPLE
        case.current_page = page.value
        wizard = make_wizard(case)
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
        assert wizard.current_page() == page
        return wizard

    return open_


def next_button(wizard: CaseWizard) -> QAbstractButton:
    return wizard.wizard.button(QWizard.WizardButton.NextButton)


def is_control(widget: QWidget) -> bool:
    """A control the keyboard can reach: takes Tab focus and is not a plain container."""
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or type(widget) in (QWidget, QScrollArea):
        return False
    parent = widget.parentWidget()
    return not isinstance(parent, QComboBox | QAbstractSpinBox)  # their inner editor is the control


def controls(page: CasePage) -> list[QWidget]:
    """The page's visible controls, in the order Tab visits them."""
    found = {id(w) for w in page.findChildren(QWidget) if is_control(w) and w.isVisible()}
    ordered: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and len(ordered) < len(found):
        if id(widget) in found and widget not in ordered:
            ordered.append(widget)
        widget = widget.nextInFocusChain()
    return ordered


def name_of(widget: QWidget) -> str:
    """What a screen reader says: the accessible name, else the text on the control."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text().replace("&", "").strip()
    return ""


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {name_of(widget)!r} ({widget.objectName() or 'no object name'})"


def tab_key(widget: QWidget) -> object:
    """Radio buttons of one group are one Tab stop (the arrow keys move inside the group)."""
    if isinstance(widget, QRadioButton):
        return widget.group() or widget.parentWidget()
    return widget


def geometry_in(page: CasePage, widget: QWidget) -> QRect | None:
    """Where ``widget`` sits in the page's scrolled body (stable while the page scrolls)."""
    if not page.body.isAncestorOf(widget):
        return None
    return QRect(widget.mapTo(page.body, widget.rect().topLeft()), widget.size())


def each_view(page: CasePage) -> Iterator[None]:
    """Every view of a page: the assessment page shows one theme at a time."""
    if isinstance(page, AssessmentPage):
        for row in range(page.theme_list.count()):
            page.theme_list.setCurrentRow(row)
            yield
    else:
        yield


# -- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("page_id", PAGES, ids=[p.value for p in PAGES])
def test_every_control_has_a_name(open_at: OpenAt, page_id: WizardPage) -> None:
    wizard = open_at(page_id)
    page = wizard.pages[page_id]
    buttons = [
        b for b in wizard.wizard.findChildren(QAbstractButton) if b.isVisible() and not page.isAncestorOf(b)
    ]
    assert next_button(wizard) in buttons or page_id == WizardPage.SUMMARY
    for _view in each_view(page):
        shown = [w for w in page.findChildren(QWidget) if is_control(w) and w.isVisible()]
        assert shown
        nameless = [describe(w) for w in shown + buttons if not name_of(w)]
        assert nameless == [], f"{page_id.value}: controls without a name"


# -- Tab ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("page_id", PAGES, ids=[p.value for p in PAGES])
def test_tab_walks_the_page_in_reading_order_and_reaches_next(
    qtbot: QtBot, open_at: OpenAt, page_id: WizardPage
) -> None:
    wizard = open_at(page_id)
    page = wizard.pages[page_id]
    expected = [w for w in controls(page) if w.isEnabled()]
    first = expected[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is first

    visited: list[QWidget] = [first]
    current = first
    for _ in range(3 * len(expected) + 12):
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None and now is not current, f"{page_id.value}: Tab is stuck on {describe(current)}"
        if now is first:
            break
        visited.append(now)
        current = now
    else:
        pytest.fail(f"{page_id.value}: Tab never comes back to the first field")

    reached = {id(tab_key(w)) for w in visited}
    missed = [describe(w) for w in expected if id(tab_key(w)) not in reached]
    assert missed == [], f"{page_id.value}: Tab never reaches these controls"
    wizard_buttons = [w for w in visited if not page.isAncestorOf(w)]
    target = wizard.wizard.button(
        QWizard.WizardButton.FinishButton
        if page_id == WizardPage.SUMMARY
        else QWizard.WizardButton.NextButton
    )
    assert target in wizard_buttons
    on_page = [w for w in visited if page.isAncestorOf(w) and is_control(w)]
    assert visited[: len(on_page)] == on_page  # the page's controls first, then the wizard's buttons

    # reading order: Tab never jumps back up to something that is also further left
    for before, after in zip(on_page, on_page[1:], strict=False):
        a, b = geometry_in(page, before), geometry_in(page, after)
        if a is None or b is None:
            continue
        assert not (b.bottom() < a.top() and b.right() < a.left()), (
            f"{page_id.value}: Tab goes from {describe(before)} back up to {describe(after)}"
        )


# -- Alt+N and Enter ---------------------------------------------------------------------------


def test_next_reads_naeste_with_alt_n(open_at: OpenAt) -> None:
    wizard = open_at(WizardPage.CITIZEN)
    assert next_button(wizard).text() == "&Næste >"
    assert next_button(wizard).shortcut().toString() == "Alt+N"


@pytest.mark.parametrize("page_id", PAGES[:-1], ids=[p.value for p in PAGES[:-1]])
def test_alt_n_goes_to_the_next_page(qtbot: QtBot, open_at: OpenAt, page_id: WizardPage) -> None:
    wizard = open_at(page_id)
    page = wizard.pages[page_id]
    first = controls(page)[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    following = PAGES[PAGES.index(page_id) + 1]
    qtbot.waitUntil(lambda: wizard.current_page() == following, timeout=1000)  # a button clicks in 100 ms


@pytest.mark.parametrize("page_id", [WizardPage.CITIZEN, WizardPage.OFFER], ids=["citizen", "offer"])
def test_enter_in_a_line_goes_to_the_next_page(qtbot: QtBot, open_at: OpenAt, page_id: WizardPage) -> None:
    wizard = open_at(page_id)
    page = wizard.pages[page_id]
    line = next(w for w in controls(page) if isinstance(w, QLineEdit) and w.isEnabled())
    line.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert wizard.current_page() == PAGES[PAGES.index(page_id) + 1]


# -- width -------------------------------------------------------------------------------------


@pytest.mark.parametrize("page_id", PAGES, ids=[p.value for p in PAGES])
def test_no_sideways_scrolling_at_1366(qtbot: QtBot, open_at: OpenAt, page_id: WizardPage) -> None:
    wizard = open_at(page_id)
    assert (wizard.width(), wizard.height()) == (1366, 740)
    page = wizard.pages[page_id]
    if isinstance(page, OtherServicesPage):  # with a free-text row too
        qtbot.mouseClick(page.add_other_button, Qt.MouseButton.LeftButton)
    page.findings_label.toggle.setChecked(True)  # the strip's whole list, opened
    scrolls = [s for s in page.findChildren(QScrollArea) if s.isVisible()]
    assert len(scrolls) == 2  # the form, and the findings strip's list below it
    for _view in each_view(page):
        qtbot.waitUntil(lambda: all(s.viewport().width() > 0 for s in scrolls))
        QApplication.processEvents()
        for scroll in scrolls:
            body = scroll.widget()
            assert body is not None
            assert scroll.horizontalScrollBar().maximum() == 0, (
                f"{page_id.value}: {body.minimumSizeHint().width()} px wide at least, "
                f"in {scroll.viewport().width()} px"
            )
