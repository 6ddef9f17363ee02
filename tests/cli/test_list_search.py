"""`cases list --search` finds what the main window's search finds (services/search.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.overview import OverviewSource
from visitation_desktop.services.search import SearchIndex
from visitation_desktop.services.workspace import init_store

from .conftest import EXAMPLE, Run, example_document, write_document

QUERIES = [
    ("lene", ["1"]),  # a part of the name
    ("skovgaard poul", ["1"]),  # every word
    ("Havnevej", ["2"]),  # the address
    ("hanstholm", ["2"]),  # the town
    ("7760", ["1"]),  # the postcode
    ("120375-4411", ["2"]),  # CPR with dash
    ("1203754411", ["2"]),  # and without
    ("090684-xxxx", ["1"]),  # masked digits, as the list shows them
    ("2", ["2", "1"]),  # case number 2, and the house number 21 (newest first)
    ("kim 7730", ["2"]),
    ("nobody", []),
]


def test_the_cli_search_matches_name_address_cpr_and_case_number(run: Run, store: Path, tmp_path: Path) -> None:
    other = example_document()
    del other["uuid"]
    other["citizen"] = {**other["citizen"], "name": "Kim Larsen", "cpr": "1203754411", "address": "Havnevej 7",
                        "postcode": "7730", "town": "Hanstholm"}
    assert run("cases", "import", str(EXAMPLE), str(write_document(tmp_path / "kim.json", other))).code == 0
    for query, found in QUERIES:
        result = run("cases", "list", "--search", query)
        assert result.code == 0, result.err
        assert [line.split("\t")[0] for line in result.out.splitlines()] == found, query


def test_the_cli_and_the_main_window_find_the_same_cases(tmp_path: Path) -> None:
    ws = init_store(tmp_path / "d", "AB", "Anne Berg", "korrekt-hest-batteri")
    try:
        fill_demo(ws, dt.date.today())
        rows = OverviewSource(ws).overview(dt.date.today()).rows  # what the main window lists and indexes
        window = SearchIndex(rows)
        queries = ["a", "an", "sen", "7700", "0", "01", "xx", "3", "gade", "thisted", "x x"]
        for q in queries + [r.summary.cpr[:6] + "-" for r in rows[:3]] + [r.summary.citizen_name for r in rows[:3]]:
            hits = window.matching(q)
            expected = [r.summary.id for r in rows] if hits is None else [rows[i].summary.id for i in hits]
            assert [s.id for s in CaseService(ws).list_cases(q)] == expected, q
            assert [r.summary.id for r in OverviewSource(ws).overview(dt.date.today(), q).rows] == expected, q
        assert any(CaseService(ws).list_cases(q) for q in queries)
    finally:
        ws.close()
