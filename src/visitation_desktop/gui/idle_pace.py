"""A worker that goes on only while the GUI thread waits for events (``store.direct_first.Pace``).

Two threads running Python take turns at its global lock: while the store's repository is opened
behind the case list (SQLAlchemy's imports, 0.3-0.5 s of Python), every keystroke in the search
field waited for the worker again at each call into Qt and back, 20-80 ms a step instead of 8.
With ``IdlePace`` the worker imports its next module only once the GUI thread's event loop is
about to block (nothing left to do), and pauses at the next module as soon as it wakes.

The worker stops pacing and finishes as fast as it can when another thread imports a module (it may
need one the worker is half way through: ``store/direct_first._Paced``), when someone waits for the
repository (``DirectFirst.full``), and when the GUI thread has not waited for events for a second
(``PATIENCE`` waits of ``WAIT_S``): a caseworker typing leaves it idle between the keys, so that
is a long piece of work, which may itself be waiting for the worker.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QAbstractEventDispatcher

WAIT_S = 0.05
PATIENCE = 20  # waits in a row that time out before the worker stops pacing (1 s)


class IdlePace:
    def __init__(self) -> None:
        self._idle = threading.Event()
        self._free = False
        self._dispatcher: QAbstractEventDispatcher | None = QAbstractEventDispatcher.instance()
        if self._dispatcher is None:  # no event loop on this thread: nothing to give way to
            self.free()
            return
        self._dispatcher.aboutToBlock.connect(self._on_about_to_block)
        self._dispatcher.awake.connect(self._on_awake)

    # The GUI thread (the event dispatcher's signals, emitted on it at every turn of its loop)
    def _on_about_to_block(self) -> None:
        self._idle.set()
        if self._free:
            self._disconnect()

    def _on_awake(self) -> None:
        if not self._free:
            self._idle.clear()

    def _disconnect(self) -> None:
        dispatcher, self._dispatcher = self._dispatcher, None
        if dispatcher is not None:
            dispatcher.aboutToBlock.disconnect(self._on_about_to_block)
            dispatcher.awake.disconnect(self._on_awake)

    # The worker
    def wait(self) -> None:
        for _ in range(PATIENCE):
            if self._free or self._idle.wait(WAIT_S):
                return
        self._free = True  # the GUI thread has been busy all along: it may be waiting for this worker

    def free(self) -> None:
        self._free = True
        self._idle.set()
