"""A list of things to choose with check boxes (the pull and release choosers): add, read back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def add_checked(widget: QListWidget, text: str, value: Any) -> QListWidgetItem:
    """A checked line showing ``text`` that stands for ``value``."""
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked)
    widget.addItem(item)
    return item


def checked_values(widget: QListWidget) -> list[Any]:
    """The values of the checked lines, in list order."""
    items = (widget.item(i) for i in range(widget.count()))
    return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]
