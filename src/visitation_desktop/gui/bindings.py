"""Bindings between a page's widgets and the object the page edits, shared by both wizards.

``FieldBindings`` is mixed into the visitation wizard's ``CasePage`` and the follow-up wizard's
``FollowUpWizardPage``. A binding fills its widget when the page loads and writes every change
straight back into its target, then calls the page's ``changed()``. A target is an object (bound
by attribute) or a dict (bound by key; an empty value removes the key). Findings whose ``field``
matches a watched field show in that field's message line. ``Debounce`` is the single-shot timer
the wizards' contexts use to save and check shortly after the last change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from ..domain.findings import Finding, Severity
from .messages import finding_text
from .wizard.fields import DateField, LevelCombo

Getter = Callable[[], Any]

SEVERITY_COLOURS = {Severity.BLOCKING: "#a40000", Severity.WARNING: "#8a5a00", Severity.INFO: "#204a87"}
TYPING_ERROR_COLOUR = SEVERITY_COLOURS[Severity.BLOCKING]
SEVERITY_ORDER = (Severity.BLOCKING, Severity.WARNING, Severity.INFO)


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


class Debounce(QTimer):
    """Runs ``slot`` once, ``delay_ms`` after the latest ``start()``."""

    def __init__(self, delay_ms: int, slot: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self.setInterval(delay_ms)
        self.timeout.connect(slot)


class FieldBindings:
    """Mixin for a wizard page: the ``bind_*`` helpers, the loaders, and the per-field message lines.

    The page calls ``init_bindings()`` before building its widgets and provides ``changed()`` (a
    binding wrote a change) and ``_on_findings_changed()`` (a date field's typing error changed).
    """

    _loaders: list[Callable[[], None]]
    _field_messages: dict[str, QLabel]
    _typing_errors: dict[str, str]
    # Provided by the page: a binding wrote into the target (save and check soon), and the
    # findings or a typing error changed (show them again).
    changed: Callable[[], None]
    _on_findings_changed: Callable[[], None]

    def init_bindings(self) -> None:
        self._loaders = []
        self._field_messages = {}
        self._typing_errors = {}

    def remember_choice(self) -> None:
        """A choice (check box, combo, level, radio button) is about to change the target.

        The visitation wizard keeps the case as it was, for Ctrl+Z; here it does nothing."""

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        for loader in self._loaders:
            loader()

    def add_loader(self, loader: Callable[[], None]) -> None:
        self._loaders.append(loader)

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
        """A date field; text that is not a date is kept in the field and shown as a typing error."""

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

    def bind_check(self, widget: QCheckBox, target: Getter, key: str) -> None:
        def load() -> None:
            widget.blockSignals(True)
            widget.setChecked(bool(read(target(), key)))
            widget.blockSignals(False)

        def store(checked: bool) -> None:
            self.remember_choice()
            write(target(), key, checked)
            self.changed()

        widget.toggled.connect(store)
        self._loaders.append(load)

    def bind_combo(self, widget: QComboBox, target: Getter, key: str) -> None:
        """A combo whose items carry the stored value as item data."""

        def load() -> None:
            widget.blockSignals(True)
            index = widget.findData(read(target(), key))
            widget.setCurrentIndex(max(index, 0) if widget.count() else -1)
            widget.blockSignals(False)

        def store(_index: int) -> None:
            self.remember_choice()
            write(target(), key, widget.currentData())
            self.changed()

        widget.currentIndexChanged.connect(store)
        self._loaders.append(load)

    def bind_level(self, widget: LevelCombo, target: Getter, key: str) -> None:
        def load() -> None:
            widget.set_value(read(target(), key))

        def store(_index: int) -> None:
            self.remember_choice()
            write(target(), key, widget.value())
            self.changed()

        widget.currentIndexChanged.connect(store)
        self._loaders.append(load)

    def bind_choice(self, group: QButtonGroup, values: dict[int, Any], target: Getter, key: str) -> None:
        """Radio buttons: button id -> stored value."""

        def load() -> None:
            current = read(target(), key)
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
                self.remember_choice()
                write(target(), key, values[button_id])
                self.changed()

        group.idToggled.connect(store)
        self._loaders.append(load)

    def bind_list_member(self, widget: QCheckBox, target: Getter, value: str) -> None:
        """A check box that adds ``value`` to or removes it from a list in the target."""

        def load() -> None:
            widget.blockSignals(True)
            widget.setChecked(value in target())
            widget.blockSignals(False)

        def store(checked: bool) -> None:
            self.remember_choice()
            items: list[str] = target()
            if checked and value not in items:
                items.append(value)
            elif not checked and value in items:
                items.remove(value)
            self.changed()

        widget.toggled.connect(store)
        self._loaders.append(load)

    # -- findings beside the fields ----------------------------------------------------------
    def typing_shown(self, field: str) -> bool:
        """Whether a typing error in ``field`` shows now (the visitation wizard waits until it is left)."""
        return True

    def watch(self, field: str, label: QLabel) -> None:
        """Show the findings on ``field`` (and a typing error in it) in ``label``."""
        self._field_messages[field] = label

    def show_field_findings(self, findings: Iterable[Finding]) -> None:
        """Fill every watched message line: a typing error first, coloured by the worst finding."""
        by_field: dict[str, list[Finding]] = {}
        for finding in findings:
            by_field.setdefault(finding.field, []).append(finding)
        for field, label in self._field_messages.items():
            found = by_field.get(field, [])
            texts = [finding_text(f) for f in found]
            typing = self._typing_errors.get(field) or self._typing_errors.get(field.rsplit(".", 1)[-1])
            if typing and not self.typing_shown(field):
                typing = None
            if typing:
                texts.insert(0, typing)
            worst = min((f.severity for f in found), key=SEVERITY_ORDER.index, default=Severity.INFO)
            label.setStyleSheet(f"color: {TYPING_ERROR_COLOUR if typing else SEVERITY_COLOURS[worst]};")
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
