"""Long work off the GUI thread while the caseworker sees that something is happening.

``run_with_progress`` runs a function in a Python worker thread and keeps the GUI thread's event
loop turning until it is done; a busy progress dialog appears if it takes longer than half a
second. The function must not touch Qt widgets; it opens its own store sessions.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from .gc_guard import collect_garbage_on_gui_thread

T = TypeVar("T")

SHOW_AFTER_MS = 500


class _Done(QObject):
    finished = Signal()


def run_with_progress(label: str, work: Callable[[], T], parent: QWidget | None = None) -> T:
    """``work()`` in a worker thread; its result, or its exception raised here."""
    outcome: dict[str, object] = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the GUI thread and raised there
            outcome["error"] = exc
        finally:
            done.finished.emit()

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    collect_garbage_on_gui_thread()
    worker = threading.Thread(target=run, name="background", daemon=True)
    worker.start()
    loop.exec()  # ends with the worker's queued "finished", even if it came before exec()
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
