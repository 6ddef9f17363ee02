"""The follow-up meeting: goals scored, abilities reassessed, the service continued, adjusted or ended.

The standard: "Der følges op på handleplansmålene efter 3 måneder og derefter foretages
opfølgningsmøder årligt, samt efter behov. Hvis det på et opfølgningsmøde vurderes, at indsatsen
ikke længere svarer til dit behov, vil støtten blive tilpasset både fagligt og i forhold til omfang."

A ``FollowUp`` is what the caseworker records at one meeting; ``apply_followup`` gives the case as
it stands afterwards (the plan adjusted, or the service ended). Pure functions, no I/O.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from visitation_desktop.domain.case import CaseFile, CaseStatus, Goal
from visitation_desktop.domain.deadlines import add_months, next_followup
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.plan_diff import Change, plan_diff
from visitation_desktop.domain.serialize import SerializationError, from_dict, to_dict
from visitation_desktop.domain.standard import Standard
from visitation_desktop.domain.tscore import t_score

__all__ = [
    "FOLLOWUP_DOCUMENT_KIND",
    "OUTCOME_LABELS",
    "Adjustment",
    "Change",
    "DueFollowUp",
    "FollowUp",
    "FollowUpOutcome",
    "FollowUpPlan",
    "apply_followup",
    "baseline_level",
    "due_date",
    "followup_from_dict",
    "followup_t_score",
    "followup_to_dict",
    "followups_due",
    "plan_diff",
    "reassessable_subthemes",
    "standard_next_date",
]

FOLLOWUP_DOCUMENT_KIND = "visitation-desktop/followup"


class FollowUpOutcome(enum.StrEnum):
    CONTINUE = "continue"  # the service goes on as planned
    ADJUST = "adjust"  # goals, place or offer change
    END = "end"  # the service ends (the citizen may be referred on)


OUTCOME_LABELS = {
    FollowUpOutcome.CONTINUE: "Indsatsen fortsætter uændret",
    FollowUpOutcome.ADJUST: "Indsatsen tilpasses",
    FollowUpOutcome.END: "Indsatsen afsluttes",
}


@dataclass
class Adjustment:
    """What changes when the outcome is "adjust"; empty values leave the plan as it is."""

    place: str = ""  # a place-size id of the standard ("full" / "half"); "" = unchanged
    offer_id: str = ""  # an offer id of the standard; "" = unchanged
    planned_start: dt.date | None = None  # start in the new place or offer; None = unchanged
    goals: list[Goal] = field(default_factory=list)  # new goals, and revised ones (same id, written whole)
    ended_goals: list[str] = field(default_factory=list)  # ids of goals reached or dropped
    reason: str = ""  # why the service no longer fits the need, professionally or in scope


@dataclass
class FollowUp:
    held_on: dt.date | None = None
    participants: str = ""  # who took part, e.g. "Mette, kontaktperson fra Aktivitetshuset"
    scores: dict[str, int] = field(default_factory=dict)  # goal id -> -2..+2
    notes: dict[str, str] = field(default_factory=dict)  # goal id -> the caseworker's note
    own_words: dict[str, str] = field(default_factory=dict)  # goal id -> the citizen's own words
    weights: dict[str, float] = field(default_factory=dict)  # goal id -> weight; empty = equal
    levels: dict[str, int | None] = field(default_factory=dict)  # FFB subtheme -> reassessed level 0..4
    summary: str = ""  # what was said about the service as a whole
    outcome: str = ""  # a FollowUpOutcome value, "" while undecided
    adjustment: Adjustment = field(default_factory=Adjustment)
    end_reason: str = ""
    referral: str = ""  # where the citizen is referred on when the service ends
    next_date: dt.date | None = None  # the next follow-up; None = by the standard's schedule


# -- JSON ---------------------------------------------------------------------------------------


def followup_to_dict(followup: FollowUp) -> dict[str, Any]:
    """The documented JSON form (docs/followup-format.md), with its ``kind``."""
    return {"kind": FOLLOWUP_DOCUMENT_KIND, **to_dict(followup)}


def followup_from_dict(data: Any) -> FollowUp:
    """Read the JSON form; ``SerializationError`` names the first key that does not fit."""
    if not isinstance(data, dict):
        raise SerializationError("$", "forventede et objekt (en opfølgning)")
    body = dict(data)
    kind = body.pop("kind", FOLLOWUP_DOCUMENT_KIND)
    if kind != FOLLOWUP_DOCUMENT_KIND:
        raise SerializationError("$.kind", f"skal være \"{FOLLOWUP_DOCUMENT_KIND}\", ikke {kind!r}")
    body.pop("$schema", None)
    return from_dict(FollowUp, body)


# -- the outcome applied to the case ------------------------------------------------------------


def apply_followup(case: CaseFile, followup: FollowUp) -> CaseFile:
    """The case after the meeting, as a new object; ``case`` is left untouched.

    "continue" changes nothing in the plan; "end" marks the service ended; "adjust" applies the
    new place, offer and start, drops the ended goals, replaces revised goals (same id) and adds
    new ones at the end.
    """
    result = copy.deepcopy(case)
    if followup.outcome == FollowUpOutcome.END:
        result.status = CaseStatus.ENDED.value
    elif followup.outcome == FollowUpOutcome.ADJUST:
        _adjust(result, followup.adjustment)
    return result


def _adjust(case: CaseFile, adjustment: Adjustment) -> None:
    placement = case.placement
    if adjustment.place:
        placement.place = adjustment.place
    if adjustment.offer_id and adjustment.offer_id != placement.offer_id:
        placement.offer_id = adjustment.offer_id
        placement.waitlist = False  # the waitlist was for the old offer
        placement.interim_solution = ""
    if adjustment.planned_start is not None:
        placement.planned_start = adjustment.planned_start
    ended = set(adjustment.ended_goals)
    revised = {g.id: g for g in adjustment.goals}
    existing = {g.id for g in case.goals}
    goals = [copy.deepcopy(revised.get(g.id, g)) for g in case.goals if g.id not in ended]
    goals.extend(copy.deepcopy(g) for g in adjustment.goals if g.id not in existing and g.id not in ended)
    case.goals = goals


# -- goal attainment ------------------------------------------------------------------------------


def followup_t_score(followup: FollowUp, goals: Sequence[Goal]) -> float | None:
    """The T-score of the goals' scores (ρ = 0.3, the weights set, else equal); None until all are scored."""
    if not goals or any(g.id not in followup.scores for g in goals):
        return None
    scores = [followup.scores[g.id] for g in goals]
    weights = [float(followup.weights.get(g.id, 1.0)) for g in goals] if followup.weights else None
    try:
        return t_score(scores, weights)
    except ValueError:
        return None


