"""Batched reads and writes on the central store: a few statements per batch of whole cases.

Every function takes an open connection inside the caller's transaction; a batch is committed
as one (``services.sync``), so a cut connection leaves whole cases written or none of them.
Multi-row ``INSERT … ON CONFLICT DO NOTHING`` makes a rerun after a cut add nothing twice.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import typing
import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, and_, bindparam, func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Connection

from visitation_desktop.store.central.models import (
    CentralAccessLog,
    CentralCase,
    CentralCitizen,
    CentralFollowUp,
    CentralLogHead,
    CentralPlanVersion,
    Checkout,
)
from visitation_desktop.store.models import utc_now

cases_t: Table = typing.cast(Table, CentralCase.__table__)
citizens_t: Table = typing.cast(Table, CentralCitizen.__table__)
versions_t: Table = typing.cast(Table, CentralPlanVersion.__table__)
followups_t: Table = typing.cast(Table, CentralFollowUp.__table__)
checkouts_t: Table = typing.cast(Table, Checkout.__table__)
log_t: Table = typing.cast(Table, CentralAccessLog.__table__)
heads_t: Table = typing.cast(Table, CentralLogHead.__table__)

GRANTED = "granted"


@dataclass
class CentralRow:
    uuid: str
    revision: int
    data_text: str
    updated_by: str
    updated_at: dt.datetime
    citizen_id: int
    citizen_uuid: str

    @functools.cached_property
    def data(self) -> dict[str, Any]:
        """The case JSON, decoded when first needed (a case checked in over its base needs none)."""
        return dict(json.loads(self.data_text))


@dataclass(frozen=True)
class Found:
    """A central case found by a search (shown before a check-out)."""

    uuid: str
    name: str
    cpr: str
    status: str
    caseworker: str
    revision: int


def _text(doc: Any) -> str:
    return doc if isinstance(doc, str) else _dumps(doc)


def _dumps(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"), default=str)


def find(conn: Connection, *, query: str = "", caseworker: str = "", limit: int = 200) -> list[Found]:
    """Central cases by CPR prefix (digits) or name words, or a caseworker's own."""
    stmt = (
        select(
            cases_t.c.uuid,
            citizens_t.c.name,
            citizens_t.c.cpr,
            cases_t.c.status,
            cases_t.c.caseworker,
            cases_t.c.revision,
        )
        .join(citizens_t, citizens_t.c.id == cases_t.c.citizen_id)
        .order_by(citizens_t.c.name, cases_t.c.id)
        .limit(limit)
    )
    text = query.strip()
    if caseworker:
        stmt = stmt.where(cases_t.c.caseworker == caseworker)
    if text and all(ch.isdigit() or ch in "- " for ch in text):
        stmt = stmt.where(citizens_t.c.cpr.startswith("".join(ch for ch in text if ch.isdigit())))
    elif text:
        stmt = stmt.where(and_(*(citizens_t.c.name.ilike(f"%{word}%") for word in text.split())))
    return [Found(*row) for row in conn.execute(stmt)]


def fetch(conn: Connection, uuids: Sequence[str], *, lock: bool) -> dict[str, CentralRow]:
    """The central cases with these uuids; ``lock``: FOR UPDATE, so the merge sees the last revision."""
    stmt = (
        select(
            cases_t.c.uuid,
            cases_t.c.revision,
            cases_t.c.data,
            cases_t.c.updated_by,
            cases_t.c.updated_at,
            citizens_t.c.id,
            citizens_t.c.uuid,
        )
        .join(citizens_t, citizens_t.c.id == cases_t.c.citizen_id)
        .where(cases_t.c.uuid.in_(list(uuids)))
    )
    if lock:
        stmt = stmt.with_for_update(of=cases_t)
    return {r[0]: CentralRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in conn.execute(stmt)}


