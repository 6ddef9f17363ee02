"""Input widgets the wizard needs beyond Qt's own: a date that may be empty, a level chooser."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...domain.ffb import Level
from ...domain.inputs import InputRefused, make_date
from ..labels import QT_TRANSLATE_NOOP

DATE_FORMAT_HINT = QT_TRANSLATE_NOOP("DateField", "dd-mm-åååå")


def parse_danish_date(text: str) -> dt.date | None:
    """Parse 26-11-2026, 26.11.2026, 26/11/2026 or 2026-11-26; raise ValueError otherwise
    (``InputRefused``, with the reason, for a day, month or year that does not exist or lies
    outside the years the program plans in)."""
    text = text.strip()
    if not text:
        return None
    for sep in ("-", ".", "/"):
        parts = text.split(sep)
        if len(parts) == 3 and all(p.isascii() and p.isdigit() and len(p) <= 4 for p in parts):
            if len(parts[0]) == 4:
                return make_date(int(parts[0]), int(parts[1]), int(parts[2]))
            year = int(parts[2])
            if len(parts[2]) == 2:
                year += 2000
            return make_date(year, int(parts[1]), int(parts[0]))
    raise ValueError(text)


def format_danish_date(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


class DateField(QLineEdit):
    """A date typed as dd-mm-åååå; empty means "not set". Bad input is kept and flagged."""

    date_changed = Signal(object)  # dt.date | None, only for valid input
    invalid = Signal(str)  # Danish message, "" when valid again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr(DATE_FORMAT_HINT))
        self.setMaximumWidth(140)
        self.textChanged.connect(self._on_text_changed)

    def date(self) -> dt.date | None:
        try:
            return parse_danish_date(self.text())
        except ValueError:
            return None

    def set_date(self, value: dt.date | None) -> None:
        self.blockSignals(True)
        self.setText(format_danish_date(value))
        self.blockSignals(False)

    def _on_text_changed(self, text: str) -> None:
        try:
            value = parse_danish_date(text)
        except InputRefused as exc:
            self.invalid.emit(str(exc) + " " + self.tr("Skriv datoen som dd-mm-åååå, fx 03-02-2027."))
            return
        except ValueError:
            self.invalid.emit(self.tr("Skriv datoen som dd-mm-åååå, fx 03-02-2027."))
            return
        self.invalid.emit("")
        self.date_changed.emit(value)


class LevelCombo(QComboBox):
    """An FFB level 0–4 or "Ikke vurderet" (None)."""

    def __init__(self, levels: tuple[Level, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for level in sorted(levels, key=lambda lv: -1 if lv.value is None else lv.value):
            name = self.tr(level.name)  # KL's level names, in English through gui/labels.py
            label = name if level.value is None else f"{level.value} – {name}"
            self.addItem(label, level.value)

    def value(self) -> int | None:
        data = self.currentData()
        return None if data is None else int(data)

    def set_value(self, value: int | None) -> None:
        self.blockSignals(True)
        index = self.findData(value)
        self.setCurrentIndex(index if index >= 0 else 0)
        self.blockSignals(False)
