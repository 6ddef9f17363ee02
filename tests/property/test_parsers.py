"""CPR numbers and dates, typed as anything at all."""

from __future__ import annotations

import argparse
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from visitation_desktop.cli.common import iso_date
from visitation_desktop.domain import cpr
from visitation_desktop.domain.inputs import MAX_YEAR, MIN_YEAR
from visitation_desktop.gui.wizard.fields import parse_danish_date

from .guard import attempt

TODAY = dt.date(2026, 3, 2)
numbers = st.one_of(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
date_like = st.builds(
    lambda a, b, c, sep, pad: sep.join(str(n).zfill(pad) for n in (a, b, c)),
    numbers, numbers, numbers, st.sampled_from(["-", ".", "/", " ", ""]), st.integers(0, 5),
)
cpr_like = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"\A[0-9]{6}[- ]?[0-9]{4}\Z"),
    st.text(alphabet="0123456789- \u00a0\u2013", max_size=16),
)


@given(cpr_like)
def test_the_cpr_parser_answers_or_says_why(text: str) -> None:
    info, _error = attempt("cpr.parse", lambda: cpr.parse(text, TODAY), (cpr.CprError,))
    if info is not None:
        assert len(info.number) == 10 and info.number.isdigit()
        assert info.birth_date <= TODAY or info.warning


@given(st.one_of(st.text(max_size=40), date_like))
def test_a_typed_date_is_a_date_in_range_or_a_value_error(text: str) -> None:
    value, _error = attempt("gui date field", lambda: parse_danish_date(text), (ValueError,))
    if value is not None:
        assert MIN_YEAR <= value.year <= MAX_YEAR


@given(st.one_of(st.text(max_size=40), date_like, st.dates().map(dt.date.isoformat)))
def test_a_command_line_date_is_in_range_or_an_argument_error(text: str) -> None:
    value, _error = attempt("cli --today", lambda: iso_date(text), (argparse.ArgumentTypeError,))
    if value is not None:
        assert MIN_YEAR <= value.year <= MAX_YEAR
