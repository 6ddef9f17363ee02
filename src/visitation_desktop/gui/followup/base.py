"""The base of every follow-up page: a scrollable body, bindings to the follow-up, findings beside fields.

The same ideas as the visitation wizard's ``CasePage``: a page builds its widgets in ``build()``
and binds each to a place in ``ctx.followup``; a binding fills the widget in ``load()`` and writes
every change straight back. A target may be an object (bound by attribute) or a dict (bound by
key; an empty value removes the key). Findings whose ``field`` matches show under that field; all
of the page's findings are listed at the bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...domain.findings import Finding, Severity
from ...domain.followup_rules import FOLLOWUP_PAGE_TITLES, FollowUpPage
from ..wizard.base import findings_html, message_label
from ..wizard.fields import DateField
from .context import FollowUpContext

Getter = Callable[[], Any]

_COLOURS = {Severity.BLOCKING: "#a40000", Severity.WARNING: "#8a5a00", Severity.INFO: "#204a87"}
_RANK = [Severity.BLOCKING, Severity.WARNING, Severity.INFO]


def read(target: Any, key: str) -> Any:
    return target.get(key) if isinstance(target, dict) else getattr(target, key)


def write(target: Any, key: str, value: Any) -> None:
    if isinstance(target, dict):
        if value in ("", None):
            target.pop(key, None)
        else:
            target[key] = value
    else:
        setattr(target, key, value)


def short_text_edit(height: int = 56) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class FollowUpWizardPage(QWizardPage):
    PAGE: FollowUpPage

    def __init__(self, ctx: FollowUpContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(self.tr(FOLLOWUP_PAGE_TITLES[self.PAGE]))
        self._loaders: list[Callable[[], None]] = []
        self._field_messages: dict[str, QLabel] = {}
        self._typing_errors: dict[str, str] = {}

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_label = QLabel()
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setAccessibleName(self.tr("Fund på siden"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.findings_label)

        self.build()
        ctx.findings_changed.connect(self._on_findings_changed)

    def build(self) -> None:
        raise RuntimeError("a page must build its widgets")

    # -- life cycle --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.load()
        self.ctx.recheck()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt API)
        """Going back keeps what was written."""

    def load(self) -> None:
        for loader in self._loaders:
            loader()

    def changed(self) -> None:
        self.ctx.touch()
        self.completeChanged.emit()

    def add_loader(self, loader: Callable[[], None]) -> None:
        self._loaders.append(loader)

    # -- layout ------------------------------------------------------------------------------
    def heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>")
        label.setWordWrap(True)
        self.body_layout.addWidget(label)
        return label

    def form(self, title: str = "") -> QFormLayout:
        if title:
            self.heading(title)
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body_layout.addLayout(layout)
        return layout

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str = "") -> QLabel:
        """A labelled row with a message line under the widget for findings on ``field``."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = message_label()
        column.addWidget(message)
        holder.setFocusProxy(widget)
        if label:
            caption = QLabel(label)
            caption.setBuddy(widget)
            caption.setWordWrap(len(label) > 24)
            form.addRow(caption, holder)
        else:
            form.addRow(holder)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        if field:
            self.watch(field, message)
        return message

    def watch(self, field: str, label: QLabel) -> None:
        """Show the findings on ``field`` in ``label``."""
        self._field_messages[field] = label

    def note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #444;")
        self.body_layout.addWidget(label)
        return label

    # -- bindings ----------------------------------------------------------------------------
    def bind_line(self, widget: QLineEdit, target: Getter, key: str) -> None:
        def load() -> None:
            widget.blockSignals(True)
            widget.setText(read(target(), key) or "")
            widget.blockSignals(False)

        def store(text: str) -> None:
            write(target(), key, text)
            self.changed()

        widget.textChanged.connect(store)
        self._loaders.append(load)

    def bind_text(self, widget: QPlainTextEdit, target: Getter, key: str) -> None:
        widget.setTabChangesFocus(True)

        def load() -> None:
            widget.blockSignals(True)
            widget.setPlainText(read(target(), key) or "")
            widget.blockSignals(False)

        def store() -> None:
            write(target(), key, widget.toPlainText())
            self.changed()

        widget.textChanged.connect(store)
        self._loaders.append(load)

    def bind_date(self, widget: DateField, target: Getter, key: str, field: str = "") -> None:
        def load() -> None:
            widget.set_date(read(target(), key))

        def store(value: Any) -> None:
            write(target(), key, value)
            self.changed()

        def invalid(message: str) -> None:
            if message:
                self._typing_errors[field or key] = message
            else:
                self._typing_errors.pop(field or key, None)
            self._on_findings_changed()

        widget.date_changed.connect(store)
        widget.invalid.connect(invalid)
        self._loaders.append(load)

    # -- findings ----------------------------------------------------------------------------
    def page_findings(self) -> list[Finding]:
        return self.ctx.findings_for(self.PAGE.value)

    def _on_findings_changed(self) -> None:
        findings = self.page_findings()
        by_field: dict[str, list[Finding]] = {}
        for finding in findings:
            by_field.setdefault(finding.field, []).append(finding)
        for field, label in self._field_messages.items():
            found = by_field.get(field, [])
            texts = [f.message for f in found]
            typing = self._typing_errors.get(field)
            if typing:
                texts.insert(0, typing)
            worst = min((f.severity for f in found), key=_RANK.index, default=Severity.INFO)
            label.setStyleSheet(f"color: {'#a40000' if typing else _COLOURS[worst]};")
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
        self.findings_label.setText(findings_html(findings, self.tr("Ingen fund på denne side.")))
        self.on_findings(findings)

    def on_findings(self, findings: list[Finding]) -> None:
        """Pages may react to their findings."""

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        """A page may be left with findings open; the last page will not record until they are solved."""
        return True
