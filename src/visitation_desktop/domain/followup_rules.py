"""What must be in place before a follow-up can be recorded, as findings per page of the follow-up wizard.

Every goal of the plan scored (−2..+2), the outcome chosen; ending needs a reason; adjusting
needs a change; new and revised goals get the same SMART check as at the visitation.
Field paths point into ``FollowUp`` (``scores.<goal id>``, ``adjustment.goals[0].measure``).
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Sequence

from visitation_desktop.domain.case import CaseFile, CaseStatus
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.findings import Finding, PageFindings
from visitation_desktop.domain.followup import (
    FollowUp,
    FollowUpOutcome,
    apply_followup,
    reassessable_subthemes,
    standard_next_date,
)
from visitation_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, date_msg, msg
from visitation_desktop.domain.plan_diff import plan_diff
from visitation_desktop.domain.smart import check_goal, goal_label_msg, smart_message
from visitation_desktop.domain.standard import Standard
from visitation_desktop.domain.tscore import MAX_SCORE, MIN_SCORE


class FollowUpPage(enum.StrEnum):
    """The follow-up wizard's steps; a finding's ``page``."""

    MEETING = "followup.meeting"
    GOALS = "followup.goals"
    LEVELS = "followup.levels"
    OUTCOME = "followup.outcome"
    NEW_GOALS = "followup.new_goals"
    SUMMARY = "followup.summary"


FOLLOWUP_PAGE_TITLES = {
    FollowUpPage.MEETING: "Mødet",
    FollowUpPage.GOALS: "Målopfyldelse",
    FollowUpPage.LEVELS: "Funktionsevne",
    FollowUpPage.OUTCOME: "Beslutning",
    FollowUpPage.NEW_GOALS: "Nye og ændrede mål",
    FollowUpPage.SUMMARY: "Opsummering",
}


def check_followup(
    followup: FollowUp,
    case: CaseFile,
    standard: Standard,
    catalogue: Catalogue,
    today: dt.date,
    held_before: Sequence[dt.date] = (),
) -> list[Finding]:
    """All findings on the follow-up; ``held_before`` are the dates of the follow-ups held earlier."""
    out: list[Finding] = []
    _meeting(followup, case, today, PageFindings(FollowUpPage.MEETING, out))
    _goals(followup, case, PageFindings(FollowUpPage.GOALS, out))
    _levels(followup, case, catalogue, PageFindings(FollowUpPage.LEVELS, out))
    _outcome(followup, case, standard, catalogue, today, held_before, PageFindings(FollowUpPage.OUTCOME, out))
    if followup.outcome == FollowUpOutcome.ADJUST:
        _new_goals(followup, case, catalogue, today, PageFindings(FollowUpPage.NEW_GOALS, out))
    return out


def _meeting(followup: FollowUp, case: CaseFile, today: dt.date, p: PageFindings) -> None:
    if case.status != CaseStatus.GRANTED:
        p.block(
            "followup.not_granted",
            msg(QT_TRANSLATE_NOOP("Messages", "Der kan kun følges op på en bevilget indsats, der ikke er afsluttet.")),
        )
    held = followup.held_on
    if held is None:
        p.block("followup.held_on_missing", msg(QT_TRANSLATE_NOOP("Messages", "Skriv datoen for opfølgningsmødet.")), "held_on")
        return
    if held > today:
        p.block(
            "followup.held_on_future",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages", "Mødedatoen ({date}) ligger i fremtiden. Registrér opfølgningen, når mødet er holdt."
                ),
                date=date_msg(held),
            ),
            "held_on",
        )
    start = case.placement.planned_start
    if start is not None and held < start:
        p.warn(
            "followup.held_on_before_start",
            msg(
                QT_TRANSLATE_NOOP("Messages", "Mødet ligger før indsatsens start ({date}). Tjek datoen."),
                date=date_msg(start),
            ),
            "held_on",
        )


def _goals(followup: FollowUp, case: CaseFile, p: PageFindings) -> None:
    ids = {g.id for g in case.goals}
    if not case.goals:
        p.warn("followup.no_goals", msg(QT_TRANSLATE_NOOP("Messages", "Handleplanen har ingen mål, så der er intet at score.")))
    for index, goal in enumerate(case.goals):
        score = followup.scores.get(goal.id)
        name = goal_label_msg(goal, index)
        if score is None:
            p.block(
                "followup.goal_unscored",
                msg(QT_TRANSLATE_NOOP("Messages", "{goal}: Vælg målopfyldelsen fra −2 til +2."), goal=name),
                f"scores.{goal.id}",
            )
        elif isinstance(score, bool) or not isinstance(score, int) or not MIN_SCORE <= score <= MAX_SCORE:
            p.block(
                "followup.score_invalid",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "{goal}: Målopfyldelsen skal være et helt tal fra −2 til +2, ikke {value}."),
                    goal=name,
                    value=repr(score),
                ),
                f"scores.{goal.id}",
            )
        weight = followup.weights.get(goal.id)
        if weight is not None and not _positive_number(weight):
            p.block(
                "followup.weight_invalid",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "{goal}: Vægten skal være et tal større end 0, ikke {value}."),
                    goal=name,
                    value=repr(weight),
                ),
                f"weights.{goal.id}",
            )
    for key in sorted(set(followup.scores) | set(followup.weights)):
        if key not in ids:
            p.block(
                "followup.unknown_goal",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "Målet med id »{key}« findes ikke i handleplanen. Brug id'erne fra sagens mål."),
                    key=key,
                ),
                f"scores.{key}",
            )


def _positive_number(value: object) -> bool:
    return (
        isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value > 0
    )


def _levels(followup: FollowUp, case: CaseFile, catalogue: Catalogue, p: PageFindings) -> None:
    for code, level in sorted(followup.levels.items()):
        subtheme = catalogue.subtheme(code)
        theme = catalogue.theme_of(code)
        if subtheme is None or theme is None or not theme.takes_level:
            p.block(
                "followup.level_unknown_subtheme",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "»{code}« er ikke et FFB-undertema under Aktivitet og deltagelse."),
                    code=code,
                ),
                f"levels.{code}",
            )
        elif level is not None and (isinstance(level, bool) or level not in range(0, 5)):
            p.block(
                "followup.level_invalid",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "{subtheme}: Niveauet skal være fra 0 til 4, ikke {value}."),
                    subtheme=subtheme.name,
                    value=repr(level),
                ),
                f"levels.{code}",
            )
    wanted = reassessable_subthemes(case, catalogue)
    if wanted and not any(followup.levels.get(code) is not None for code in wanted):
        p.info(
            "followup.levels_not_reassessed",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Ingen funktionsevneniveauer er vurderet igen. Vurdér dem, I har talt om, så udviklingen kan ses.",
                )
            ),
        )


def _outcome(
    followup: FollowUp,
    case: CaseFile,
    standard: Standard,
    catalogue: Catalogue,
    today: dt.date,
    held_before: Sequence[dt.date],
    p: PageFindings,
) -> None:
    outcome = followup.outcome
    if not outcome:
        p.block(
            "followup.outcome_missing",
            msg(QT_TRANSLATE_NOOP("Messages", "Vælg, om indsatsen fortsætter, tilpasses eller afsluttes.")),
            "outcome",
        )
    elif outcome not in set(FollowUpOutcome):
        p.block(
            "followup.outcome_unknown",
            msg(
                QT_TRANSLATE_NOOP("Messages", "Ukendt beslutning {value}: brug continue, adjust eller end."),
                value=repr(outcome),
            ),
            "outcome",
        )
    adjustment = followup.adjustment
    changes = plan_diff(case, apply_followup(case, _as_adjust(followup)), standard, catalogue)
    if outcome == FollowUpOutcome.END:
        if not followup.end_reason.strip():
            p.block("followup.end_reason_missing", msg(QT_TRANSLATE_NOOP("Messages", "Skriv, hvorfor indsatsen afsluttes.")), "end_reason")
        if not followup.referral.strip():
            p.warn(
                "followup.referral_missing",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Skriv, hvor borgeren henvises videre – eller »Ingen henvisning«, hvis der ikke er behov."
                    )
                ),
                "referral",
            )
    elif outcome == FollowUpOutcome.ADJUST:
        if not changes:
            p.block(
                "followup.adjust_no_change",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Du har valgt at tilpasse indsatsen, men intet er ændret. Vælg en anden plads eller et andet "
                        "tilbud, eller ret, tilføj eller afslut mål.",
                    )
                ),
                "adjustment",
            )
        if not adjustment.reason.strip():
            p.warn(
                "followup.adjust_reason_missing",
                msg(QT_TRANSLATE_NOOP("Messages", "Skriv, hvorfor indsatsen ikke længere svarer til borgerens behov.")),
                "adjustment.reason",
            )
    elif outcome == FollowUpOutcome.CONTINUE and changes:
        p.warn(
            "followup.continue_with_changes",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Du har valgt, at indsatsen fortsætter uændret, men der er skrevet ændringer. "
                    "Vælg »Tilpas indsatsen«, ellers bliver ændringerne ikke gemt.",
                )
            ),
            "outcome",
        )
    if outcome == FollowUpOutcome.ADJUST:
        _place_and_offer(followup, standard, p)
    if outcome != FollowUpOutcome.END:
        _next_date(followup, case, standard, today, held_before, p)


def _as_adjust(followup: FollowUp) -> FollowUp:
    """The follow-up as if "adjust" were chosen: do its adjustments change the plan at all?"""
    return FollowUp(outcome=FollowUpOutcome.ADJUST.value, adjustment=followup.adjustment)


def _place_and_offer(followup: FollowUp, standard: Standard, p: PageFindings) -> None:
    adjustment = followup.adjustment
    if adjustment.place and standard.place_size(adjustment.place) is None:
        known = ", ".join(s.id for s in standard.place_sizes)
        p.block(
            "followup.place_unknown",
            msg(
                QT_TRANSLATE_NOOP("Messages", "Pladsen »{place}« findes ikke i kvalitetsstandarden (brug {known})."),
                place=adjustment.place,
                known=known,
            ),
            "adjustment.place",
        )
    if adjustment.offer_id:
        offer = standard.offer(adjustment.offer_id)
        if offer is None:
            p.block(
                "followup.offer_unknown",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "Tilbuddet »{offer}« findes ikke i kvalitetsstandarden."),
                    offer=adjustment.offer_id,
                ),
                "adjustment.offer_id",
            )
        elif not offer.eligible:
            p.block(
                "followup.offer_not_eligible",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "{offer} er ikke godkendt af Socialtilsynet og registreret på Tilbudsportalen."),
                    offer=offer.name,
                ),
                "adjustment.offer_id",
            )


def _next_date(
    followup: FollowUp,
    case: CaseFile,
    standard: Standard,
    today: dt.date,
    held_before: Sequence[dt.date],
    p: PageFindings,
) -> None:
    chosen = followup.next_date
    held = followup.held_on
    if chosen is None or held is None:
        return
    if chosen <= held:
        p.block(
            "followup.next_date_before_meeting",
            msg(QT_TRANSLATE_NOOP("Messages", "Den næste opfølgning skal ligge efter dette møde.")),
            "next_date",
        )
        return
    start = followup.adjustment.planned_start if followup.outcome == FollowUpOutcome.ADJUST else None
    start = start or case.placement.planned_start
    if start is None:
        return
    latest = standard_next_date(start, standard, [*held_before, held], max(today, held))
    if chosen > latest:
        p.warn(
            "followup.next_date_late",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Efter kvalitetsstandarden skal der følges op senest {date}. Vælg den dato eller en tidligere.",
                ),
                date=date_msg(latest),
            ),
            "next_date",
        )


def _new_goals(followup: FollowUp, case: CaseFile, catalogue: Catalogue, today: dt.date, p: PageFindings) -> None:
    adjustment = followup.adjustment
    ids = {g.id for g in case.goals}
    for key in adjustment.ended_goals:
        if key not in ids:
            p.block(
                "followup.ended_goal_unknown",
                msg(QT_TRANSLATE_NOOP("Messages", "Målet med id »{key}« findes ikke i handleplanen."), key=key),
                "adjustment.ended_goals",
            )
    plan_index = {g.id: i for i, g in enumerate(case.goals)}
    new_count = 0
    for index, goal in enumerate(adjustment.goals):
        if goal.id in plan_index:
            name = msg(
                QT_TRANSLATE_NOOP("Messages", "Ændret {label}"), label=_lower_first(goal_label_msg(goal, plan_index[goal.id]))
            )
        else:
            name = msg(QT_TRANSLATE_NOOP("Messages", "Nyt {label}"), label=_lower_first(goal_label_msg(goal, new_count)))
            new_count += 1
        for check in check_goal(goal, today, catalogue):
            if check.ok:
                continue
            field = f"adjustment.goals[{index}].{check.field}"
            message = smart_message(name, check)
            if check.letter == "A":
                if goal.accepted:
                    p.warn("followup.goal_acceptance_unrecorded", message, field)
                else:
                    p.block("followup.goal_not_accepted", message, field)
            else:
                p.warn(f"followup.goal_not_{_SMART_CODES[check.letter]}", message, field)
    remaining = apply_followup(case, followup).goals
    if case.goals and not remaining:
        p.warn(
            "followup.no_goals_left",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages", "Handleplanen har ingen mål tilbage. Tilføj et nyt mål, eller vælg at afslutte indsatsen."
                )
            ),
            "adjustment.goals",
        )


def _lower_first(label: Msg) -> Msg:
    """ "mål 2 (»…«)": a goal's label after "Ændret"/"Nyt" (the template of its lower-case form)."""
    lower = {
        "Mål {number}": QT_TRANSLATE_NOOP("Messages", "mål {number}"),
        "Mål {number} (»{short}«)": QT_TRANSLATE_NOOP("Messages", "mål {number} (»{short}«)"),
    }
    return Msg(lower[label.template], label.params)


_SMART_CODES = {
    "S": "specific",
    "M": "measurable",
    "R": "realistic",
    "T": "time_bound",
    "E": "evaluable",
}
