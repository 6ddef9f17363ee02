"""The base of every wizard page: a scrollable body, bindings to the case, findings beside fields.

The page's fixed layout is its Designer form (``ui/wizard_<page>.ui``, compiled to a ``Ui_<Page>``
class the page also inherits), set up as the scrolled body the first time the page is shown or
asked for. ``build()`` then adds the rows made from the standard or the FFB catalogue into the
form's containers and binds each field to a place in the case with the
``bind_*`` helpers (``gui/bindings.py``, shared with the follow-up wizard): the binding fills the
widget in ``load()`` and writes every change straight into the case, then asks the context to
save. Findings with a ``field`` show under that field; all of the page's findings are listed at
the bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...domain.case import PAGE_TITLES, WizardPage
from ...domain.findings import Finding, Severity
from ..bindings import SEVERITY_COLOURS, SEVERITY_ORDER, FieldBindings
from ..caption_level import level_captions
from ..findings_strip import FindingsStrip
from ..labels import QT_TRANSLATE_NOOP
from ..messages import finding_text
from .context import WizardContext

_SEVERITY_STYLE = {
    Severity.BLOCKING: (SEVERITY_COLOURS[Severity.BLOCKING], QT_TRANSLATE_NOOP("CasePage", "Skal løses")),
    Severity.WARNING: (SEVERITY_COLOURS[Severity.WARNING], QT_TRANSLATE_NOOP("CasePage", "Bemærk")),
    Severity.INFO: (SEVERITY_COLOURS[Severity.INFO], QT_TRANSLATE_NOOP("CasePage", "Info")),
}


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class PageNotesAndFindings:
    """Mixin shared by the visitation and follow-up pages: the page's findings below its form.

    The page provides ``body_layout``, ``findings_label``, ``ctx`` (with ``findings_for``), ``PAGE``,
    ``show_field_findings`` (from ``FieldBindings``) and ``tr``.
    """

    body_layout: Any
    findings_label: FindingsStrip
    ctx: Any
    PAGE: Any
    show_field_findings: Callable[..., None]
    tr: Callable[..., str]

    def page_findings(self) -> list[Finding]:
        return list(self.ctx.findings_for(self.PAGE.value))

    def _on_findings_changed(self) -> None:
        findings = self.page_findings()
        self.show_field_findings(findings)
        self.findings_label.setText(findings_html(findings, self.tr("Ingen fund på denne side.")))
        self.on_findings(findings)

    def on_findings(self, findings: list[Finding]) -> None:
        """Pages may react to their findings (e.g. the decision page's list)."""


class CasePage(QWizardPage, PageNotesAndFindings, FieldBindings):
    """A page whose widgets are built the first time it is shown (or asked for), not up front."""

    PAGE: WizardPage
    setupUi: Callable[[QWidget], None]  # noqa: N815 (from the page's generated Ui_ class, gui/generated)

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(self.tr(PAGE_TITLES[self.PAGE]))
        self.init_bindings()
        self._built = False
        self._loaded = False
        # Calm validation: a field's message shows once the field was left, Næste was tried, or
        # a change made a finding that was not there when the page opened.
        self._regions: dict[str, QWidget] = {}  # field -> the widget(s) where it is edited
        self._revealed: set[str] = set()
        self.reveal_all = False
        self._baseline: set[tuple[str, str]] | None = None
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> None:
        """Build the page's widgets once."""
        if self._built:
            return
        self._built = True
        self.body = QWidget()
        self.setupUi(self.body)  # the page's Designer form, ui/wizard_<page>.ui (its Ui_ class is a base)
        layout = self.body.layout()
        assert isinstance(layout, QVBoxLayout), "a page's form is a column"
        self.body_layout = layout
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        self.body_scroll = scroll
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        self._outer.addWidget(scroll, 1)
        # The page's findings stay in view below the form: one line, the whole list on demand.
        self.findings_label = FindingsStrip()
        self._outer.addWidget(self.findings_label)
        with self.ctx.quiet():
            self.build()
        level_captions(self.body)
        self.ctx.findings_changed.connect(self._on_findings_changed)
        self.ctx.undone.connect(self._on_undone)

    def ensure_loaded(self) -> None:
        """Built and filled from the case (opening a page writes nothing)."""
        self.ensure_built()
        if not self._loaded:
            self._loaded = True
            with self.ctx.quiet():
                self.load()
            if self._baseline is None:
                self._baseline = {(f.code, f.field) for f in self.page_findings()}
            self._on_findings_changed()

    # -- calm validation ---------------------------------------------------------------------
    def field_region(self, field: str, widget: QWidget) -> None:
        """``field`` is edited in ``widget`` (and its children): leaving it shows its message."""
        self._regions[field] = widget

    def reveal(self) -> None:
        """Næste was tried (or the page was passed): show every message on the page."""
        if not self.reveal_all:
            self.reveal_all = True
            if self._built:
                self._on_findings_changed()

    def on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        """The keyboard left ``old`` (the wizard passes on the application's focusChanged)."""
        if old is None or not self._built or not self.isAncestorOf(old):
            return
        left = {f for f, region in self._regions.items() if region is old or region.isAncestorOf(old)}
        if left - self._revealed:
            self._revealed |= left
            self._on_findings_changed()

    def _being_edited(self, field: str) -> bool:
        region = self._regions.get(field)
        focus = QApplication.focusWidget()
        return region is not None and focus is not None and (region is focus or region.isAncestorOf(focus))

    def shows(self, finding: Finding) -> bool:
        """Whether the page shows ``finding`` now (calm: not before the caseworker got there)."""
        if self.reveal_all or finding.field in self._revealed:
            return True
        new = self._baseline is not None and (finding.code, finding.field) not in self._baseline
        return new and not self._being_edited(finding.field)

    def _on_findings_changed(self) -> None:
        findings = self.page_findings()
        shown = [f for f in findings if self.shows(f)]
        self.show_field_findings(shown)
        for label in self._field_messages.values():
            if label.isVisible():  # once shown, its place is kept: the layout does not jump when it goes
                policy = label.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                label.setSizePolicy(policy)
        loose = [f for f in shown if f.field not in self._field_messages]  # not already under a field
        # "no findings" only when the page has none (one at its field, or not shown yet, is still one)
        empty = "" if findings else self.tr("Ingen fund på denne side.")
        self.findings_label.setText(findings_html(loose, empty))
        self.on_findings(findings)

    def first_blocking_widget(self) -> QWidget | None:
        """The field to fill for Næste to work (None when the page does not block)."""
        return None

    def typing_shown(self, field: str) -> bool:
        return not self._being_edited(field)

    def next_blocked_reason(self) -> str:
        """Why Næste is greyed out on this page, in a short Danish sentence ("" when it is not)."""
        return ""

    # -- to implement ------------------------------------------------------------------------
    def build(self) -> None:
        raise RuntimeError("a page must build its widgets")

    # -- life cycle --------------------------------------------------------------------------
    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.reveal()
        return True

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        if self.ctx.resuming:
            self._loaded = False  # walked past on the way to where the case stopped: filled when shown
            return
        self._loaded = False
        self.ensure_loaded()
        self.ctx.case.current_page = self.PAGE.value  # kept with the next real change, not saved alone

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self.ensure_loaded()
        super().showEvent(event)

    def focus_first_field(self) -> None:
        """Put the keyboard in the page's first field (the first control Tab reaches)."""
        widget = self.nextInFocusChain()
        for _ in range(500):
            if widget is None or widget is self:
                return
            if (
                self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and type(widget) not in (QWidget, QScrollArea)
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt API)
        """Going back keeps what was typed (QWizard would otherwise reset fields)."""

    def changed(self) -> None:
        if self.ctx.is_quiet:
            return
        self.ctx.touch()
        self.completeChanged.emit()

    def remember_choice(self) -> None:
        self.ctx.remember()

    def _on_undone(self) -> None:
        """Ctrl+Z put the case back: show it again (pages not shown reload when they are)."""
        if self.isVisible():
            with self.ctx.quiet():
                self.load()
            self.completeChanged.emit()
        else:
            self._loaded = False

    # -- layout helpers ----------------------------------------------------------------------
    def field_row(self, field: str, holder: QWidget, message: QLabel) -> QLabel:
        """A row of the page's Designer form: findings on ``field`` show in ``message`` under it, and
        leaving ``holder`` (the row's fields) shows them."""
        self._field_messages[field] = message
        self.field_region(field, holder)
        return message

    @staticmethod
    def controls_in(container: QWidget) -> list[QWidget]:
        """The controls inside ``container`` that Tab visits, in the order it visits them."""
        found: list[QWidget] = []
        widget = container.nextInFocusChain()
        while widget is not None and widget is not container and container.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    def tab_order(self, *widgets: QWidget) -> None:
        """Tab visits ``widgets`` in this order: rows built from the standard or the catalogue
        come into being after the form's own fields and are put in their place here."""
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str = "") -> QLabel:
        """A labelled row with a message line under the widget for findings on ``field``."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = message_label()
        column.addWidget(message)
        caption = QLabel(label)
        buddy = widget
        if type(widget) is QWidget:  # a row of several fields: the caption's letter leads to the first
            buddy = widget.focusProxy() or _first_control(widget) or widget
        caption.setBuddy(buddy)
        caption.setWordWrap(True)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(caption, holder)
        if field:
            self._field_messages[field] = message
            self.field_region(field, holder)
        return message



def _first_control(container: QWidget) -> QWidget | None:
    for child in container.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and type(child) is not QWidget:
            return child
    return None


def _rank(severity: Severity) -> int:
    return SEVERITY_ORDER.index(severity)


def findings_html(findings: list[Finding], empty: str) -> str:
    """The strip's text: the findings, most serious first; with none, ``empty`` after a check mark,
    or nothing at all when ``empty`` is "" (the page has findings, shown at their fields or not yet)."""
    if not findings:
        return f"<span style='color:#2e7d32'>✓ {empty}</span>" if empty else ""
    items = []
    for f in sorted(findings, key=lambda f: _rank(f.severity)):
        colour, word = _SEVERITY_STYLE[f.severity]
        word = QCoreApplication.translate("CasePage", word)
        text = finding_text(f).replace("&", "&amp;").replace("<", "&lt;")
        items.append(f"<li><span style='color:{colour}'><b>{word}:</b></span> {text}</li>")
    return "<ul style='margin:0'>" + "".join(items) + "</ul>"
