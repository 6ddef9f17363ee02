"""Ready PySide6's classes while the login window waits for the password, not while the main window fills.

PySide6 sets up a Qt class (its Python type and every enum in it) the first time the class is
named, and a class the program never names is set up when Qt first hands Python one of its
objects: opening the main window meets some forty of them (item selection models, style options,
paint events, ...), about a hundred enums, on the GUI thread, in one stretch. ``WarmUp`` names every
class of QtCore, QtGui and QtWidgets beforehand, a few at a time on the GUI thread's idle turns
(never in a worker: PySide6's types are made on the GUI thread), so the login window keeps
answering and the main window later appears and fills without that wait.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer

MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
PER_TURN = 20  # classes readied per turn of the event loop (a few milliseconds)
TURN_MS = 10


def _names() -> Iterator[tuple[object, str]]:
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name in dir(module):
            if name.startswith("Q") or name == "Qt":
                yield module, name


def warm_all() -> int:
    """Ready every class at once; how many were named (``benchmarks/scale_probes.py`` does the login's share)."""
    count = 0
    for module, name in _names():
        getattr(module, name, None)
        count += 1
    return count


class WarmUp(QObject):
    """Readies the classes a few per turn of the event loop until all are done, then stops."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = _names()
        self.done = False
        self._timer = QTimer(self)
        self._timer.setInterval(TURN_MS)
        self._timer.timeout.connect(self._turn)
        self._timer.start()

    def _turn(self) -> None:
        for _ in range(PER_TURN):
            item = next(self._pending, None)
            if item is None:
                self.stop()
                return
            getattr(item[0], item[1], None)

    def stop(self) -> None:
        self._timer.stop()
        self.done = True
