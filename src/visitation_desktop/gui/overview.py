"""The overview's controls around the main window's case table.

``GroupTabs`` names the groups with their counts, "Alle (10)", "Venteliste (1)", and chooses the
group ``OverviewModel`` (gui/overview_model.py) shows; ``OverviewControls`` adds the buttons for
the chosen case and the line under the table saying what it needs.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTabBar, QWidget

from ..domain.case import CaseStatus
from ..services.overview import FOLLOWUP_SOON_DAYS, GROUP_LABELS, Group, OverviewRow
from .lock import open_dialog

if TYPE_CHECKING:
    from .main_window import MainWindow


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
            text = f"{self.tr(GROUP_LABELS[group])} ({counts.get(group, 0)})"
            if self.tabText(index) != text:  # each change lays the tabs out again: only those that change
                self.setTabText(index, text)

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
        return self.window.model.row_data(index.row())

    def _on_group(self, _index: int) -> None:
        self.window.model.set_group(self.tabs.current_group())
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
            open_dialog(VersionsDialog(self.window.ws, row.case_id, self.window))

    def _on_delay_notice(self) -> None:
        from .followup.delay_notice_dialog import DelayNoticeDialog

        row = self.selected()
        if row is None:
            return
        def saved() -> None:
            self.window.refresh()
            self.window.statusBar().showMessage(self.tr("Beskeden om forsinkelse er gemt i sagen."), 5000)

        # shown without its own event loop, so the lock can hide it and bring it back as it was
        open_dialog(DelayNoticeDialog(self.window.ws, row.case_id, dt.date.today(), self.window), saved)
