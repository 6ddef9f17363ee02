"""The search index's shortcuts (one-letter masks made ahead, one pass with a mask when most rows are
still in play, looking among the previous hits) find exactly what a plain row-by-row search finds."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from visitation_desktop.services.overview import OverviewRow
from visitation_desktop.services.search import SearchIndex
from visitation_desktop.store.records import CaseSummary

FIRST = ["Anna", "Søren", "Åse", "Mads", "Kristian", "Lene", "Hanne", "Bo", "Ærling", "Inge", "Jens", "Zoë"]
LAST = ["Holm", "Sørensen", "Kristensen", "Madsen", "Dam", "Østergaard", "Hansen", "Lund", "Ærø"]
STREETS = ["Storegade", "Kirkevej", "Fjordvej", "Søndergade", "Vestergade", "Havnevej"]
TOWNS = ["7700 Thisted", "7760 Hurup Thy", "7790 Thyholm", "7741 Frøstrup"]


def _rows(rng: random.Random, n: int) -> list[OverviewRow]:
    now = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
    rows = []
    for i in range(n):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(30, 99):02d}{rng.randint(0, 9999):04d}"
        address = f"{rng.choice(STREETS)} {rng.randint(1, 60)}, {rng.choice(TOWNS)}"
        rows.append(OverviewRow(CaseSummary(i + 1, name, cpr, "open", None, None, None, "", now), address=address))
    return rows


def _plain(rows: list[OverviewRow], query: str) -> list[int] | None:
    """The search rules of services/search.py, one row and one word at a time."""
    words = re.sub(r"(?<=\d)[\s-]+(?=[\dxX])", "", query.strip()).split()
    if not words:
        return None
    found = []
    for pos, row in enumerate(rows):
        s = row.summary
        ok = True
        for word in words:
            if re.fullmatch(r"[\dxX-]+", word) and any(ch.isdigit() for ch in word):
                digits = word.replace("-", "").lower()
                if "x" in digits:
                    ok = ok and re.match(digits.replace("x", r"\d"), s.cpr) is not None
                else:
                    ok = ok and (s.cpr.startswith(digits) or str(s.id).startswith(digits) or digits in row.address)
            else:
                ok = ok and word.casefold() in f"{s.citizen_name}\n{row.address}".casefold()
        if ok:
            found.append(pos)
    return found


def _queries(rng: random.Random, rows: list[OverviewRow]) -> list[str]:
    """Words as a caseworker types them: from a name, an address, a CPR number, or made up."""
    out = []
    for _ in range(60):
        row = rng.choice(rows)
        source = rng.choice(
            [row.summary.citizen_name, row.address, row.summary.cpr, f"{row.summary.cpr[:6]}-xxxx", "qæz wy", "s ø"]
        )
        start = rng.randrange(len(source))
        out.append(source[start : start + rng.randint(1, 8)])
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("prepared", [True, False])
def test_typing_letter_by_letter_finds_what_a_plain_search_finds(seed: int, prepared: bool) -> None:
    rng = random.Random(seed)
    rows = _rows(rng, 400)
    index = SearchIndex(rows)
    if prepared:
        index.prepare()
    for query in _queries(rng, rows):
        for typed in [query[: n + 1] for n in range(len(query))] + [query.upper(), "", query[:1]]:
            found = index.matching(typed)
            assert found == _plain(rows, typed), typed
            if index.mask is not None:  # the mask handed to the list says the same rows
                assert found is not None and [i for i, bit in enumerate(index.mask) if bit] == found


def test_a_fresh_index_and_one_typed_into_agree_on_every_letter() -> None:
    rng = random.Random(7)
    rows = _rows(rng, 300)
    typed_into = SearchIndex(rows)
    typed_into.prepare()
    for letter in "abcdefghijklmnopqrstuvwxyzæøå":
        for query in (letter, letter + "n", letter + "e", letter):
            assert typed_into.matching(query) == SearchIndex(rows).matching(query) == _plain(rows, query)