def recorded_t_score(followup: FollowUp) -> float | None:
    """The T-score of a follow-up held: its own scores (the goals of the plan at that meeting) and
    weights; None when it scored nothing or a score is not on the scale."""
    if not followup.scores:
        return None
    keys = list(followup.scores)
    weights = [float(followup.weights.get(k, 1.0)) for k in keys] if followup.weights else None
    try:
        return t_score([followup.scores[k] for k in keys], weights)
    except ValueError:
        return None


@dataclass(frozen=True)
class TScorePoint:
    on: dt.date
    t: float
    current: bool = False  # this meeting, not recorded yet


def t_score_history(
    held: Sequence[FollowUp], current: FollowUp | None = None, goals: Sequence[Goal] = ()
) -> list[TScorePoint]:
    """The GAS T-score at each follow-up held, oldest first, then at this meeting once it has a
    date and every goal of the plan (``goals``) is scored. A follow-up without a T-score is left out."""
    points = [
        TScorePoint(f.held_on, t)
        for f in held
        if f.held_on is not None and (t := recorded_t_score(f)) is not None
    ]
    if current is not None and current.held_on is not None:
        now = followup_t_score(current, goals)
        if now is not None:
            points.append(TScorePoint(current.held_on, now, current=True))
    return points


# -- abilities reassessed --------------------------------------------------------------------------


def baseline_level(case: CaseFile, subtheme: str) -> int | None:
    """The level the visitation recorded for an FFB subtheme (None = not assessed)."""
    for theme in case.assessment.themes.values():
        if subtheme in theme.levels:
            return theme.levels[subtheme]
    return None


def reassessable_subthemes(case: CaseFile, catalogue: Catalogue) -> list[str]:
    """The subthemes to look at again: those assessed at the visitation and those the goals are about.

    Only "Aktivitet og deltagelse" subthemes take a level; catalogue order.
    """
    wanted = {g.subtheme for g in case.goals if g.subtheme}
    for assessed in case.assessment.themes.values():
        wanted.update(code for code, level in assessed.levels.items() if level is not None)
    ordered: list[str] = []
    for theme in catalogue.themes:
        if theme.takes_level:
            ordered.extend(s.code for s in theme.subthemes if s.code in wanted)
    return ordered


# -- when is the next follow-up -------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpPlan:
    """What one case's follow-up schedule rests on."""

    case_id: int
    status: str  # a CaseStatus value
    start: dt.date | None  # placement.planned_start
    held: tuple[dt.date, ...] = ()  # follow-ups held
    planned: dt.date | None = None  # the next date set at the latest follow-up, if any


@dataclass(frozen=True)
class DueFollowUp:
    case_id: int
    due: dt.date
    days_left: int  # negative when overdue
    first: bool  # the first follow-up after the start (3 months), not a yearly one

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def standard_next_date(
    start: dt.date, standard: Standard, held: Iterable[dt.date], today: dt.date
) -> dt.date:
    """The latest date the standard allows for the next follow-up: 3 months after the start, then yearly."""
    return next_followup(start, standard.first_followup_months, standard.followup_interval_months, list(held), today)


def due_date(plan: FollowUpPlan, standard: Standard, today: dt.date) -> dt.date | None:
    """The next follow-up of a granted service; an earlier date set at the last meeting comes first.

    None for a case that is not granted or has no start date. A date set later than the
    standard allows does not postpone the follow-up.
    """
    if plan.status != CaseStatus.GRANTED or plan.start is None:
        return None
    scheduled = standard_next_date(plan.start, standard, plan.held, today)
    counted = [d for d in plan.held if plan.start <= d <= today]
    latest = max(counted, default=None)
    if plan.planned is not None and (latest is None or plan.planned > latest) and plan.planned < scheduled:
        return plan.planned
    return scheduled


def followups_due(
    cases: Iterable[FollowUpPlan], standard: Standard, today: dt.date, within_days: int
) -> list[DueFollowUp]:
    """The follow-ups overdue or due within ``within_days`` days, the earliest first."""
    due: list[DueFollowUp] = []
    for plan in cases:
        day = due_date(plan, standard, today)
        if day is None or (day - today).days > within_days:
            continue
        assert plan.start is not None  # due_date gives None without a start
        first = standard_next_date(plan.start, standard, plan.held, today) == add_months(
            plan.start, standard.first_followup_months
        )  # the 3-month follow-up is still to be held (a meeting as needed before it does not count)
        due.append(DueFollowUp(plan.case_id, day, (day - today).days, first))
    return sorted(due, key=lambda d: (d.due, d.case_id))

