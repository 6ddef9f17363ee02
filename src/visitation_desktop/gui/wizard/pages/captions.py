"""Row captions that stay on one line.

A word-wrapped caption in a QFormLayout can be cut off at the bottom when its field is tall
(the form gives it the height of fewer lines than it wraps to); the pages keep captions short
and on one line instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def unwrap_captions(body: QWidget) -> None:
    """Every form caption under ``body`` on one line."""
    for form in body.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setWordWrap(False)
