"""The GAS T-score over the case's follow-ups: one point per meeting, on a time axis in dates.

The points are the domain's (``domain.followup.t_score_history``): each follow-up held, and this
meeting once every goal is scored. 50 is the expected level (a dashed line; 45–55 is "as
expected", a light band), higher is better. With no point yet, ``TScoreHistory`` says so in
words instead of drawing an empty chart. The values are in the accessible description too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...domain.case import Goal
from ...domain.followup import FollowUp, TScorePoint, t_score_history
from ..wizard.fields import format_danish_date
from .level_history import moment_positions

LOW, HIGH = 20.0, 80.0  # the axis; a T-score beyond it is drawn at its edge, its value written
EXPECTED = 50.0
_LINE = QColor("#3465a4")
_NOW = QColor("#1d5a7a")
_BAND = QColor("#e6f0e6")
_GRID = QColor("#b0b0b0")
_MUTED = QColor("#666666")


def decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


class TScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[TScorePoint] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Diagram: T-score over tid"))

    def set_points(self, points: Sequence[TScorePoint]) -> None:
        self.points = list(points)
        text = self.description()
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def label(self, point: TScorePoint) -> str:
        return self.tr("Dette møde") if point.current else format_danish_date(point.on)

    def description(self) -> str:
        parts = [
            self.tr("{0}: T-score {1}").format(self.label(p), decimal(p.t)) for p in self.points
        ]
        return "; ".join(parts) + "." if parts else ""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(560, self.fontMetrics().height() * 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(320, self.sizeHint().height())

    def x_positions(self) -> list[float]:
        left, right, gap = self._axis()
        return moment_positions([p.on for p in self.points], left, right, gap)

    def _small(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        return small

    def _axis(self) -> tuple[float, float, float]:
        metrics = QFontMetrics(self._small())
        label_w = max((metrics.horizontalAdvance(self.label(p)) for p in self.points), default=60) + 10
        left = metrics.horizontalAdvance("80") + 12 + label_w / 2
        return left, self.width() - label_w / 2 - 4, float(label_w)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = self._small()
        small_metrics = QFontMetrics(small)
        line_h = small_metrics.height()
        text_colour = self.palette().windowText().color()
        top, bottom = 2 * line_h + 10, self.height() - line_h - 8
        left, right, _gap = self._axis()
        axis_left = small_metrics.horizontalAdvance("80") + 8

        def y_of(t: float) -> float:
            t = min(max(t, LOW), HIGH)
            return bottom - (bottom - top) * (t - LOW) / (HIGH - LOW)

        painter.fillRect(QRectF(axis_left, y_of(55), self.width() - axis_left, y_of(45) - y_of(55)), _BAND)
        painter.setFont(small)
        for value in (LOW, EXPECTED, HIGH):
            painter.setPen(QPen(_GRID, 1, Qt.PenStyle.DashLine if value == EXPECTED else Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(axis_left, y_of(value)), QPointF(self.width(), y_of(value)))
            painter.setPen(_MUTED)
            painter.drawText(
                QRectF(0, y_of(value) - line_h / 2, axis_left - 4, line_h), Qt.AlignmentFlag.AlignRight, str(int(value))
            )
        painter.drawText(  # in the margin above the axis, where no point's value goes
            QRectF(axis_left, 0, self.width() - axis_left - 4, line_h),
            Qt.AlignmentFlag.AlignRight,
            self.tr("– – 50 = som forventet"),
        )
        xs = moment_positions([p.on for p in self.points], left, right, _gap)
        centres = [QPointF(x, y_of(p.t)) for x, p in zip(xs, self.points, strict=True)]
        painter.setPen(QPen(_LINE, 2))
        for a, b in zip(centres, centres[1:], strict=False):
            painter.drawLine(a, b)
        for point, centre in zip(self.points, centres, strict=True):
            colour = _NOW if point.current else _LINE
            painter.setPen(QPen(colour, 1))
            painter.setBrush(colour)
            painter.drawEllipse(centre, 4.5, 4.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(text_colour)
            value_w = small_metrics.horizontalAdvance("00,0") + 6
            above = centre.y() - line_h - 4 >= 0
            y = centre.y() - line_h - 4 if above else centre.y() + 6
            painter.drawText(QRectF(centre.x() - value_w / 2, y, value_w, line_h), Qt.AlignmentFlag.AlignCenter, decimal(point.t))
            painter.setPen(_MUTED)
            painter.drawText(
                QRectF(centre.x() - _gap / 2, bottom + 4, _gap, line_h), Qt.AlignmentFlag.AlignHCenter, self.label(point)
            )
        painter.end()


class TScoreHistory(QWidget):
    """A heading, the chart, and a sentence instead of the chart while there is no T-score yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = self.tr("T-score over tid")
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        self.chart = TScoreChart()
        layout.addWidget(self.chart)
        self.empty = QLabel(
            self.tr(
                "Der er ingen T-score endnu. Den vises her for hver opfølgning, hvor alle mål er scoret."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #444;")
        layout.addWidget(self.empty)
        self.show_points([])

    def show_points(self, points: Sequence[TScorePoint]) -> None:
        self.chart.set_points(points)
        self.chart.setVisible(bool(points))
        self.empty.setVisible(not points)

    def show_history(self, held: Sequence[FollowUp], current: FollowUp | None, goals: Sequence[Goal]) -> None:
        self.show_points(t_score_history(held, current, goals))
