"""Reading the overview off the GUI thread, so the main window appears at once and fills in.

``OverviewLoader.load`` reads every case's overview line from the store's index, puts the rows in
the order the list opens in and builds the search index in a worker thread, and hands the result
to the GUI thread with ``loaded``. Each job opens its own database session (the store's connection pool gives each
thread its own SQLCipher connection), or, right after the login, reads through the direct store, one call at a
time (``store/direct_first.py``); nothing Qt is touched off the GUI thread. A newer load
supersedes an older one still running: only the newest result is delivered.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from ..services.overview import Overview, OverviewSource
from ..services.search import SearchIndex
from ..store.errors import StoreError
from . import gc_guard
from .gc_guard import collect_garbage_on_gui_thread
from .overview_model import GroupCounts, citizens_of, default_order

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedOverview:
    overview: Overview
    index: SearchIndex
    order: list[int]
    groups: GroupCounts  # cases per tab, for any search
    citizens: tuple[int, ...]  # every citizen listed: what the look at the whole list is logged as


class OverviewLoader(QObject):
    loaded = Signal(object)  # LoadedOverview
    failed = Signal(str)  # a Danish message for the status bar; "" for an unexpected error
    # Emitted from the worker thread (a signal may be emitted from any thread) and delivered queued.
    _done = Signal(int, object)
    _failed = Signal(int, str)

    def __init__(self, source: OverviewSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        collect_garbage_on_gui_thread()  # the worker must never be the one that collects Qt objects
        # A Python thread, not a QThreadPool: waiting for it releases the GIL, so the job can finish.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="overview")
        self._jobs: list[Future[None]] = []
        self._generation = 0
        self.pending = False
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    def load(self, today: dt.date) -> None:
        self._generation += 1
        if not self.pending:
            gc_guard.hold()  # the rows it builds are not walked by the collector tick by tick
        self.pending = True
        self._jobs = [job for job in self._jobs if not job.done()]
        self._jobs.append(self._pool.submit(self._run, self._generation, today))

    def wait(self) -> None:
        """Let a running job finish and deliver nothing more (the store is about to close)."""
        self._generation += 1  # whatever it finds is not wanted any more
        for job in self._jobs:
            job.result()
        self._jobs = []
        self._settled()

    def _settled(self) -> None:
        if self.pending:
            self.pending = False
            gc_guard.release()

    def _run(self, generation: int, today: dt.date) -> None:
        """In the worker thread: touches no Qt object but its own signals."""
        if generation != self._generation:
            return
        try:
            found = self._source.overview(today)
            # Everything the GUI thread would otherwise work out over every row. The rows come in the
            # order the list opens in, so a search's hits (ascending positions) are already in it.
            order = default_order(found.rows)
            rows = [found.rows[i] for i in order]
            found = dataclasses.replace(found, rows=rows)
            index = SearchIndex(rows)
            index.prepare()  # the sets of rows holding each letter and pair: no keystroke passes over all rows
            result = LoadedOverview(found, index, list(range(len(rows))), GroupCounts(rows), citizens_of(rows))
        except StoreError as exc:
            self._emit(self._failed, generation, str(exc))
            return
        except Exception as exc:  # a bug must not end silently in a worker thread
            log.error("overview not read: unexpected %s", type(exc).__name__)  # never the message: case data
            self._emit(self._failed, generation, "")
            return
        self._emit(self._done, generation, result)

    def _emit(self, signal: Any, generation: int, payload: object) -> None:
        if generation != self._generation:
            return  # superseded or stopped meanwhile
        with contextlib.suppress(RuntimeError):  # the window (and this loader) went away meanwhile
            signal.emit(generation, payload)

    def _on_done(self, generation: int, result: LoadedOverview) -> None:
        if generation == self._generation:
            self._settled()
            self.loaded.emit(result)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._settled()
            log.warning("overview not read: store error")
            self.failed.emit(message)
