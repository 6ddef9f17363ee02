"""Plain read-only records the repository returns besides CaseFile; no ORM object leaves the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)  # slots: one per case listed (10,000 of them: 1 MB less without a __dict__ each)
class CaseSummary:
    """One line of the case list: enough to find and open a case without decoding it."""

    id: int
    citizen_name: str
    cpr: str
    status: str
    received: dt.date | None
    deadline: dt.date | None
    planned_start: dt.date | None
    current_page: str
    updated_at: dt.datetime
    citizen_id: int | None = None
    caseworker: str = ""


@dataclass(frozen=True)
class PlanVersionInfo:
    case_id: int
    version: int
    created_at: dt.datetime
    created_by: str
    note: str


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    case_id: int
    held_on: dt.date
    created_by: str
    created_at: dt.datetime
    data: dict[str, Any]
    uuid: str = ""


@dataclass(frozen=True)
class AccessLogEntry:
    id: int
    at: str  # UTC, ISO 8601
    caseworker: str
    action: str
    citizen_id: int | None
    case_id: int | None
    detail: str


@dataclass(frozen=True)
class LogEntry:
    """An access-log row to be written with a change. ``detail`` must hold no personal data."""

    caseworker: str
    action: str
    case_id: int | None = None
    citizen_id: int | None = None
    detail: str = ""
    at: dt.datetime | str | None = None


@dataclass(frozen=True)
class GrantedPlace:
    """A granted case holding a place (not on the waitlist): what the capacity count needs."""

    case_id: int
    offer_id: str
    place: str
    decided_on: dt.date | None
