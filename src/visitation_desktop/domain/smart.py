"""The SMART check of one goal: six letters, each saying in plain Danish what is fine or missing.

The standard asks for goals that are "specifikke, målbare, accepterede, realistiske,
tidsbestemte og evaluérbare". ``check_goal`` gives the live check the goals page shows;
``goal_findings`` turns the gaps into findings for the decision page.

FFB ability levels run 0..4, where 0 is "Ingen nedsat funktionsevne": a better level is a
LOWER number. The goal type decides which target levels make sense:
- udvikle (develop): the target is better than today (a lower number);
- fastholde (maintain): the target is today's level;
- begrænse tab (limit loss): the target is today's level or worse, never better.
"""

from __future__ import annotations

import datetime as dt
import enum

from visitation_desktop.domain.case import Goal, WizardPage
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.findings import Finding, Severity
from visitation_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, msg
from visitation_desktop.domain.smart_letters import (
    BLOCKING_LETTERS,
    LEVEL_RANGE,
    MIN_GOAL_WORDS,
    Letter,
    SmartCheck,
    accepted_check,
    evaluable_check,
    letter_result,
    realistic_check,
    time_bound_check,
)
from visitation_desktop.domain.smart_letters import LABELS as LABELS  # the letters' names, for others
from visitation_desktop.domain.smart_text import countable, staff_phrase, vague_words


class GoalDirection(enum.StrEnum):
    DEVELOP = "develop"  # Udvikle funktionsevne
    MAINTAIN = "maintain"  # Fastholde funktionsevne
    LIMIT_LOSS = "limit_loss"  # Begrænse tab af funktionsevne


# KL's national FFB codes for the three goal types (not municipal data).
_KL_GOAL_TYPES = {
    "d41c8072-52f8-42b5-9375-ddbea454d27f": GoalDirection.DEVELOP,
    "10752a63-00b4-4958-b7f4-9f3a18f74266": GoalDirection.MAINTAIN,
    "e47c22bd-d88d-48ab-882b-419923e1f44e": GoalDirection.LIMIT_LOSS,
}
_NAME_PREFIXES = {
    "udvikle": GoalDirection.DEVELOP,
    "fastholde": GoalDirection.MAINTAIN,
    "begrænse": GoalDirection.LIMIT_LOSS,
}


def goal_direction(goal_type: str, catalogue: Catalogue | None = None) -> GoalDirection | None:
    """The direction of a goal-type code: KL's codes, or a catalogue entry named "Udvikle ..." etc."""
    if goal_type in _KL_GOAL_TYPES:
        return _KL_GOAL_TYPES[goal_type]
    code = catalogue.goal_type(goal_type) if catalogue is not None and goal_type else None
    if code is None:
        return None
    first = code.name.split()[0].lower() if code.name.split() else ""
    return _NAME_PREFIXES.get(first)


# KL's short level names (resources/ffb/catalogue.json ``ability_levels``, also ``gui/labels.py``
# FFB_LEVEL_SHORT), named by the M letter: national vocabulary, so the program shows it in English too.
FFB_LEVEL_SHORT = (
    QT_TRANSLATE_NOOP("Messages", "Ingen"),
    QT_TRANSLATE_NOOP("Messages", "Let"),
    QT_TRANSLATE_NOOP("Messages", "Moderat"),
    QT_TRANSLATE_NOOP("Messages", "Svært"),
    QT_TRANSLATE_NOOP("Messages", "Fuldstændig"),
    QT_TRANSLATE_NOOP("Messages", "Ikke vurderet"),
)


def _level_text(value: int, catalogue: Catalogue | None) -> str | Msg:
    if catalogue is not None:
        level = next((lv for lv in catalogue.ability_levels if lv.value == value), None)
        if level is not None:
            return msg(QT_TRANSLATE_NOOP("Messages", "{level} ({value})"), level=Msg(level.short), value=value)
    return str(value)


