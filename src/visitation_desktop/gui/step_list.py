"""The wizards' step list: as wide as its longest step name needs, and wrapping a name onto a
second line (never eliding it) when the window is too narrow to give it that width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QListView, QListWidget, QStyle

MARK = "  ⚠"  # appended to a step that still has something blocking
ITEM_PADDING_PX = 16  # the item's own margins and the focus frame, both sides together


class StepList(QListWidget):
    """A list of step names that wrap at word boundaries, re-laid out as soon as its width changes."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()  # not Qt's delayed re-layout: no moment of names cut short

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.doItemsLayout()  # a width set while hidden took effect unseen

    def set_title(self, row: int, text: str, tooltip: str) -> None:
        """Rename a step; its row's height follows (Qt re-lays out a list only on a resize)."""
        item = self.item(row)
        if item.text() != text:
            item.setText(text)
            self.doItemsLayout()
        item.setToolTip(tooltip)

    def needed_width(self, titles: list[str]) -> int:
        """The width that shows the longest title (with its ⚠ mark) on one line, from the list's font."""
        metrics = self.fontMetrics()
        text = max((metrics.horizontalAdvance(title + MARK) for title in titles), default=0)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return text + ITEM_PADDING_PX + 2 * self.frameWidth() + scroll_bar
