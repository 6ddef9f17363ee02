"""The laptop's side of check-out and check-in: cases as bundles, bases, states, release.

A ``Bundle`` is one case as it travels: the case JSON (without the store's id and revision), its
citizen, and its plan versions and follow-ups by uuid. Reading bundles for a check-in takes one
query per table for a whole batch; writing a checked-out batch is one transaction.

``sync_cases`` keeps, per case, the base of the next merge (the central revision and content at
the last check-out or check-in) and the laptop revision then; ``case_index.sync_state`` holds
what the case list shows (``SYNC_*`` below).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from visitation_desktop.store import audit, case_index
from visitation_desktop.store.models import (
    SYNC_LOCAL,
    Case,
    CaseIndex,
    CentralGrant,
    Citizen,
    FollowUp,
    FollowUpDraft,
    PlanVersion,
    SyncCase,
    SyncMeta,
    utc_now,
)
from visitation_desktop.store.sync_bundles import SYNC_CHECKED_OUT as SYNC_CHECKED_OUT
from visitation_desktop.store.sync_bundles import Bundle as Bundle  # re-exported: one doorway for the sync
from visitation_desktop.store.sync_bundles import ChangedMeanwhile as ChangedMeanwhile
from visitation_desktop.store.sync_bundles import add_records as add_records
from visitation_desktop.store.sync_bundles import case_json as case_json
from visitation_desktop.store.sync_bundles import insert_new as insert_new
from visitation_desktop.store.sync_bundles import local_ids_by_uuid as local_ids_by_uuid
from visitation_desktop.store.sync_bundles import overwrite_if_unchanged as overwrite_if_unchanged
from visitation_desktop.store.sync_bundles import read_bundles as read_bundles
from visitation_desktop.store.sync_bundles import write_case as write_case

SYNC_CHANGED = case_index.SYNC_CHANGED  # changed on this laptop since check-out or check-in
SYNC_CONFLICT = "conflict"  # the last check-in found fields changed differently centrally
SYNC_CHECKED_IN = "checked_in"  # the central store has this laptop's every change
SYNCED_STATES = frozenset({SYNC_CHECKED_OUT, SYNC_CHECKED_IN})


# -- small facts ------------------------------------------------------------------------------------


def meta(engine: Engine, key: str) -> str | None:
    with Session(engine) as s:
        return s.scalar(select(SyncMeta.value).where(SyncMeta.key == key))


def set_meta(s: Session, key: str, value: str) -> None:
    if s.execute(update(SyncMeta).where(SyncMeta.key == key).values(value=value)).rowcount == 0:  # type: ignore[attr-defined]
        s.add(SyncMeta(key=key, value=value))
        s.flush()


def laptop_id(engine: Engine) -> str:
    """This laptop's id in the central store (made once, kept in the encrypted store)."""
    found = meta(engine, "laptop_id")
    if found:
        return found
    with Session(engine) as s, s.begin():
        found = s.scalar(select(SyncMeta.value).where(SyncMeta.key == "laptop_id"))
        if found is None:
            found = str(uuidlib.uuid4())
            set_meta(s, "laptop_id", found)
    return found


# -- reading for a check-in -------------------------------------------------------------------------


def pending_case_ids(engine: Engine) -> list[int]:
    """Cases with something the central store has not got: new here, or changed since the last sync."""
    stmt = (
        select(Case.id)
        .outerjoin(SyncCase, SyncCase.case_id == Case.id)
        .where(
            (SyncCase.case_id.is_(None))
            | (Case.revision > SyncCase.synced_revision)
            | (SyncCase.conflict != "")
        )
        .order_by(Case.id)
    )
    with Session(engine) as s:
        return list(s.scalars(stmt))


def case_uuids(engine: Engine) -> dict[int, str]:
    with Session(engine) as s:
        return {r[0]: r[1] for r in s.execute(select(Case.id, Case.uuid))}


