"""The standard's date rules: the decision deadline and the follow-up dates. Pure functions.

The decision deadline runs from the day the application was received (Thisted: 8 weeks).
Follow-up comes ``first_months`` after the start (Thisted: 3 months), then every
``interval_months`` after the latest follow-up held (Thisted: yearly). Month arithmetic
clamps to the month's end: 31 January + 1 month is the last day of February.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from collections.abc import Iterable
from typing import NamedTuple


class DeadlineState(enum.StrEnum):
    OK = "ok"
    WARNING = "warning"  # the deadline is near
    OVERDUE = "overdue"  # the deadline day has passed without a decision


DEADLINE_STATE_LABELS = {
    DeadlineState.OK: "Inden for fristen",
    DeadlineState.WARNING: "Fristen nærmer sig",
    DeadlineState.OVERDUE: "Fristen er overskredet",
}


class DeadlineStatus(NamedTuple):
    """Unpacks as ``state, days_left = deadline_state(...)``."""

    state: DeadlineState
    days_left: int  # 0 on the deadline day, negative when overdue


def decision_deadline(received: dt.date, weeks: int) -> dt.date:
    """The last day on which the decision is in time: ``weeks`` weeks after the application came."""
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    return received + dt.timedelta(weeks=weeks)


def deadline_state(received: dt.date, weeks: int, today: dt.date, warn_from_week: int = 6) -> DeadlineStatus:
    """Where a case stands against its decision deadline on ``today``.

    "warning" from the day ``warn_from_week`` weeks after the application came (with 8 weeks:
    the last two weeks, deadline day included); "overdue" from the day after the deadline.
    """
    deadline = decision_deadline(received, weeks)
    days_left = (deadline - today).days
    warn_from = received + dt.timedelta(weeks=min(max(warn_from_week, 0), weeks))
    if today > deadline:
        state = DeadlineState.OVERDUE
    elif today >= warn_from:
        state = DeadlineState.WARNING
    else:
        state = DeadlineState.OK
    return DeadlineStatus(state, days_left)


def deadline_label(state: str) -> str:
    """The Danish label of a deadline state ("ok", "warning", "overdue")."""
    return DEADLINE_STATE_LABELS[DeadlineState(state)]


def days_left_text(days_left: int) -> str:
    """Plain Danish for the days left: "12 dage tilbage", "Fristen er i dag", "3 dage over fristen"."""
    if days_left == 0:
        return "Fristen er i dag"
    count = abs(days_left)
    unit = "dag" if count == 1 else "dage"
    return f"{count} {unit} tilbage" if days_left > 0 else f"{count} {unit} over fristen"


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` calendar months (may be negative), clamped to the month's last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def followup_dates(start: dt.date, first_months: int, interval_months: int, count: int) -> list[dt.date]:
    """The planned follow-ups: ``first_months`` after ``start``, then every ``interval_months``.

    Each date is counted from ``start`` (not from the previous date), so a clamped month end
    does not drift: from 31 January monthly gives 28/29 February, then 31 March (not 28 March).
    """
    if first_months < 0 or interval_months < 1 or count < 0:
        raise ValueError("first_months >= 0, interval_months >= 1 and count >= 0 are required")
    return [add_months(start, first_months + n * interval_months) for n in range(count)]


def next_followup(
    start: dt.date,
    first_months: int,
    interval_months: int,
    done: Iterable[dt.date] | dt.date | None,
    today: dt.date,
) -> dt.date:
    """The date of the next follow-up.

    ``done`` is the follow-ups already held (several dates, the latest one, or None). Only those
    held on or after ``start`` and not after ``today`` count: a new start (a changed plan) starts
    the schedule again, and a date in the future is a planned meeting, not a held one.
    With none held, the first follow-up is ``first_months`` after ``start`` (it may lie in the
    past: it is then overdue). After one is held, the next is ``interval_months`` after the latest.
    """
    if first_months < 0 or interval_months < 1:
        raise ValueError("first_months >= 0 and interval_months >= 1 are required")
    if done is None:
        held: list[dt.date] = []
    elif isinstance(done, dt.date):
        held = [done]
    else:
        held = list(done)
    counted = [d for d in held if start <= d <= today]
    if not counted:
        return add_months(start, first_months)
    return add_months(max(counted), interval_months)
