"""The T-score over the follow-ups is a chart too: one point per meeting, on a time axis in dates,
and the points are the domain's T-scores for those meetings."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from visitation_desktop.domain.followup import FollowUp, TScorePoint, recorded_t_score, t_score_history
from visitation_desktop.domain.followup_rules import FollowUpPage
from visitation_desktop.domain.tscore import t_score
from visitation_desktop.gui.followup.followup_wizard import FollowUpWizard
from visitation_desktop.gui.followup.tscore_chart import TScoreChart, TScoreHistory
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.followups import held_followups, record_followup
from visitation_desktop.services.workspace import Workspace

DAY = dt.date(2026, 1, 5)


def test_the_history_is_each_held_followups_t_score_then_this_meeting() -> None:
    first = FollowUp(held_on=DAY, scores={"a": 0, "b": 0})
    second = FollowUp(held_on=DAY + dt.timedelta(days=90), scores={"a": 1, "b": 2}, weights={"a": 2.0})
    unscored = FollowUp(held_on=DAY + dt.timedelta(days=100))
    points = t_score_history([first, second, unscored])
    assert points == [
        TScorePoint(DAY, 50.0),
        TScorePoint(DAY + dt.timedelta(days=90), t_score([1, 2], [2.0, 1.0])),
    ]
    assert recorded_t_score(unscored) is None

    from visitation_desktop.domain.case import Goal

    goals = [Goal(id="a"), Goal(id="b")]
    now = FollowUp(held_on=DAY + dt.timedelta(days=365), scores={"a": -1})
    assert len(t_score_history([first], now, goals)) == 1, "this meeting counts once every goal is scored"
    now.scores["b"] = -2
    assert t_score_history([first], now, goals)[-1] == TScorePoint(now.held_on, t_score([-1, -2]), current=True)


def test_the_points_stand_by_their_dates(qtbot: QtBot) -> None:
    chart = TScoreChart()
    qtbot.addWidget(chart)
    chart.resize(700, chart.sizeHint().height())
    points = [
        TScorePoint(DAY, 50.0),
        TScorePoint(DAY + dt.timedelta(days=91), 56.0),
        TScorePoint(DAY + dt.timedelta(days=455), 61.2),
    ]
    chart.set_points(points)
    xs = chart.x_positions()
    assert xs[0] < xs[1] < xs[2]
    assert abs((xs[2] - xs[1]) / (xs[1] - xs[0]) - 364 / 91) < 0.05, "a year stands four times as far as three months"
    assert chart.accessibleDescription() == "05-01-2026: T-score 50,0; 06-04-2026: T-score 56,0; 05-04-2027: T-score 61,2."
    chart.grab()  # paints the band, the line and the values without error


def test_no_t_score_yet_says_so_in_words(qtbot: QtBot) -> None:
    history = TScoreHistory()
    qtbot.addWidget(history)
    history.show()
    assert history.empty.isVisible() and not history.chart.isVisible()
    assert history.empty.text().startswith("Der er ingen T-score endnu.")
    history.show_points([TScorePoint(DAY, 50.0)])
    assert history.chart.isVisible() and not history.empty.isVisible()


def test_the_followup_wizard_charts_the_t_score_of_every_followup_held(qtbot: QtBot, workspace: Workspace) -> None:
    today = dt.date(2027, 12, 1)
    ids = fill_demo(workspace, dt.date(2026, 11, 26))
    mette = next(i for i in ids if workspace.repo.load_case(i).citizen.name == "Mette Sønderby Thomsen")
    case = workspace.repo.load_case(mette)
    for held_on, score in ((dt.date(2027, 2, 12), 0), (dt.date(2027, 5, 20), 1)):
        scores = {g.id: score for g in case.goals}
        scores[case.goals[0].id] = -1
        record_followup(workspace, mette, FollowUp(held_on=held_on, scores=scores, outcome="continue"), today)
    held = [h.followup for h in held_followups(workspace, mette)]
    expected = t_score_history(held)
    assert [p.on for p in expected] == [dt.date(2027, 2, 12), dt.date(2027, 5, 20)]

    wizard = FollowUpWizard(workspace, workspace.repo.load_case(mette), today=today)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 720)
    wizard.show()
    goals_page = wizard.pages[FollowUpPage.GOALS]
    wizard.wizard.next()
    qtbot.waitUntil(lambda: wizard.current_page() == FollowUpPage.GOALS, timeout=30_000)
    assert goals_page.tscore_history.chart.points == expected
    for group in goals_page.groups.values():
        group.button(3).click()  # +1 for every goal
    points = goals_page.tscore_history.chart.points
    assert points[:2] == expected and points[2] == TScorePoint(today, 50 + 10 * 4 / (0.7 * 4 + 0.3 * 16) ** 0.5, True)

    levels = wizard.pages[FollowUpPage.LEVELS]
    wizard.wizard.next()
    qtbot.waitUntil(lambda: wizard.current_page() == FollowUpPage.LEVELS, timeout=30_000)
    assert levels.tscore.chart.points == points
    assert levels.tscore.chart.isVisibleTo(levels)
    assert "Dette møde: T-score" in levels.tscore.chart.accessibleDescription()
