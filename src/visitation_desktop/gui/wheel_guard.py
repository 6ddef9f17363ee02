"""The mouse wheel scrolls the page, not the value of a combo or spin box it happens to pass over.

One ``WheelGuard`` per wizard, installed once on the application while the wizard lives: a wheel
event over a combo box or spin box inside the wizard that does not have keyboard focus is handed
to the scroll area around it instead. A focused box (clicked or tabbed into) still turns with the
wheel, as the caseworker then means it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget


class WheelGuard(QObject):
    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self._root = root
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Qt drops a deleted filter itself: it goes with the wizard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        box = _value_box(watched)
        if box is None or box.hasFocus() or not self._root.isAncestorOf(box):
            return False
        scroll = _scroll_area_of(box)
        if scroll is not None:
            QCoreApplication.sendEvent(scroll.verticalScrollBar(), event)
        return True  # the value stays as it was


def _value_box(widget: QWidget) -> QWidget | None:
    """The combo or spin box ``widget`` is (or is part of, e.g. a spin box's line edit)."""
    current: QWidget | None = widget
    for _ in range(3):
        if isinstance(current, QComboBox | QAbstractSpinBox):
            return current
        if current is None:
            return None
        current = current.parentWidget()
    return None


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.verticalScrollBar().isVisible():
            return parent
        parent = parent.parentWidget()
    return None
