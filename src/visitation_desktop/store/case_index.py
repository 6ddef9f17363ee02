"""The case index: every case's list line in a few queries, without decoding a case.

``write`` runs inside the transaction that saves a case (``Repository.create_case`` and
``save_case``, which every other case write goes through), so the index never disagrees with
the case. ``indexed_cases`` reads all cases with their citizen and index row in one query, and
``followup_dates`` every case's held follow-ups and the next date set at the latest one in a
second; together they are all the overview needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.store.models import SYNC_LOCAL, Case, CaseIndex, Citizen, FollowUp
from visitation_desktop.store.records import CaseSummary, GrantedPlace

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


@dataclass(frozen=True, slots=True)
class IndexedCase:
    """One case as the overview sees it: the list line plus what its groups and remarks need."""

    summary: CaseSummary
    address: str  # "Storegade 4, 7700 Thisted"
    offer_id: str
    place: str
    waitlist: bool
    interim_solution: str
    delay_notice: str
    sync_state: str = SYNC_LOCAL
    standard_digest: str = ""  # the case's own standard; "" = the active one


@dataclass(frozen=True)
class FollowUpDates:
    held: tuple[dt.date, ...]  # oldest first
    planned: dt.date | None  # the next date set at the latest follow-up, if any


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


def address_line(address: str, postcode: str, town: str) -> str:
    """``"Storegade 4, 7700 Thisted"``, leaving out what is empty (run once per case in the overview)."""
    place = f"{postcode} {town}" if postcode and town else postcode or town
    return f"{address}, {place}" if address and place else address or place


# Every case's overview line, newest change first: read through the covering index
# ``ix_cases_summary`` (migration 0009), never the cases' JSON pages.
OVERVIEW = (
    select(
        *SUMMARY_COLUMNS,
        Citizen.address,
        Citizen.postcode,
        Citizen.town,
        CaseIndex.offer_id,
        CaseIndex.place,
        CaseIndex.waitlist,
        CaseIndex.interim_solution,
        CaseIndex.delay_notice,
        CaseIndex.sync_state,
        CaseIndex.standard_digest,
    )
    .join(Citizen, Citizen.id == Case.citizen_id)
    .outerjoin(CaseIndex, CaseIndex.case_id == Case.id)
    .order_by(Case.updated_at.desc(), Case.id.desc())
)


def indexed_cases(s: Session) -> list[IndexedCase]:
    """Every case, most recently changed first (as ``Repository.list_cases``).

    A column with few distinct values (a status, a date, an offer, the standard's digest) comes
    from the database as a new object in every row; the list keeps one object per distinct value
    instead (``share``): at 50,000 cases that is some 25 MB less, the same values.
    """
    stmt = OVERVIEW
    first: dict[Any, Any] = {}  # value -> the first equal object read (str, date, None)

    def share(value: Any) -> Any:
        return first.setdefault(value, value)

    return [_indexed(row, share) for row in s.connection().execute(stmt)]  # Core rows: no ORM work per case


def _indexed(row: Any, share: Callable[[Any], Any]) -> IndexedCase:
    case_id, name, cpr, status, received, deadline, planned_start, page, updated_at, citizen_id, caseworker = row[:11]
    return IndexedCase(
        CaseSummary(
            case_id,
            name,
            cpr,
            share(status),
            share(received),
            share(deadline),
            share(planned_start),
            share(page),
            updated_at,  # near enough one per case (and an aware time: equal at other offsets)
            citizen_id,
            share(caseworker),
        ),
        address_line(row[11], row[12], row[13]),
        share(row[14] or ""),
        share(row[15] or ""),
        bool(row[16]),
        share(row[17] or ""),
        share(row[18] or ""),
        share(row[19] or SYNC_LOCAL),
        share(row[20] or ""),
    )


def followup_dates(s: Session) -> dict[int, FollowUpDates]:
    """Per case with follow-ups: the dates held and the next date planned at the latest one."""
    stmt = select(FollowUp.case_id, FollowUp.held_on, FollowUp.next_date).order_by(
        FollowUp.case_id, FollowUp.held_on, FollowUp.id
    )
    held: dict[int, list[dt.date]] = {}
    planned: dict[int, dt.date | None] = {}
    for case_id, held_on, next_date in s.execute(stmt):
        held.setdefault(case_id, []).append(held_on)
        planned[case_id] = next_date
    return {case_id: FollowUpDates(tuple(days), planned[case_id]) for case_id, days in held.items()}


def next_date_of(data: dict[str, Any]) -> dt.date | None:
    """The ``next_date`` of a follow-up's JSON, for its indexed column (None if absent or not a date)."""
    value = data.get("next_date")
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def granted_places(s: Session, granted_status: str) -> list[GrantedPlace]:
    """Every case with ``granted_status`` that holds a place in an offer, from the index alone."""
    stmt = (
        select(Case.id, CaseIndex.offer_id, CaseIndex.place, CaseIndex.decided_on)
        .join(CaseIndex, CaseIndex.case_id == Case.id)
        .where(Case.status == granted_status, CaseIndex.waitlist.is_(False))
        .where(CaseIndex.offer_id != "", CaseIndex.place != "")
    )
    return [GrantedPlace(*row) for row in s.execute(stmt)]
