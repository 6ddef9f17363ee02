"""``domain/cpr`` reads the birth date and the modulus-11 check itself (python-stdnum is only the test's
oracle, so a command does not import it and its network helpers): both agree on every 7th digit for
every day of the years where the century rule turns, on every fifth day from 1858 to 2057, and on
numbers that are no date."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.dk import cpr as stdnum_cpr
from stdnum.exceptions import ValidationError

from visitation_desktop.domain.cpr import CprError, birth_date_of, checksum, parse


def _stdnum_birth(number: str) -> dt.date | None:
    try:
        return stdnum_cpr.get_birth_date(number)
    except ValidationError:
        return None


def _ours(number: str) -> dt.date | None:
    try:
        return birth_date_of(number)
    except ValueError:
        return None


TURNS = {1858, 1899, 1900, 1936, 1937, 1938, 1957, 1958, 1999, 2000, 2036, 2037, 2057}


def test_every_seventh_digit_gives_the_birth_date_stdnum_gives() -> None:
    day, checked = dt.date(1858, 1, 1), 0
    while day <= dt.date(2057, 12, 31):
        if day.year in TURNS or day.toordinal() % 5 == 0:
            head = day.strftime("%d%m%y")
            for seventh in "0123456789":
                number = f"{head}{seventh}{checked % 1000:03d}"
                assert _ours(number) == _stdnum_birth(number), number
                assert checksum(number) == stdnum_cpr.checksum(number), number
                checked += 1
        day += dt.timedelta(days=1)
    assert checked > 180_000


@pytest.mark.parametrize("head", ["310290", "290201", "000190", "011390", "320190", "290200"])
def test_a_head_that_is_no_date(head: str) -> None:
    for seventh in "0459":
        number = f"{head}{seventh}123"
        assert _ours(number) == _stdnum_birth(number), number


def test_a_caseworker_sees_the_same_messages() -> None:
    with pytest.raises(CprError, match="De første 6 cifre i CPR-nummeret er ikke en rigtig dato"):
        parse("310290-1234", today=dt.date(2026, 12, 1))
    info = parse("010190-1235", today=dt.date(2026, 12, 1))
    assert info.birth_date == dt.date(1990, 1, 1)
    assert info.modulus_ok == (stdnum_cpr.checksum("0101901235") == 0)
    assert parse("010138-4321", today=dt.date(2026, 12, 1)).birth_date == dt.date(1938, 1, 1)
    assert parse("010105-4321", today=dt.date(2026, 12, 1)).birth_date == dt.date(2005, 1, 1)
    assert parse("010160-5321", today=dt.date(2026, 12, 1)).birth_date == dt.date(1860, 1, 1)
