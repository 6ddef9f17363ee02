"""The overview's reads of the case index as SQL and plain rows: no SQLAlchemy.

One implementation for both ways into the store: ``case_index`` runs these statements on the
ORM's connection (``exec_driver_sql``), ``direct.DirectStore`` on its own SQLCipher connection, so
the main window can fill its list before SQLAlchemy is imported (``store/direct_first.py``). The
driver hands back what SQLite keeps (dates as ``YYYY-MM-DD``, times as SQLAlchemy writes them, in
UTC, booleans as 0/1): the functions below turn them into what the ORM's column types give.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from visitation_desktop.store.records import CaseSummary, GrantedPlace

SYNC_LOCAL = "local"  # case_index.sync_state: the case exists only on this laptop

# Every case's overview line, newest change first: read through the covering index
# ``ix_cases_summary`` (migration 0009), never the cases' JSON pages.
OVERVIEW = (
    "SELECT cases.id, citizens.name, citizens.cpr, cases.status, cases.received, cases.deadline, "
    "cases.planned_start, cases.current_page, cases.updated_at, cases.citizen_id, cases.caseworker, "
    "citizens.address, citizens.postcode, citizens.town, case_index.offer_id, case_index.place, "
    "case_index.waitlist, case_index.interim_solution, case_index.delay_notice, case_index.sync_state, "
    "case_index.standard_digest "
    "FROM cases JOIN citizens ON citizens.id = cases.citizen_id "
    "LEFT OUTER JOIN case_index ON case_index.case_id = cases.id "
    "ORDER BY cases.updated_at DESC, cases.id DESC"
)
FOLLOWUP_DATES = (
    "SELECT follow_ups.case_id, follow_ups.held_on, follow_ups.next_date FROM follow_ups "
    "ORDER BY follow_ups.case_id, follow_ups.held_on, follow_ups.id"
)
GRANTED_PLACES = (
    "SELECT cases.id, case_index.offer_id, case_index.place, case_index.decided_on FROM cases "
    "JOIN case_index ON case_index.case_id = cases.id WHERE cases.status = ? AND case_index.waitlist = 0 "
    "AND case_index.offer_id != '' AND case_index.place != ''"
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


def address_line(address: str, postcode: str, town: str) -> str:
    """``"Storegade 4, 7700 Thisted"``, leaving out what is empty (run once per case in the overview)."""
    place = f"{postcode} {town}" if postcode and town else postcode or town
    return f"{address}, {place}" if address and place else address or place


def utc_time(value: str | None) -> dt.datetime | None:
    """A stored time (``models.UtcDateTime``: UTC, kept without its offset) as an aware time."""
    return None if value is None else dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


def day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


class _Shared:
    """One object per distinct value of a column that repeats (a status, a date, an offer, the
    standard's digest): the database hands back a new object in every row, and at 50,000 cases
    keeping one of each is some 25 MB less. Dates are read once per distinct text too."""

    def __init__(self) -> None:
        self._first: dict[Any, Any] = {}
        self._days: dict[str, dt.date] = {}

    def __call__(self, value: Any) -> Any:
        return self._first.setdefault(value, value)

    def day(self, value: str | None) -> dt.date | None:
        if value is None:
            return None
        found = self._days.get(value)
        if found is None:
            found = self._days[value] = dt.date.fromisoformat(value)
        return found


def indexed_cases(rows: Iterable[Any]) -> list[IndexedCase]:
    """The rows of ``OVERVIEW`` as the overview's cases, in their order (newest change first)."""
    share = _Shared()
    out = []
    for row in rows:
        out.append(
            IndexedCase(
                CaseSummary(
                    row[0],  # cases.id
                    row[1],  # the citizen's name
                    row[2],  # CPR
                    share(row[3]),  # status
                    share.day(row[4]),  # received
                    share.day(row[5]),  # deadline
                    share.day(row[6]),  # planned start
                    share(row[7]),  # the wizard's page
                    utc_time(row[8]),  # type: ignore[arg-type]  # updated_at: never NULL (the column's default)
                    row[9],  # citizen id
                    share(row[10]),  # caseworker
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
        )
    return out


def followup_dates(rows: Iterable[Any]) -> dict[int, FollowUpDates]:
    """The rows of ``FOLLOWUP_DATES``: per case, the dates held and the next date planned at the latest."""
    held: dict[int, list[dt.date]] = {}
    planned: dict[int, dt.date | None] = {}
    for case_id, held_on, next_date in rows:
        held.setdefault(case_id, []).append(dt.date.fromisoformat(held_on))
        planned[case_id] = day(next_date)
    return {case_id: FollowUpDates(tuple(days), planned[case_id]) for case_id, days in held.items()}


def granted_places(rows: Iterable[Any]) -> list[GrantedPlace]:
    """The rows of ``GRANTED_PLACES``."""
    return [GrantedPlace(r[0], r[1], r[2], day(r[3])) for r in rows]
