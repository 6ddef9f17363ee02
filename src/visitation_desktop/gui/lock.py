"""Locking: by hand (Ctrl+L) and after idle minutes. A locked window shows nothing of the citizen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

_ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


MAX_IDLE_MINUTES = 24 * 60  # a QTimer counts milliseconds in 32 bits: bound what a settings file says


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
        self._timer.setInterval(min(max(1, minutes), MAX_IDLE_MINUTES) * 60_000)
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
