"""The message a wizard shows when its autosave fails (disk full, store busy, store gone).

Shared by the visitation wizard and the follow-up wizard. It is said once per run of failed
saves, so a caseworker typing on while the disk is full is not interrupted at every keystroke;
what was typed stays on the screen and in memory (the wizard stays "dirty"), and is saved by the
next change, Ctrl+S, or "Prøv igen" in the message. A save that succeeds ends the run.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget


class SaveFailureNotice(QObject):
    """``failed(reason)`` when an autosave failed, ``saved()`` when one succeeded.

    ``retry`` saves again and returns True when it saved; while it runs, a failure is not said
    twice (the message is shown again with the new reason instead).
    """

    def __init__(self, parent: QWidget, title: str, retry: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._window = parent
        self._title = title
        self._retry = retry
        self._warned = False
        self._retrying = False
        self._reason = ""

    @property
    def warned(self) -> bool:
        """Whether the caseworker has been told about the current run of failed saves."""
        return self._warned

    def failed(self, reason: str) -> None:
        self._reason = reason
        if self._warned or self._retrying:
            return
        self._warned = True
        while True:
            text = self._reason + " " + self.tr("Det, du har skrevet, er stadig på skærmen og gemmes, så snart det kan.")
            answer = QMessageBox.warning(
                self._window,
                self._title,
                text,
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Ok,
                QMessageBox.StandardButton.Ok,
            )
            if answer != QMessageBox.StandardButton.Retry:
                return
            self._retrying = True
            try:
                if self._retry():
                    return
            finally:
                self._retrying = False

    def saved(self) -> None:
        self._warned = False
