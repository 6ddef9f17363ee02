"""The overview in the main window: the case table grouped, filtered and sorted.

``OverviewModel`` extends the case table with the next follow-up, the offer and place, and a
remark (deadline, delay notice, follow-up, waitlist). ``OverviewProxy`` shows one group at a
time; ``GroupTabs`` names the groups with their counts, "Alle (10)", "Venteliste (1)".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QPushButton, QTabBar, QWidget

from ..domain.case import CaseStatus
from ..domain.deadlines import DeadlineState
from ..services.overview import FOLLOWUP_SOON_DAYS, GROUP_LABELS, Group, OverviewRow
from .case_table import CaseTableModel

if TYPE_CHECKING:
    from .main_window import MainWindow

_Index = QModelIndex | QPersistentModelIndex
_OVERDUE = QColor("#a40000")
_SOON = QColor("#8a5a00")


def _date(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


class OverviewModel(CaseTableModel):
    FOLLOWUP, OFFER, REMARK = range(len(CaseTableModel.COLUMNS), len(CaseTableModel.COLUMNS) + 3)

    def __init__(self, deadline_weeks: int, today: dt.date | None = None) -> None:
        super().__init__(deadline_weeks, today)
        self._overview: list[OverviewRow] = []
        self._extra_headers = (self.tr("Næste opfølgning"), self.tr("Tilbud og plads"), self.tr("Bemærkning"))

    def set_overview(self, rows: list[OverviewRow]) -> None:
        self._overview = list(rows)
        self.set_rows([r.summary for r in rows])

    def clear(self) -> None:
        self._overview = []
        super().clear()

    def row_data(self, row: int) -> OverviewRow:
        return self._overview[row]

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return len(self.COLUMNS) + len(self._extra_headers)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section >= len(self.COLUMNS):
            return self._extra_headers[section - len(self.COLUMNS)]
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() < len(self.COLUMNS):
            return super().data(index, role)
        row = self._overview[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._extra_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REMARK:
            return "\n".join(self.remarks(row)) or None
        if role == Qt.ItemDataRole.UserRole:
            return self._extra_sort_key(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FOLLOWUP and row.followup is not None:
            if row.followup.overdue:
                return QBrush(_OVERDUE)
            if row.followup_soon:
                return QBrush(_SOON)
        return None

    def _extra_text(self, row: OverviewRow, column: int) -> str:
        if column == self.FOLLOWUP:
            if row.followup is None:
                return ""
            text = _date(row.followup.due)
            if row.followup.overdue:
                return self.tr("{0} (forfalden)").format(text)
            return self.tr("{0} (snart)").format(text) if row.followup_soon else text
        if column == self.OFFER:
            text = ", ".join(x for x in (row.offer, row.place) if x)
            return self.tr("{0} – venteliste").format(text) if row.waitlist else text
        return " ".join(self.remarks(row))

    def remarks(self, row: OverviewRow) -> list[str]:
        """What the caseworker should notice about a case, most urgent first."""
        out: list[str] = []
        notice = bool(row.delay_notice.strip())
        if row.deadline_state == DeadlineState.OVERDUE:
            over = self._days_text(row.deadline_days_left or 0)
            if notice:
                out.append(self.tr("Fristen er overskredet ({0}). Borgeren har fået besked om forsinkelsen.").format(over))
            else:
                out.append(self.tr("Fristen er overskredet ({0}). Giv borgeren skriftlig besked om forsinkelsen.").format(over))
        elif row.deadline_state == DeadlineState.WARNING:
            left = self._days_text(row.deadline_days_left or 0)
            if notice:
                out.append(self.tr("Fristen nærmer sig ({0}). Besked om forsinkelse er givet.").format(left))
            else:
                out.append(self.tr("Fristen nærmer sig ({0}).").format(left))
        due = row.followup
        if due is not None and row.followup_soon:
            day = _date(due.due)
            if due.overdue:
                text = self.tr("Første opfølgning var {0} og er ikke holdt.") if due.first else self.tr(
                    "Opfølgning var {0} og er ikke holdt."
                )
            else:
                text = self.tr("Første opfølgning senest {0}.") if due.first else self.tr("Opfølgning senest {0}.")
            out.append(text.format(day))
        if row.waitlist:
            interim = row.interim_solution.strip()
            if interim:
                out.append(self.tr("Venteliste. Foreløbig løsning: {0}").format(interim))
            else:
                out.append(self.tr("Venteliste uden foreløbig løsning."))
        return out

    def _days_text(self, days_left: int) -> str:
        if days_left == 0:
            return self.tr("fristen er i dag")
        if days_left == 1:
            return self.tr("1 dag tilbage")
        if days_left == -1:
            return self.tr("1 dag over fristen")
        if days_left > 0:
            return self.tr("{0} dage tilbage").format(days_left)
        return self.tr("{0} dage over fristen").format(-days_left)

    def _extra_sort_key(self, row: OverviewRow, column: int) -> str:
        if column == self.FOLLOWUP:
            return f"0{row.followup.due.isoformat()}" if row.followup else "1"
        return self._extra_text(row, column).lower()


class OverviewProxy(QSortFilterProxyModel):
    """One group of the overview; sorting by the model's sort keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = Group.ALL
        self.setSortRole(Qt.ItemDataRole.UserRole)

    @property
    def group(self) -> Group:
        return self._group

    def set_group(self, group: Group) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._group = group
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._group = group
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802 (Qt API)
        model = self.sourceModel()
        if not isinstance(model, OverviewModel):
            return True
        return self._group in model.row_data(source_row).groups


