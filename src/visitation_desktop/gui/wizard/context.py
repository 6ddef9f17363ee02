"""What every wizard page shares: the case being edited, the standard, autosave and undo.

Widgets write into the case the moment they change and call ``touch()``; a short timer then
saves the whole case in one transaction, so a crash loses at most the field being typed.
Opening the case or a page writes nothing: while a page fills its widgets (``quiet()``) a
change is not a change, and a save happens only when something was changed. Before a choice
(a level, a combo, a radio button, a goal added or removed) changes the case, ``remember()``
keeps the case as it was, so ``undo()`` (Ctrl+Z) can put it back.

A save refused because the case was saved elsewhere meanwhile (``CaseChangedElsewhere``: the
CLI or another window) never writes this window's stale copy: the context merges, per field,
what it loaded (the base), what this window changed and what was saved elsewhere. Changes on one
side are taken at once; fields changed on both sides are handed to the wizard
(``conflict_found``), which shows the conflict view and calls ``resolve`` with the choices.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.case import CaseFile
from ...domain.findings import Finding
from ...domain.merge import Choice, MergeResult, Side, case_from_merge, field_label, three_way
from ...domain.serialize import from_dict, to_dict
from ...services.cases import CaseService
from ...services.standards import standard_for
from ...store.errors import CaseChangedElsewhere, StoreError
from ..messages import error_text

log = logging.getLogger(__name__)
T = TypeVar("T")

AUTOSAVE_DELAY_MS = 300
CHECK_DELAY_MS = 150
UNDO_DEPTH = 50


class WizardContext(QObject):
    findings_changed = Signal()
    saved = Signal()
    save_failed = Signal(str)  # the reason, in the program's language; the case stays dirty and is saved on the next change
    undone = Signal()  # the case was put back; pages show it again
    conflict_found = Signal(object)  # a MergeResult whose conflicts need the caseworker's choice
    reloaded = Signal(list)  # labels of the fields taken from a save made elsewhere

    def __init__(self, service: CaseService, case: CaseFile, today: dt.date | None = None) -> None:
        super().__init__()
        self.service = service
        self.case = case
        self.standard = standard_for(service.ws, case)  # the standard the case is assessed under
        self.catalogue = service.ws.catalogue
        self._today = today
        self.findings: list[Finding] = []
        self.dirty = False
        self.resuming = False  # walking to the page where the case stopped: pages wait until shown
        self._quiet = 0
        self._undo: list[dict[str, Any]] = []
        self._base = to_dict(case)  # the case as stored at case.revision: the base of a merge
        self.pending: tuple[MergeResult, CaseFile] | None = None  # a merge waiting for choices
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
            if f.name not in ("id", "current_page", "uuid", "revision", "acceptance"):  # accepting is no choice
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
        """The store is closing: the last save was made by whoever closed it (the window).

        The timers may already be gone with the wizard that owned this context."""
        for timer in (self._save_timer, self._check_timer):
            if shiboken6.isValid(timer):
                timer.stop()

    def save_now(self) -> None:
        self._save_timer.stop()
        if (not self.dirty and self.case.id is not None) or self.service.ws.closed:
            return  # nothing changed (looking at a case writes nothing), or the store is closed
        if self.pending is not None:
            self.conflict_found.emit(self.pending[0])  # still waiting for the caseworker's choices
            return
        started = time.perf_counter()
        try:
            self.service.save(self.case)
        except CaseChangedElsewhere as exc:
            self._merge_with(exc)
            return
        except StoreError as exc:
            log.warning("autosave failed: %s", type(exc).__name__)
            self.save_failed.emit(error_text(exc))
            return
        self.save_times_ms.append((time.perf_counter() - started) * 1000)
        self._base = to_dict(self.case)
        self.dirty = False
        self.saved.emit()

    def write_through(self, write: Callable[[CaseFile], T]) -> T:
        """A service call that saves the case itself (the plan's acceptance): what was typed is
        saved first, then ``write(case)`` runs; the context takes the stored case as its base.
        ``CaseChangedElsewhere`` from the call is raised after the merge has been started."""
        self.save_now()
        try:
            result = write(self.case)
        except CaseChangedElsewhere:
            self.touch()  # the next save merges with the case saved elsewhere
            raise
        self._base = to_dict(self.case)
        self.dirty = False
        self.saved.emit()
        self.recheck()
        return result

    def _merge_with(self, exc: CaseChangedElsewhere) -> None:
        """Merge this window's changes with the case saved elsewhere; nothing stale is written."""
        log.info("case saved elsewhere meanwhile: merging")
        result = three_way(
            self._base,
            to_dict(self.case),
            to_dict(exc.current),
            mine_side=Side(self.service.ws.caseworker, dt.datetime.now(dt.UTC)),
            theirs_side=Side(exc.by, exc.at),
        )
        self.pending = (result, exc.current)
        if result.conflicts:
            self.conflict_found.emit(result)
        else:
            self.resolve({})

    def resolve(self, choices: dict[str, Choice]) -> None:
        """Take the merge with ``choices`` (path -> mine/theirs) for its conflicts, show it and save it."""
        if self.pending is None:
            return
        result, current = self.pending
        merged = case_from_merge(result.resolved(choices), like=current)
        merged.current_page = self.case.current_page
        for f in dataclasses.fields(CaseFile):
            if f.name != "id":
                setattr(self.case, f.name, getattr(merged, f.name))
        self.pending = None
        self._base = to_dict(current)
        self._undo.clear()  # what was remembered predates the other save
        self.undone.emit()  # pages show the case again
        kept_mine = {c.path for c in result.conflicts if choices.get(c.path) != Choice.THEIRS}
        doc = to_dict(current)
        taken = [field_label(p, doc) for p in result.theirs_changed if p not in kept_mine]
        self.dirty = True
        self.save_now()
        self.reloaded.emit(list(dict.fromkeys(taken)))  # after "saved": the status says what came in
        self.recheck()

    def recheck(self) -> None:
        self._check_timer.stop()
        if self.service.ws.closed:
            return  # the store closed under a late timer: nothing to check against
        self.findings = self.service.check(self.case, self.today)
        self.findings_changed.emit()

    def findings_for(self, page: str) -> list[Finding]:
        return [f for f in self.findings if f.page == page]
