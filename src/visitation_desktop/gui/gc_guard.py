"""Python's cyclic garbage collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation's threshold is
passed. With worker threads (the overview loader, background work, the sync), that can be a
worker, and if the garbage it finds holds Qt objects made on the GUI thread (a closed window, a
wizard page), their C++ side is destroyed from the wrong thread: a crash seen as a segmentation
fault in "Garbage-collecting". So the automatic collector is switched off once a worker thread
is about to start, and a timer on the GUI thread collects instead, generation by generation with
the same thresholds Python would use. Reference counting still frees everything that is not in a
cycle at once, in any thread, as before.

A full collection (the oldest generation) walks every object the program holds: with 10,000 cases
listed that is tens of milliseconds on the GUI thread. Python itself runs one only when the oldest
generation has grown by a quarter since the last; the timer cannot see that count, so it runs
one at most every ``FULL_EVERY_S`` seconds, and the younger generations as Python would.

While a worker builds a large result (the overview of every case: ``hold``), the young generation
fills with that result's objects; collecting them tick by tick would walk them again and again on
the GUI thread. So the timer waits while held, and ``release`` moves everything alive into the
permanent generation (``gc.freeze``: a list splice, no walk). Only the next full collection looks
at those objects again (``gc.unfreeze`` first), so a cycle among them is still collected then.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 200
FULL_EVERY_S = 300.0
HELD_LIMIT = 5000  # while held, collect anyway once gen 0 holds this many times its threshold
HELD_AT_MOST_S = 30.0  # a hold never released (its window went away while loading) ends by itself


class _GuiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._thresholds = gc.get_threshold()
        self._last_full = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_tick)
        gc.disable()
        self._timer.start()

    def _on_tick(self) -> None:
        count0, count1, count2 = gc.get_count()
        t0, t1, t2 = self._thresholds
        if count0 <= t0 or (_held and count0 < HELD_LIMIT * t0 and time.monotonic() < _held_until):
            return
        generation = 0
        if count1 > t1:
            generation = 1
            if count2 > t2 and time.monotonic() - self._last_full >= FULL_EVERY_S:
                generation = 2
                gc.unfreeze()  # what ``release`` set aside is looked at again, now
        gc.collect(generation)
        if generation == 2:
            self._last_full = time.monotonic()


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


_held = 0
_held_until = 0.0


def hold() -> None:
    """On the GUI thread, as a worker starts building a large result: the timer waits meanwhile."""
    global _held, _held_until
    _held += 1
    _held_until = time.monotonic() + HELD_AT_MOST_S


def release() -> None:
    """On the GUI thread, once that result has arrived: set what is alive aside until the next full
    collection (``gc.freeze``), so the young generations stay small and cheap to collect."""
    global _held
    _held = max(0, _held - 1)
    if not _held:
        gc.freeze()
