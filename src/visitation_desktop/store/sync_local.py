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
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.serialize import from_dict, to_dict
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
from visitation_desktop.store.transaction import dump_case

SYNC_CHECKED_OUT = "checked_out"  # on this laptop as checked out, unchanged since
SYNC_CHANGED = case_index.SYNC_CHANGED  # changed on this laptop since check-out or check-in
SYNC_CONFLICT = "conflict"  # the last check-in found fields changed differently centrally
SYNC_CHECKED_IN = "checked_in"  # the central store has this laptop's every change
SYNCED_STATES = frozenset({SYNC_CHECKED_OUT, SYNC_CHECKED_IN})


@dataclass
class Bundle:
    uuid: str
    data: dict[str, Any]  # the case JSON without id and revision
    caseworker: str = ""
    updated_at: dt.datetime | None = None
    updated_by: str = ""
    plan_versions: list[dict[str, Any]] = field(default_factory=list)
    followups: list[dict[str, Any]] = field(default_factory=list)
    local_id: int | None = None
    local_revision: int = 0
    base_revision: int | None = None  # None: never synced (created on this laptop)
    base_text: str | None = None

    @property
    def base_data(self) -> dict[str, Any] | None:
        """The base's case JSON, decoded only when a merge needs it."""
        return None if self.base_text is None else dict(json.loads(self.base_text))

    @property
    def case(self) -> CaseFile:
        return from_dict(CaseFile, {k: v for k, v in self.data.items() if k not in ("id", "revision")})


def case_json(case: CaseFile) -> dict[str, Any]:
    doc = to_dict(case)
    doc.pop("id", None)
    doc.pop("revision", None)
    return doc


def _plain(text: str) -> dict[str, Any]:
    doc = dict(json.loads(text))
    doc.pop("id", None)
    doc.pop("revision", None)
    return doc


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


_VERSION_KEYS = ("uuid", "version", "created_at", "created_by", "note", "data")


def read_bundles(engine: Engine, case_ids: Sequence[int]) -> list[Bundle]:
    """The cases with their plan versions, follow-ups and bases: four queries for the batch."""
    with Session(engine) as s:
        rows = s.execute(
            select(
                Case.id,
                Case.uuid,
                Case.revision,
                Case.data,
                Case.caseworker,
                Case.updated_at,
                Case.updated_by,
                Citizen.uuid,
            )
            .join(Citizen, Citizen.id == Case.citizen_id)
            .where(Case.id.in_(case_ids))
        ).all()
        bases = {
            r[0]: (r[1], r[2])
            for r in s.execute(
                select(SyncCase.case_id, SyncCase.central_revision, SyncCase.base_data).where(
                    SyncCase.case_id.in_(case_ids)
                )
            )
        }
        versions: dict[int, list[dict[str, Any]]] = {}
        version_rows = s.execute(
            select(
                PlanVersion.case_id,
                PlanVersion.uuid,
                PlanVersion.version,
                PlanVersion.created_at,
                PlanVersion.created_by,
                PlanVersion.note,
                PlanVersion.data,  # JSON text, sent as it is
            )
            .where(PlanVersion.case_id.in_(case_ids))
            .order_by(PlanVersion.version)
        )
        for case_id, *values in version_rows:
            versions.setdefault(case_id, []).append(dict(zip(_VERSION_KEYS, values, strict=True)))
        followups: dict[int, list[dict[str, Any]]] = {}
        for f in s.scalars(select(FollowUp).where(FollowUp.case_id.in_(case_ids)).order_by(FollowUp.id)):
            followups.setdefault(f.case_id, []).append(
                {
                    "uuid": f.uuid,
                    "held_on": f.held_on,
                    "created_at": f.created_at,
                    "created_by": f.created_by,
                    "data": json.loads(f.data),
                }
            )
    out = []
    for case_id, case_uuid, revision, data, caseworker, updated_at, updated_by, citizen_uuid in rows:
        doc = _plain(data)
        doc["uuid"] = case_uuid
        doc.setdefault("citizen", {})["uuid"] = citizen_uuid
        base = bases.get(case_id)
        out.append(
            Bundle(
                case_uuid,
                doc,
                caseworker,
                updated_at,
                updated_by,
                versions.get(case_id, []),
                followups.get(case_id, []),
                case_id,
                revision,
                base[0] if base else None,
                base[1] if base else None,
            )
        )
    order = {case_id: i for i, case_id in enumerate(case_ids)}
    out.sort(key=lambda b: order.get(b.local_id or 0, 0))
    return out


