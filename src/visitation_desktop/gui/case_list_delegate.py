"""The case list's cells painted with their text laid out once, not at every paint.

A search step repaints the twenty-odd rows on screen. The standard delegate asks the model for seven
roles of every cell (seven calls into Python) and lays its text out anew (Unicode analysis, shaping,
elision) each time: most of a step's time at 50,000 cases. ``CaseListDelegate`` asks the model once
per cell (``OverviewModel.cell``: the text and its colour), lets the style draw the cell itself (its
background, alternating rows, selection and focus, as for any cell) and draws the text as a
``QStaticText``, elided to the column's width the way the style elides it, kept from one paint to
the next (a few thousand at most). It does so only in the styles where that gives the very pixels
the standard delegate gives (``_VERIFIED``); in any other style, and for a cell it cannot draw that
way (right-to-left, a line break), the standard delegate paints. Size hints (fitting a column),
tooltips and accessibility read the model's ``data`` as before.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

_Index = QModelIndex | QPersistentModelIndex
_KEPT = 4000  # laid-out texts kept; the list on screen needs a few hundred
# the states as ints: a Python enum's ``&`` costs microseconds, an int's nothing
_SELECTED = QStyle.StateFlag.State_Selected.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
_PEN_STATES = _SELECTED | _ENABLED | _ACTIVE
# Styles whose cells this paints pixel for pixel as the standard delegate does (checked by
# tests/gui/test_case_list_delegate.py); any other style keeps the standard painting.
_VERIFIED = ("fusion", "windows")


class CellSource(Protocol):
    def cell(self, row: int, column: int) -> tuple[str, QColor | None]: ...


class CaseListDelegate(QStyledItemDelegate):
    def __init__(self, view: QWidget, source: CellSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._source = source
        self._lines: dict[tuple[str, int], QStaticText] = {}
        self._pens: dict[int, QColor] = {}
        # what the view's style, font and palette give every cell, worked out again when one changes
        # (compared at each cell: an event filter on the view would take Python's lock at its every event)
        self._style: QStyle | None = None
        self._font = QFont()
        self._palette_key = -1
        self._verified = False
        self._margin = 0
        self._height = 0

    def _prepare(self, style: QStyle, font: QFont, palette_key: int) -> None:
        self._style, self._font, self._palette_key = style, QFont(font), palette_key  # a copy: the option goes
        # a style sheet (on the list or around it) may style the cells: the standard painting honours it
        sheet = style.metaObject().className() == "QStyleSheetStyle"
        self._verified = style.name().lower() in _VERIFIED and not sheet
        self._margin = style.pixelMetric(_MARGIN, None, self._view) + 1
        self._height = QFontMetrics(font).height()
        self._lines = {}
        self._pens = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        widget = self._view
        style, font = widget.style(), option.font  # type: ignore[attr-defined]
        palette_key = option.palette.cacheKey()  # type: ignore[attr-defined]
        if style is not self._style or palette_key != self._palette_key or font != self._font:
            self._prepare(style, font, palette_key)
        text, colour = self._source.cell(index.row(), index.column())
        state: int = option.state.value  # type: ignore[attr-defined]
        if (
            not self._verified
            or state & _FOCUS  # the one cell with the focus frame, which the style fits to its text
            or "\n" in text
            or option.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
        ):
            super().paint(painter, option, index)
            return
        style.drawPrimitive(_PANEL, option, painter, widget)  # its background: all the style draws
        if not text:
            return
        if colour is None or state & _SELECTED:
            colour = self._pen(option, state)
        rect = option.rect  # type: ignore[attr-defined]
        line = self._line(text, rect.width() - 2 * self._margin)
        # No save, clip and restore (three calls a cell): the text is elided to the cell's width, and
        # every cell sets the font and pen it draws with (the view sets its own for the grid).
        painter.setFont(self._font)
        painter.setPen(colour)
        # centred as the style's text layout centres it: half a pixel lands on the next one down
        top = rect.y() + (rect.height() - self._height + 1) // 2
        painter.drawStaticText(QPointF(rect.x() + self._margin, top), line)

    def _pen(self, option: QStyleOptionViewItem, state: int) -> QColor:
        """The text colour the style gives a cell in this state (selected, active window, enabled)."""
        key = state & _PEN_STATES
        pen = self._pens.get(key)
        if pen is None:
            group = (
                (QPalette.ColorGroup.Normal if state & _ACTIVE else QPalette.ColorGroup.Inactive)
                if state & _ENABLED
                else QPalette.ColorGroup.Disabled
            )
            role = QPalette.ColorRole.HighlightedText if state & _SELECTED else QPalette.ColorRole.Text
            pen = self._pens[key] = option.palette.color(group, role)  # type: ignore[attr-defined]
        return pen

    def _line(self, text: str, width: int) -> QStaticText:
        line = self._lines.get((text, width))
        if line is None:
            if len(self._lines) > _KEPT:
                self._lines = {}
            metrics = QFontMetrics(self._font)
            fits = metrics.horizontalAdvance(text) <= width
            line = QStaticText(text if fits else metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.prepare(font=self._font)
            self._lines[(text, width)] = line
        return line
