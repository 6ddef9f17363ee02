"""The standard's date rules: the decision deadline and the follow-up dates. Pure functions.

The decision deadline runs from the day the application was received (Thisted: 8 weeks).
Follow-up comes ``first_months`` after the start (Thisted: 3 months), then every
``interval_months`` (Thisted: yearly), "samt efter behov": the schedule is anchored on the start,
and a meeting held as needed in between does not move it (see ``next_followup``). Month arithmetic
clamps to the month's end: 31 January + 1 month is the last day of February.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from collections.abc import Iterable
from typing import NamedTuple

from .messages import QT_TRANSLATE_NOOP, Msg, msg


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


WARN_WEEKS_BEFORE = 2  # the warning covers the deadline's last two weeks, whatever its length


def _warn_from(received: dt.date, weeks: int, warn_from_week: int | None) -> dt.date:
    """The first day of the warning: ``warn_from_week`` weeks after the application, by default
    two weeks before the deadline (8 weeks: from week 6; 4 weeks: from week 2; 1 week: at once)."""
    if warn_from_week is None:
        warn_from_week = weeks - WARN_WEEKS_BEFORE
    return received + dt.timedelta(weeks=min(max(warn_from_week, 0), weeks))


def deadline_state(
    received: dt.date, weeks: int, today: dt.date, warn_from_week: int | None = None
) -> DeadlineStatus:
    """Where a case stands against its decision deadline on ``today``.

    "warning" in the last two weeks, deadline day included (or from the day ``warn_from_week``
    weeks after the application came); "overdue" from the day after the deadline.
    """
    deadline = decision_deadline(received, weeks)
    days_left = (deadline - today).days
    warn_from = _warn_from(received, weeks, warn_from_week)
    if today > deadline:
        state = DeadlineState.OVERDUE
    elif today >= warn_from:
        state = DeadlineState.WARNING
    else:
        state = DeadlineState.OK
    return DeadlineStatus(state, days_left)


def deadline_state_until(
    received: dt.date, deadline: dt.date, today: dt.date, warn_from_week: int | None = None
) -> DeadlineStatus:
    """``deadline_state`` for a case whose deadline was set by its own standard (``decision_deadline``).

    The weeks are read back from the two dates, so a list of cases decided under different standards
    is dated by each case's own deadline without the standards at hand.
    """
    weeks = max((deadline - received).days // 7, 1)
    days_left = (deadline - today).days
    warn_from = _warn_from(received, weeks, warn_from_week)
    if today > deadline:
        return DeadlineStatus(DeadlineState.OVERDUE, days_left)
    return DeadlineStatus(DeadlineState.WARNING if today >= warn_from else DeadlineState.OK, days_left)


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


def days_left_msg(days_left: int) -> Msg:
    """``days_left_text`` for mid-sentence, in lower case: "12 dage tilbage", "fristen er i dag"."""
    count = abs(days_left)
    if days_left == 0:
        return msg(QT_TRANSLATE_NOOP("Messages", "fristen er i dag"))
    if days_left > 0:
        if count == 1:
            return msg(QT_TRANSLATE_NOOP("Messages", "{count} dag tilbage"), count=count)
        return msg(QT_TRANSLATE_NOOP("Messages", "{count} dage tilbage"), count=count)
    if count == 1:
        return msg(QT_TRANSLATE_NOOP("Messages", "{count} dag over fristen"), count=count)
    return msg(QT_TRANSLATE_NOOP("Messages", "{count} dage over fristen"), count=count)


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


COVER_DAYS = 30  # a meeting up to this many days before a scheduled date counts as that follow-up


def next_followup(
    start: dt.date,
    first_months: int,
    interval_months: int,
    done: Iterable[dt.date] | dt.date | None,
    today: dt.date,
) -> dt.date:
    """The date of the next follow-up: the earliest scheduled date that no meeting held covers.

    The schedule is anchored on ``start``: S1 = ``first_months`` after it, then every
    ``interval_months`` (S2 = S1 + interval, ... counted from ``start``, see ``followup_dates``).
    ``done`` is the follow-ups held (several dates, the latest one, or None). Only those held on or
    after ``start`` and not after ``today`` count: a new start (a changed plan) starts the schedule
    again, and a date in the future is a planned meeting, not a held one.

    A scheduled date S is covered by a held meeting M when ``S - 30 days <= M`` and M does not
    already cover an earlier date; each date takes the earliest such meeting. A meeting held as
    needed before that window covers nothing, so it does not cancel the series: a meeting two
    weeks after the start leaves the 3-month follow-up due. A late meeting still covers its date:
    the 3-month follow-up held after 4 months covers S1, and the next is S2 (start + 15 months).
    A scheduled date that passed without a meeting of its own before a later meeting was held can
    no longer be held and is passed over, so the date returned always lies after the latest
    meeting. With none held it is S1, which may lie in the past: it is then overdue.
    """
    if first_months < 0 or interval_months < 1:
        raise ValueError("first_months >= 0 and interval_months >= 1 are required")
    if done is None:
        held: list[dt.date] = []
    elif isinstance(done, dt.date):
        held = [done]
    else:
        held = list(done)
    unused = sorted(d for d in held if start <= d <= today)
    latest = unused[-1] if unused else None
    window = dt.timedelta(days=COVER_DAYS)
    n = 0
    while True:
        scheduled = add_months(start, first_months + n * interval_months)
        n += 1
        while unused and unused[0] < scheduled - window:
            unused.pop(0)  # held as needed, before this date's window: covers nothing
        if unused:
            unused.pop(0)  # the earliest meeting in the window, or a late one, covers this date
            continue
        if latest is not None and scheduled <= latest:
            continue  # passed without its own meeting before a later one was held
        return scheduled
