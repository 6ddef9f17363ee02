"""The citizen's screen: the easy-read words in large, high-contrast type, one column to read.

A window of its own (full screen on a second screen, or over the wizard on the same one). It shows
``Content`` and nothing else; its title names no one. Ctrl+plus / Ctrl+minus / Ctrl+0 make the text
larger, smaller, as it was; Esc or F11 asks to go back to the wizard (``back_requested``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the words are made elsewhere (content.py, which reads the documents' texts)
    from .content import Content, Section

BASE_POINTS = 22.0  # the body text's size at zoom 1 (easy-read on a screen: well above 14 pt)
ZOOM_STEP = 1.15
ZOOM_MIN, ZOOM_MAX = 0.7, 2.6
COLUMN_EMS = 38  # the text column's widest, in multiples of the body size: lines stay short
INK, PAPER, ACCENT = "#000000", "#ffffff", "#0b3a6e"  # black on white; headings dark blue (contrast > 10:1)


class CitizenView(QWidget):
    """Shows one ``Content`` in large type; ``back_requested`` on Esc or F11."""

    back_requested = Signal()
    shown = Signal(bool)  # the window was shown (True) or hidden (False), by anyone (the lock too)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Borgerens skærm"))
        self.setAccessibleName(self.tr("Borgerens skærm"))
        self.setObjectName("citizenView")
        self.setStyleSheet(f"#citizenView, #citizenPage {{ background: {PAPER}; }}"
                           f" QLabel {{ color: {INK}; background: {PAPER}; }}")
        self.zoom = 1.0
        self.content: Content | None = None
        self._shown: Content | None = None
        self._parts: list[tuple[QWidget, QWidget]] = []  # each section's heading and its last widget
        self._keep_at: tuple[int, int | None] = (0, None)
        self.page = QWidget()
        self.page.setObjectName("citizenPage")
        self.column = QVBoxLayout(self.page)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.page)
        self.hint = QLabel(self.tr("Esc eller F11: tilbage til visitationen.   Ctrl + plus / minus: større eller mindre tekst."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #333333; padding: 6px; border-top: 1px solid #999999;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.hint)
        for keys, action in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.set_zoom(self.zoom * ZOOM_STEP)),
            (QKeySequence("Ctrl+="), lambda: self.set_zoom(self.zoom * ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.set_zoom(self.zoom / ZOOM_STEP)),
            (QKeySequence("Ctrl+0"), lambda: self.set_zoom(1.0)),
            (QKeySequence(Qt.Key.Key_Escape), self.back_requested.emit),
            (QKeySequence(Qt.Key.Key_F11), self.back_requested.emit),
        ):
            QShortcut(keys, self, action)

    # -- what is shown ---------------------------------------------------------------------------
    def show_content(self, content: Content) -> None:
        """Show ``content``; the same words again change nothing (no flicker, the scroll stays)."""
        self.content = content
        if content != self._shown:
            self._rebuild()

    def blank(self) -> None:
        """Nothing on the screen (while the program is locked)."""
        self.content = None
        self._rebuild()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(max(ZOOM_MIN, zoom), ZOOM_MAX)
        if abs(zoom - self.zoom) > 1e-6:
            self.zoom = zoom
            self._rebuild()

    def set_hint_visible(self, visible: bool) -> None:
        """The keys to go back: shown when the view covers the wizard, not on a second screen."""
        self.hint.setVisible(visible)

    def texts(self) -> list[str]:
        """Every text the window shows (labels and title): what a test searches."""
        labels = [label for label in self.findChildren(QLabel) if label.isVisibleTo(self)]
        return [self.windowTitle(), *(label.text() for label in labels)]

    # -- building --------------------------------------------------------------------------------
    def _points(self, factor: float = 1.0) -> float:
        return BASE_POINTS * self.zoom * factor

    def _label(self, value: str, factor: float = 1.0, bold: bool = False, color: str = INK) -> QLabel:
        label = QLabel(value)
        label.setTextFormat(Qt.TextFormat.PlainText)  # what was typed is text, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = QFont(label.font())
        font.setPointSizeF(self._points(factor))
        font.setBold(bold)
        label.setFont(font)
        label.setStyleSheet(f"color: {color};")
        return label

    def _clear(self) -> None:
        _empty(self.column)

    def _rebuild(self) -> None:
        self._keep_at = (self.scroller.verticalScrollBar().value(), _first_change(self._shown, self.content))
        self.setUpdatesEnabled(False)
        try:
            self._clear()
            self._parts = []
            self._shown = self.content
            self.hint.setFont(_sized(self.hint.font(), self._points(0.55)))
            ems = self._points() * 96 / 72  # the body size in pixels at 96 dpi
            margin = round(ems * 1.2)
            self.column.setContentsMargins(margin, margin, margin, margin)
            self.column.setSpacing(round(ems * 0.35))
            if self.content is not None:
                body = QWidget()
                body.setMaximumWidth(round(ems * COLUMN_EMS))
                inner = QVBoxLayout(body)
                inner.setContentsMargins(0, 0, 0, 0)
                inner.setSpacing(round(ems * 0.35))
                self._fill(inner, self.content, ems)
                row = QHBoxLayout()
                row.addStretch(1)
                row.addWidget(body, 100)
                row.addStretch(1)
                self.column.addLayout(row)
            self.column.addStretch(1)
        finally:
            self.setUpdatesEnabled(True)
        QTimer.singleShot(0, self, self._scroll_after_rebuild)  # once the new labels have their sizes

    def _scroll_after_rebuild(self) -> None:
        """Stay where the reader was, or, when a part changed, bring that part into view."""
        position, changed = self._keep_at
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # word-wrapped heights settled
        self.scroller.verticalScrollBar().setValue(position)
        if changed is not None and changed < len(self._parts):
            first, last = self._parts[changed]
            margin = round(self._points() * 96 / 72)
            self.scroller.ensureWidgetVisible(last, 0, margin)
            self.scroller.ensureWidgetVisible(first, 0, margin)

    def _fill(self, layout: QVBoxLayout, content: Content, ems: float) -> None:
        layout.addWidget(self._label(content.title, 1.6, bold=True, color=ACCENT))
        layout.addWidget(self._label(content.about))
        for section in content.sections:
            layout.addSpacing(round(ems * 0.6))
            heading = self._label(section.heading, 1.25, bold=True, color=ACCENT)
            layout.addWidget(heading)
            self._fill_section(layout, section, ems)
            last = layout.itemAt(layout.count() - 1)
            self._parts.append((heading, _last_widget(last) or heading))

    def _fill_section(self, layout: QVBoxLayout, section: Section, ems: float) -> None:
        for line in section.lines:
            layout.addWidget(self._label(line))
        for theme, words in section.told:
            if theme:
                layout.addWidget(self._label(theme, 0.8, bold=True))
            layout.addWidget(self._label(f"»{words}«"))
        for goal, under in section.bullets:
            row = QHBoxLayout()
            dot = self._label("•", bold=True)
            dot.setAlignment(Qt.AlignmentFlag.AlignTop)
            dot.setFixedWidth(round(ems))
            row.addWidget(dot)
            texts = QVBoxLayout()
            texts.setSpacing(0)
            texts.addWidget(self._label(goal))
            if under:
                texts.addWidget(self._label(under, 0.8, color="#222222"))
            row.addLayout(texts, 1)
            layout.addLayout(row)
        for key, said in section.pictograms:
            layout.addLayout(self._pictogram_row(key, said, ems))

    def _pictogram_row(self, key: str, said: str, ems: float) -> QHBoxLayout:
        from ...documents.pictograms import pictogram_svg

        picture = QSvgWidget()
        picture.load(QByteArray(pictogram_svg(key)))
        side = round(ems * 3)
        picture.setFixedSize(side, side)
        picture.setAccessibleName(said)
        row = QHBoxLayout()
        row.setSpacing(round(ems * 0.6))
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self._label(said), 1)
        return row

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.shown.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        super().hideEvent(event)
        self.shown.emit(False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Closing the window by hand is going back to the wizard."""
        event.accept()
        self.back_requested.emit()


