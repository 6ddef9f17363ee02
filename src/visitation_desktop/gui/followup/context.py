"""What the follow-up wizard's pages share: the case, the follow-up being written, and its findings.

Widgets write into ``ctx.followup`` the moment they change and call ``touch()``; the findings are
checked again shortly after. The follow-up is stored only when it is recorded on the last page
(``record()``): until then it is a draft the main window keeps for the session.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.case import CaseFile
from ...domain.findings import Finding
from ...domain.followup import FollowUp, followup_t_score
from ...domain.plan_diff import Change
from ...services import followups, plan_versions
from ...services.followups import HeldFollowUp, RecordedFollowUp
from ...services.workspace import Workspace

CHECK_DELAY_MS = 150


class FollowUpContext(QObject):
    findings_changed = Signal()
    recorded = Signal(object)  # RecordedFollowUp

    def __init__(
        self, ws: Workspace, case: CaseFile, draft: FollowUp | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__()
        if case.id is None:
            raise ValueError("a follow-up needs a stored case")
        self.ws = ws
        self.case = case
        self.case_id: int = case.id
        self.standard = ws.standard
        self.catalogue = ws.catalogue
        self._today = today
        self.followup = draft if draft is not None else FollowUp(held_on=self.today)
        self.held: list[HeldFollowUp] = followups.held_followups(ws, case.id)
        versions = plan_versions.list_versions(ws, case.id)
        self.plan_version = versions[-1].version if versions else 0  # 0: not kept yet (granted before versions)
        self.findings: list[Finding] = []
        self.dirty = False
        self.result: RecordedFollowUp | None = None
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.recheck)
        self.recheck()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def held_dates(self) -> list[dt.date]:
        return [h.held_on for h in self.held]

    def touch(self) -> None:
        """A widget changed the follow-up: check it again soon."""
        self.dirty = True
        self._check_timer.start()

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
        """Store the follow-up (``FollowUpInvalid`` if something blocking remains)."""
        self.result = followups.record_followup(self.ws, self.case_id, self.followup, self.today)
        self.dirty = False
        self.recorded.emit(self.result)
        return self.result
