"""The ability levels over time: one small line per subtheme, from the visitation to this meeting.

Each row is a subtheme; the time axis is in dates (meetings stand as far apart as their days); the
columns are the visitation (the baseline), each follow-up held and
this meeting. Level 0 (ingen nedsat funktionsevne) is at the top of a row, 4 at the bottom, so a
line going up is a better level. The same values are in the accessible description as text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.case import CaseFile
from ...domain.ffb import Catalogue
from ...domain.followup import FollowUp, baseline_level, reassessable_subthemes
from ..wizard.fields import format_danish_date

MAX_LEVEL = 4
_LINE = QColor("#3465a4")
_BASE = QColor("#777777")
_NOW = QColor("#1d5a7a")
_GRID = QColor("#d0d0d0")
_MUTED = QColor("#888888")


@dataclass(frozen=True)
class Moment:
    number: int  # 0: the visitation, 1.. the follow-ups held, -1: this meeting
    on: dt.date | None


@dataclass(frozen=True)
class Series:
    code: str
    name: str
    levels: tuple[int | None, ...]  # one per moment


def moment_positions(days: Sequence[dt.date | None], left: float, right: float, gap: float) -> list[float]:
    """Where each meeting stands on the time axis: spaced by its date (so three months look like three
    months and a year like a year), at least ``gap`` apart so the date labels stay readable.
    Without dates for all of them, evenly spaced."""
    count = len(days)
    if count == 0:
        return []
    if count == 1:
        return [(left + right) / 2]
    span = right - left
    dated = [d for d in days if d is not None]
    if len(dated) != count or dated[-1] <= dated[0]:
        return [left + span * i / (count - 1) for i in range(count)]
    first, total = dated[0], (dated[-1] - dated[0]).days
    xs = [left + span * (d - first).days / total for d in dated]
    gap = min(gap, span / (count - 1))
    for i in range(1, count):  # push a meeting close to the one before to the right ...
        xs[i] = max(xs[i], xs[i - 1] + gap)
    for i in range(count - 2, -1, -1):  # ... and back within the axis from the right end
        xs[i] = min(xs[i], xs[i + 1] - gap)
    xs[-1] = min(xs[-1], right)
    return xs


def level_series(
    case: CaseFile, held: Sequence[FollowUp], current: FollowUp, catalogue: Catalogue
) -> tuple[list[Moment], list[Series]]:
    """The moments (visitation, follow-ups held, this meeting) and each subtheme's levels at them."""
    baseline_day = case.decision.decided_on or case.application.received
    moments = [Moment(0, baseline_day)]
    moments += [Moment(n, f.held_on) for n, f in enumerate(held, start=1)]
    moments.append(Moment(-1, current.held_on))
    series: list[Series] = []
    for code in reassessable_subthemes(case, catalogue):
        subtheme = catalogue.subtheme(code)
        levels = [baseline_level(case, code)] + [f.levels.get(code) for f in held] + [current.levels.get(code)]
        series.append(Series(code, subtheme.name if subtheme else code, tuple(levels)))
    return moments, series


class LevelHistoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moments: list[Moment] = []
        self._series: list[Series] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Diagram: funktionsevne over tid"))

    def set_data(self, moments: Sequence[Moment], series: Sequence[Series]) -> None:
        self._moments = list(moments)
        self._series = list(series)
        text = self.description()
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def label(self, moment: Moment) -> str:
        if moment.number == 0:
            return self.tr("Visitation")
        if moment.number < 0:
            return self.tr("Dette møde")
        return self.tr("Opfølgning {0}").format(moment.number)

    def description(self) -> str:
        """One sentence per subtheme: its level at each moment."""
        parts = []
        not_assessed = self.tr("ikke vurderet")
        for s in self._series:
            values = ", ".join(
                f"{self.label(m).lower()} {not_assessed if v is None else v}"
                for m, v in zip(self._moments, s.levels, strict=True)
            )
            parts.append(f"{s.name}: {values}")
        return ". ".join(parts) + "." if parts else self.tr("Ingen undertemaer er vurderet.")

    def _row_h(self) -> int:
        return max(48, self.fontMetrics().height() * 3)

    def _head_h(self) -> int:
        return self.fontMetrics().height() * 2 + 8

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(560, self._head_h() + max(1, len(self._series)) * self._row_h() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        text_colour = self.palette().windowText().color()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        small_metrics = QFontMetrics(small)
        label_w = max(
            (small_metrics.horizontalAdvance(t) for m in self._moments for t in (self.label(m), format_danish_date(m.on))),
            default=60,
        ) + 8
        widest = max((metrics.horizontalAdvance(s.name) for s in self._series), default=80) + 12
        names_w = min(int(self.width() * 0.38), widest)
        left = names_w + max(label_w // 2, 48)
        right = self.width() - label_w // 2 - 4
        xs = moment_positions([m.on for m in self._moments], float(left), float(right), float(label_w))

        def x_of(i: int) -> float:
            return xs[i]

        painter.setFont(small)
        painter.setPen(text_colour)
        line_h = small_metrics.height()
        for i, moment in enumerate(self._moments):
            for n, text in enumerate((self.label(moment), format_danish_date(moment.on))):
                rect = QRectF(x_of(i) - label_w / 2, 2 + n * line_h, label_w, line_h)
                painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, text)
        painter.setFont(self.font())
        line_h = metrics.height()

        row_h, top0 = self._row_h(), self._head_h()
        for row, series in enumerate(self._series):
            top = top0 + row * row_h
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(0, top + row_h - 1, self.width(), top + row_h - 1)
            painter.setPen(text_colour)
            name = metrics.elidedText(series.name, Qt.TextElideMode.ElideRight, names_w - 6)
            painter.drawText(QRectF(0, top, names_w - 6, row_h), Qt.AlignmentFlag.AlignVCenter, name)

            def y_of(level: int, top: int = top) -> float:
                return top + 8 + (row_h - 16) * level / MAX_LEVEL

            painter.setFont(small)
            painter.setPen(_MUTED)
            for level in (0, MAX_LEVEL):
                painter.drawText(
                    QRectF(left - 44, y_of(level) - line_h / 2, 14, line_h), Qt.AlignmentFlag.AlignRight, str(level)
                )
            painter.setPen(QPen(_GRID, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(left - 26, y_of(0)), QPointF(right, y_of(0)))
            painter.drawLine(QPointF(left - 26, y_of(MAX_LEVEL)), QPointF(right, y_of(MAX_LEVEL)))
            painter.setFont(self.font())
            points = [(i, v) for i, v in enumerate(series.levels) if v is not None]
            painter.setPen(QPen(_LINE, 2))
            for (i1, v1), (i2, v2) in zip(points, points[1:], strict=False):
                painter.drawLine(QPointF(x_of(i1), y_of(v1)), QPointF(x_of(i2), y_of(v2)))
            for i, value in enumerate(series.levels):
                if value is None:
                    painter.setPen(QColor("#999999"))
                    painter.drawText(QRectF(x_of(i) - 20, top, 40, row_h), Qt.AlignmentFlag.AlignCenter, "–")
                    continue
                colour = _BASE if i == 0 else (_NOW if i == len(series.levels) - 1 else _LINE)
                centre = QPointF(x_of(i), y_of(value))
                painter.setPen(QPen(colour, 1))
                painter.setBrush(colour)
                painter.drawEllipse(centre, 4.5, 4.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(text_colour)
                painter.drawText(self._value_rect(i, len(series.levels), centre, line_h), Qt.AlignmentFlag.AlignCenter, str(value))
        painter.end()

    @staticmethod
    def _value_rect(i: int, count: int, centre: QPointF, line_h: int) -> QRectF:
        """Where a point's number goes: left of the first point, right of the last, above the others,
        so the line between the points does not cross it."""
        if i == 0:
            return QRectF(centre.x() - 22, centre.y() - line_h / 2, 14, line_h)
        if i == count - 1:
            return QRectF(centre.x() + 8, centre.y() - line_h / 2, 14, line_h)
        return QRectF(centre.x() - 7, centre.y() - line_h - 3, 14, line_h)