class GroupTabs(QTabBar):
    """One tab per group with its count; the current tab's group is what the table shows."""

    GROUPS = tuple(Group)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Grupper af sager"))
        self.setExpanding(False)
        self.setDrawBase(False)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self.setUsesScrollButtons(True)
        for group in self.GROUPS:
            self.addTab(self.tr(GROUP_LABELS[group]))
        self.setTabToolTip(
            self.GROUPS.index(Group.FOLLOWUP),
            self.tr("Bevilgede indsatser, hvor opfølgningen er overskredet eller ligger inden for {0} dage.").format(
                FOLLOWUP_SOON_DAYS
            ),
        )

    def set_counts(self, counts: dict[Group, int]) -> None:
        for index, group in enumerate(self.GROUPS):
            self.setTabText(index, f"{self.tr(GROUP_LABELS[group])} ({counts.get(group, 0)})")

    def current_group(self) -> Group:
        return self.GROUPS[max(0, self.currentIndex())]

    def select(self, group: Group) -> None:
        self.setCurrentIndex(self.GROUPS.index(group))


class OverviewControls(QObject):
    """The overview's widgets around the main window's case table, and the actions on the chosen case.

    Tabs above the table choose the group; buttons start a follow-up, show the handleplan's
    versions, or record the notice of a delayed decision; a line under the table says what the
    chosen case needs.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ui = window.ui
        self.tabs = GroupTabs()
        ui.casesLayout.insertWidget(ui.casesLayout.indexOf(ui.caseTable), self.tabs)
        self.followup_button = QPushButton(self.tr("&Opfølgning …"))
        self.followup_button.setAccessibleName(self.tr("Opfølgningsmøde for den valgte sag"))
        self.versions_button = QPushButton(self.tr("&Versioner …"))
        self.versions_button.setAccessibleName(self.tr("Handleplanens versioner for den valgte sag"))
        self.delay_button = QPushButton(self.tr("Besked om forsin&kelse …"))
        self.delay_button.setAccessibleName(self.tr("Besked om forsinket afgørelse for den valgte sag"))
        for button in (self.followup_button, self.versions_button, self.delay_button):
            ui.toolbarLayout.addWidget(button)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Om den valgte sag"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ui.casesLayout.insertWidget(ui.casesLayout.indexOf(ui.caseTable) + 1, self.details)
        self.tabs.currentChanged.connect(self._on_group)
        window.model.modelReset.connect(self._on_current)
        ui.caseTable.selectionModel().currentRowChanged.connect(self._on_current)
        self.followup_button.clicked.connect(self._on_followup)
        self.versions_button.clicked.connect(self._on_versions)
        self.delay_button.clicked.connect(self._on_delay_notice)
        self._on_current()

    def show_counts(self, counts: dict[Group, int]) -> None:
        self.tabs.set_counts(counts)
        self._on_current()

    def selected(self) -> OverviewRow | None:
        index = self.window.ui.caseTable.currentIndex()
        if not index.isValid():
            return None
        return self.window.model.row_data(self.window.proxy.mapToSource(index).row())

    def _on_group(self, _index: int) -> None:
        self.window.proxy.set_group(self.tabs.current_group())
        self.window.show_count()
        self._on_current()

    def _on_current(self, *_args: object) -> None:
        row = self.selected()
        status = row.summary.status if row else ""
        self.followup_button.setEnabled(status == CaseStatus.GRANTED)
        self.versions_button.setEnabled(status in (CaseStatus.GRANTED, CaseStatus.ENDED))
        self.delay_button.setEnabled(status == CaseStatus.OPEN)
        lines = self.window.model.remarks(row) if row else []
        if row is not None and row.delay_notice.strip():
            lines.append(self.tr("Besked om forsinkelse: {0}").format(row.delay_notice.strip()))
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))

    def _on_followup(self) -> None:
        row = self.selected()
        if row is not None:
            self.window.open_followup(row.case_id)

    def _on_versions(self) -> None:
        from .followup.versions_dialog import VersionsDialog

        row = self.selected()
        if row is not None:
            VersionsDialog(self.window.ws, row.case_id, self.window).exec()

    def _on_delay_notice(self) -> None:
        from .followup.delay_notice_dialog import DelayNoticeDialog

        row = self.selected()
        if row is None:
            return
        if DelayNoticeDialog(self.window.ws, row.case_id, dt.date.today(), self.window).exec():
            self.window.refresh()
            self.window.statusBar().showMessage(self.tr("Beskeden om forsinkelse er gemt i sagen."), 5000)
