"""What every wizard page shares: the case being edited, the standard, and autosave.

Widgets write into the case the moment they change and call ``touch()``; a short timer then
saves the whole case in one transaction, so a crash loses at most the field being typed.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.case import CaseFile
from ...domain.findings import Finding
from ...services.cases import CaseService
from ...store.errors import StoreError

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 300
CHECK_DELAY_MS = 150


class WizardContext(QObject):
    findings_changed = Signal()
    saved = Signal()
    save_failed = Signal(str)  # the Danish reason; the case stays dirty and is saved on the next change

    def __init__(self, service: CaseService, case: CaseFile, today: dt.date | None = None) -> None:
        super().__init__()
        self.service = service
        self.case = case
        self.standard = service.ws.standard
        self.catalogue = service.ws.catalogue
        self._today = today
        self.findings: list[Finding] = []
        self.dirty = False
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

    def touch(self) -> None:
        """A widget changed the case: save soon, check soon."""
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
            return
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
