"""The case list's columns over plain case summaries: what each cell says, its colour and sort key.

``OverviewModel`` (gui/overview_model.py) is the model the main window shows; this base class
words the five columns every case has.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..domain.case import STATUS_LABELS, CaseStatus
from ..domain.cpr import mask
from ..domain.deadlines import deadline_state, deadline_state_until
from ..store.records import CaseSummary
from .labels import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("CaseTableModel", "Borger"),
        QT_TRANSLATE_NOOP("CaseTableModel", "CPR-nummer"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Modtaget"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Frist for afgørelse"),
    )

    def __init__(self, deadline_weeks: int, today: dt.date | None = None) -> None:
        super().__init__()
        self._rows: list[CaseSummary] = []
        self._weeks = deadline_weeks
        self._today = today

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return len(self.COLUMNS)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            state = self._deadline_state(row)
            if state == "overdue":
                return QBrush(QColor("#a40000"))
            if state == "warning":
                return QBrush(QColor("#8a5a00"))
        return None

    def _deadline_state(self, row: CaseSummary) -> str:
        if row.received is None or row.status != CaseStatus.OPEN:
            return "ok"
        today = self._today or dt.date.today()
        if row.deadline is not None:  # set by the case's own standard when it was saved
            return deadline_state_until(row.received, row.deadline, today).state
        return deadline_state(row.received, self._weeks, today).state

    def _display(self, row: CaseSummary, column: int) -> str:
        if column == 0:
            return row.citizen_name or self.tr("(uden navn)")
        if column == 1:
            return mask(row.cpr) if row.cpr else ""
        if column == 2:
            return self.tr(STATUS_LABELS.get(CaseStatus(row.status), row.status))
        if column == 3:
            return _danish_date(row.received)
        deadline = _danish_date(row.deadline)
        state = self._deadline_state(row)
        if state == "overdue":
            return self.tr("{0} (overskredet)").format(deadline)
        if state == "warning":
            return self.tr("{0} (snart)").format(deadline)
        return deadline

    def _sort_key(self, row: CaseSummary, column: int) -> Any:
        if column == 3:
            return row.received.isoformat() if row.received else ""
        if column == 4:
            return deadline_sort_key(row)
        return self._display(row, column).lower()


def deadline_sort_key(row: CaseSummary) -> str:
    """Open cases by deadline first; decided cases have no running deadline and go last."""
    running = row.status == CaseStatus.OPEN and row.deadline is not None
    return f"{0 if running else 1}{row.deadline.isoformat() if row.deadline else ''}"


def _danish_date(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""
