"""A small bar chart of the ability level per "Aktivitet og deltagelse" theme, drawn with QPainter.

A bar is the mean level of the theme's assessed subthemes (0 = ingen nedsat funktionsevne,
4 = fuldstændig nedsat); a dark mark on the bar shows the worst subtheme, so a "3 – Svært" is not
averaged away by easy ones beside it, and its level stands after the mean. A theme with nothing assessed reads "Ikke vurderet". The same values
are given as text in the accessible description, so a screen reader gets the chart too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.case import Assessment
from ...domain.ffb import ACTIVITY_AND_PARTICIPATION, NOT_ASSESSED, Catalogue

MAX_LEVEL = 4
_BAR_COLOUR = QColor("#3465a4")
_GRID_COLOUR = QColor("#c8c8c8")
_MUTED_COLOUR = QColor("#666666")
_WORST_COLOUR = QColor("#a40000")


@dataclass(frozen=True)
class ChartBar:
    name: str  # the theme's name
    value: float | None  # mean of the assessed subthemes; None = nothing assessed
    assessed: int  # subthemes with a level
    total: int  # subthemes in the theme
    worst: int | None = None  # the highest (most reduced) level among the assessed subthemes


def theme_bars(assessment: Assessment, catalogue: Catalogue) -> list[ChartBar]:
    """One bar per A&D theme, in catalogue order; themes with nothing assessed have value None."""
    bars: list[ChartBar] = []
    for theme in catalogue.themes_in(ACTIVITY_AND_PARTICIPATION):
        found = assessment.themes.get(theme.code)
        codes = {s.code for s in theme.subthemes}
        values = [v for code, v in (found.levels.items() if found else ()) if v is not None and code in codes]
        mean = sum(values) / len(values) if values else None
        worst = max(values) if values else None
        bars.append(ChartBar(theme.name, mean, len(values), len(theme.subthemes), worst))
    return bars


def danish_number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


class LevelChart(QWidget):
    """Horizontal bars, one per theme, on a 0–4 axis labelled with the levels' short names."""

    def __init__(self, level_names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if len(level_names) != MAX_LEVEL + 1:
            raise ValueError("the chart needs one name for each level 0..4")
        self._level_names = list(level_names)
        self._bars: list[ChartBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Diagram: funktionsevne pr. tema"))
        self._update_description()

    # -- data ------------------------------------------------------------------------------
    def set_bars(self, bars: Sequence[ChartBar]) -> None:
        self._bars = list(bars)
        self._update_description()
        self.updateGeometry()
        self.update()

    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def values(self) -> dict[str, float | None]:
        return {bar.name: bar.value for bar in self._bars}

    def level_name(self, value: float) -> str:
        """ "Moderat" for 2.0; "mellem Moderat og Svært" for a mean such as 2.5."""
        low = min(MAX_LEVEL, max(0, math.floor(value)))
        if value == low:
            return self._level_names[low]
        return self.tr("mellem {0} og {1}").format(self._level_names[low], self._level_names[low + 1])

    def description(self) -> str:
        """The chart as one Danish sentence per theme."""
        if not self._bars:
            return self.tr("Ingen temaer.")
        parts = []
        for bar in self._bars:
            if bar.value is None:
                parts.append(self.tr("{0}: ikke vurderet").format(bar.name))
            else:
                part = self.tr("{0}: {1} ({2}), {3} af {4} undertemaer vurderet").format(
                    bar.name,
                    danish_number(bar.value),
                    self.level_name(bar.value),
                    bar.assessed,
                    bar.total,
                )
                if bar.worst is not None and bar.worst > bar.value:
                    part += self.tr(", det sværeste: {0} ({1})").format(bar.worst, self._level_names[bar.worst])
                parts.append(part)
        return "; ".join(parts) + "."

    def _update_description(self) -> None:
        text = self.description()
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    # -- geometry --------------------------------------------------------------------------
    def _row_height(self) -> int:
        return max(22, self.fontMetrics().height() + 8)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def _plot_span(self, width: int) -> tuple[int, float, float]:
        """(width of the name column, x of level 0, x of level 4) for a widget ``width`` wide."""
        metrics = self.fontMetrics()
        small = QFontMetrics(self._small_font())
        longest = max((metrics.horizontalAdvance(b.name) for b in self._bars), default=0)
        names_w = min(int(width * 0.42), longest + 8)
        left = names_w + small.horizontalAdvance("0") + 4
        widest_label = self.tr("{0} · værst {1}").format("3,0", MAX_LEVEL)  # a mean with its worst beside it
        right = width - max(metrics.horizontalAdvance(widest_label), small.horizontalAdvance("4")) - 8
        return names_w, float(left), float(max(left + 1, right))

    def _axis_labels(self, width: int) -> list[tuple[str, float, int]]:
        """Each tick's label "2 Moderat" with its x and its line: a label goes on the first line
        where it does not run into the label before it, so the labels never overlap."""
        small = QFontMetrics(self._small_font())
        _, left, right = self._plot_span(width)
        placed: list[tuple[str, float, int]] = []
        line_ends: list[float] = []
        for level, name in enumerate(self._level_names):
            text = f"{level} {name}"
            text_w = small.horizontalAdvance(text)
            centre = left + (right - left) * level / MAX_LEVEL
            x = min(max(0.0, centre - text_w / 2), width - text_w - 1.0)
            line = next((i for i, end in enumerate(line_ends) if x >= end + 6), len(line_ends))
            if line == len(line_ends):
                line_ends.append(0.0)
            line_ends[line] = x + text_w
            placed.append((text, x, line))
        return placed

    def _axis_height(self, width: int) -> int:
        lines = 1 + max((line for _, _, line in self._axis_labels(width)), default=0)
        return lines * QFontMetrics(self._small_font()).height() + 8

    def _chart_height(self, width: int) -> int:
        return 6 + max(1, len(self._bars)) * self._row_height() + self._axis_height(width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = self.width() if self.width() > 100 else 340
        return QSize(340, self._chart_height(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(240, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._chart_height(event.size().width()) != self._chart_height(event.oldSize().width()):
            self.updateGeometry()

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        text_colour = self.palette().windowText().color()
        row_h = self._row_height()
        names_w, left, right = self._plot_span(self.width())
        top = 6
        bottom = top + len(self._bars) * row_h

        def x_of(value: float) -> float:
            return left + (right - left) * value / MAX_LEVEL

        painter.setPen(QPen(_GRID_COLOUR, 1))
        for level in range(MAX_LEVEL + 1):
            painter.drawLine(int(x_of(level)), top, int(x_of(level)), bottom + 2)

        for row, bar in enumerate(self._bars):
            y = top + row * row_h
            name = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, names_w - 6)
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y, names_w - 6, row_h), Qt.AlignmentFlag.AlignVCenter, name)
            if bar.value is None:
                italic = QFont(self.font())
                italic.setItalic(True)
                painter.setFont(italic)
                painter.setPen(_MUTED_COLOUR)
                painter.drawText(
                    QRectF(left + 4, y, self.width() - left - 4, row_h),
                    Qt.AlignmentFlag.AlignVCenter,
                    NOT_ASSESSED,
                )
                painter.setFont(self.font())
                continue
            end = x_of(bar.value)
            painter.fillRect(QRectF(left, y + 4, max(2.0, end - left), row_h - 8), _BAR_COLOUR)
            label = danish_number(bar.value)
            if bar.worst is not None and bar.worst > bar.value:
                marker = x_of(bar.worst)
                painter.setPen(QPen(_WORST_COLOUR, 3))
                painter.drawLine(int(marker), y + 2, int(marker), y + row_h - 2)
                label = self.tr("{0} · værst {1}").format(label, bar.worst)
                end = max(end, marker)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(end + 3, y, metrics.horizontalAdvance(label) + 4, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )

        painter.setFont(self._small_font())
        painter.setPen(text_colour)
        small_h = QFontMetrics(self._small_font()).height()
        for text, x, line in self._axis_labels(self.width()):
            painter.drawText(QRectF(x, bottom + 4 + line * small_h, self.width() - x, small_h), text)
        painter.end()
