"""The parts of the sync that need no network: conflicts settled on the laptop, release, states.

``resolve`` applies the caseworker's per-field choices to a case whose check-in found conflicts;
the next check-in sends the result. ``release`` removes a checked-in, unchanged case from the
laptop (its access-log rows stay). ``services.sync`` re-exports all of it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ..domain.merge import Choice, FieldConflict, Side, three_way
from ..store import audit, sync_local
from ..store.sync_local import Releasable as Releasable
from .workspace import Workspace


@dataclass(frozen=True)
class CaseConflict:
    case_id: int
    citizen_name: str
    conflicts: list[FieldConflict]
    mine: Side
    theirs: Side


# -- without the network ----------------------------------------------------------------------------

DECIDED_STATUSES = frozenset({"granted", "refused", "ended"})


def decided_case_ids(ws: Workspace) -> list[int]:
    """Cases with a decision (granted, refused or ended), oldest id first (``handoff --all-decided``)."""
    return sorted(s.id for s in ws.repo.list_cases() if s.status in DECIDED_STATUSES)


def resolve(ws: Workspace, case_id: int, choices: Mapping[str, Choice | str]) -> None:
    """Settle a case's check-in conflicts on the laptop; the next check-in then sends the result.

    ``choices`` maps each conflicting field (``path``) to "mine" (this laptop) or "theirs" (central).
    ``KeyError`` names a field without a choice; nothing is changed then.
    """
    text = sync_local.conflict_of(ws.repo.engine, case_id)
    if not text:
        raise LookupError(case_id)
    pending = json.loads(text)
    (bundle,) = sync_local.read_bundles(ws.repo.engine, [case_id])
    result = three_way(bundle.base_data, bundle.data, pending["central"])
    merged = result.resolved({path: Choice(value) for path, value in choices.items()})
    merged = {**merged, "uuid": bundle.uuid}
    with Session(ws.repo.engine) as s, s.begin():
        revision = sync_local.overwrite_if_unchanged(s, case_id, bundle.local_revision, merged, ws.caseworker)
        if revision is None:
            raise sync_local.ChangedMeanwhile(case_id)
        sync_local.set_base(
            s,
            case_id,
            central_revision=pending["central_revision"],
            data=pending["central"],
            synced_revision=revision - 1,
            state=sync_local.SYNC_CHANGED,
            checked_in=False,
        )
        audit.append(s, ws.caseworker, "edit", None, case_id, "check-in conflict resolved")


def open_conflicts(ws: Workspace, case_id: int) -> CaseConflict | None:
    """The case's conflicts from its last check-in, against the laptop's case as it is now."""
    text = sync_local.conflict_of(ws.repo.engine, case_id)
    if not text:
        return None
    pending = json.loads(text)
    (bundle,) = sync_local.read_bundles(ws.repo.engine, [case_id])
    at = dt.datetime.fromisoformat(pending["at"]) if pending.get("at") else None
    result = three_way(
        bundle.base_data,
        bundle.data,
        pending["central"],
        mine_side=Side(bundle.updated_by, bundle.updated_at),
        theirs_side=Side(pending.get("by", ""), at),
    )
    return CaseConflict(
        case_id,
        bundle.data["citizen"].get("name", ""),
        result.conflicts,
        result.mine_side,
        result.theirs_side,
    )


def release(ws: Workspace, case_id: int) -> bool:
    """Remove a checked-in case from the laptop (its access-log rows stay); False if it may not go."""
    with Session(ws.repo.engine) as s, s.begin():
        return sync_local.release(s, case_id, ws.caseworker)


def release_checked_in(ws: Workspace, days: int, now: dt.datetime | None = None) -> list[int]:
    """Release every case checked in more than ``days`` days ago and unchanged since (the setting)."""
    before = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)
    return [
        case_id for case_id in sync_local.checked_in_before(ws.repo.engine, before) if release(ws, case_id)
    ]


def releasable(ws: Workspace) -> list[Releasable]:
    """The cases that may leave the laptop: checked in, unchanged since, without conflicts."""
    return sync_local.releasable(ws.repo.engine)


@dataclass
class ReleaseReport:
    released: list[int] = field(default_factory=list)
    kept: list[int] = field(default_factory=list)  # changed (or in conflict) since the check-in: they stay
    stopped: bool = False  # the caseworker stopped it; the cases before stay removed


def release_cases(
    ws: Workspace,
    case_ids: Sequence[int],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReleaseReport:
    """Release ``case_ids`` one transaction each, reporting progress; a stop ends it between cases."""
    report = ReleaseReport()
    total = len(case_ids)
    for done, case_id in enumerate(case_ids):
        if cancelled is not None and cancelled():
            report.stopped = True
            break
        (report.released if release(ws, case_id) else report.kept).append(case_id)
        if progress is not None:
            progress(done + 1, total)
    return report
