"""The theme bars tell the truth: a "3 – Svært" subtheme is not averaged away by easy ones."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import Assessment
from visitation_desktop.domain.ffb import ACTIVITY_AND_PARTICIPATION
from visitation_desktop.gui.wizard.level_chart import LevelChart, theme_bars
from visitation_desktop.services.workspace import Workspace


def test_a_bar_shows_its_worst_subtheme_beside_the_mean(qtbot: QtBot, workspace: Workspace) -> None:
    catalogue = workspace.catalogue
    theme = catalogue.themes_in(ACTIVITY_AND_PARTICIPATION)[0]
    first, second, third = (s.code for s in theme.subthemes[:3])
    assessment = Assessment()
    assessment.theme(theme.code).levels.update({first: 0, second: 0, third: 3})
    bars = theme_bars(assessment, catalogue)
    bar = next(b for b in bars if b.name == theme.name)
    assert (bar.value, bar.worst, bar.assessed) == (1.0, 3, 3)

    names = ["Ingen", "Let", "Moderat", "Svært", "Fuldstændigt"]
    chart = LevelChart(names)
    qtbot.addWidget(chart)
    chart.set_bars(bars)
    assert f"{theme.name}: 1,0 (Let), 3 af {len(theme.subthemes)} undertemaer vurderet, det sværeste: 3 (Svært)" in (
        chart.description()
    )
    chart.resize(300, chart.sizeHint().height())
    chart.grab()  # paints the mark and "1,0 · værst 3" without error


def test_follow_ups_stand_on_the_time_axis_by_their_dates() -> None:
    import datetime as dt

    from visitation_desktop.gui.followup.level_history import moment_positions

    start = dt.date(2026, 1, 1)
    days = [start, start + dt.timedelta(days=91), start + dt.timedelta(days=365)]
    xs = moment_positions(days, 0.0, 365.0, 10.0)
    assert xs == [0.0, 91.0, 365.0], "three months after, then a year after"
    close = moment_positions([start, start + dt.timedelta(days=2), start + dt.timedelta(days=365)], 0.0, 365.0, 40.0)
    assert close[1] - close[0] >= 40.0 and close[-1] == 365.0, "labels of close meetings stay apart"
    assert moment_positions([start, None], 0.0, 100.0, 10.0) == [0.0, 100.0], "undated: evenly spaced"
