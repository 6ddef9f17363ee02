"""The case list on a 14" screen at 125 %: a long name elides (whole in its tooltip) and every
case keeps a readable remark column."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import CaseFile, Citizen
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.gui.overview_model import OverviewModel
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import Workspace

LONG_NAME = "Frederikke Augusta Margrethe Christiansen-Østergaard Bjerregaard Møller"


def test_a_long_name_elides_and_the_remarks_keep_their_column(qtbot: QtBot, workspace: Workspace) -> None:
    today = dt.date.today()
    for cpr, name in (("0101901234", LONG_NAME), ("1505851235", "Bo Dahl")):
        case = CaseFile(citizen=Citizen(cpr=cpr, name=name))
        case.application.received = today - dt.timedelta(days=53)  # deadline near: a remark
        CaseService(workspace).new_case(case)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1024, 550)  # 1280×720 at 125 %, less the title bar
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)  # the list fills off the GUI thread
    qtbot.waitUntil(lambda: window.columns_ready, timeout=10000)  # then the columns fit, one per turn
    table = window.ui.caseTable
    header = table.horizontalHeader()
    chars = table.fontMetrics().averageCharWidth()

    row = next(r for r in range(window.model.rowCount()) if window.model.index(r, 0).data() == LONG_NAME)
    name = window.model.index(row, 0)
    assert header.sectionSize(0) < table.fontMetrics().horizontalAdvance(LONG_NAME), "the name elides"
    assert name.data(Qt.ItemDataRole.ToolTipRole) == LONG_NAME
    remark = window.model.index(row, OverviewModel.REMARK).data()
    assert remark
    assert header.sectionSize(OverviewModel.REMARK) >= 20 * chars, "the remarks stay readable"
    right = header.sectionViewportPosition(OverviewModel.REMARK) + header.sectionSize(OverviewModel.REMARK)
    assert right <= table.viewport().width() + 1, "the remark column is on screen"
    assert not table.wordWrap()
