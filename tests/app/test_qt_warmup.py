"""Qt's classes are readied on idle turns of the login window, not all at once (gui/qt_warmup.py)."""

from __future__ import annotations

import PySide6.QtWidgets as QtWidgets
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from visitation_desktop.gui.qt_warmup import WarmUp


def test_the_warm_up_readies_every_class_a_few_per_turn_and_stops(qtbot: QtBot) -> None:
    lazy = [n for n in dir(QtWidgets) if n.startswith("Q") and n not in vars(QtWidgets)]
    turns: list[int] = []
    other = QTimer()  # the event loop keeps turning meanwhile: the login window answers
    other.setInterval(1)
    other.timeout.connect(lambda: turns.append(1))
    other.start()
    warm = WarmUp()
    try:
        qtbot.waitUntil(lambda: warm.done, timeout=60_000)
    finally:
        other.stop()
        warm.stop()
    assert [n for n in lazy if n not in vars(QtWidgets)] == []  # each set up (PySide6 keeps it in the module)
    assert len(turns) > 3
    assert not warm._timer.isActive()
