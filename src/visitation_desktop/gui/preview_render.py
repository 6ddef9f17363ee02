"""Rendering a document off the GUI thread, so the preview stays responsive while reportlab works.

``DocumentRenderer.render`` hands a copy of the case to a worker thread, which renders it through
``DocumentService.render`` (the rules gate, the access-log row, its own store session: the store's
connection pool gives each thread its own SQLCipher connection). The result comes back to the GUI
thread as ``rendered`` (the PDF) or ``refused`` (what the case still lacks). A newer request
supersedes one still running: only the newest result is delivered. Nothing Qt is touched off the
GUI thread, and the garbage collector runs on the GUI thread only (``gui/gc_guard.py``).
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import logging
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, Signal

from ..documents import DocumentIncomplete, DocumentKind
from ..domain.case import CaseFile
from ..services.documents import DocumentService
from .gc_guard import collect_garbage_on_gui_thread

log = logging.getLogger(__name__)


class DocumentRenderer(QObject):
    rendered = Signal(object, bytes)  # DocumentKind, the PDF
    refused = Signal(object, object)  # DocumentKind, DocumentIncomplete (Danish parts, the gate's verdict)
    # Emitted from the worker (a signal may be emitted from any thread) and delivered queued.
    _done = Signal(int, object, object, object)

    def __init__(self, service: DocumentService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.busy = False
        self._generation = 0
        collect_garbage_on_gui_thread()  # the worker must never be the one that collects Qt objects
        # A Python thread, not a QThreadPool: waiting for it releases the GIL (see overview_loader).
        self._pool: ThreadPoolExecutor | None = None
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def render(self, case: CaseFile, kind: DocumentKind, today: dt.date | None) -> None:
        """Start rendering ``kind`` of the case as it stands now (a copy: typing on goes on meanwhile)."""
        self._generation += 1
        self.busy = True
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="render")
        self._pool.submit(self._run, self._generation, copy.deepcopy(case), kind, today)

    def stop(self) -> None:
        """Deliver nothing more; a render still running finishes in its thread and is dropped."""
        self._generation += 1
        self.busy = False
        if self._pool is not None:
            self._pool.shutdown(wait=False)  # its thread ends once the running render does
            self._pool = None

    def _run(self, generation: int, case: CaseFile, kind: DocumentKind, today: dt.date | None) -> None:
        """In the worker thread: touches no Qt object but its own signal."""
        if generation != self._generation:
            return
        pdf: bytes | None = None
        error: Exception | None = None
        try:
            pdf = self.service.render(case, kind, today)
        except DocumentIncomplete as exc:
            error = exc
        except Exception as exc:  # raised again on the GUI thread, where the crash handler shows it
            log.error("document not rendered: %s", type(exc).__name__)  # never the message: case data
            error = exc
        if generation == self._generation:
            with contextlib.suppress(RuntimeError):  # the preview went away meanwhile
                self._done.emit(generation, kind, pdf, error)

    def _on_done(self, generation: int, kind: DocumentKind, pdf: bytes | None, error: Exception | None) -> None:
        if generation != self._generation:
            return
        self.busy = False
        if isinstance(error, DocumentIncomplete):
            self.refused.emit(kind, error)
        elif error is not None:
            raise error
        elif pdf is not None:
            self.rendered.emit(kind, pdf)
