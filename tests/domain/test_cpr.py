"""CPR numbers as a caseworker types them: century, age, masking, warnings and refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from visitation_desktop.domain.cpr import (
    MODULUS_WARNING,
    CprError,
    age_on,
    format_cpr,
    make_fictional_cpr,
    mask,
    normalize,
    parse,
)

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize("typed", ["211062-5629", "2110625629", " 211062 5629 ", "211062 - 5629"])
def test_normalize_accepts_the_usual_ways_of_typing(typed: str) -> None:
    assert normalize(typed) == "2110625629"


@pytest.mark.parametrize(
    ("typed", "born"),
    [
        ("010190-1234", dt.date(1990, 1, 1)),  # 7th digit 0-3: 1900s
        ("010105-0234", dt.date(1905, 1, 1)),
        ("010137-4234", dt.date(1937, 1, 1)),  # 4 or 9 with YY >= 37: 1900s
        ("010150-9234", dt.date(1950, 1, 1)),
        ("010110-4234", dt.date(2010, 1, 1)),  # 4 or 9 with YY <= 36: 2000s
        ("010120-9234", dt.date(2020, 1, 1)),
        ("010105-5234", dt.date(2005, 1, 1)),  # 5-8 with YY <= 57: 2000s
        ("010115-8234", dt.date(2015, 1, 1)),
        ("010160-6234", dt.date(1860, 1, 1)),  # 5-8 with YY >= 58: 1800s
    ],
)
def test_century_from_the_seventh_digit(typed: str, born: dt.date) -> None:
    assert parse(typed, today=TODAY).birth_date == born


def test_birth_date_in_the_future_is_refused() -> None:
    # 4 with YY 30 means 2030.
    with pytest.raises(CprError, match="Fødselsdatoen i CPR-nummeret ligger i fremtiden"):
        parse("010130-4234", today=TODAY)


def test_age_on_a_date_around_the_birthday() -> None:
    born = dt.date(1990, 6, 15)
    assert age_on(born, dt.date(2025, 6, 14)) == 34
    assert age_on(born, dt.date(2025, 6, 15)) == 35
    assert age_on(born, dt.date(2025, 12, 31)) == 35
    assert age_on(born, born) == 0


def test_age_of_one_born_on_29_february() -> None:
    born = dt.date(2000, 2, 29)
    assert age_on(born, dt.date(2018, 2, 28)) == 17
    assert age_on(born, dt.date(2018, 3, 1)) == 18
    assert age_on(born, dt.date(2020, 2, 29)) == 20


def test_age_before_birth_is_refused() -> None:
    with pytest.raises(ValueError, match="før fødselsdatoen"):
        age_on(dt.date(2000, 1, 2), dt.date(2000, 1, 1))


def test_mask_and_format() -> None:
    assert mask("2110625629") == "211062-xxxx"
    assert mask("211062-5629") == "211062-xxxx"
    assert mask("21106") == "xxxxxx-xxxx"  # a half-typed number shows nothing of itself
    assert mask("abcdefghij") == "xxxxxx-xxxx"
    assert format_cpr("2110625629") == "211062-5629"
    assert format_cpr(" 211062 5629") == "211062-5629"


def test_number_passing_modulus_11_has_no_warning() -> None:
    info = parse("150685-1234", today=TODAY)
    assert info.number == "1506851234"
    assert info.birth_date == dt.date(1985, 6, 15)
    assert info.modulus_ok
    assert info.warning == ""


def test_number_failing_modulus_11_is_accepted_with_a_warning() -> None:
    info = parse("150685-1235", today=TODAY)
    assert info.number == "1506851235"
    assert info.birth_date == dt.date(1985, 6, 15)
    assert not info.modulus_ok
    assert info.warning == (
        "CPR-nummeret opfylder ikke den gamle modulus 11-kontrol. "
        "Det kan være korrekt (numre fra efter 2007). Kontrollér det med borgeren."
    )
    assert info.warning == MODULUS_WARNING


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Skriv CPR-nummeret: 10 cifre"),
        ("   ", "Skriv CPR-nummeret: 10 cifre"),
        ("21106A-5629", "må kun indeholde tal"),
        ("Jens Hansen", "må kun indeholde tal"),
        ("２１１０６２５６２９", "må kun indeholde tal"),  # full-width digits are not CPR digits
        ("211062-562", "skal have 10 cifre. Der er 9."),
        ("211062-56291", "skal have 10 cifre. Der er 11."),
        ("321062-5629", "ikke en rigtig dato"),
        ("211362-5629", "ikke en rigtig dato"),
        ("290201-1234", "ikke en rigtig dato"),  # 29 February 1901 did not exist
    ],
)
def test_garbage_is_refused_with_a_danish_message(typed: str, message: str) -> None:
    with pytest.raises(CprError, match=message):
        parse(typed, today=TODAY)


def test_format_refuses_a_short_number() -> None:
    with pytest.raises(CprError, match="10 cifre"):
        format_cpr("21106")


@pytest.mark.parametrize(
    "born", [dt.date(1860, 3, 1), dt.date(1937, 7, 7), dt.date(1990, 1, 1), dt.date(2005, 12, 31)]
)
def test_fictional_numbers_have_the_right_form(born: dt.date) -> None:
    numbers = [make_fictional_cpr(born, seq) for seq in range(25)]
    assert len(set(numbers)) == 25
    for number in numbers:
        info = parse(number, today=TODAY)
        assert info.birth_date == born
        assert info.modulus_ok
        assert info.warning == ""


def test_fictional_numbers_outside_cpr_years_are_refused() -> None:
    with pytest.raises(ValueError):
        make_fictional_cpr(dt.date(1850, 1, 1), 0)
    with pytest.raises(ValueError):
        make_fictional_cpr(dt.date(1990, 1, 1), -1)
