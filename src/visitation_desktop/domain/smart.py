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
from dataclasses import dataclass
from typing import Literal

from visitation_desktop.domain.case import Goal, WizardPage
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.findings import Finding, Severity, danish_date

Letter = Literal["S", "M", "A", "R", "T", "E"]

LABELS: dict[Letter, str] = {
    "S": "Specifikt",
    "M": "Målbart",
    "A": "Accepteret",
    "R": "Realistisk",
    "T": "Tidsbestemt",
    "E": "Evaluérbart",
}

MIN_GOAL_WORDS = 4  # fewer words than this is too vague to act on
BIG_STEP = 3  # improving this many levels in one goal is a lot: suggest sub-goals
MAX_EVALUATION_LAG = dt.timedelta(days=92)  # evaluate no later than ~3 months after the due date
LEVEL_RANGE = range(0, 5)


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


@dataclass(frozen=True)
class SmartCheck:
    letter: Letter
    label: str  # "Specifikt"
    ok: bool
    message: str  # Danish: what is fine, or what is missing or weak and what to do
    field: str = ""  # the Goal attribute the message is about ("" when ok)


def goal_direction(goal_type: str, catalogue: Catalogue | None = None) -> GoalDirection | None:
    """The direction of a goal-type code: KL's codes, or a catalogue entry named "Udvikle ..." etc."""
    if goal_type in _KL_GOAL_TYPES:
        return _KL_GOAL_TYPES[goal_type]
    code = catalogue.goal_type(goal_type) if catalogue is not None and goal_type else None
    if code is None:
        return None
    first = code.name.split()[0].lower() if code.name.split() else ""
    return _NAME_PREFIXES.get(first)


def _level_text(value: int, catalogue: Catalogue | None) -> str:
    if catalogue is not None:
        level = next((lv for lv in catalogue.ability_levels if lv.value == value), None)
        if level is not None:
            return f"{level.short} ({value})"
    return str(value)


def _result(letter: Letter, problems: list[tuple[str, str]], ok_message: str) -> SmartCheck:
    """``problems`` are (field, message) pairs; none means the letter is fulfilled."""
    if not problems:
        return SmartCheck(letter, LABELS[letter], True, ok_message)
    return SmartCheck(letter, LABELS[letter], False, " ".join(m for _, m in problems), problems[0][0])


def _specific(goal: Goal, catalogue: Catalogue | None) -> SmartCheck:
    problems: list[tuple[str, str]] = []
    words = goal.text.split()
    if not words:
        problems.append(("text", "Skriv målet med borgerens egne ord."))
    elif len(words) < MIN_GOAL_WORDS:
        problems.append(
            (
                "text",
                "Målet er meget kort. Skriv mere konkret, hvad borgeren vil kunne: hvad, hvor og hvor tit.",
            )
        )
    subtheme_name = ""
    if not goal.subtheme:
        problems.append(("subtheme", "Vælg det FFB-undertema, målet handler om."))
    elif catalogue is not None:
        subtheme = catalogue.subtheme(goal.subtheme)
        if subtheme is None:
            problems.append(
                ("subtheme", "Undertemaet findes ikke i FFB-kataloget. Vælg et undertema fra listen.")
            )
        else:
            subtheme_name = f" »{subtheme.name}«"
    return _result("S", problems, f"Målet er skrevet konkret og knyttet til undertemaet{subtheme_name}.")


def _levels_apply(goal: Goal, catalogue: Catalogue | None) -> bool:
    """Ability levels belong to "Aktivitet og deltagelse" subthemes; unknown: assume they apply."""
    if catalogue is None or not goal.subtheme:
        return True
    theme = catalogue.theme_of(goal.subtheme)
    return theme is None or theme.takes_level