def case_uuid(engine: Engine, case_id: int) -> str | None:
    """One case's UUID; None when there is no such case."""
    with Session(engine) as s:
        return s.scalar(select(Case.uuid).where(Case.id == case_id))


def set_base(
    s: Session,
    case_id: int,
    *,
    central_revision: int,
    data: dict[str, Any],
    synced_revision: int,
    state: str,
    checked_in: bool,
    conflict: str = "",
) -> None:
    """Record the base of the next merge and the case's sync state, in the caller's transaction."""
    now = utc_now()
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    row = s.get(SyncCase, case_id)
    if row is None:
        s.add(
            SyncCase(
                case_id=case_id,
                central_revision=central_revision,
                base_data=text,
                synced_revision=synced_revision,
                checked_out_at=now,
                checked_in_at=now if checked_in else None,
                conflict=conflict,
            )
        )
    else:
        row.central_revision, row.base_data, row.synced_revision = central_revision, text, synced_revision
        row.conflict = conflict
        if checked_in:
            row.checked_in_at = now
        elif not conflict:
            row.checked_out_at, row.checked_in_at = now, None
    set_state(s, case_id, state)
    s.flush()


@dataclass(frozen=True)
class Base:
    """What ``set_bases`` records for one case."""

    case_id: int
    central_revision: int
    data: dict[str, Any]
    synced_revision: int


def set_bases(s: Session, bases: Sequence[Base], *, state: str, checked_in: bool) -> None:
    """``set_base`` for a whole batch: one INSERT … ON CONFLICT and one UPDATE of the states."""
    if not bases:
        return
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    now = utc_now()
    rows = [
        {
            "case_id": b.case_id,
            "central_revision": b.central_revision,
            "base_data": json.dumps(b.data, ensure_ascii=False, separators=(",", ":"), default=str),
            "synced_revision": b.synced_revision,
            "checked_out_at": now,
            "checked_in_at": now if checked_in else None,
            "conflict": "",
        }
        for b in bases
    ]
    stmt = sqlite_insert(SyncCase)
    keep = {"central_revision", "base_data", "synced_revision", "conflict", "checked_in_at"}
    if not checked_in:
        keep.add("checked_out_at")
    s.execute(
        stmt.on_conflict_do_update(index_elements=["case_id"], set_={k: stmt.excluded[k] for k in keep}), rows
    )
    ids = [b.case_id for b in bases]
    for chunk in range(0, len(ids), 900):
        s.execute(
            update(CaseIndex).where(CaseIndex.case_id.in_(ids[chunk : chunk + 900])).values(sync_state=state)
        )


def id_ranges(ids: Iterable[int]) -> str:
    """Case ids as ranges for a log row's detail ("1-3, 7"); ids are not personal data."""
    out: list[str] = []
    run: list[int] = []
    for i in sorted(set(ids)):
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        if run:
            out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
        run = [i]
    if run:
        out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
    return ", ".join(out)


def set_conflict(s: Session, case_id: int, conflict: str) -> None:
    s.execute(update(SyncCase).where(SyncCase.case_id == case_id).values(conflict=conflict))
    set_state(s, case_id, SYNC_CONFLICT if conflict else SYNC_CHANGED)


def set_state(s: Session, case_id: int, state: str) -> None:
    s.execute(update(CaseIndex).where(CaseIndex.case_id == case_id).values(sync_state=state))


def conflict_of(engine: Engine, case_id: int) -> str:
    with Session(engine) as s:
        return s.scalar(select(SyncCase.conflict).where(SyncCase.case_id == case_id)) or ""


def sync_rows(
    engine: Engine,
) -> list[tuple[int, str, int, int | None, dt.datetime | None, dt.datetime | None]]:
    """(case id, state, revision, synced revision, checked out at, checked in at) for every case."""
    stmt = (
        select(
            Case.id,
            CaseIndex.sync_state,
            Case.revision,
            SyncCase.synced_revision,
            SyncCase.checked_out_at,
            SyncCase.checked_in_at,
        )
        .outerjoin(CaseIndex, CaseIndex.case_id == Case.id)
        .outerjoin(SyncCase, SyncCase.case_id == Case.id)
        .order_by(Case.id)
    )
    with Session(engine) as s:
        return [(r[0], r[1] or SYNC_LOCAL, r[2], r[3], r[4], r[5]) for r in s.execute(stmt)]


