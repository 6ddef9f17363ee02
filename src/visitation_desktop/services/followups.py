"""Follow-up meetings: record one, apply its outcome to the case, keep a new handleplan version.

``record_followup`` is the one doorway the follow-up wizard and ``visitation-desktop followup
record`` share. The follow-up is stored as its own row (the documented JSON), the case is saved
as it stands after the meeting, and when the plan changed a NEW plan version is added, never
overwriting an earlier one; the draft goes. All of that is one transaction. Every step writes an
access-log row.

While the meeting is written, the wizard keeps a draft in the store (``save_draft``), so a crash
or power cut loses at most the field being typed; its first save in a login session is logged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..domain.case import CaseFile
from ..domain.findings import Finding, blocking, danish_date
from ..domain.followup import (
    OUTCOME_LABELS,
    FollowUp,
    FollowUpOutcome,
    FollowUpPlan,
    apply_followup,
    followup_from_dict,
    followup_t_score,
    followup_to_dict,
    standard_next_date,
)
from ..domain.followup_rules import check_followup
from ..domain.inputs import InputRefused, load_json
from ..domain.messages import QT_TRANSLATE_NOOP, msg
from ..domain.plan_diff import Change, plan_diff
from ..domain.serialize import SerializationError
from ..store.errors import StoreError
from ..store.records import FollowUpRecord, LogEntry
from .plan_versions import ensure_first_plan_version, latest_version
from .standards import standard_for
from .workspace import Workspace


class FollowUpFormatError(ValueError):
    """A follow-up document does not fit docs/followup-format.md (Danish message)."""


class FollowUpInvalid(ValueError):
    """The follow-up cannot be recorded yet; ``findings`` says what is missing (blocking first)."""

    def __init__(self, findings: list[Finding]) -> None:
        lines = "\n".join(f"• {f.message}" for f in findings)
        super().__init__(f"Opfølgningen kan ikke registreres endnu:\n{lines}")
        self.findings = findings


@dataclass(frozen=True)
class HeldFollowUp:
    id: int
    held_on: dt.date
    created_by: str
    followup: FollowUp


@dataclass(frozen=True)
class FollowUpDraft:
    """A follow-up written so far and not yet recorded, and the wizard page it was left on."""

    followup: FollowUp
    page: str = ""  # a FollowUpPage value; "" = the first page
    token: str = field(default="", compare=False)  # new with every save: tells one made by another window


DRAFT_LOG_DETAIL = "followup draft"


class DraftChangedElsewhere(StoreError):
    """Another window saved the case's follow-up draft, or recorded or dropped it, since this one last
    saved it; nothing was written. ``found`` is the token stored now (None: there is no draft)."""

    def __init__(self, found: str | None) -> None:
        if found is None:
            text = QT_TRANSLATE_NOOP("Messages", "Opfølgningen på sagen er registreret (eller slettet) et andet "
                                     "sted, mens den var åben her. Luk den her, hvis det var den samme opfølgning; "
                                     "ellers gemmes det, du har skrevet, som en ny kladde.")
        else:
            text = QT_TRANSLATE_NOOP("Messages", "Opfølgningen er gemt i et andet vindue, mens den var åben her. Det, "
                                     "du har skrevet her, erstatter den anden udgave, når du skriver videre eller "
                                     "vælger »Prøv igen«.")
        super().__init__(msg(text))
        self.found = found


_ANY_DRAFT = object()  # save_draft(expected=...): whatever is stored is replaced


@dataclass(frozen=True)
class RecordedFollowUp:
    followup_id: int
    followup: FollowUp  # as stored: held_on and next_date filled in
    case: CaseFile  # the case after the meeting
    plan_version: int | None  # the new handleplan version; None when the plan did not change
    changes: list[Change]  # from the previous version to the new one
    t_score: float | None


def held_followups(ws: Workspace, case_id: int) -> list[HeldFollowUp]:
    """The follow-ups recorded for a case, oldest first."""
    return [_held(record) for record in ws.repo.followups(case_id)]


def _held(record: FollowUpRecord) -> HeldFollowUp:
    return HeldFollowUp(record.id, record.held_on, record.created_by, followup_from_dict(record.data))


def followup_plan(ws: Workspace, case_id: int, status: str, start: dt.date | None) -> FollowUpPlan:
    """What the case's follow-up schedule rests on: its start and the follow-ups held."""
    held = held_followups(ws, case_id)
    planned = held[-1].followup.next_date if held else None
    return FollowUpPlan(case_id, status, start, tuple(h.held_on for h in held), planned)


def check(
    ws: Workspace, case: CaseFile, followup: FollowUp, today: dt.date, held_before: Sequence[dt.date] = ()
) -> list[Finding]:
    return check_followup(followup, case, standard_for(ws, case), ws.catalogue, today, held_before)


def suggested_next_date(
    ws: Workspace, case: CaseFile, followup: FollowUp, held_before: Sequence[dt.date], today: dt.date
) -> dt.date | None:
    """The standard's date for the follow-up after this one (counted from a new start, if the plan moves it)."""
    if followup.outcome == FollowUpOutcome.END or followup.held_on is None:
        return None
    start = apply_followup(case, followup).placement.planned_start
    if start is None:
        return None
    own = standard_for(ws, case)
    return standard_next_date(start, own, [*held_before, followup.held_on], max(today, followup.held_on))


