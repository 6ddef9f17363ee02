"""A row that lays its parts side by side when the page is wide enough, one under the other when not.

A 14" laptop at 125 % or 150 % scaling leaves a wizard page some 560–730 px wide: the goal editor
and its SMART check, or the assessment and its chart, then stand one under the other instead of
making the page scroll sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QWidget

_MARGINS = 24  # the page body's margins and the scroll bar beside the row


class Reflow(QObject):
    """Switch ``layout`` between left-to-right and top-to-bottom as ``watched`` (a viewport) resizes."""

    def __init__(self, layout: QBoxLayout, watched: QWidget) -> None:
        super().__init__(watched)
        self._layout = layout
        self._side_by_side_width = 0
        watched.installEventFilter(self)

    def _needed(self) -> int:
        """The width the parts need side by side (measured while they are)."""
        layout = self._layout
        if layout.direction() == QBoxLayout.Direction.LeftToRight:
            self._side_by_side_width = layout.minimumSize().width() + _MARGINS
        return self._side_by_side_width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            wide = watched.width() >= self._needed()
            direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
            if self._layout.direction() != direction:
                self._layout.setDirection(direction)
        return False
