"""Many new cases in one transaction: the same rows ``Transaction.create_case`` writes, a table at a time.

``CaseService.create_many`` (an import of many files, the demo fill, the scale benchmark) prepares
every case through the rules gate as a single save does and then writes them here, inside one
``Repository.transaction``: citizens, cases, the case index, first plan versions and the access-log
rows each go in as one multi-row statement, and the log's head in ``keys.json`` moves once. Any
failure rolls the whole batch back: nothing of it is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import bindparam, insert, select, update

from visitation_desktop.domain.case import CaseFile, new_uuid
from visitation_desktop.store import audit, case_index
from visitation_desktop.store.index_rows import SYNC_LOCAL
from visitation_desktop.store.models import Case, CaseIndex, Citizen, PlanVersion, utc_now
from visitation_desktop.store.transaction import (
    LogEntry,
    Transaction,
    citizen_values,
    dump_case,
    new_case_row,
)

_CHUNK = 500  # bound parameters per IN (...) stay far below SQLite's limit
_CASES = Case.__table__
_SET_DATA = update(_CASES).where(_CASES.c.id == bindparam("_id")).values(data=bindparam("_data"))  # type: ignore[arg-type]


def _taken_uuids(tx: Transaction, uuids: list[str]) -> set[str]:
    taken: set[str] = set()
    for i in range(0, len(uuids), _CHUNK):
        part = uuids[i : i + _CHUNK]
        taken.update(tx.session.scalars(select(Case.uuid).where(Case.uuid.in_(part))))
    return taken


def create_cases(tx: Transaction, cases: Sequence[CaseFile], deadlines: Sequence[dt.date | None]) -> list[int]:
    """Store new cases (revision 1), each with its own citizen row and index row; set and return the ids.

    As ``Transaction.create_case``: a case whose uuid the store (or an earlier case of the batch)
    already holds gets a new uuid.
    """
    if not cases:
        return []
    s = tx.session
    seen = _taken_uuids(tx, [c.uuid for c in cases])
    for case in cases:
        if case.uuid in seen:
            case.uuid = new_uuid()
        seen.add(case.uuid)
    citizen_ids = list(
        s.scalars(
            insert(Citizen).returning(Citizen.id, sort_by_parameter_order=True),
            [citizen_values(c) for c in cases],
        )
    )
    now = utc_now()
    rows = [
        new_case_row(c, citizen_id, tx.caseworker, deadline, now)
        for c, citizen_id, deadline in zip(cases, citizen_ids, deadlines, strict=True)
    ]
    case_ids = list(s.scalars(insert(Case).returning(Case.id, sort_by_parameter_order=True), rows))
    conn = s.connection()
    conn.execute(_SET_DATA, [{"_id": i, "_data": dump_case(c, i, 1)} for c, i in zip(cases, case_ids, strict=True)])
    conn.execute(
        insert(CaseIndex.__table__),  # type: ignore[arg-type]
        [{"case_id": i, "sync_state": SYNC_LOCAL, **case_index.values(c)} for c, i in zip(cases, case_ids, strict=True)],
    )
    for case, case_id in zip(cases, case_ids, strict=True):
        case.id = case_id
        tx.revisions.append((case, 1))
    tx.citizens.update(zip(case_ids, citizen_ids, strict=True))
    return case_ids


def add_first_plan_versions(tx: Transaction, cases: Sequence[CaseFile], note: str) -> None:
    """Keep each case (just created, so without versions) as its handleplan version 1."""
    if not cases:
        return
    tx.session.connection().execute(
        insert(PlanVersion.__table__),  # type: ignore[arg-type]
        [
            {
                "uuid": new_uuid(), "case_id": c.id, "version": 1, "created_at": utc_now(),
                "created_by": tx.caseworker, "note": note, "data": dump_case(c, c.id),  # type: ignore[arg-type]
            }
            for c in cases
        ],
    )


def log(tx: Transaction, entries: Sequence[LogEntry]) -> None:
    """Append ``entries`` in order (cases made by ``create_cases`` get their citizen) with one head move."""
    rows = []
    for e in entries:
        citizen_id = e.citizen_id
        if citizen_id is None and e.case_id is not None:
            citizen_id = tx.citizens.get(e.case_id)
            if citizen_id is None:
                citizen_id = tx.session.scalar(select(Case.citizen_id).where(Case.id == e.case_id))
        rows.append((e.caseworker, e.action, citizen_id, e.case_id, e.detail, e.at))
    audit.append_many(tx.session, rows)