def preview(ws: Workspace, case: CaseFile, followup: FollowUp) -> list[Change]:
    """How the plan will change when the follow-up is recorded (against the case as it is now)."""
    return plan_diff(case, apply_followup(case, followup), standard_for(ws, case), ws.catalogue)


def record_followup(
    ws: Workspace, case_id: int, followup: FollowUp, today: dt.date | None = None
) -> RecordedFollowUp:
    """Store the follow-up, save the case as it stands after it, and add a plan version if the plan changed.

    One transaction (``Repository.record_followup``): the follow-up row, the case, the new
    version and the removal of the case's draft are all written, or none of them is.
    ``FollowUpInvalid`` (nothing stored) when a blocking finding remains. A missing meeting date
    is today; a missing next date is the standard's.
    """
    today = today or dt.date.today()
    case = ws.repo.load_case(case_id)
    followup = dataclasses.replace(followup, held_on=followup.held_on or today)
    held_before = [h.held_on for h in held_followups(ws, case_id)]
    problems = blocking(check(ws, case, followup, today, held_before))
    if problems:
        raise FollowUpInvalid(problems)
    if followup.outcome == FollowUpOutcome.END:
        followup = dataclasses.replace(followup, next_date=None)
    elif followup.next_date is None:
        followup = dataclasses.replace(
            followup, next_date=suggested_next_date(ws, case, followup, held_before, today)
        )
    assert followup.held_on is not None
    ensure_first_plan_version(ws, case)  # a plan granted before versions were kept: keep it first

    after = apply_followup(case, followup)
    changes: list[Change] = []
    latest = latest_version(ws, case_id)
    if latest is not None:
        changes = plan_diff(latest[1], after, standard_for(ws, case), ws.catalogue)
    note = None
    if changes:
        note = f"Opfølgning {danish_date(followup.held_on)}: {OUTCOME_LABELS[FollowUpOutcome(followup.outcome)]}"
    followup_id, version = ws.repo.record_followup(
        case_id, followup.held_on, ws.caseworker, followup_to_dict(followup), after, note
    )
    return RecordedFollowUp(
        followup_id, followup, after, version, changes, followup_t_score(followup, case.goals)
    )


# -- drafts ----------------------------------------------------------------------------------------


def save_draft(
    ws: Workspace, case_id: int, followup: FollowUp, page: str = "", *, expected: str | None | object = _ANY_DRAFT
) -> str:
    """Keep the follow-up as written so far; return the new draft's token. The first save of the
    case's draft in a session is logged.

    ``expected`` is the token of the draft this window last saved or opened (None: there was none);
    if the store holds another, ``DraftChangedElsewhere`` is raised and nothing is written.
    """
    if expected is not _ANY_DRAFT:
        stored = ws.repo.load_followup_draft(case_id)
        found = None if stored is None else str(stored.get("token", ""))
        if found != expected:
            raise DraftChangedElsewhere(found)
    log = []
    if not ws.repo.logged_since_login(ws.caseworker, "edit", case_id, DRAFT_LOG_DETAIL):
        log.append(LogEntry(ws.caseworker, "edit", case_id=case_id, detail=DRAFT_LOG_DETAIL))
    token = uuid.uuid4().hex
    data = {"page": page, "followup": followup_to_dict(followup), "token": token}
    ws.repo.save_followup_draft(case_id, ws.caseworker, data, log=log)
    return token


def load_draft(ws: Workspace, case_id: int) -> FollowUpDraft | None:
    """The case's unrecorded follow-up, or None when there is none (or it cannot be read any more)."""
    data = ws.repo.load_followup_draft(case_id)
    if data is None:
        return None
    try:
        followup = followup_from_dict(data.get("followup"))
    except SerializationError:
        return None
    page, token = data.get("page"), data.get("token")
    return FollowUpDraft(followup, page if isinstance(page, str) else "", token if isinstance(token, str) else "")


def discard_draft(ws: Workspace, case_id: int) -> bool:
    """Throw the case's unrecorded follow-up away; False when there was none."""
    return ws.repo.delete_followup_draft(case_id)


def read_followup_file(text: str) -> FollowUp:
    """A follow-up from its JSON text; ``FollowUpFormatError`` names the line or the key that is wrong."""
    try:
        document = load_json(text)  # size, depth, texts and numbers within the limits
    except json.JSONDecodeError as exc:
        raise FollowUpFormatError(f"Filen er ikke gyldig JSON (linje {exc.lineno}): {exc.msg}") from None
    except InputRefused as exc:
        raise FollowUpFormatError(f"Opfølgningsfilen kan ikke bruges: {exc}") from None
    try:
        return followup_from_dict(document)
    except SerializationError as exc:
        raise FollowUpFormatError(f"Fejl i opfølgningen ved {exc.path}: {exc.problem}") from None