# -- occupancy ----------------------------------------------------------------------------------------


def replace_central_grants(
    s: Session, grants: Sequence[tuple[str, str, str]], refreshed_at: dt.datetime
) -> None:
    s.execute(delete(CentralGrant))
    if grants:
        s.execute(insert(CentralGrant), [{"case_uuid": u, "offer_id": o, "place": p} for u, o, p in grants])
    set_meta(s, "occupancy_refreshed_at", refreshed_at.isoformat())


def central_grants(engine: Engine) -> tuple[list[tuple[str, str, str]], dt.datetime | None]:
    """The granted places of every caseworker as of the last check-out, and when that was."""
    with Session(engine) as s:
        rows = [(r.case_uuid, r.offer_id, r.place) for r in s.scalars(select(CentralGrant))]
        when = s.scalar(select(SyncMeta.value).where(SyncMeta.key == "occupancy_refreshed_at"))
    return rows, dt.datetime.fromisoformat(when) if when else None


# -- release ------------------------------------------------------------------------------------------


def release(s: Session, case_id: int, caseworker: str) -> bool:
    """Remove a checked-in, unchanged case from the laptop; its access-log rows stay (and one is added)."""
    row = s.execute(
        select(
            Case.revision,
            Case.citizen_id,
            SyncCase.synced_revision,
            SyncCase.checked_in_at,
            SyncCase.conflict,
        )
        .join(SyncCase, SyncCase.case_id == Case.id)
        .where(Case.id == case_id)
    ).first()
    if row is None or row.checked_in_at is None or row.revision != row.synced_revision or row.conflict:
        return False  # never delete what the central store has not confirmed
    audit.append(s, caseworker, "delete", row.citizen_id, case_id, "released after check-in")
    for model in (PlanVersion, FollowUp, FollowUpDraft, CaseIndex, SyncCase):
        s.execute(delete(model).where(model.case_id == case_id))
    s.execute(delete(Case).where(Case.id == case_id))
    s.execute(delete(Citizen).where(Citizen.id == row.citizen_id))
    return True


@dataclass(frozen=True)
class Releasable:
    """A checked-in case, unchanged since and without conflicts: it may leave the laptop."""

    case_id: int
    citizen_name: str
    cpr: str
    checked_in_at: dt.datetime


def releasable(engine: Engine) -> list[Releasable]:
    """Every case ``release`` would remove, the longest checked in first."""
    stmt = (
        select(Case.id, Citizen.name, Citizen.cpr, SyncCase.checked_in_at)
        .join(SyncCase, SyncCase.case_id == Case.id)
        .join(Citizen, Citizen.id == Case.citizen_id)
        .where(SyncCase.checked_in_at.is_not(None), Case.revision == SyncCase.synced_revision, SyncCase.conflict == "")
        .order_by(SyncCase.checked_in_at, Case.id)
    )
    with Session(engine) as s:
        return [
            Releasable(case_id, name, cpr, at if at.tzinfo else at.replace(tzinfo=dt.UTC))
            for case_id, name, cpr, at in s.execute(stmt)
            if at is not None
        ]


def checked_in_before(engine: Engine, before: dt.datetime) -> list[int]:
    stmt = (
        select(Case.id)
        .join(SyncCase, SyncCase.case_id == Case.id)
        .where(
            SyncCase.checked_in_at.is_not(None),
            SyncCase.checked_in_at < before,
            Case.revision == SyncCase.synced_revision,
            SyncCase.conflict == "",
        )
    )
    with Session(engine) as s:
        return list(s.scalars(stmt))
