"""Cases as they travel between the laptop and the central store: bundles read and written in batches.

A ``Bundle`` is one case: its JSON (without the store's id and revision), its citizen, and its
plan versions and follow-ups by uuid. Reading a check-in's bundles takes one query per table for a
whole batch; cases checked out that the laptop does not hold are written in a few multi-row
statements. See ``store.sync_local`` for the bases, states and release.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.serialize import from_dict, to_dict
from visitation_desktop.store import case_index
from visitation_desktop.store.models import Case, CaseIndex, Citizen, FollowUp, PlanVersion, SyncCase, utc_now
from visitation_desktop.store.transaction import (
    case_values,
    citizen_values,
    dump_case,
    insert_new_case,
    new_case_row,
)

SYNC_CHECKED_OUT = "checked_out"  # on this laptop as checked out, unchanged since (see sync_local)


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
        """The case, with the laptop's id and revision (None/0 for one not on the laptop yet)."""
        case = from_dict(CaseFile, {k: v for k, v in self.data.items() if k not in ("id", "revision")})
        case.id, case.revision = self.local_id, self.local_revision
        return case


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
        local_id = insert_new_case(s, case, caseworker, deadline)
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
                **case_values(case),
            )
        )
        s.execute(
            update(Citizen)
            .where(Citizen.id == select(Case.citizen_id).where(Case.id == local_id).scalar_subquery())
            .values(**citizen_values(case))
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
        citizens.append({"id": cid, **citizen_values(case)})
        cases.append({**new_case_row(case, cid, caseworker, deadline, now), "id": kid, "data": dump_case(case, kid, 1)})
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
            **case_values(case),
        )
    ).rowcount  # type: ignore[attr-defined]
    if done != 1:
        return None
    s.execute(
        update(Citizen)
        .where(Citizen.id == select(Case.citizen_id).where(Case.id == case_id).scalar_subquery())
        .values(**citizen_values(case))
    )
    case_index.write(s, case_id, case)
    return revision


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
