"""Locking: by hand (Ctrl+L) and after idle minutes. A locked window shows nothing of the citizen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.settings import IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES

_ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


MAX_IDLE_MINUTES = IDLE_LOCK_MAX_MINUTES  # bounded 1–60 wherever it is read (settings, policy, here)


class IdleWatcher(QObject):
    """Emits ``idle`` after the given minutes without keyboard or mouse input."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(min(max(IDLE_LOCK_MIN_MINUTES, minutes), MAX_IDLE_MINUTES) * 60_000)
        self._timer.start()

    def set_interval_ms(self, ms: int) -> None:
        """For tests: a short idle period."""
        self._timer.setInterval(ms)
        self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _ACTIVITY_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class LockPage(QWidget):
    """What the window shows while locked: who may unlock it, and a password field. No case data."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("<h2>Skærmen er låst</h2>"))
        self.who = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #a40000;")
        self.message.setAccessibleName(self.tr("Besked"))
        self.button = QPushButton(self.tr("&Lås op"))
        form = QFormLayout()
        form.addRow(self.tr("&Adgangskode:"), self.password)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.who)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.button)
        box.setMaximumWidth(460)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box)
        layout.addStretch(2)
        self.button.clicked.connect(self._on_unlock)
        self.password.returnPressed.connect(self._on_unlock)

    def prepare(self, caseworker: str) -> None:
        self.who.setText(self.tr("Kun {0} kan låse op. Skriv din adgangskode.").format(caseworker))
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.password.selectAll()

    def _on_unlock(self) -> None:
        self.unlock_requested.emit(self.password.text())


REOPEN_PROPERTY = "reopenAfterLock"


def open_dialog(dialog: QDialog, on_accepted: Callable[[], None] | None = None) -> QDialog:
    """Show ``dialog`` window-modal without a nested event loop, so the lock can hide it and bring it
    back as it was (``exec()`` would end when the dialog is hidden). ``on_accepted`` runs on OK."""
    dialog.setProperty(REOPEN_PROPERTY, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if on_accepted is not None:
        dialog.accepted.connect(on_accepted)
    dialog.open()
    return dialog


def cover_windows(main: QWidget) -> list[QWidget]:
    """Hide and disable every other visible window (dialogs, message boxes, popups) while locked.

    Dialogs shown with ``open_dialog`` (and other windows) are returned to be shown again on unlock;
    a dialog running its own ``exec()`` loop cannot be hidden without ending it, so it is rejected
    (closed) instead: such dialogs hold nothing typed (print dialog, message boxes).
    """
    covered: list[QWidget] = []
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return covered
    for widget in app.topLevelWidgets():
        if widget is main or not widget.isVisible():
            continue
        widget.setEnabled(False)
        if isinstance(widget, QDialog) and not widget.property(REOPEN_PROPERTY):
            widget.reject()
            widget.hide()
            continue
        widget.hide()
        covered.append(widget)
    return covered


def uncover_windows(covered: list[QWidget]) -> None:
    """After unlocking: the hidden windows back, enabled, as they were."""
    for widget in covered:
        try:
            widget.setEnabled(True)
            widget.show()
        except RuntimeError:  # deleted meanwhile
            continue