def _specific(goal: Goal, catalogue: Catalogue | None) -> SmartCheck:
    problems: list[tuple[str, Msg]] = []
    words = goal.text.split()
    if not words:
        problems.append(("text", msg(QT_TRANSLATE_NOOP("Messages", "Skriv målet med borgerens egne ord."))))
    elif len(words) < MIN_GOAL_WORDS:
        problems.append(
            (
                "text",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Målet er meget kort. Skriv, hvad borgeren vil kunne, hvor og hvor tit, "
                        "fx »Jeg vil selv handle ind to gange om ugen«.",
                    )
                ),
            )
        )
    staff = staff_phrase(goal.text) if words else ""
    if staff:
        problems.append(
            (
                "text",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Målet beskriver, hvad personalet gør (»{staff} …«). Skriv, hvad borgeren selv vil kunne, "
                        "fx »Jeg vil selv handle ind én gang om ugen«.",
                    ),
                    staff=staff,
                ),
            )
        )
    ok = msg(QT_TRANSLATE_NOOP("Messages", "Målet er skrevet konkret og knyttet til undertemaet."))
    if not goal.subtheme:
        problems.append(("subtheme", msg(QT_TRANSLATE_NOOP("Messages", "Vælg det FFB-undertema, målet handler om, fx »Lave mad«."))))
    elif catalogue is not None:
        subtheme = catalogue.subtheme(goal.subtheme)
        if subtheme is None:
            problems.append(
                (
                    "subtheme",
                    msg(QT_TRANSLATE_NOOP("Messages", "Undertemaet findes ikke i FFB-kataloget. Vælg et undertema fra listen.")),
                )
            )
        else:
            ok = msg(
                QT_TRANSLATE_NOOP("Messages", "Målet er skrevet konkret og knyttet til undertemaet »{subtheme}«."),
                subtheme=subtheme.name,
            )
    return letter_result("S", problems, ok)


def _levels_apply(goal: Goal, catalogue: Catalogue | None) -> bool:
    """Ability levels belong to "Aktivitet og deltagelse" subthemes; unknown: assume they apply."""
    if catalogue is None or not goal.subtheme:
        return True
    theme = catalogue.theme_of(goal.subtheme)
    return theme is None or theme.takes_level


def _level_consistency(goal: Goal, direction: GoalDirection | None) -> Msg | None:
    """Why today's and the target level do not fit the goal type; None when they fit."""
    now, target = goal.current_level, goal.target_level
    if now is None or target is None or direction is None:
        return None
    if direction == GoalDirection.DEVELOP:
        if now == 0:
            return msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Borgerens funktionsevne er ikke nedsat i dag (niveau 0), så der er intet at udvikle. "
                    "Vælg måltypen »Fastholde funktionsevne«.",
                )
            )
        if target >= now:
            return msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Et mål om at udvikle funktionsevnen skal sigte mod et bedre niveau end i dag: "
                    "vælg et lavere tal end {now} (0 = ingen nedsat funktionsevne).",
                ),
                now=now,
            )
    elif direction == GoalDirection.MAINTAIN:
        if target != now:
            return msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Et mål om at fastholde funktionsevnen skal have samme niveau som i dag ({now}). "
                    "Ret målniveauet, eller vælg en anden måltype.",
                ),
                now=now,
            )
    elif target < now:
        return msg(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Et mål om at begrænse tab af funktionsevne kan ikke sigte mod et bedre niveau end i dag. "
                "Sæt målniveauet til {now} eller højere, eller vælg måltypen »Udvikle funktionsevne«.",
            ),
            now=now,
        )
    return None


def _measurable(goal: Goal, catalogue: Catalogue | None) -> SmartCheck:
    problems: list[tuple[str, Msg]] = []
    if not goal.measure.strip():
        problems.append(
            (
                "measure",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Skriv, hvordan I kan se, at målet er nået, fx »to gange om ugen« eller »uden hjælp«."
                    )
                ),
            )
        )
    elif not countable(goal.text, goal.measure):
        vague = vague_words(goal.text, goal.measure)
        count = msg(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Skriv noget, der kan tælles eller ses: et antal, hvor tit, eller ja/nej, "
                "fx »handler ind to gange om ugen« eller »tager bussen uden hjælp«.",
            )
        )
        if vague:
            count = msg(
                QT_TRANSLATE_NOOP("Messages", "»{word}« kan ikke tælles. {what}"), word=vague[0], what=count
            )
        problems.append(("measure", count))
    direction = goal_direction(goal.goal_type, catalogue)
    if not goal.goal_type:
        problems.append(
            ("goal_type", msg(QT_TRANSLATE_NOOP("Messages", "Vælg måltype: udvikle, fastholde eller begrænse tab af funktionsevne.")))
        )
    elif direction is None:
        problems.append(("goal_type", msg(QT_TRANSLATE_NOOP("Messages", "Måltypen kendes ikke. Vælg en måltype fra listen."))))
    levels_required = _levels_apply(goal, catalogue)
    for attr, value, missing in (
        ("current_level", goal.current_level, QT_TRANSLATE_NOOP("Messages", "Angiv borgerens niveau i dag (0–4).")),
        (
            "target_level",
            goal.target_level,
            QT_TRANSLATE_NOOP("Messages", "Angiv det niveau, målet sigter mod (0–4)."),
        ),
    ):
        if value is None:
            if levels_required:
                problems.append((attr, msg(missing)))
        elif value not in LEVEL_RANGE:
            problems.append(
                (attr, msg(QT_TRANSLATE_NOOP("Messages", "Niveauet skal være mellem 0 og 4, ikke {value}."), value=value))
            )
    if not any(attr in ("current_level", "target_level") for attr, _ in problems):
        mismatch = _level_consistency(goal, direction)
        if mismatch:
            problems.append(("target_level", mismatch))
    ok = msg(QT_TRANSLATE_NOOP("Messages", "Målet måles sådan: {measure}"), measure=goal.measure.strip())
    if goal.current_level is not None and goal.target_level is not None:
        ok = msg(
            QT_TRANSLATE_NOOP("Messages", "Målet måles sådan: {measure} Niveau i dag: {now}, mål: {target}."),
            measure=goal.measure.strip(),
            now=_level_text(goal.current_level, catalogue),
            target=_level_text(goal.target_level, catalogue),
        )
    return letter_result("M", problems, ok)


