"""A pad to sign on the screen: mouse, touch or a tablet pen, exported as a small cropped PNG.

``SignatureCanvas`` keeps the strokes as points (with the pen's pressure when a tablet gives
it) and draws them as smooth curves through the midpoints. ``to_png`` draws the strokes again,
cropped to the ink with a margin, at twice the screen's resolution on white, in greyscale:
a signature is a few kB. The PNG is made in memory; nothing is written to a file.
``SignaturePad`` is the canvas with its "Ryd" button.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

PEN_WIDTH = 2.8  # logical pixels at pressure 0.5 (a mouse or a finger)
EXPORT_SCALE = 2.0  # the PNG has twice the screen's pixels: sharp on paper at 70 mm
EXPORT_MARGIN = 8.0  # logical pixels of white around the ink
MIN_EXPORT = QSize(64, 32)  # never smaller than this (the store refuses a dot)
MAX_EXPORT = QSize(4000, 2000)  # the store's limit
_MIN_STEP = 1.2  # points closer than this to the last one are noise
_INK = QColor("#10204a")

Point = tuple[QPointF, float]  # position, pressure 0..1


def _width(pressure: float) -> float:
    return PEN_WIDTH * (0.55 + 0.9 * max(0.0, min(1.0, pressure)))


def draw_strokes(painter: QPainter, strokes: list[list[Point]], colour: QColor) -> None:
    """Quadratic curves through the midpoints of each stroke: smooth lines from jagged input."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for stroke in strokes:
        if len(stroke) == 1:
            point, pressure = stroke[0]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            radius = _width(pressure) / 2
            painter.drawEllipse(point, radius, radius)
            continue
        start = stroke[0][0]
        for i in range(1, len(stroke)):
            point, pressure = stroke[i]
            end = (point + stroke[i + 1][0]) / 2 if i + 1 < len(stroke) else point
            path = QPainterPath(start)
            path.quadTo(point, end)
            pen = QPen(colour, _width((stroke[i - 1][1] + pressure) / 2))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            start = end


class SignatureCanvas(QWidget):
    """Where the signature is drawn. ``changed`` after each stroke and on ``clear``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[Point]] = []
        self._drawing = False
        self.placeholder = self.tr("Skriv under her")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMinimumSize(320, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Felt til underskrift"))
        self.setAccessibleDescription(self.tr("Skriv under med mus, finger eller pen"))

    # -- the strokes ---------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._strokes

    def stroke_count(self) -> int:
        return len(self._strokes)

    def ink_length(self) -> float:
        """How far the pen travelled, in logical pixels (a tap is 0)."""
        total = 0.0
        for stroke in self._strokes:
            for (a, _), (b, _) in zip(stroke, stroke[1:], strict=False):
                total += math.hypot(b.x() - a.x(), b.y() - a.y())
        return total

    def strokes(self) -> list[list[Point]]:
        """A copy of the strokes (to keep a signature begun when the dialog is closed unsaved)."""
        return [list(stroke) for stroke in self._strokes]

    def set_strokes(self, strokes: list[list[Point]]) -> None:
        self._strokes = [list(stroke) for stroke in strokes]
        self._drawing = False
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def _begin(self, point: QPointF, pressure: float) -> None:
        self._strokes.append([(point, pressure)])
        self._drawing = True
        self.update()

    def _extend(self, point: QPointF, pressure: float) -> None:
        if not self._drawing:
            return
        stroke = self._strokes[-1]
        last = stroke[-1][0]
        if math.hypot(point.x() - last.x(), point.y() - last.y()) < _MIN_STEP:
            return
        stroke.append((point, pressure))
        self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.update()
            self.changed.emit()

    # -- input: mouse, touch, tablet pen -------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), 0.5)
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), 0.5)
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), 0.5)
            self._end()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no mouse event is made from it: the stroke is drawn once

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QTouchEvent) and kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            points = event.points()
            if kind == QEvent.Type.TouchBegin and points:
                self._begin(points[0].position(), 0.5)
            elif kind == QEvent.Type.TouchUpdate and points:
                self._extend(points[0].position(), 0.5)
            else:
                self._end()
            event.accept()
            return True
        return super().event(event)

    # -- drawing and export --------------------------------------------------------------------
    def _baseline_y(self) -> float:
        return self.height() * 0.72

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#9aa3b5"), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        y = self._baseline_y()
        painter.setPen(QPen(QColor("#9aa3b5"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(24, y), QPointF(self.width() - 24, y))
        painter.setPen(QColor("#5c6478"))
        painter.drawText(QPointF(10, y - 4), "×")
        if self.is_empty():
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            painter.setFont(font)
            painter.setPen(QColor("#8a91a3"))
            area = QRectF(0, 0, self.width(), y - 6)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.placeholder)
        draw_strokes(painter, self._strokes, _INK)
        painter.end()

    def ink_rect(self) -> QRectF:
        """The strokes' bounding box with the pen's width and the export margin around it."""
        xs = [p.x() for stroke in self._strokes for p, _ in stroke]
        ys = [p.y() for stroke in self._strokes for p, _ in stroke]
        pad = EXPORT_MARGIN + _width(1.0)
        return QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad)

    def to_png(self) -> bytes:
        """The signature cropped to its ink, black-blue on white, greyscale PNG bytes (b"" if empty)."""
        if self.is_empty():
            return b""
        rect = self.ink_rect()
        scale = min(EXPORT_SCALE, MAX_EXPORT.width() / rect.width(), MAX_EXPORT.height() / rect.height())
        width = max(MIN_EXPORT.width(), math.ceil(rect.width() * scale))
        height = max(MIN_EXPORT.height(), math.ceil(rect.height() * scale))
        image = QImage(width, height, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        painter.translate(-rect.left(), -rect.top())
        draw_strokes(painter, self._strokes, QColor("black"))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG", 0)  # type: ignore[call-overload]  # (PySide wants str) quality 0: the highest compression; a signature is a few kB
        buffer.close()
        return bytes(data.data())


class SignaturePad(QWidget):
    """The canvas with a hint and the "Ryd" button; ``changed`` when the signature changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = SignatureCanvas(self)
        self.hint = QLabel(self.tr("Brug musen, en finger eller en pen. Tryk »Ryd« for at starte forfra."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #444;")
        self.clear_button = QPushButton(self.tr("R&yd"))
        self.clear_button.setAccessibleName(self.tr("Ryd underskriften"))
        self.clear_button.setEnabled(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hint, 1)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(row)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.canvas.changed.connect(self._on_changed)

    def _on_changed(self) -> None:
        self.clear_button.setEnabled(not self.canvas.is_empty())
        self.changed.emit()

    def is_empty(self) -> bool:
        return self.canvas.is_empty()

    def to_png(self) -> bytes:
        return self.canvas.to_png()

    def clear(self) -> None:
        self.canvas.clear()
