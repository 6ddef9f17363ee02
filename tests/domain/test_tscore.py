"""The goal-attainment T-score, checked against sums worked by hand below."""

from __future__ import annotations

import re

import pytest

from visitation_desktop.domain.tscore import GAS_LEVEL_LABELS, gas_level_text, interpret, t_score


def test_all_goals_at_expected_level_give_50() -> None:
    # sum(w*x) = 0, so T = 50 + 0 whatever the denominator.
    assert t_score([0, 0, 0]) == pytest.approx(50.0)


def test_one_better_one_as_expected_one_worse_give_50() -> None:
    # +1 + 0 - 1 = 0 -> T = 50.
    assert t_score([1, 0, -1]) == pytest.approx(50.0)


def test_two_goals_both_one_better() -> None:
    # sum(w*x) = 2; sum(w^2) = 2; (sum w)^2 = 4
    # denominator = sqrt(0.7*2 + 0.3*4) = sqrt(1.4 + 1.2) = sqrt(2.6) = 1.61245...
    # T = 50 + 10*2/1.61245 = 50 + 12.4035 = 62.4035
    assert t_score([1, 1]) == pytest.approx(62.4035, abs=1e-4)


def test_one_goal_reads_as_its_scale_step() -> None:
    # One goal, weight 1: denominator = sqrt(0.7*1 + 0.3*1) = 1, so T = 50 + 10*x.
    assert [t_score([x]) for x in (-2, -1, 0, 1, 2)] == pytest.approx([30, 40, 50, 60, 70])


def test_three_goals_all_much_worse() -> None:
    # sum(w*x) = -6; denominator = sqrt(0.7*3 + 0.3*9) = sqrt(4.8) = 2.19089
    # T = 50 - 60/2.19089 = 50 - 27.3861 = 22.6139
    assert t_score([-2, -2, -2]) == pytest.approx(22.6139, abs=1e-4)


def test_weighted_goals() -> None:
    # scores +2 and -1, weights 3 and 1:
    # sum(w*x) = 3*2 + 1*(-1) = 5; sum(w^2) = 9 + 1 = 10; (sum w)^2 = 4^2 = 16
    # denominator = sqrt(0.7*10 + 0.3*16) = sqrt(7 + 4.8) = sqrt(11.8) = 3.43511
    # T = 50 + 10*5/3.43511 = 50 + 14.5556 = 64.5556
    assert t_score([2, -1], weights=[3, 1]) == pytest.approx(64.5556, abs=1e-4)
    # Equal weights given explicitly change nothing.
    assert t_score([1, 1], weights=[2.0, 2.0]) == pytest.approx(t_score([1, 1]))


def test_other_correlation() -> None:
    # rho = 0: denominator = sqrt(sum w^2) = sqrt(2) = 1.41421; T = 50 + 20/1.41421 = 64.1421
    assert t_score([1, 1], rho=0.0) == pytest.approx(64.1421, abs=1e-4)


@pytest.mark.parametrize(
    ("scores", "weights", "message"),
    [
        ([], None, "Der er ingen scorede mål"),
        ([3], None, "helt tal fra -2 til +2, ikke 3"),
        ([0, -3], None, "helt tal fra -2 til +2, ikke -3"),
        ([True], None, "helt tal fra -2 til +2"),
        ([1, 0], [1.0], "én vægt for hvert mål: 2 mål, 1 vægte"),
        ([1, 0], [1.0, 0.0], "større end 0"),
    ],
)
def test_bad_input_is_refused_in_danish(scores: list[int], weights: list[float] | None, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        t_score(scores, weights)


@pytest.mark.parametrize(
    ("t", "text"),
    [
        (50.0, "Målene er nået som forventet."),
        (45.0, "Målene er nået som forventet."),
        (55.0, "Målene er nået som forventet."),
        (62.4, "Målene er nået bedre end forventet."),
        (70.0, "Målene er nået meget bedre end forventet."),
        (44.9, "Målene er nået mindre end forventet."),
        (40.0, "Målene er nået mindre end forventet."),
        (30.0, "Målene er nået meget mindre end forventet."),
    ],
)
def test_interpretation(t: float, text: str) -> None:
    assert interpret(t) == text


def test_gas_level_labels() -> None:
    assert [gas_level_text(x) for x in sorted(GAS_LEVEL_LABELS)] == [
        "-2: Meget mindre end forventet",
        "-1: Mindre end forventet",
        "0: Forventet niveau",
        "+1: Bedre end forventet",
        "+2: Meget bedre end forventet",
    ]
    with pytest.raises(ValueError, match="fra -2 til \\+2"):
        gas_level_text(3)
