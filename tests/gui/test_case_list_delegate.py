"""The case list's own delegate (texts laid out once, gui/case_list_delegate.py) paints the very pixels
the standard delegate paints: plain rows, coloured deadlines, a selected row, the focused cell, an
elided long name, a name that looks like markup, in each style it is used with."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleFactory, QTableView
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import CaseFile, Citizen
from visitation_desktop.gui.case_list_delegate import CaseListDelegate
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.workspace import Workspace

ODD_NAMES = ("Frederikke Augusta Margrethe Christiansen-Østergaard Bjerregaard", "<b>Bo</b> & Åse Ærø")


def _painted(table: QTableView) -> QImage:
    for _turn in range(3):  # the view's delayed layout, then its update
        QApplication.processEvents()
    return table.viewport().grab().toImage()


def _same_pixels(table: QTableView, ours: CaseListDelegate, standard: QStyledItemDelegate) -> None:
    _painted(table)  # what the last change set off (a details line under the list, rows laid out) is done
    table.setItemDelegate(standard)
    expected = _painted(table)
    table.setItemDelegate(ours)
    got = _painted(table)
    assert got.size() == expected.size()
    assert got == expected


def _shown(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    """The main window on screen with its list filled and its columns fitted."""
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1024, 550)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 5, timeout=10000)
    qtbot.waitUntil(lambda: window.columns_ready, timeout=10000)
    return window


@pytest.mark.parametrize("style_name", ["Fusion", "Windows"])
def test_the_list_paints_as_the_standard_delegate(qtbot: QtBot, workspace: Workspace, style_name: str) -> None:
    today = dt.date.today()
    fill_demo(workspace, today)
    for number, name in enumerate(ODD_NAMES):
        case = CaseFile(citizen=Citizen(cpr=f"010190{number:04d}", name=name))
        case.application.received = today - dt.timedelta(days=60)  # deadline passed: a red date
        CaseService(workspace).new_case(case)
    window = _shown(qtbot, workspace)
    table = window.ui.caseTable
    ours = table.itemDelegate()
    assert isinstance(ours, CaseListDelegate)
    standard = QStyledItemDelegate(table)
    style = QStyleFactory.create(style_name)
    table.setStyle(style)
    try:
        _same_pixels(table, ours, standard)  # as it opens
        window.ui.searchEdit.setText("ø")  # a search: other rows, the Danish names
        _same_pixels(table, ours, standard)
        table.selectRow(1)  # a selected row, the focused cell
        table.setFocus()
        table.setCurrentIndex(window.model.index(2, 1))
        _same_pixels(table, ours, standard)
        window.ui.searchEdit.setText("")
        table.horizontalHeader().resizeSection(0, 8 * table.fontMetrics().averageCharWidth())  # names elide
        _same_pixels(table, ours, standard)
        window.ui.searchEdit.setText("<b>")  # the markup-like name is shown as typed, not as bold markup
        assert window.model.rowCount() == 1
        _same_pixels(table, ours, standard)
    finally:
        table.setStyle(None)  # type: ignore[arg-type]


def test_a_style_sheet_on_the_list_keeps_the_standard_painting(qtbot: QtBot, workspace: Workspace) -> None:
    """A style sheet may style the cells (colours, padding): the delegate leaves those to the standard painting."""
    fill_demo(workspace, dt.date.today())
    window = _shown(qtbot, workspace)
    table = window.ui.caseTable
    table.setStyleSheet("QTableView::item { color: #0000ff; padding-left: 9px; }")
    ours = table.itemDelegate()
    assert isinstance(ours, CaseListDelegate)
    _same_pixels(table, ours, QStyledItemDelegate(table))
    first_cell = _painted(table).copy(0, 0, table.columnWidth(0), table.rowHeight(0))
    colours = {first_cell.pixelColor(x, y).name() for x in range(first_cell.width()) for y in range(first_cell.height())}
    assert any(c.startswith("#0000") or c.startswith("#00") and c.endswith("ff") for c in colours)  # the sheet's blue
