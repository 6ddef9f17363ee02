"""The strip under a wizard page that lists the page's findings: one line, and the list on demand.

Closed, it is one line high whatever it holds: "✓ Ingen fund på denne side.", or the first
finding (the most serious comes first), cut with "…" where it does not fit, and a "Vis alle (3)"
button when there is more to read. The button opens the whole list below that line at a fixed
height (scrolling inside), so the page only moves when the caseworker asks for it, never when a
finding comes or goes. The page gives the list as HTML (``setText``), as it did to a label.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

LIST_LINES = 5  # the opened list is this many lines high; it scrolls inside
_COLOUR = re.compile(r"color:\s*(#[0-9a-fA-F]{6})")


class FindingsStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._html = ""
        self._lines: list[str] = []
        self._opened = False
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.toggled.connect(self._on_toggled)
        self.list_label = QLabel()
        self.list_label.setWordWrap(True)
        self.list_label.setTextFormat(Qt.TextFormat.RichText)
        self.list_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_area = QScrollArea()
        self.list_area.setWidget(self.list_label)
        self.list_area.setWidgetResizable(True)
        self.list_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list_area.setVisible(False)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.list_area)
        line = max(self.summary.sizeHint().height(), self.toggle.sizeHint().height())
        self.summary.setFixedHeight(line)
        self.toggle.setFixedHeight(line)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Fund på siden"))
        self._show()

    # -- what a page calls -------------------------------------------------------------------
    def setText(self, html: str) -> None:  # noqa: N802 (the QLabel name the pages call)
        if html == self._html:
            return
        self._html = html
        document = QTextDocument()
        document.setHtml(html)
        self._lines = [line.strip() for line in document.toPlainText().splitlines() if line.strip()]
        colour = _COLOUR.search(html)
        self.summary.setStyleSheet(f"color: {colour.group(1)};" if colour else "")
        self.list_label.setText(html)
        self.setAccessibleDescription(" ".join(self._lines))
        self._show()

    def text(self) -> str:
        return self._html

    @property
    def opened(self) -> bool:
        return self._opened

    # -- showing -----------------------------------------------------------------------------
    def _first_line(self) -> str:
        return self._lines[0] if self._lines else ""

    def _more(self) -> bool:
        """Something is not read on the closed line: more findings, or the first one cut short."""
        first = self._first_line()
        width = max(self.summary.width(), 1)
        return len(self._lines) > 1 or self.summary.fontMetrics().horizontalAdvance(first) > width

    def _show(self) -> None:
        first = self.tr("Alle fund på siden:") if self._opened else self._first_line()
        self.summary.setText(
            self.summary.fontMetrics().elidedText(first, Qt.TextElideMode.ElideRight, max(self.summary.width(), 40))
        )
        self.summary.setToolTip(first if self.summary.text() != first else "")
        more = self._more() if not self._opened else True
        count = len(self._lines)
        self.toggle.setVisible(more or self._opened)
        self.toggle.setText(
            self.tr("Skjul listen") if self._opened else self.tr("Vis alle ({0})").format(count)
        )
        self.toggle.setAccessibleName(self.toggle.text())
        if not more and self._opened:
            self.toggle.setChecked(False)

    def _on_toggled(self, opened: bool) -> None:
        self._opened = opened
        self.list_area.setFixedHeight(self.fontMetrics().lineSpacing() * LIST_LINES + 8)
        self.list_area.setVisible(opened)
        self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._show()
