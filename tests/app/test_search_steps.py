"""Typing a search letter by letter shows what typing it at once shows (the narrowing shortcuts)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from visitation_desktop.gui.overview_model import OverviewModel
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.overview import Group, OverviewRow, OverviewSource
from visitation_desktop.services.search import SearchIndex
from visitation_desktop.services.workspace import Workspace


def _shown(model: OverviewModel) -> list[int]:
    return [model.case_id(r) for r in range(model.rowCount())]


def test_letter_by_letter_equals_at_once_in_every_group(qtbot: QtBot, workspace: Workspace) -> None:
    fill_demo(workspace, dt.date.today())
    rows = OverviewSource(workspace).overview(dt.date.today()).rows
    weeks = workspace.standard.decision_deadline_weeks
    typed, at_once = OverviewModel(weeks), OverviewModel(weeks)
    typed.set_overview(rows)
    at_once.set_overview(rows)
    seen_narrower = False
    for group in (Group.ALL, Group.GRANTED, Group.OPEN):
        typed.set_group(group)
        at_once.set_group(group)
        for query in ("e", "en", "ens", "ensen", "", "a", "an", "a 7", "0", "01", "010", ""):
            typed.set_query(query)
            at_once.set_query("")
            at_once.set_query(query)
            assert _shown(typed) == _shown(at_once), (group, query)
            seen_narrower = seen_narrower or 0 < typed.rowCount() < len(rows)
            assert typed.counts() == at_once.counts() == _counted(rows, query)
    assert seen_narrower


def _counted(rows: list[OverviewRow], query: str) -> dict[Group, int]:
    """The tabs' numbers worked out the plain way: every row matching the search, each of its groups."""
    hits = SearchIndex(rows).matching(query)
    among = range(len(rows)) if hits is None else hits
    return {g: sum(1 for i in among if g in rows[i].groups) for g in Group}


def test_a_search_after_sorting_shows_the_matches_in_the_new_order(qtbot: QtBot, workspace: Workspace) -> None:
    fill_demo(workspace, dt.date.today())
    rows = OverviewSource(workspace).overview(dt.date.today()).rows
    model = OverviewModel(workspace.standard.decision_deadline_weeks)
    model.set_overview(rows)
    model.sort(0, Qt.SortOrder.DescendingOrder)  # by name, Z first
    texts = [f"{r.summary.citizen_name}\n{r.address}".casefold() for r in rows]
    letter = next(c for c in "køjvbhgmsnt" if 1 < sum(c in t for t in texts) < len(rows))
    model.set_query(letter)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    expected = [r.summary.citizen_name for r, t in zip(rows, texts, strict=True) if letter in t]
    assert sorted(names) == sorted(expected) and 1 < len(names) < len(rows)
    assert names == sorted(names, key=str.casefold, reverse=True) or names == sorted(names, reverse=True)


def test_the_loaders_prepared_list_shows_what_a_plain_one_shows(qtbot: QtBot, workspace: Workspace) -> None:
    """As the main window gets it (gui/overview_loader.py: rows in the opening order, the index prepared,
    the tab counts made ahead) the list shows the rows and counts a freshly built model shows."""
    from visitation_desktop.gui.overview_model import GroupCounts, default_order

    fill_demo(workspace, dt.date.today())
    plain_rows = OverviewSource(workspace).overview(dt.date.today()).rows
    rows = [plain_rows[i] for i in default_order(plain_rows)]
    index = SearchIndex(rows)
    index.prepare()
    weeks = workspace.standard.decision_deadline_weeks
    loaded, plain = OverviewModel(weeks), OverviewModel(weeks)
    loaded.set_overview(rows, index, list(range(len(rows))), GroupCounts(rows))
    plain.set_overview(plain_rows)
    for sort in (None, 0):
        if sort is not None:  # a column chosen: the list is no longer in the overview's own order
            loaded.sort(sort, Qt.SortOrder.DescendingOrder)
            plain.sort(sort, Qt.SortOrder.DescendingOrder)
        for group in (Group.ALL, Group.OPEN, Group.GRANTED, Group.DEADLINE):
            loaded.set_group(group)
            plain.set_group(group)
            for query in ("a", "an", "ann", "", "e", "en", "ens", "s ø", "å", "0", "1", "e 7", "zq", ""):
                loaded.set_query(query)
                plain.set_query(query)
                assert _shown(loaded) == _shown(plain), (sort, group, query)
                assert loaded.counts() == plain.counts() == _counted(plain_rows, query), (sort, group, query)
