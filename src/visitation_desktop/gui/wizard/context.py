"""What every wizard page shares: the case being edited, the standard, autosave and undo.

Widgets write into the case the moment they change and call ``touch()``; a short timer then
saves the whole case in one transaction, so a crash loses at most the field being typed.
Opening the case or a page writes nothing: while a page fills its widgets (``quiet()``) a
change is not a change, and a save happens only when something was changed. Before a choice
(a level, a combo, a radio button, a goal added or removed) changes the case, ``remember()``
keeps the case as it was, so ``undo()`` (Ctrl+Z) can put it back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.case import CaseFile
from ...domain.findings import Finding
from ...domain.serialize import from_dict, to_dict
from ...services.cases import CaseService
from ...store.errors import StoreError

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 300
CHECK_DELAY_MS = 150
UNDO_DEPTH = 50


class WizardContext(QObject):
    findings_changed = Signal()
    saved = Signal()
    save_failed = Signal(str)  # the Danish reason; the case stays dirty and is saved on the next change
    undone = Signal()  # the case was put back; pages show it again

    def __init__(self, service: CaseService, case: CaseFile, today: dt.date | None = None) -> None:
        super().__init__()
        self.service = service
        self.case = case
        self.standard = service.ws.standard
        self.catalogue = service.ws.catalogue
        self._today = today
        self.findings: list[Finding] = []
        self.dirty = False
        self.resuming = False  # walking to the page where the case stopped: pages wait until shown
        self._quiet = 0
        self._undo: list[dict[str, Any]] = []
        self.save_times_ms: list[float] = []
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.recheck)
        service.ws.on_close(self.stop_timers)
        self.recheck()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """While a page fills its widgets from the case, their signals are not changes."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    @property
    def is_quiet(self) -> bool:
        return self._quiet > 0

    def remember(self) -> None:
        """Keep the case as it is now, before a choice changes it (for ``undo``)."""
        if self.is_quiet:
            return
        self._undo.append(to_dict(self.case))
        del self._undo[:-UNDO_DEPTH]

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> bool:
        """Put the case back as it was before the last remembered choice; False if there is none."""
        if not self._undo:
            return False
        before = from_dict(CaseFile, self._undo.pop())
        for f in dataclasses.fields(CaseFile):
            if f.name not in ("id", "current_page"):
                setattr(self.case, f.name, getattr(before, f.name))
        self.touch()
        self.undone.emit()
        return True

    def touch(self) -> None:
        """A widget changed the case: save soon, check soon."""
        if self.is_quiet:
            return
        self.dirty = True
        self._save_timer.start()
        self._check_timer.start()

    def stop_timers(self) -> None:
        """The store is closing: the last save was made by whoever closed it (the window)."""
        self._save_timer.stop()
        self._check_timer.stop()

    def save_now(self) -> None:
        self._save_timer.stop()
        if (not self.dirty and self.case.id is not None) or self.service.ws.closed:
            return  # nothing changed (looking at a case writes nothing), or the store is closed
        started = time.perf_counter()
        try:
            self.service.save(self.case)
        except StoreError as exc:
            log.warning("autosave failed: %s", type(exc).__name__)
            self.save_failed.emit(str(exc))
            return
        self.save_times_ms.append((time.perf_counter() - started) * 1000)
        self.dirty = False
        self.saved.emit()

    def recheck(self) -> None:
        self._check_timer.stop()
        self.findings = self.service.check(self.case, self.today)
        self.findings_changed.emit()

    def findings_for(self, page: str) -> list[Finding]:
        return [f for f in self.findings if f.page == page]