def _first_change(old: Content | None, new: Content | None) -> int | None:
    """The index of the first section that differs between two contents (None: no change to show)."""
    if old is None or new is None or old == new:
        return None
    for index, (before, after) in enumerate(zip(old.sections, new.sections, strict=False)):
        if before != after:
            return index
    return min(len(old.sections), len(new.sections)) if len(old.sections) != len(new.sections) else None


def _last_widget(item: QLayoutItem | None) -> QWidget | None:
    """The last widget inside a layout item (a widget, or the last one in a row's layout)."""
    if item is None:
        return None
    if (widget := item.widget()) is not None:
        return widget
    inner = item.layout()
    if inner is None:
        return None
    for i in range(inner.count() - 1, -1, -1):
        if (found := _last_widget(inner.itemAt(i))) is not None:
            return found
    return None


def _sized(font: QFont, points: float) -> QFont:
    font = QFont(font)
    font.setPointSizeF(points)
    return font


def _drop_layout(layout: QLayout | None) -> None:
    if layout is not None:
        _empty(layout)
        layout.deleteLater()


def _empty(layout: QLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        _drop(item.widget())
        _drop_layout(item.layout())


def _drop(widget: QWidget | None) -> None:
    """Out of the window at once (no longer a child), deleted soon."""
    if widget is not None:
        widget.hide()
        widget.setParent(None)  # type: ignore[call-overload]
        widget.deleteLater()
