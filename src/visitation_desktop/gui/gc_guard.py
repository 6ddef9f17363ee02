"""Python's cyclic garbage collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation's threshold is
passed. With worker threads (the overview loader, background work, the sync), that can be a
worker, and if the garbage it finds holds Qt objects made on the GUI thread (a closed window, a
wizard page), their C++ side is destroyed from the wrong thread: a crash seen as a segmentation
fault in "Garbage-collecting". So the automatic collector is switched off once a worker thread
is about to start, and a timer on the GUI thread collects instead, generation by generation with
the same thresholds Python would use. Reference counting still frees everything that is not in a
cycle at once, in any thread, as before.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 200


class _GuiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_tick)
        gc.disable()
        self._timer.start()

    def _on_tick(self) -> None:
        count0, count1, count2 = gc.get_count()
        t0, t1, t2 = self._thresholds
        if count0 <= t0:
            return
        generation = 0
        if count1 > t1:
            generation = 2 if count2 > t2 else 1
        gc.collect(generation)


_collector: _GuiThreadCollector | None = None


def collect_garbage_on_gui_thread() -> None:
    """Call on the GUI thread before starting a worker thread; does its work once per application."""
    global _collector
    app = QCoreApplication.instance()
    if app is None:
        return  # no event loop to collect from: no Qt objects to protect either
    if _collector is not None:
        try:
            if _collector.parent() is app:
                return
        except RuntimeError:  # the application that owned it is gone (tests make a new one)
            pass
    _collector = _GuiThreadCollector(app)
