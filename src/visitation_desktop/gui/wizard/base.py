"""The base of every wizard page: a scrollable body, bindings to the case, findings beside fields.

A page builds its widgets in ``build()`` and binds each to a place in the case with the
``bind_*`` helpers: the binding fills the widget in ``load()`` and writes every change straight
into the case, then asks the context to save. Findings with a ``field`` show under that field;
all of the page's findings are listed at the bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...domain.case import PAGE_TITLES, WizardPage
from ...domain.findings import Finding, Severity
from ..labels import QT_TRANSLATE_NOOP
from .context import WizardContext
from .fields import DateField, LevelCombo

Getter = Callable[[], Any]

_SEVERITY_STYLE = {
    Severity.BLOCKING: ("#a40000", QT_TRANSLATE_NOOP("CasePage", "Skal løses")),
    Severity.WARNING: ("#8a5a00", QT_TRANSLATE_NOOP("CasePage", "Bemærk")),
    Severity.INFO: ("#204a87", QT_TRANSLATE_NOOP("CasePage", "Info")),
}


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class CasePage(QWizardPage):
    PAGE: WizardPage

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(self.tr(PAGE_TITLES[self.PAGE]))
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
        self.findings_label = QLabel()
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setAccessibleName(self.tr("Fund på siden"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        # The page's findings stay in view below the form, in a short scrollable strip.
        findings_scroll = QScrollArea()
        findings_scroll.setWidget(self.findings_label)
        findings_scroll.setWidgetResizable(True)
        findings_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        findings_scroll.setMaximumHeight(96)
        findings_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(findings_scroll)

        self.build()
        ctx.findings_changed.connect(self._on_findings_changed)

    # -- to implement ------------------------------------------------------------------------
    def build(self) -> None:
        raise RuntimeError("a page must build its widgets")

    # -- life cycle --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.load()
        self.ctx.case.current_page = self.PAGE.value
        self.ctx.touch()
        self._on_findings_changed()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt API)
        """Going back keeps what was typed (QWizard would otherwise reset fields)."""

    def load(self) -> None:
        for loader in self._loaders:
            loader()

    def changed(self) -> None:
        self.ctx.touch()
        self.completeChanged.emit()

    # -- layout helpers ----------------------------------------------------------------------
    def form(self, title: str = "") -> QFormLayout:
        if title:
            heading = QLabel(f"<b>{title}</b>")
            self.body_layout.addWidget(heading)
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
        caption = QLabel(label)
        caption.setBuddy(widget)
        caption.setWordWrap(True)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(caption, holder)
        if field:
            self._field_messages[field] = message
        return message

    def note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #444;")
        self.body_layout.addWidget(label)
        return label

    # -- bindings ----------------------------------------------------------------------------
    def bind_line(self, widget: QLineEdit, target: Getter, attr: str) -> None:
        def load() -> None:
            widget.blockSignals(True)
            widget.setText(getattr(target(), attr) or "")
            widget.blockSignals(False)

        def store(text: str) -> None:
            setattr(target(), attr, text)
            self.changed()

        widget.textChanged.connect(store)
        self._loaders.append(load)

    def bind_text(self, widget: QPlainTextEdit, target: Getter, attr: str) -> None:
        widget.setTabChangesFocus(True)

        def load() -> None:
            widget.blockSignals(True)
            widget.setPlainText(getattr(target(), attr) or "")
            widget.blockSignals(False)

        def store() -> None:
            setattr(target(), attr, widget.toPlainText())
            self.changed()

        widget.textChanged.connect(store)
        self._loaders.append(load)

    def bind_date(self, widget: DateField, target: Getter, attr: str, field: str = "") -> None:
        def load() -> None:
            widget.set_date(getattr(target(), attr))

        def store(value: Any) -> None:
            setattr(target(), attr, value)
            self.changed()

        def invalid(message: str) -> None:
            key = field or attr
            if message:
                self._typing_errors[key] = message
            else:
                self._typing_errors.pop(key, None)
            self._on_findings_changed()

        widget.date_changed.connect(store)
        widget.invalid.connect(invalid)
        self._loaders.append(load)

    def bind_check(self, widget: QCheckBox, target: Getter, attr: str) -> None:
        def load() -> None:
            widget.blockSignals(True)
            widget.setChecked(bool(getattr(target(), attr)))
            widget.blockSignals(False)

        def store(checked: bool) -> None:
            setattr(target(), attr, checked)
            self.changed()

        widget.toggled.connect(store)
        self._loaders.append(load)

    def bind_combo(self, widget: QComboBox, target: Getter, attr: str) -> None:
        """A combo whose items carry the stored value as item data."""

        def load() -> None:
            widget.blockSignals(True)
            index = widget.findData(getattr(target(), attr))
            widget.setCurrentIndex(max(index, 0) if widget.count() else -1)
            widget.blockSignals(False)

        def store(_index: int) -> None:
            setattr(target(), attr, widget.currentData())
            self.changed()

        widget.currentIndexChanged.connect(store)
        self._loaders.append(load)

    def bind_level(self, widget: LevelCombo, target: Getter, attr: str) -> None:
        def load() -> None:
            widget.set_value(getattr(target(), attr))

        def store(_index: int) -> None:
            setattr(target(), attr, widget.value())
            self.changed()

        widget.currentIndexChanged.connect(store)
        self._loaders.append(load)

    def bind_choice(self, group: QButtonGroup, values: dict[int, Any], target: Getter, attr: str) -> None:
        """Radio buttons: button id -> stored value."""

        def load() -> None:
            current = getattr(target(), attr)
            group.blockSignals(True)
            group.setExclusive(False)
            for button_id, value in values.items():
                button = group.button(button_id)
                button.blockSignals(True)
                button.setChecked(value == current)
                button.blockSignals(False)
            group.setExclusive(True)
            group.blockSignals(False)

        def store(button_id: int, checked: bool) -> None:
            if checked:
                setattr(target(), attr, values[button_id])
                self.changed()

        group.idToggled.connect(store)
        self._loaders.append(load)

    def bind_list_member(self, widget: QCheckBox, target: Getter, value: str) -> None:
        """A check box that adds ``value`` to or removes it from a list in the case."""

        def load() -> None:
            widget.blockSignals(True)
            widget.setChecked(value in target())
            widget.blockSignals(False)

        def store(checked: bool) -> None:
            items: list[str] = target()
            if checked and value not in items:
                items.append(value)
            elif not checked and value in items:
                items.remove(value)
            self.changed()

        widget.toggled.connect(store)
        self._loaders.append(load)

    def add_loader(self, loader: Callable[[], None]) -> None:
        self._loaders.append(loader)

    # -- findings ----------------------------------------------------------------------------
    def page_findings(self) -> list[Finding]:
        return self.ctx.findings_for(self.PAGE.value)

    def _on_findings_changed(self) -> None:
        findings = self.page_findings()
        by_field: dict[str, list[Finding]] = {}
        for finding in findings:
            by_field.setdefault(finding.field, []).append(finding)
        for field, label in self._field_messages.items():
            texts = [f.message for f in by_field.get(field, [])]
            typing = self._typing_errors.get(field) or self._typing_errors.get(field.rsplit(".", 1)[-1])
            if typing:
                texts.insert(0, typing)
            worst = min((f.severity for f in by_field.get(field, [])), key=_rank, default=Severity.INFO)
            colour = "#a40000" if typing else _SEVERITY_STYLE[worst][0]
            label.setStyleSheet(f"color: {colour};")
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
        self.findings_label.setText(findings_html(findings, self.tr("Ingen fund på denne side.")))
        self.on_findings(findings)

    def on_findings(self, findings: list[Finding]) -> None:
        """Pages may react to their findings (e.g. the decision page's list)."""


def _rank(severity: Severity) -> int:
    return [Severity.BLOCKING, Severity.WARNING, Severity.INFO].index(severity)


def findings_html(findings: list[Finding], empty: str) -> str:
    if not findings:
        return f"<span style='color:#2e7d32'>✓ {empty}</span>"
    items = []
    for f in sorted(findings, key=lambda f: _rank(f.severity)):
        colour, word = _SEVERITY_STYLE[f.severity]
        word = QCoreApplication.translate("CasePage", word)
        text = f.message.replace("&", "&amp;").replace("<", "&lt;")
        items.append(f"<li><span style='color:{colour}'><b>{word}:</b></span> {text}</li>")
    return "<ul style='margin:0'>" + "".join(items) + "</ul>"
