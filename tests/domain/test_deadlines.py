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


def test_next_followup_a_year_after_the_latest_held() -> None:
    start = date(2025, 1, 31)
    assert next_followup(start, 3, 12, date(2025, 5, 6), date(2025, 6, 1)) == date(2026, 5, 6)
    held = [date(2025, 5, 6), date(2026, 5, 20)]
    assert next_followup(start, 3, 12, held, date(2026, 6, 1)) == date(2027, 5, 20)


def test_next_followup_ignores_meetings_before_start_or_not_yet_held() -> None:
    start = date(2025, 3, 15)  # a new plan: the old plan's follow-up does not count
    assert next_followup(start, 3, 12, [date(2025, 2, 1)], date(2025, 4, 1)) == date(2025, 6, 15)
    # a meeting booked for next month is not held yet
    assert next_followup(start, 3, 12, [date(2025, 7, 1)], date(2025, 6, 20)) == date(2025, 6, 15)


def test_missed_first_followup_is_still_the_next_one() -> None:
    assert next_followup(date(2024, 1, 10), 3, 12, [], date(2025, 1, 1)) == date(2024, 4, 10)
