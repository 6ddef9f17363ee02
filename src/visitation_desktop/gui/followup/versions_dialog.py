"""The handleplan's versions for one case, and what changed between two chosen versions.

Every version is kept; none is ever overwritten. The newest is the one the documents print.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import plan_versions
from ...services.workspace import Workspace


class VersionsDialog(QDialog):
    def __init__(self, ws: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.case_id = case_id
        self.versions = plan_versions.list_versions(ws, case_id)
        self.setWindowTitle(self.tr("Handleplanens versioner"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Hver version af handleplanen gemmes og overskrives aldrig. Den nyeste version er den, "
                "der udskrives med dokumenterne."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(self.versions), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Gemt"), self.tr("Af"), self.tr("Anledning")]
        )
        self.table.setAccessibleName(self.tr("Versioner"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.versions):
            saved = info.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
            for column, text in enumerate((str(info.version), saved, info.created_by, info.note)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setMaximumHeight(40 + 30 * max(2, min(len(self.versions), 5)))
        layout.addWidget(self.table)

        choose = QHBoxLayout()
        self.old_combo = QComboBox()
        self.new_combo = QComboBox()
        for combo, name in ((self.old_combo, self.tr("Fra version")), (self.new_combo, self.tr("Til version"))):
            combo.setAccessibleName(name)
            for info in self.versions:
                combo.addItem(self.tr("Version {0}").format(info.version), info.version)
        old_label = QLabel(self.tr("Sammenlign &version"))
        old_label.setBuddy(self.old_combo)
        new_label = QLabel(self.tr("&med"))
        new_label.setBuddy(self.new_combo)
        for widget in (old_label, self.old_combo, new_label, self.new_combo):
            choose.addWidget(widget)
        choose.addStretch(1)
        layout.addLayout(choose)

        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Ændringer mellem de to versioner"))
        self.changes.setWordWrap(True)
        layout.addWidget(self.changes, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        if len(self.versions) >= 2:
            self.old_combo.setCurrentIndex(len(self.versions) - 2)
            self.new_combo.setCurrentIndex(len(self.versions) - 1)
        self.old_combo.currentIndexChanged.connect(self._show_changes)
        self.new_combo.currentIndexChanged.connect(self._show_changes)
        self._show_changes()

    def _show_changes(self, *_args: object) -> None:
        self.changes.clear()
        if not self.versions:
            self.empty.setText(self.tr("Der er ingen versioner endnu. Version 1 gemmes, når der gives bevilling."))
            return
        if len(self.versions) == 1:
            self.empty.setText(self.tr("Der er kun én version, så der er intet at sammenligne."))
            return
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        if old == new:
            self.empty.setText(self.tr("Vælg to forskellige versioner."))
            return
        found = plan_versions.compare_versions(self.ws, self.case_id, int(old), int(new))
        for change in found:
            self.changes.addItem(str(change))
        if not found:
            self.empty.setText(self.tr("Ingen ændringer i handleplanen."))
        elif len(found) == 1:
            self.empty.setText(self.tr("1 ændring."))
        else:
            self.empty.setText(self.tr("{0} ændringer.").format(len(found)))

    def change_texts(self) -> list[str]:
        return [self.changes.item(i).text() for i in range(self.changes.count())]
