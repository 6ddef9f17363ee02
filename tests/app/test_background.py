"""Long work runs off the GUI thread: the event loop keeps turning until it is done."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from visitation_desktop.gui.background import run_with_progress


def test_the_gui_thread_answers_while_the_work_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    answered = threading.Event()
    QTimer.singleShot(0, answered.set)  # only a turning event loop runs this

    def work() -> str:
        assert threading.current_thread() is not threading.main_thread()
        if not answered.wait(timeout=60):
            raise AssertionError("the GUI thread was blocked while the work ran")
        return "done"

    assert run_with_progress("Arbejder …", work) == "done"


def test_an_error_in_the_work_is_raised_in_the_caller(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work() -> None:
        raise ValueError("stop")

    with pytest.raises(ValueError, match="stop"):
        run_with_progress("Arbejder …", work)