def records(
    conn: Connection, uuids: Sequence[str]
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """Plan versions and follow-ups of the cases, by case uuid (two queries)."""
    versions: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(
        select(versions_t).where(versions_t.c.case_uuid.in_(list(uuids))).order_by(versions_t.c.version)
    ):
        versions.setdefault(r.case_uuid, []).append(
            {
                "uuid": r.uuid,
                "version": r.version,
                "created_at": r.created_at,
                "created_by": r.created_by,
                "note": r.note,
                "data": r.data,  # JSON text, passed on as it is
            }
        )
    followups: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(
        select(followups_t).where(followups_t.c.case_uuid.in_(list(uuids))).order_by(followups_t.c.created_at)
    ):
        followups.setdefault(r.case_uuid, []).append(
            {
                "uuid": r.uuid,
                "held_on": r.held_on,
                "created_at": r.created_at,
                "created_by": r.created_by,
                "data": json.loads(r.data),
            }
        )
    return versions, followups


def citizens_by_cpr(conn: Connection, cprs: Sequence[str]) -> dict[str, tuple[int, str]]:
    rows = conn.execute(
        select(citizens_t.c.cpr, citizens_t.c.id, citizens_t.c.uuid).where(citizens_t.c.cpr.in_(list(cprs)))
    )
    return {r[0]: (r[1], r[2]) for r in rows}


def add_citizens(conn: Connection, citizens: Sequence[dict[str, Any]]) -> None:
    """New citizens (one statement); a CPR number or uuid the store has already got is left as it is."""
    if citizens:
        conn.execute(
            insert(citizens_t)
            .values([{**c, "updated_at": utc_now()} for c in citizens])
            .on_conflict_do_nothing()
        )


CITIZEN_FIELDS = ("name", "address", "postcode", "town", "phone", "email")


def link_citizens(
    conn: Connection, cases: Sequence[tuple[str, dict[str, Any]]]
) -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]]]:
    """The central citizen of each new case (case uuid -> (id, uuid)), and the CPR numbers already known.

    One citizen per CPR number: a CPR number the store knows links the case to that citizen; a new
    one is added once however many cases in the batch name it (a second laptop adding the same
    number at the same moment waits for the first and is then linked to its row). A citizen uuid
    already used centrally for another person is replaced by a fresh one.
    """
    cprs = [str(c["cpr"]) for _, c in cases if c.get("cpr")]
    known = citizens_by_cpr(conn, cprs)
    taken = set(citizens_by_uuid(conn, [c["uuid"] for _, c in cases]))
    planned: dict[str, str] = {}  # CPR number (or "case:<uuid>" without one) -> citizen uuid
    to_add = []
    for case_uuid, citizen in cases:
        cpr = citizen.get("cpr") or None
        key = cpr or f"case:{case_uuid}"
        if cpr in known or key in planned:
            continue
        citizen_uuid = citizen["uuid"] if citizen["uuid"] not in taken else str(uuidlib.uuid4())
        taken.add(citizen_uuid)
        planned[key] = citizen_uuid
        to_add.append({**{k: citizen.get(k, "") for k in CITIZEN_FIELDS}, "uuid": citizen_uuid, "cpr": cpr})
    add_citizens(conn, to_add)
    by_cpr = citizens_by_cpr(conn, cprs)
    by_uuid = citizens_by_uuid(conn, [u for k, u in planned.items() if k.startswith("case:")])
    links: dict[str, tuple[int, str]] = {}
    for case_uuid, citizen in cases:
        cpr = citizen.get("cpr")
        if cpr:
            links[case_uuid] = by_cpr[cpr]
        else:
            citizen_uuid = planned[f"case:{case_uuid}"]
            links[case_uuid] = (by_uuid[citizen_uuid], citizen_uuid)
    return links, known


def citizens_by_uuid(conn: Connection, uuids: Sequence[str]) -> dict[str, int]:
    return {
        r[0]: r[1]
        for r in conn.execute(
            select(citizens_t.c.uuid, citizens_t.c.id).where(citizens_t.c.uuid.in_(list(uuids)))
        )
    }


