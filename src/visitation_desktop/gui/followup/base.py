"""The base of every follow-up page: a scrollable body, bindings to the follow-up, findings beside fields.

The same ideas as the visitation wizard's ``CasePage``, with the same bindings (``gui/bindings.py``):
a page's fixed layout is its Designer form (``ui/followup_<page>.ui``, a ``Ui_<Page>`` base class),
and ``build()`` adds what is made from the case and binds each field to a place in ``ctx.followup``; a binding
fills the widget in ``load()`` and writes every change straight back, and the context saves the
draft shortly after. A target may be an object (bound by attribute) or a dict (bound by key; an
empty value removes the key). Findings whose ``field`` matches show under that field; all of the
page's findings are listed at the bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...domain.followup_rules import FOLLOWUP_PAGE_TITLES, FollowUpPage
from ..bindings import FieldBindings
from ..caption_level import level_captions
from ..findings_strip import FindingsStrip
from ..wizard.base import PageNotesAndFindings, findings_html, message_label
from .context import FollowUpContext


def short_text_edit(height: int = 56) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class FollowUpWizardPage(QWizardPage, PageNotesAndFindings, FieldBindings):
    PAGE: FollowUpPage
    setupUi: Callable[[QWidget], None]  # noqa: N815 (from the page's generated Ui_ class, gui/generated)

    def __init__(self, ctx: FollowUpContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(self.tr(FOLLOWUP_PAGE_TITLES[self.PAGE]))
        self.init_bindings()

        self.body = QWidget()
        self.setupUi(self.body)  # the page's Designer form, ui/followup_<page>.ui (its Ui_ class is a base)
        layout = self.body.layout()
        assert isinstance(layout, QVBoxLayout), "a page's form is a column"
        self.body_layout = layout
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_label = FindingsStrip()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.findings_label)

        self.build()
        level_captions(self.body)
        ctx.findings_changed.connect(self._on_findings_changed)

    def build(self) -> None:
        raise RuntimeError("a page must build its widgets")

    def _on_findings_changed(self) -> None:
        """Findings show under their fields; the strip below the page lists the others, the most
        serious first on its one line (as the visitation wizard's strip does)."""
        findings = self.page_findings()
        self.show_field_findings(findings)
        loose = [f for f in findings if f.field not in self._field_messages]
        if findings and not loose:
            at_fields = self.tr("Fundene på siden står ved felterne ovenfor.")
            self.findings_label.setText(f"<span style='color:#8a5a00'>{escape(at_fields)}</span>")
        else:
            self.findings_label.setText(findings_html(loose, self.tr("Ingen fund på denne side.")))
        self.on_findings(findings)

    # -- life cycle --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.load()
        self.ctx.recheck()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt API)
        """Going back keeps what was written."""

    def changed(self) -> None:
        self.ctx.touch()
        self.completeChanged.emit()

    # -- layout ------------------------------------------------------------------------------
    def field_row(self, field: str, holder: QWidget, widget: QWidget, message: QLabel) -> None:
        """A row of the page's Designer form: ``widget`` in ``holder`` with the findings on ``field``
        in ``message`` under it."""
        holder.setFocusProxy(widget)
        self.watch(field, message)

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

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        """A page may be left with findings open; the last page will not record until they are solved."""
        return True
