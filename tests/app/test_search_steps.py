"""Typing a search letter by letter shows what typing it at once shows (the narrowing shortcuts)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from visitation_desktop.gui.overview_model import OverviewModel
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.overview import Group, OverviewSource
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
            assert typed.counts() == at_once.counts()
    assert seen_narrower
