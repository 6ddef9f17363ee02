"""The case index: every case's list line in a few queries, without decoding a case.

``write`` runs inside the transaction that saves a case (``Repository.create_case`` and
``save_case``, which every other case write goes through), so the index never disagrees with
the case. ``indexed_cases`` reads all cases with their citizen and index row in one query, and
``followup_dates`` every case's held follow-ups and the next date set at the latest one in a
second; together they are all the overview needs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.store import index_rows
from visitation_desktop.store.index_rows import SYNC_LOCAL, FollowUpDates, IndexedCase
from visitation_desktop.store.models import Case, CaseIndex, Citizen
from visitation_desktop.store.records import GrantedPlace

__all__ = ["FollowUpDates", "IndexedCase", "granted_places", "indexed_cases", "write"]

SYNC_CHANGED = "changed"  # store.sync_local.SYNC_CHANGED
_SYNCED = ("checked_out", "checked_in")

# A case's list line (``CaseSummary``, in its field order): the case list and the overview select these.
SUMMARY_COLUMNS = (
    Case.id,
    Citizen.name,
    Citizen.cpr,
    Case.status,
    Case.received,
    Case.deadline,
    Case.planned_start,
    Case.current_page,
    Case.updated_at,
    Case.citizen_id,
    Case.caseworker,
)


def values(case: CaseFile) -> dict[str, Any]:
    p = case.placement
    return {
        "offer_id": p.offer_id,
        "place": p.place,
        "waitlist": p.waitlist,
        "interim_solution": p.interim_solution,
        "delay_notice": case.decision.delay_notice,
        "decided_on": case.decision.decided_on,
        "standard_digest": case.standard_digest,
    }


_INDEXED = ("offer_id", "place", "waitlist", "interim_solution", "delay_notice", "decided_on", "standard_digest")
_TABLE = CaseIndex.__table__
# Built once: each save runs the same compiled statement on the session's connection (no ORM
# bookkeeping), which keeps the index's share of an autosave small.
_UPDATE = (
    update(_TABLE)  # type: ignore[arg-type]
    .where(_TABLE.c.case_id == bindparam("_case_id"))
    .values(
        {
            **{name: bindparam(name) for name in _INDEXED},
            # A case checked out or checked in and now saved here is "changed" (the check-in's business).
            "sync_state": sql_case((_TABLE.c.sync_state.in_(_SYNCED), SYNC_CHANGED), else_=_TABLE.c.sync_state),
        }
    )
)
_INSERT = insert(_TABLE)  # type: ignore[arg-type]


def write(s: Session, case_id: int, case: CaseFile) -> None:
    """Bring the case's index row up to date (sync state kept, or marked changed); in the caller's transaction."""
    row = values(case)
    conn = s.connection()
    if conn.execute(_UPDATE, {"_case_id": case_id, **row}).rowcount == 0:
        conn.execute(_INSERT, {"case_id": case_id, "sync_state": SYNC_LOCAL, **row})


def indexed_cases(s: Session) -> list[IndexedCase]:
    """Every case, most recently changed first (as ``Repository.list_cases``): ``index_rows``."""
    return index_rows.indexed_cases(s.connection().exec_driver_sql(index_rows.OVERVIEW))


def followup_dates(s: Session) -> dict[int, FollowUpDates]:
    """Per case with follow-ups: the dates held and the next date planned at the latest one."""
    return index_rows.followup_dates(s.connection().exec_driver_sql(index_rows.FOLLOWUP_DATES))


def next_date_of(data: dict[str, Any]) -> dt.date | None:
    """The ``next_date`` of a follow-up's JSON, for its indexed column (None if absent or not a date)."""
    value = data.get("next_date")
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def granted_places(s: Session, granted_status: str) -> list[GrantedPlace]:
    """Every case with ``granted_status`` that holds a place in an offer, from the index alone."""
    return index_rows.granted_places(s.connection().exec_driver_sql(index_rows.GRANTED_PLACES, (granted_status,)))