def other_cases_of(conn: Connection, citizen_ids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for citizen_id, case_uuid in conn.execute(
        select(cases_t.c.citizen_id, cases_t.c.uuid).where(cases_t.c.citizen_id.in_(list(citizen_ids)))
    ):
        out.setdefault(citizen_id, []).append(case_uuid)
    return out


def _update_many(
    conn: Connection, table: Table, key: str, columns: Sequence[str], rows: Sequence[dict[str, Any]], **fixed: Any
) -> None:
    """Each row's ``columns`` written to the row whose ``key`` is the row's own, in one executemany;
    ``fixed`` are values the same for every row."""
    if rows:
        stmt = (
            update(table)
            .where(table.c[key] == bindparam(f"b_{key}"))
            .values({**{name: bindparam(name) for name in columns}, **fixed})
        )
        conn.execute(stmt, [{**r, f"b_{key}": r[key]} for r in rows])


def update_citizens(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Citizen fields as merged, one executemany; the uuid and CPR number stay the central ones."""
    columns = ("name", "address", "postcode", "town", "phone", "email")
    _update_many(conn, citizens_t, "id", columns, rows, updated_at=utc_now())


def case_columns(data: dict[str, Any]) -> dict[str, Any]:
    placement = data.get("placement", {})
    return {
        "caseworker": data.get("caseworker", ""),
        "status": data.get("status", ""),
        "offer_id": placement.get("offer_id", ""),
        "place": placement.get("place", ""),
    }


def add_cases(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """New cases, revision 1 (one multi-row statement); a uuid already there is left alone."""
    if rows:
        conn.execute(insert(cases_t).values(list(rows)).on_conflict_do_nothing(index_elements=["uuid"]))


def update_cases(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Cases advanced to their new revision, one executemany (the rows are locked by ``fetch``)."""
    columns = ("revision", "data", "caseworker", "status", "offer_id", "place", "updated_at", "updated_by",
               "updated_from")
    _update_many(conn, cases_t, "uuid", columns, rows)


def add_records(
    conn: Connection, versions: Sequence[dict[str, Any]], followups: Sequence[dict[str, Any]]
) -> None:
    """Plan versions and follow-ups by uuid: added, never replaced (one statement each)."""
    if versions:
        conn.execute(
            insert(versions_t)
            .values([{**v, "data": _text(v["data"])} for v in versions])
            .on_conflict_do_nothing()
        )
    if followups:
        conn.execute(
            insert(followups_t)
            .values([{**f, "data": _text(f["data"])} for f in followups])
            .on_conflict_do_nothing()
        )


def add_checkouts(conn: Connection, uuids: Sequence[str], caseworker: str, laptop: str) -> None:
    if uuids:
        now = utc_now()
        conn.execute(
            insert(checkouts_t).values(
                [
                    {"case_uuid": u, "caseworker": caseworker, "laptop": laptop, "checked_out_at": now}
                    for u in uuids
                ]
            )
        )


def close_checkouts(conn: Connection, uuids: Sequence[str], laptop: str) -> None:
    if uuids:
        conn.execute(
            update(checkouts_t)
            .where(
                checkouts_t.c.laptop == laptop,
                checkouts_t.c.case_uuid.in_(list(uuids)),
                checkouts_t.c.checked_in_at.is_(None),
            )
            .values(checked_in_at=utc_now())
        )


def checkouts_elsewhere(
    conn: Connection, uuids: Sequence[str], laptop: str
) -> dict[str, tuple[str, dt.datetime]]:
    """Open check-outs of these cases to other laptops: uuid -> (caseworker, since)."""
    rows = conn.execute(
        select(checkouts_t.c.case_uuid, checkouts_t.c.caseworker, checkouts_t.c.checked_out_at).where(
            checkouts_t.c.case_uuid.in_(list(uuids)),
            checkouts_t.c.laptop != laptop,
            checkouts_t.c.checked_in_at.is_(None),
        )
    )
    return {r[0]: (r[1], r[2]) for r in rows}


def add_log(
    conn: Connection,
    laptop: str,
    rows: Sequence[dict[str, Any]],
    head: dict[str, Any],
    case_uuids: dict[int, str],
) -> None:
    """The laptop's access-log rows as it stored them, and its head; rows already received are skipped."""
    now = utc_now()
    if rows:
        conn.execute(
            insert(log_t)
            .values(
                [
                    {
                        "laptop": laptop,
                        "row_id": r["id"],
                        "at": r["at"],
                        "caseworker": r["caseworker"],
                        "action": r["action"],
                        "case_uuid": case_uuids.get(r["case_id"] or -1, ""),
                        "row": _dumps(r),
                        "received_at": now,
                    }
                    for r in rows
                ]
            )
            .on_conflict_do_nothing()
        )
    stmt = insert(heads_t).values(laptop=laptop, head=_dumps(head), received_at=now)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["laptop"], set_={"head": stmt.excluded.head, "received_at": now}
        )
    )


def granted_places(conn: Connection) -> list[tuple[str, str, str]]:
    """Every granted place in the municipality: (case uuid, offer id, place)."""
    stmt = select(cases_t.c.uuid, cases_t.c.offer_id, cases_t.c.place).where(
        cases_t.c.status == GRANTED,
        cases_t.c.offer_id != "",
        cases_t.c.place != "",
        text(
            "(cases.data::jsonb #>> '{placement,waitlist}') IS DISTINCT FROM 'true'"
        ),  # a waitlist holds none
    )
    return [(r[0], r[1], r[2]) for r in conn.execute(stmt)]


def count_cases(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(cases_t)).scalar_one()
