"""What the follow-up wizard's pages share: the case, the follow-up being written, and its findings.

Widgets write into ``ctx.followup`` the moment they change and call ``touch()``; the findings are
checked again shortly after, and the draft (the follow-up and the page it is on) is saved in the
store within ``AUTOSAVE_DELAY_MS``, like the visitation wizard saves the case: a crash or power
cut loses at most the field being typed. A save the store refuses (disk full, busy, gone) keeps the
follow-up in memory and dirty and says why (``save_failed``); the next change or a retry saves it.
A draft saved meanwhile by another window (or recorded there) is not overwritten unseen: the first
save after it is refused and said, and the next one keeps what this window holds. Opening the wizard again on the case resumes the draft.
Recording the follow-up on the last page (``record()``) removes the draft in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import logging

import shiboken6
from PySide6.QtCore import QObject, Signal

from ...domain.case import CaseFile
from ...domain.findings import Finding
from ...domain.followup import FollowUp, followup_t_score
from ...domain.plan_diff import Change
from ...services import followups, plan_versions
from ...services.followups import DraftChangedElsewhere, HeldFollowUp, RecordedFollowUp
from ...services.standards import standard_for
from ...services.workspace import Workspace
from ...store.errors import StoreError
from ..bindings import Debounce
from ..messages import error_text
from ..wizard.context import AUTOSAVE_DELAY_MS, CHECK_DELAY_MS

log = logging.getLogger(__name__)


class FollowUpContext(QObject):
    findings_changed = Signal()
    recorded = Signal(object)  # RecordedFollowUp
    saved = Signal()
    save_failed = Signal(str)  # the reason, in the program's language; the draft stays dirty and is saved on the next change

    def __init__(
        self, ws: Workspace, case: CaseFile, draft: FollowUp | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__()
        if case.id is None:
            raise ValueError("a follow-up needs a stored case")
        self.ws = ws
        self.case = case
        self.case_id: int = case.id
        self.standard = standard_for(ws, case)  # the standard the case is assessed under
        self.catalogue = ws.catalogue
        self._today = today
        stored = followups.load_draft(ws, case.id)
        self.resumed = stored is not None  # opened on a draft written earlier
        self.has_draft = stored is not None  # the store holds a draft of this case
        self.page = stored.page if stored is not None else ""  # the FollowUpPage value the draft is on
        self._token = stored.token if stored is not None else None  # of the draft as this window knows it
        if draft is not None:
            self.followup = draft
        elif stored is not None:
            self.followup = stored.followup
        else:
            self.followup = FollowUp(held_on=self.today)
        self.held: list[HeldFollowUp] = followups.held_followups(ws, case.id)
        versions = plan_versions.list_versions(ws, case.id)
        self.plan_version = versions[-1].version if versions else 0  # 0: not kept yet (granted before versions)
        self.findings: list[Finding] = []
        self.dirty = False
        self.result: RecordedFollowUp | None = None
        self._save_timer = Debounce(AUTOSAVE_DELAY_MS, self.save_now, self)
        self._check_timer = Debounce(CHECK_DELAY_MS, self.recheck, self)
        ws.on_close(self.stop_timers)
        self.recheck()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def held_dates(self) -> list[dt.date]:
        return [h.held_on for h in self.held]

    def touch(self) -> None:
        """A widget changed the follow-up: save the draft soon, check it again soon."""
        self.dirty = True
        self._save_timer.start()
        self._check_timer.start()

    def show_page(self, page: str) -> None:
        """The wizard is on ``page`` now: a draft already begun is saved with it at once."""
        if page == self.page:
            return
        self.page = page
        if self.has_draft or self.dirty:
            self.dirty = True
            self.save_now()

    def stop_timers(self) -> None:
        """The store is closing: the last save was made by whoever closed it (the window).

        The timers may already be gone with the wizard that owned this context."""
        for timer in (self._save_timer, self._check_timer):
            if shiboken6.isValid(timer):
                timer.stop()

    def save_now(self) -> None:
        """Save the draft if something changed since the last save; never after it is recorded."""
        self._save_timer.stop()
        if not self.dirty or self.result is not None or self.ws.closed:
            return
        try:
            self._token = followups.save_draft(self.ws, self.case_id, self.followup, self.page, expected=self._token)
        except DraftChangedElsewhere as exc:  # said once; the next save (a change, "Prøv igen") keeps this one
            log.info("follow-up draft saved elsewhere meanwhile")
            self._token = exc.found
            self.has_draft = exc.found is not None
            self.save_failed.emit(error_text(exc))
            return
        except StoreError as exc:
            log.warning("follow-up autosave failed: %s", type(exc).__name__)
            self.save_failed.emit(error_text(exc))
            return
        self.has_draft = True
        self.dirty = False
        self.saved.emit()

    def recheck(self) -> None:
        self._check_timer.stop()
        self.findings = followups.check(self.ws, self.case, self.followup, self.today, self.held_dates)
        self.findings_changed.emit()

    def findings_for(self, page: str) -> list[Finding]:
        return [f for f in self.findings if f.page == page]

    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.is_blocking]

    # -- derived -----------------------------------------------------------------------------
    def t_score(self) -> float | None:
        return followup_t_score(self.followup, self.case.goals)

    def standard_next_date(self) -> dt.date | None:
        return followups.suggested_next_date(self.ws, self.case, self.followup, self.held_dates, self.today)

    def plan_changes(self) -> list[Change]:
        return followups.preview(self.ws, self.case, self.followup)

    def record(self) -> RecordedFollowUp:
        """Store the follow-up and drop the draft (``FollowUpInvalid`` if something blocking remains)."""
        self.save_now()  # should recording fail, the draft is as written
        self.result = followups.record_followup(self.ws, self.case_id, self.followup, self.today)
        self.dirty = False
        self.has_draft = False
        self.recorded.emit(self.result)
        return self.result
