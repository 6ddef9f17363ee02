"""The per-field conflict view: a case changed in two places, one row per field changed differently.

Each row shows the field, the value on each side (this laptop / the central store, or this
window / saved elsewhere) and a choice between them; who saved each side last, and when, stands
over its column. Nothing is decided for the caseworker: "Gem valgene" is enabled only when every
row has a choice. The dialog is used by the wizard (a lost update) and by "Send sager" (check-in).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.merge import MISSING, Choice, FieldConflict, Side
from .labels import button_text

MAX_SHOWN = 300  # characters of a value shown in the row; the whole value is in the tooltip


def value_text(value: Any) -> str:
    """A field's value as the caseworker reads it."""
    if value is MISSING:
        return QCoreApplication.translate("ConflictDialog", "(findes ikke)")
    if value is None or value == "" or value == [] or value == {}:
        return QCoreApplication.translate("ConflictDialog", "(tom)")
    if value is True:
        return QCoreApplication.translate("ConflictDialog", "Ja")
    if value is False:
        return QCoreApplication.translate("ConflictDialog", "Nej")
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {value_text(v)}" for k, v in value.items())
    text = str(value)
    try:
        return dt.date.fromisoformat(text).strftime("%d.%m.%Y") if len(text) == 10 else text
    except ValueError:
        return text


def _side_text(title: str, side: Side) -> str:
    parts = [title]
    if side.by:
        parts.append(side.by)
    if side.at is not None:
        parts.append(side.at.astimezone().strftime("%d.%m.%Y %H:%M"))
    return " · ".join(parts)


class ConflictDialog(QDialog):
    """Choose, per field, which side's value is kept; ``choices()`` after ``exec()`` returned Accepted."""

    def __init__(
        self,
        conflicts: Sequence[FieldConflict],
        *,
        mine_title: str,
        theirs_title: str,
        mine_side: Side | None = None,
        theirs_side: Side | None = None,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sagen er ændret to steder"))
        self.conflicts = list(conflicts)
        self._groups: dict[str, QButtonGroup] = {}
        self._buttons: dict[tuple[str, Choice], QRadioButton] = {}

        text = QLabel(
            intro
            or self.tr(
                "De samme felter er ændret forskelligt to steder. Vælg for hvert felt, hvilken værdi der skal "
                "gælde. Intet er gemt, før du har valgt."
            )
        )
        text.setWordWrap(True)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        header_field = QLabel(self.tr("<b>Felt</b>"))
        header_mine = QLabel(f"<b>{_side_text(mine_title, mine_side or Side())}</b>")
        header_theirs = QLabel(f"<b>{_side_text(theirs_title, theirs_side or Side())}</b>")
        for column, label in enumerate((header_field, header_mine, header_theirs)):
            label.setWordWrap(True)
            grid.addWidget(label, 0, column)
        for row, conflict in enumerate(self.conflicts, start=1):
            self._add_row(grid, row, conflict, mine_title, theirs_title)
        grid.setRowStretch(len(self.conflicts) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)

        self.all_mine = QPushButton(self.tr("Brug alle fra %1").replace("%1", mine_title.lower()))
        self.all_theirs = QPushButton(self.tr("Brug alle fra %1").replace("%1", theirs_title.lower()))
        self.all_mine.clicked.connect(lambda: self.choose_all(Choice.MINE))
        self.all_theirs.clicked.connect(lambda: self.choose_all(Choice.THEIRS))
        quick = QHBoxLayout()
        quick.addWidget(self.all_mine)
        quick.addWidget(self.all_theirs)
        quick.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("&Gem valgene"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Vælg senere"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remaining = QLabel()
        self.remaining.setAccessibleName(self.tr("Mangler valg"))

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(scroll, 1)
        layout.addLayout(quick)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remaining, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(860, min(640, 200 + 70 * len(self.conflicts)))
        self._update()

    def _add_row(self, grid: QGridLayout, row: int, conflict: FieldConflict, mine: str, theirs: str) -> None:
        name = QLabel(conflict.label)
        name.setWordWrap(True)
        name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(name, row, 0)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for column, (choice, value, side) in enumerate(
            ((Choice.MINE, conflict.mine, mine), (Choice.THEIRS, conflict.theirs, theirs)), start=1
        ):
            full = value_text(value)
            shown = full if len(full) <= MAX_SHOWN else full[: MAX_SHOWN - 1] + "…"
            button = QRadioButton(button_text(shown))
            button.setToolTip(full)
            button.setAccessibleName(f"{conflict.label}: {side}")
            button.setAccessibleDescription(full)
            group.addButton(button)
            grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
            self._buttons[(conflict.path, choice)] = button
        group.buttonToggled.connect(lambda *_: self._update())
        self._groups[conflict.path] = group

    def button(self, path: str, choice: Choice) -> QRadioButton:
        return self._buttons[(path, choice)]

    def choose(self, path: str, choice: Choice) -> None:
        self._buttons[(path, choice)].setChecked(True)

    def choose_all(self, choice: Choice) -> None:
        for conflict in self.conflicts:
            self.choose(conflict.path, choice)

    def choices(self) -> dict[str, Choice]:
        out: dict[str, Choice] = {}
        for conflict in self.conflicts:
            for choice in Choice:
                if self._buttons[(conflict.path, choice)].isChecked():
                    out[conflict.path] = choice
        return out

    def _update(self) -> None:
        missing = len(self.conflicts) - len(self.choices())
        self.save_button.setEnabled(missing == 0)
        self.remaining.setText(
            self.tr("Alle felter har et valg.")
            if missing == 0
            else self.tr("Felter uden valg: %1").replace("%1", str(missing))
        )
