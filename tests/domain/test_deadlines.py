"""The standard's date rules: 8-week decision deadline, follow-up after 3 months then yearly."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from visitation_desktop.domain.deadlines import (
    DeadlineState,
    add_months,
    days_left_text,
    deadline_label,
    deadline_state,
    decision_deadline,
    followup_dates,
    next_followup,
)


@pytest.mark.parametrize(
    ("received", "deadline"),
    [
        (date(2025, 3, 3), date(2025, 4, 28)),
        (date(2024, 12, 20), date(2025, 2, 14)),  # across the year end
        (date(2024, 11, 15), date(2025, 1, 10)),
        (date(2024, 1, 10), date(2024, 3, 6)),  # through a leap February
        (date(2025, 1, 10), date(2025, 3, 7)),
    ],
)
def test_eight_weeks_from_received(received: date, deadline: date) -> None:
    assert decision_deadline(received, 8) == deadline


def test_eight_weeks_from_every_received_date_of_two_years() -> None:
    """Any received date, leap day and year ends included: 56 days later, on the same weekday."""
    day = date(2024, 1, 1)
    while day.year < 2026:
        deadline = decision_deadline(day, 8)
        assert (deadline - day).days == 56 and deadline.weekday() == day.weekday(), day
        day += timedelta(days=1)


def test_deadline_needs_at_least_one_week() -> None:
    with pytest.raises(ValueError):
        decision_deadline(date(2025, 1, 1), 0)


@pytest.mark.parametrize(
    ("today", "state", "days_left"),
    [
        (date(2025, 3, 3), "ok", 56),
        (date(2025, 4, 13), "ok", 15),  # the day before week 6 is complete
        (date(2025, 4, 14), "warning", 14),  # six weeks after the application
        (date(2025, 4, 28), "warning", 0),  # the deadline day is still in time
        (date(2025, 4, 29), "overdue", -1),
        (date(2025, 6, 1), "overdue", -34),
    ],
)
def test_deadline_state_warns_from_week_six_and_marks_overdue(
    today: date, state: str, days_left: int
) -> None:
    got_state, got_days = deadline_state(date(2025, 3, 3), 8, today)
    assert (got_state, got_days) == (state, days_left)


def test_warning_week_can_be_changed() -> None:
    assert (
        deadline_state(date(2025, 3, 3), 8, date(2025, 4, 7), warn_from_week=5).state == DeadlineState.WARNING
    )
    assert deadline_state(date(2025, 3, 3), 8, date(2025, 4, 7)).state == DeadlineState.OK


def test_danish_labels() -> None:
    assert deadline_label("ok") == "Inden for fristen"
    assert deadline_label("warning") == "Fristen nærmer sig"
    assert deadline_label(DeadlineState.OVERDUE) == "Fristen er overskredet"
    assert days_left_text(12) == "12 dage tilbage"
    assert days_left_text(1) == "1 dag tilbage"
    assert days_left_text(0) == "Fristen er i dag"
    assert days_left_text(-1) == "1 dag over fristen"
    assert days_left_text(-3) == "3 dage over fristen"


@pytest.mark.parametrize(
    ("day", "months", "result"),
    [
        (date(2025, 1, 30), 1, date(2025, 2, 28)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2024, 11, 30), 3, date(2025, 2, 28)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2025, 5, 5), 0, date(2025, 5, 5)),
    ],
)
def test_add_months_clamps_to_month_end(day: date, months: int, result: date) -> None:
    assert add_months(day, months) == result


@pytest.mark.parametrize(
    ("start", "first"),
    [
        (date(2025, 1, 30), date(2025, 4, 30)),
        (date(2025, 1, 31), date(2025, 4, 30)),
        (date(2024, 2, 29), date(2024, 5, 29)),
        (date(2024, 11, 30), date(2025, 2, 28)),
    ],
)
def test_first_followup_three_months_after_start(start: date, first: date) -> None:
    assert followup_dates(start, 3, 12, 1) == [first]
    assert next_followup(start, 3, 12, None, today=start) == first


def test_yearly_after_the_first_followup() -> None:
    assert followup_dates(date(2025, 1, 31), 3, 12, 3) == [
        date(2025, 4, 30),
        date(2026, 4, 30),
        date(2027, 4, 30),
    ]
    # counted from the start, a clamped month end does not drift
    assert followup_dates(date(2024, 1, 31), 1, 1, 3) == [
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
    ]
    assert followup_dates(date(2025, 1, 31), 3, 12, 0) == []


def test_changed_start_moves_the_followups() -> None:
    today = date(2025, 2, 1)
    assert next_followup(date(2025, 1, 31), 3, 12, None, today) == date(2025, 4, 30)
    assert next_followup(date(2025, 3, 15), 3, 12, None, today) == date(2025, 6, 15)
    assert followup_dates(date(2025, 3, 15), 3, 12, 2) == [date(2025, 6, 15), date(2026, 6, 15)]


def test_the_three_month_followup_held_late_covers_it_and_the_yearly_one_follows_from_the_start() -> None:
    # start 3 March 2025: S1 = 3 June 2025, S2 = 3 June 2026 (start + 15 months)
    start = date(2025, 3, 3)
    assert next_followup(start, 3, 12, [date(2025, 7, 3)], date(2025, 7, 3)) == date(2026, 6, 3)
    # the old rule counted a year from the meeting: 3 July 2026


def test_a_meeting_as_needed_two_weeks_after_the_start_leaves_the_three_month_followup_due() -> None:
    # start 3 March 2025, met 17 March; S1 = 3 June 2025, its window opens 4 May (S1 - 30 days)
    start = date(2025, 3, 3)
    assert next_followup(start, 3, 12, [date(2025, 3, 17)], date(2025, 4, 1)) == date(2025, 6, 3)
    # ... and once S1 is held, the meeting as needed has not moved S2
    held = [date(2025, 3, 17), date(2025, 6, 2)]
    assert next_followup(start, 3, 12, held, date(2025, 6, 2)) == date(2026, 6, 3)


def test_a_start_on_31_january_keeps_its_month_ends() -> None:
    # S1 = 30 April 2025 (clamped), S2 = 30 April 2026, S3 = 30 April 2027
    start = date(2025, 1, 31)
    assert next_followup(start, 3, 12, date(2025, 5, 6), date(2025, 6, 1)) == date(2026, 4, 30)
    # a meeting as needed on 1 October 2025 is long before S2's window (31 March 2026): S2 stays
    held = [date(2025, 5, 6), date(2025, 10, 1)]
    assert next_followup(start, 3, 12, held, date(2025, 10, 1)) == date(2026, 4, 30)
    # the yearly meeting held three weeks early (10 April 2026) covers S2: next is S3
    held = [date(2025, 5, 6), date(2025, 10, 1), date(2026, 4, 10)]
    assert next_followup(start, 3, 12, held, date(2026, 6, 1)) == date(2027, 4, 30)
    # held late (20 May 2026) it covers S2 too: the next stays on the start's schedule
    assert next_followup(start, 3, 12, [date(2025, 5, 6), date(2026, 5, 20)], date(2026, 6, 1)) == date(2027, 4, 30)


def test_a_meeting_covers_a_date_from_30_days_before_it() -> None:
    # start 31 January 2025: S1 = 30 April 2025; 30 days before is 31 March
    start = date(2025, 1, 31)
    assert next_followup(start, 3, 12, [date(2025, 3, 31)], date(2025, 4, 1)) == date(2026, 4, 30)
    assert next_followup(start, 3, 12, [date(2025, 3, 30)], date(2025, 4, 1)) == date(2025, 4, 30)


def test_one_meeting_covers_one_date() -> None:
    # monthly from 31 January 2025: S1 = 28 February, S2 = 31 March (counted from the start)
    start = date(2025, 1, 31)
    # 10 March is in both windows (S2 - 30 days = 1 March) but covers only S1, so S2 is due
    assert next_followup(start, 1, 1, [date(2025, 3, 10)], date(2025, 3, 10)) == date(2025, 3, 31)
    # two meetings in the window cover both
    held = [date(2025, 3, 5), date(2025, 3, 10)]
    assert next_followup(start, 1, 1, held, date(2025, 3, 10)) == date(2025, 4, 30)


def test_dates_missed_before_a_later_meeting_are_passed_over() -> None:
    # start 10 January 2024: S1 = 10 April 2024, S2 = 10 April 2025, S3 = 10 April 2026
    start = date(2024, 1, 10)
    # met only on 1 June 2025: it covers S1; S2 passed without a meeting and cannot be held now
    assert next_followup(start, 3, 12, [date(2025, 6, 1)], date(2025, 6, 1)) == date(2026, 4, 10)


def test_the_next_followup_is_on_the_schedule_and_after_any_meeting_held() -> None:
    """One meeting on any day of three years after a 31 January start."""
    start = date(2025, 1, 31)
    schedule = followup_dates(start, 3, 12, 5)
    day = start
    while day < date(2028, 1, 31):
        got = next_followup(start, 3, 12, [day], day)
        assert got in schedule and got > day, day
        day += timedelta(days=1)


def test_next_followup_ignores_meetings_before_start_or_not_yet_held() -> None:
    start = date(2025, 3, 15)  # a new plan: the old plan's follow-up does not count
    assert next_followup(start, 3, 12, [date(2025, 2, 1)], date(2025, 4, 1)) == date(2025, 6, 15)
    # a meeting booked for next month is not held yet
    assert next_followup(start, 3, 12, [date(2025, 7, 1)], date(2025, 6, 20)) == date(2025, 6, 15)


def test_missed_first_followup_is_still_the_next_one() -> None:
    assert next_followup(date(2024, 1, 10), 3, 12, [], date(2025, 1, 1)) == date(2024, 4, 10)