def check_goal(
    goal: Goal,
    today: dt.date,
    catalogue: Catalogue | None = None,
    *,
    plan_accepted: bool = False,
    next_followup: dt.date | None = None,
) -> list[SmartCheck]:
    """Always six checks, in the order S, M, A, R, T, E.

    ``plan_accepted``: the case holds an acceptance of the plan as it stands
    (``domain.acceptance.acceptance_current``). ``next_followup``: the first follow-up after the
    start, which the goal's date should not pass by far.
    """
    return [
        _specific(goal, catalogue),
        _measurable(goal, catalogue),
        accepted_check(goal, plan_accepted),
        realistic_check(goal),
        time_bound_check(goal, today, next_followup),
        evaluable_check(goal, today),
    ]


# letter -> finding code; "A" is split: not accepted blocks a grant, an unrecorded "how" warns.
_CODES: dict[Letter, str] = {
    "S": "goals.not_specific",
    "M": "goals.not_measurable",
    "R": "goals.not_realistic",
    "T": "goals.not_time_bound",
    "E": "goals.not_evaluable",
}


def goal_label(goal: Goal, index: int) -> str:
    """ "Mål 2 (»Lave mad selv to gange …«)": how a message names a goal."""
    return goal_label_msg(goal, index).render()


def goal_label_msg(goal: Goal, index: int) -> Msg:
    """``goal_label`` for the GUI's language."""
    words = goal.text.split()
    if not words:
        return msg(QT_TRANSLATE_NOOP("Messages", "Mål {number}"), number=index + 1)
    short = " ".join(words[:6]) + (" …" if len(words) > 6 else "")
    return msg(QT_TRANSLATE_NOOP("Messages", "Mål {number} (»{short}«)"), number=index + 1, short=short)


def smart_message(name: Msg, check: SmartCheck) -> Msg:
    """ "Mål 1 (»…«) – Målbart: Skriv, …": a SMART gap as a finding's message."""
    return msg(
        QT_TRANSLATE_NOOP("Messages", "{goal} – {letter}: {problem}"),
        goal=name,
        letter=Msg(check.label),
        problem=check.text,
    )


def goal_findings(
    goal: Goal,
    index: int,
    today: dt.date,
    catalogue: Catalogue | None = None,
    *,
    plan_accepted: bool = False,
    next_followup: dt.date | None = None,
) -> list[Finding]:
    """The SMART gaps of goal ``index`` as findings on the goals page.

    A grant cannot rest on a goal that is not specific, measurable, accepted and time-bound
    (``BLOCKING_LETTERS``): those gaps block. Realistic and evaluable gaps warn; so does an
    accepted goal whose "how" is not written.
    """
    findings: list[Finding] = []
    page = WizardPage.GOALS.value
    name = goal_label_msg(goal, index)
    for check in check_goal(goal, today, catalogue, plan_accepted=plan_accepted, next_followup=next_followup):
        if check.ok:
            continue
        field = f"goals[{index}].{check.field}"
        text = smart_message(name, check)
        if check.letter == "A":
            code, severity = (
                ("goals.acceptance_unrecorded", Severity.WARNING)
                if goal.accepted
                else ("goals.not_accepted", Severity.BLOCKING)
            )
            findings.append(Finding(code, severity, page, text.render(), field, text))
        else:
            severity = Severity.BLOCKING if check.letter in BLOCKING_LETTERS else Severity.WARNING
            findings.append(Finding(_CODES[check.letter], severity, page, text.render(), field, text))
    bad_keys = sorted(k for k in goal.attainment_levels if k not in range(-2, 3))
    if bad_keys:
        text = msg(
            QT_TRANSLATE_NOOP("Messages", "{goal}: Målopfyldelsesskalaen går fra −2 til +2. Ret trinnene {steps}."),
            goal=name,
            steps=", ".join(map(str, bad_keys)),
        )
        findings.append(
            Finding("goals.attainment_invalid", Severity.WARNING, page, text.render(), f"goals[{index}].attainment_levels", text)
        )
    return findings