# -- writing what came from the central store ------------------------------------------------------


def local_ids_by_uuid(s: Session, uuids: Iterable[str]) -> dict[str, tuple[int, int, int | None, str]]:
    """uuid -> (case id, revision, synced revision or None, conflict JSON) for the cases held here."""
    rows = s.execute(
        select(Case.uuid, Case.id, Case.revision, SyncCase.synced_revision, SyncCase.conflict)
        .outerjoin(SyncCase, SyncCase.case_id == Case.id)
        .where(Case.uuid.in_(list(uuids)))
    )
    return {r[0]: (r[1], r[2], r[3], r[4] or "") for r in rows}


class ChangedMeanwhile(Exception):
    """The laptop's case was saved while the sync worked on it; it is left for the next check-in."""


def write_case(
    s: Session,
    bundle: Bundle,
    caseworker: str,
    *,
    local_id: int | None,
    local_revision: int,
    deadline: dt.date | None = None,
) -> int:
    """Put a central case on the laptop (new, or replacing an unchanged copy); return its local id."""
    case = bundle.case
    if local_id is None:
        citizen_id = s.execute(
            insert(Citizen).values(uuid=case.citizen.uuid, **_citizen_columns(case)).returning(Citizen.id)
        ).scalar_one()
        now = utc_now()
        local_id = s.execute(
            insert(Case)
            .values(
                uuid=case.uuid,
                revision=1,
                citizen_id=citizen_id,
                created_at=now,
                updated_at=now,
                updated_by=caseworker,
                data="{}",
                deadline=deadline,
                **_case_columns(case),
            )
            .returning(Case.id)
        ).scalar_one()
        revision = 1
    else:
        revision = local_revision + 1
        s.execute(
            update(Case)
            .where(Case.id == local_id)
            .values(
                revision=revision,
                updated_at=utc_now(),
                updated_by=caseworker,
                deadline=deadline,
                **_case_columns(case),
            )
        )
        s.execute(
            update(Citizen)
            .where(Citizen.id == select(Case.citizen_id).where(Case.id == local_id).scalar_subquery())
            .values(uuid=case.citizen.uuid, **_citizen_columns(case))
        )
    s.execute(update(Case).where(Case.id == local_id).values(data=dump_case(case, local_id, revision)))
    case_index.write(s, local_id, case)
    add_records(s, local_id, bundle)
    return local_id


def insert_new(
    s: Session, items: Sequence[tuple[Bundle, CaseFile, dt.date | None]], caseworker: str
) -> list[int]:
    """Cases checked out that the laptop does not hold: a few multi-row statements for the batch.

    Ids are given here (the next free ones): the transaction holds the store's write lock.
    """
    if not items:
        return []
    from sqlalchemy import func

    citizen_id = (s.scalar(select(func.max(Citizen.id))) or 0) + 1
    case_id = (s.scalar(select(func.max(Case.id))) or 0) + 1
    now = utc_now()
    citizens, cases, index, versions, followups, ids = [], [], [], [], [], []
    for offset, (bundle, case, deadline) in enumerate(items):
        cid, kid = citizen_id + offset, case_id + offset
        ids.append(kid)
        citizens.append({"id": cid, "uuid": case.citizen.uuid, **_citizen_columns(case)})
        cases.append(
            {
                "id": kid,
                "uuid": case.uuid,
                "revision": 1,
                "citizen_id": cid,
                "created_at": now,
                "updated_at": now,
                "updated_by": caseworker,
                "deadline": deadline,
                "data": dump_case(case, kid, 1),
                **_case_columns(case),
            }
        )
        index.append({"case_id": kid, "sync_state": SYNC_CHECKED_OUT, **case_index.values(case)})
        versions += [
            {
                "uuid": v["uuid"],
                "case_id": kid,
                "version": v["version"],
                "created_at": v["created_at"],
                "created_by": v["created_by"],
                "note": v["note"],
                "data": v["data"]
                if isinstance(v["data"], str)
                else json.dumps(v["data"], ensure_ascii=False),
            }
            for v in bundle.plan_versions
        ]
        followups += [
            {
                "uuid": f["uuid"],
                "case_id": kid,
                "held_on": f["held_on"],
                "created_at": f["created_at"],
                "created_by": f["created_by"],
                "data": json.dumps(f["data"], ensure_ascii=False),
                "next_date": case_index.next_date_of(f["data"]),
            }
            for f in bundle.followups
        ]
    s.execute(insert(Citizen), citizens)
    s.execute(insert(Case), cases)
    s.execute(insert(CaseIndex), index)
    if versions:
        s.execute(insert(PlanVersion), versions)
    if followups:
        s.execute(insert(FollowUp), followups)
    return ids