def _level_consistency(goal: Goal, direction: GoalDirection | None) -> str:
    """Why today's and the target level do not fit the goal type; "" when they fit."""
    now, target = goal.current_level, goal.target_level
    if now is None or target is None or direction is None:
        return ""
    if direction == GoalDirection.DEVELOP:
        if now == 0:
            return (
                "Borgerens funktionsevne er ikke nedsat i dag (niveau 0), så der er intet at udvikle. "
                "Vælg måltypen »Fastholde funktionsevne«."
            )
        if target >= now:
            return (
                f"Et mål om at udvikle funktionsevnen skal sigte mod et bedre niveau end i dag: "
                f"vælg et lavere tal end {now} (0 = ingen nedsat funktionsevne)."
            )
    elif direction == GoalDirection.MAINTAIN:
        if target != now:
            return (
                f"Et mål om at fastholde funktionsevnen skal have samme niveau som i dag ({now}). "
                "Ret målniveauet, eller vælg en anden måltype."
            )
    elif target < now:
        return (
            "Et mål om at begrænse tab af funktionsevne kan ikke sigte mod et bedre niveau end i dag. "
            f"Sæt målniveauet til {now} eller højere, eller vælg måltypen »Udvikle funktionsevne«."
        )
    return ""


def _measurable(goal: Goal, catalogue: Catalogue | None) -> SmartCheck:
    problems: list[tuple[str, str]] = []
    if not goal.measure.strip():
        problems.append(
            ("measure", "Skriv, hvordan I kan se, at målet er nået (fx hvor mange gange om ugen).")
        )
    direction = goal_direction(goal.goal_type, catalogue)
    if not goal.goal_type:
        problems.append(
            ("goal_type", "Vælg måltype: udvikle, fastholde eller begrænse tab af funktionsevne.")
        )
    elif direction is None:
        problems.append(("goal_type", "Måltypen kendes ikke. Vælg en måltype fra listen."))
    levels_required = _levels_apply(goal, catalogue)
    for attr, value, what in (
        ("current_level", goal.current_level, "borgerens niveau i dag"),
        ("target_level", goal.target_level, "det niveau, målet sigter mod"),
    ):
        if value is None:
            if levels_required:
                problems.append((attr, f"Angiv {what} (0–4)."))
        elif value not in LEVEL_RANGE:
            problems.append((attr, f"Niveauet skal være mellem 0 og 4, ikke {value}."))
    if not any(attr in ("current_level", "target_level") for attr, _ in problems):
        mismatch = _level_consistency(goal, direction)
        if mismatch:
            problems.append(("target_level", mismatch))
    ok = f"Målet måles sådan: {goal.measure.strip()}"
    if goal.current_level is not None and goal.target_level is not None:
        ok += (
            f" Niveau i dag: {_level_text(goal.current_level, catalogue)},"
            f" mål: {_level_text(goal.target_level, catalogue)}."
        )
    return _result("M", problems, ok)


def _accepted(goal: Goal) -> SmartCheck:
    problems: list[tuple[str, str]] = []
    if not goal.accepted:
        problems.append(
            (
                "accepted",
                "Borgeren har ikke accepteret målet. Gennemgå det sammen, og markér når det er accepteret.",
            )
        )
    elif not goal.acceptance_note.strip():
        problems.append(
            ("acceptance_note", "Skriv, hvordan borgeren har accepteret målet (fx mundtligt på mødet).")
        )
    return _result("A", problems, f"Borgeren har accepteret målet: {goal.acceptance_note.strip()}")


def _realistic(goal: Goal) -> SmartCheck:
    if not goal.realistic_reason.strip():
        missing = "Skriv, hvorfor målet er realistisk for borgeren: ressourcer, støtte og tid."
        return _result("R", [("realistic_reason", missing)], "")
    message = f"Målet er realistisk, fordi: {goal.realistic_reason.strip()}"
    now, target = goal.current_level, goal.target_level
    if now is not None and target is not None and now - target >= BIG_STEP:
        message += (
            f" Bemærk: målet er en forbedring på {now - target} niveauer på én gang."
            " Overvej at dele det op i delmål."
        )
    return _result("R", [], message)


