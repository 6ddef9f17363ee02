"""Page 4: Formål — the standard's purposes of the offer, and what the citizen wishes for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from ....domain.case import WizardPage
from ....domain.findings import plain
from ...generated.ui_wizard_purpose import Ui_PurposePage
from ..base import CasePage


def paragraphs(text: str) -> str:
    """A standard's text with its line wrapping undone but its blank-line paragraphs kept."""
    return "\n\n".join(plain(part) for part in text.split("\n\n") if part.strip())


class WrappingCheck(QWidget):
    """A check box whose text wraps (a long purpose never widens the page); the text toggles it too."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setAccessibleName(text)
        self.label = _ToggleLabel(text, self.check)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.check)


class _ToggleLabel(QLabel):
    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self._check = check
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._check.toggle()
            self._check.setFocus(Qt.FocusReason.MouseFocusReason)


class PurposePage(CasePage, Ui_PurposePage):
    """The fixed form is ``ui/wizard_purpose.ui``; the purposes are the standard's."""

    PAGE = WizardPage.PURPOSE

    def build(self) -> None:
        purposes = lambda: self.ctx.case.purposes  # noqa: E731
        standard = self.ctx.standard
        self.intro_label.setText(paragraphs(standard.purpose_intro))

        self.purpose_checks: dict[str, QCheckBox] = {}
        for item in standard.purposes:
            row = WrappingCheck(plain(item.text))
            self.purposes_column.addWidget(row)
            self.purpose_checks[item.id] = row.check
            self.bind_list_member(row.check, lambda: self.ctx.case.purposes.selected, item.id)
        if self.purpose_checks:
            first = next(iter(self.purpose_checks.values()))
            self.purposes_box.setFocusProxy(first)
            self.purposes_caption.setBuddy(first)  # the caption's letter leads to the first purpose
        self.tab_order(*self.purpose_checks.values(), self.wishes_edit)
        self.field_row("purposes.selected", self.purposes_holder, self.purposes_message)

        self.field_row("purposes.citizen_wishes", self.wishes_holder, self.wishes_message)
        self.bind_text(self.wishes_edit, purposes, "citizen_wishes")