def overwrite_if_unchanged(
    s: Session, case_id: int, expected_revision: int, data: dict[str, Any], caseworker: str
) -> int | None:
    """Replace the laptop's case by ``data`` if it is still at ``expected_revision``; the new revision, or None."""
    case = from_dict(CaseFile, {k: v for k, v in data.items() if k not in ("id", "revision")})
    revision = expected_revision + 1
    done = s.execute(
        update(Case)
        .where(Case.id == case_id, Case.revision == expected_revision)
        .values(
            revision=revision,
            updated_at=utc_now(),
            updated_by=caseworker,
            data=dump_case(case, case_id, revision),
            **_case_columns(case),
        )
    ).rowcount  # type: ignore[attr-defined]
    if done != 1:
        return None
    s.execute(
        update(Citizen)
        .where(Citizen.id == select(Case.citizen_id).where(Case.id == case_id).scalar_subquery())
        .values(uuid=case.citizen.uuid, **_citizen_columns(case))
    )
    case_index.write(s, case_id, case)
    return revision


def case_uuids(engine: Engine) -> dict[int, str]:
    with Session(engine) as s:
        return {r[0]: r[1] for r in s.execute(select(Case.id, Case.uuid))}


def add_records(s: Session, local_id: int, bundle: Bundle) -> None:
    """Plan versions and follow-ups the laptop does not hold yet, by uuid (never replaced)."""
    have = set(s.scalars(select(PlanVersion.uuid).where(PlanVersion.case_id == local_id)))
    have |= set(s.scalars(select(FollowUp.uuid).where(FollowUp.case_id == local_id)))
    for v in bundle.plan_versions:
        if v["uuid"] not in have:
            s.add(
                PlanVersion(
                    uuid=v["uuid"],
                    case_id=local_id,
                    version=v["version"],
                    created_at=v["created_at"],
                    created_by=v["created_by"],
                    note=v["note"],
                    data=v["data"]
                    if isinstance(v["data"], str)
                    else json.dumps(v["data"], ensure_ascii=False),
                )
            )
    for f in bundle.followups:
        if f["uuid"] not in have:
            s.add(
                FollowUp(
                    uuid=f["uuid"],
                    case_id=local_id,
                    held_on=f["held_on"],
                    created_at=f["created_at"],
                    created_by=f["created_by"],
                    data=json.dumps(f["data"], ensure_ascii=False),
                    next_date=case_index.next_date_of(f["data"]),  # follow-ups travel decoded (few)
                )
            )
    s.flush()


def _citizen_columns(case: CaseFile) -> dict[str, Any]:
    c = case.citizen
    return {
        "cpr": c.cpr,
        "name": c.name,
        "address": c.address,
        "postcode": c.postcode,
        "town": c.town,
        "phone": c.phone,
        "email": c.email,
    }


def _case_columns(case: CaseFile) -> dict[str, Any]:
    return {
        "caseworker": case.caseworker,
        "status": case.status,
        "received": case.application.received,
        "channel": case.application.channel,
        "by_relative": case.application.by_relative,
        "standard_id": case.standard_id,
        "current_page": case.current_page,
        "planned_start": case.placement.planned_start,
    }


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