def _time_bound(goal: Goal, today: dt.date) -> SmartCheck:
    problems: list[tuple[str, str]] = []
    if goal.due is None:
        problems.append(("due", "Sæt en dato for, hvornår målet skal være nået."))
    elif goal.due < today:
        problems.append(
            ("due", f"Datoen for målet ({danish_date(goal.due)}) er overskredet. Sæt en ny dato.")
        )
    elif goal.due == today:
        problems.append(("due", "Datoen for målet er i dag. Sæt en dato, der ligger frem i tiden."))
    due = danish_date(goal.due) if goal.due else ""
    return _result("T", problems, f"Målet skal være nået senest {due}.")


def _evaluable(goal: Goal, today: dt.date) -> SmartCheck:
    problems: list[tuple[str, str]] = []
    if not goal.evaluation.strip():
        problems.append(
            ("evaluation", "Skriv, hvordan målet skal evalueres (fx på opfølgningsmødet med borgeren).")
        )
    when = goal.evaluation_date
    if when is None:
        problems.append(("evaluation_date", "Sæt en dato for, hvornår målet evalueres."))
    elif when < today:
        problems.append(("evaluation_date", f"Datoen for evalueringen ({danish_date(when)}) er overskredet."))
    elif goal.due is not None and when > goal.due + MAX_EVALUATION_LAG:
        problems.append(
            (
                "evaluation_date",
                "Evalueringen ligger mere end 3 måneder efter, at målet skulle være nået. "
                "Læg den tættere på måldatoen.",
            )
        )
    ok = f"Målet evalueres sådan: {goal.evaluation.strip()}"
    if when is not None:
        ok += f" Evalueringsdato: {danish_date(when)}."
    return _result("E", problems, ok)


def check_goal(goal: Goal, today: dt.date, catalogue: Catalogue | None = None) -> list[SmartCheck]:
    """Always six checks, in the order S, M, A, R, T, E."""
    return [
        _specific(goal, catalogue),
        _measurable(goal, catalogue),
        _accepted(goal),
        _realistic(goal),
        _time_bound(goal, today),
        _evaluable(goal, today),
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
    words = goal.text.split()
    if not words:
        return f"Mål {index + 1}"
    short = " ".join(words[:6]) + (" …" if len(words) > 6 else "")
    return f"Mål {index + 1} (»{short}«)"


def goal_findings(
    goal: Goal, index: int, today: dt.date, catalogue: Catalogue | None = None
) -> list[Finding]:
    """The SMART gaps of goal ``index`` as findings on the goals page.

    A goal the citizen has not accepted is blocking: the standard says the goals are made
    together with the citizen, so a grant cannot rest on them. Every other gap is a warning.
    """
    findings: list[Finding] = []
    page = WizardPage.GOALS.value
    name = goal_label(goal, index)
    for check in check_goal(goal, today, catalogue):
        if check.ok:
            continue
        field = f"goals[{index}].{check.field}"
        message = f"{name} – {check.label}: {check.message}"
        if check.letter == "A":
            code, severity = (
                ("goals.acceptance_unrecorded", Severity.WARNING)
                if goal.accepted
                else ("goals.not_accepted", Severity.BLOCKING)
            )
            findings.append(Finding(code, severity, page, message, field))
        else:
            findings.append(Finding(_CODES[check.letter], Severity.WARNING, page, message, field))
    bad_keys = sorted(k for k in goal.attainment_levels if k not in range(-2, 3))
    if bad_keys:
        findings.append(
            Finding(
                "goals.attainment_invalid",
                Severity.WARNING,
                page,
                f"{name}: Målopfyldelsesskalaen går fra −2 til +2. "
                f"Ret trinnene {', '.join(map(str, bad_keys))}.",
                f"goals[{index}].attainment_levels",
            )
        )
    return findings
