"""The prepared search index (sets of rows per character and pair, ``services/search_grams.py``)
finds exactly what the plain row-by-row search finds, for short queries of every kind."""

from __future__ import annotations

import dataclasses
import random

import pytest

from visitation_desktop.services.search import SearchIndex
from visitation_desktop.services.search_grams import bits_of, pack, unpack

from .test_search_prepared import _plain, _rows

# what a caseworker types first: letters (Danish ones too, either case), digits, a dash, a masked digit
KEYS = "abcdefghijklmnopqrstuvwxyzæøåÆØÅEÖüßİı0123456789-x "


def _short_queries(rng: random.Random, rows: list) -> list[str]:  # type: ignore[type-arg]
    out = ["".join(rng.choice(KEYS) for _ in range(rng.randint(1, 3))) for _ in range(400)]
    for _ in range(150):
        row = rng.choice(rows)
        cpr, number = row.summary.cpr, str(row.summary.id)
        source = rng.choice(
            [row.summary.citizen_name, row.address, cpr, f"{cpr[:6]}-{cpr[6:]}", f"{cpr[:6]}-xxxx", number]
        )
        start = rng.randrange(len(source))
        out.append(source[start : start + rng.randint(1, 3)])
        out.append(source[: rng.randint(1, 11)])  # from the start: a CPR with or without its dash, a case number
    return out


def _with_odd_names(rng: random.Random, n: int) -> list:  # type: ignore[type-arg]
    """Rows, a few of them with letters that fold to more than one (ß -> ss) or with a dot (İ)."""
    rows = _rows(rng, n)
    for i, name in ((3, "Hans Strauß"), (8, "İnci Yılmaz"), (13, "Åse Ærø-Østergård")):
        rows[i] = dataclasses.replace(rows[i], summary=dataclasses.replace(rows[i].summary, citizen_name=name))
    return rows


@pytest.mark.parametrize("seed", [11, 12])
def test_one_to_three_letters_find_what_the_plain_search_finds(seed: int) -> None:
    rng = random.Random(seed)
    rows = _with_odd_names(rng, 500)
    prepared = SearchIndex(rows)
    prepared.prepare()
    for query in _short_queries(rng, rows):
        for typed in (query, query.upper(), query[:1], query):  # typed at once, and after another query
            expected = _plain(rows, typed)
            assert prepared.matching(typed) == expected, typed
            if prepared.mask is not None:  # the mask the list reads says the same rows
                assert expected is not None and [i for i, bit in enumerate(prepared.mask) if bit] == expected
            assert SearchIndex(rows).matching(typed) == expected, typed


def test_a_word_of_a_letter_and_one_of_digits_together() -> None:
    rng = random.Random(5)
    rows = _rows(rng, 300)
    prepared = SearchIndex(rows)
    prepared.prepare()
    row = rows[17]
    town_digits = row.address.split(", ")[1][:3]
    for query in (f"{row.summary.citizen_name[:2]} {town_digits}", f"ø {row.summary.cpr[:4]}", "a e i", "æ 77"):
        assert prepared.matching(query) == _plain(rows, query), query


def test_the_sets_and_masks_translate_both_ways() -> None:
    rng = random.Random(3)
    for size in (1, 7, 8, 9, 1000):
        positions = sorted(rng.sample(range(size), rng.randint(0, size)))
        mask = bytes(1 if i in positions else 0 for i in range(size))
        assert bits_of(positions, size) == pack(mask) == sum(1 << i for i in positions)
        assert unpack(pack(mask), size) == mask
    assert unpack(0, 5) == bytes(5) and pack(b"") == 0
