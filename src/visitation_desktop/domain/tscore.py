"""Goal attainment scaling (Kiresuk & Sherman): one T-score for all of a citizen's goals.

Each goal is scored at follow-up on the five-step scale -2..+2, where 0 is the expected
level. The T-score puts the goals together:

    T = 50 + 10 * sum(w_i * x_i) / sqrt((1 - rho) * sum(w_i ** 2) + rho * sum(w_i) ** 2)

with x_i the scores, w_i the weights (equal unless given) and rho the assumed correlation
between goals, 0.3 by convention. T = 50 means the goals were reached as expected; the
standard deviation is 10.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .messages import QT_TRANSLATE_NOOP, Msg, msg

DEFAULT_RHO = 0.3
MIN_SCORE = -2
MAX_SCORE = 2

GAS_LEVEL_LABELS: dict[int, str] = {  # marked for the GUI's language (``domain/messages.py``)
    -2: QT_TRANSLATE_NOOP("Messages", "Meget mindre end forventet"),
    -1: QT_TRANSLATE_NOOP("Messages", "Mindre end forventet"),
    0: QT_TRANSLATE_NOOP("Messages", "Forventet niveau"),
    1: QT_TRANSLATE_NOOP("Messages", "Bedre end forventet"),
    2: QT_TRANSLATE_NOOP("Messages", "Meget bedre end forventet"),
}


def gas_level_text(score: int) -> str:
    """The scale step as shown on a form: "-2: Meget mindre end forventet", "+1: Bedre end forventet"."""
    return gas_level_msg(score).render()


def gas_level_msg(score: int) -> Msg:
    """``gas_level_text`` for the GUI's language."""
    if score not in GAS_LEVEL_LABELS:
        raise ValueError(f"Målopfyldelsen skal være et helt tal fra -2 til +2, ikke {score}.")
    return msg(QT_TRANSLATE_NOOP("Messages", "{score}: {label}"), score=f"{score:+d}" if score else "0", label=Msg(GAS_LEVEL_LABELS[score]))


def t_score(scores: Sequence[int], weights: Sequence[float] | None = None, rho: float = DEFAULT_RHO) -> float:
    """The Kiresuk–Sherman T-score of the goals' scores (-2..+2); ValueError in Danish on bad input."""
    if not scores:
        raise ValueError("Der er ingen scorede mål at beregne en T-score ud fra.")
    for score in scores:
        if isinstance(score, bool) or not isinstance(score, int) or not MIN_SCORE <= score <= MAX_SCORE:
            raise ValueError(f"Målopfyldelsen skal være et helt tal fra -2 til +2, ikke {score!r}.")
    if weights is None:
        weights = [1.0] * len(scores)
    if len(weights) != len(scores):
        raise ValueError(f"Der skal være én vægt for hvert mål: {len(scores)} mål, {len(weights)} vægte.")
    if any(not w > 0 for w in weights):
        raise ValueError("Hver vægt skal være større end 0.")
    if not 0 <= rho <= 1:
        raise ValueError("Sammenhængen mellem målene (rho) skal ligge fra 0 til 1.")
    weighted_sum = sum(w * x for w, x in zip(weights, scores, strict=True))
    denominator = math.sqrt((1 - rho) * sum(w * w for w in weights) + rho * sum(weights) ** 2)
    return 50 + 10 * weighted_sum / denominator


def interpret(t: float) -> str:
    """A plain Danish sentence on what the T-score says (``interpret_msg``)."""
    return interpret_msg(t).render()


def interpret_msg(t: float) -> Msg:
    """A plain Danish sentence on what the T-score says.

    "Som forventet" is 45..55 (within half a standard deviation of 50); "meget" is beyond 15 from 50,
    so one goal scored -2, -1, 0, +1, +2 reads the same as its scale step.
    """
    if t < 35:
        return msg(QT_TRANSLATE_NOOP("Messages", "Målene er nået meget mindre end forventet."))
    if t < 45:
        return msg(QT_TRANSLATE_NOOP("Messages", "Målene er nået mindre end forventet."))
    if t <= 55:
        return msg(QT_TRANSLATE_NOOP("Messages", "Målene er nået som forventet."))
    if t <= 65:
        return msg(QT_TRANSLATE_NOOP("Messages", "Målene er nået bedre end forventet."))
    return msg(QT_TRANSLATE_NOOP("Messages", "Målene er nået meget bedre end forventet."))
