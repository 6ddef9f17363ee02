"""Search-as-you-type: the in-memory index over name, CPR, case number and address."""

from __future__ import annotations

import datetime as dt

import pytest

from visitation_desktop.services.overview import OverviewRow
from visitation_desktop.services.search import CaseSearch, SearchIndex
from visitation_desktop.store.records import CaseSummary

PEOPLE = [
    (1, "Inge Holm", "0101901234", "Storegade 4, 7700 Thisted"),
    (2, "Bo Sørensen", "1505851235", "Kirkevej 12, 7760 Hurup Thy"),
    (3, "Åse Ærø", "2002991237", "Fjordvej 1, 7790 Thyholm"),
    (12, "Søren Holm Dam", "0303701111", "Storegade 40, 7700 Thisted"),
]


def _rows() -> list[OverviewRow]:
    now = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
    return [
        OverviewRow(CaseSummary(i, name, cpr, "open", None, None, None, "", now), address=address)
        for i, name, cpr, address in PEOPLE
    ]


def _ids(query: str, index: SearchIndex | None = None) -> list[int] | None:
    index = index or SearchIndex(_rows())
    found = index.matching(query)
    return None if found is None else [PEOPLE[i][0] for i in found]


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("", None),
        ("søren", [2, 12]),
        ("SØR", [2, 12]),
        ("holm søren", [12]),
        ("ærø", [3]),
        ("150585-1235", [2]),
        ("1505851235", [2]),
        ("150585 1235", [2]),
        ("150585", [2]),
        ("150585-xxxx", [2]),
        ("0x0x", [1, 12]),
        ("12", [2, 12]),  # case 12, and house number 12 on Kirkevej
        ("storegade", [1, 12]),
        ("7700", [1, 12]),
        ("hurup", [2]),
        ("kirkevej 12", [2]),
        ("nobody", []),
    ],
)
def test_a_query_finds_by_name_cpr_case_number_and_address(query: str, ids: list[int] | None) -> None:
    assert _ids(query) == ids


def test_typing_on_narrows_the_previous_hits_and_agrees_with_a_fresh_lookup() -> None:
    index = SearchIndex(_rows())
    typed = ""
    for ch in "storegade 40":
        typed += ch
        assert _ids(typed, index) == _ids(typed), typed
    for query in ("0", "01", "0x", "0x0", "s", "sø", "x", "x1"):
        assert _ids(query, index) == _ids(query), query


def test_a_settled_search_reaches_every_listener_once() -> None:
    search = CaseSearch(_rows())
    heard: list[tuple[str, list[int]]] = []
    search.on_settled(lambda query, ids: heard.append((query, ids)))
    search.settled("søren", [2, 12])
    assert heard == [("søren", [2, 12])]
