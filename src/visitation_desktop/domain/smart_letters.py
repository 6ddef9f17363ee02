"""The SMART letters A, R, T and E of one goal, and what every letter's check gives.

``domain/smart.py`` puts the six letters together (``check_goal``) and reads S and M; the
letters here need no catalogue. Each says in plain Danish what is fine or missing, and keeps the
same as a template for the GUI's language (``domain/messages.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from visitation_desktop.domain.case import Goal
from visitation_desktop.domain.messages import QT_TRANSLATE_NOOP, Join, Msg, date_msg, msg, sentences

Letter = Literal["S", "M", "A", "R", "T", "E"]

# Marked for the GUI's translation of a finding that names the letter (``domain/messages.py``).
LABELS: dict[Letter, str] = {
    "S": QT_TRANSLATE_NOOP("Messages", "Specifikt"),
    "M": QT_TRANSLATE_NOOP("Messages", "Målbart"),
    "A": QT_TRANSLATE_NOOP("Messages", "Accepteret"),
    "R": QT_TRANSLATE_NOOP("Messages", "Realistisk"),
    "T": QT_TRANSLATE_NOOP("Messages", "Tidsbestemt"),
    "E": QT_TRANSLATE_NOOP("Messages", "Evaluérbart"),
}

MIN_GOAL_WORDS = 4  # fewer words than this is too vague to act on
BIG_STEP = 3  # improving this many levels in one goal is a lot: suggest sub-goals
MAX_EVALUATION_LAG = dt.timedelta(days=92)  # evaluate no later than ~3 months after the due date
# A goal is due by the next follow-up, or not far beyond it: at most this much later.
MAX_DUE_AFTER_FOLLOWUP = dt.timedelta(days=183)
BLOCKING_LETTERS: tuple[Letter, ...] = ("S", "M", "A", "T")  # a grant cannot rest on a goal missing these
LEVEL_RANGE = range(0, 5)


@dataclass(frozen=True)
class SmartCheck:
    letter: Letter
    label: str  # "Specifikt"
    ok: bool
    message: str  # Danish: what is fine, or what is missing or weak and what to do
    field: str = ""  # the Goal attribute the message is about ("" when ok)
    # The message as templates and values, for the GUI's language (``domain/messages.py``).
    text: Msg | Join = Join(())


def letter_result(letter: Letter, problems: list[tuple[str, Msg]], ok_message: Msg | Join) -> SmartCheck:
    """``problems`` are (field, message) pairs; none means the letter is fulfilled."""
    if not problems:
        return SmartCheck(letter, LABELS[letter], True, ok_message.render(), text=ok_message)
    text = sentences(*(m for _, m in problems))
    return SmartCheck(letter, LABELS[letter], False, text.render(), problems[0][0], text)


def accepted_check(goal: Goal, plan_accepted: bool = False) -> SmartCheck:
    """Accepted: the citizen's acceptance of the plan is recorded (signature or spoken, on the case),
    or the goal is marked accepted with how."""
    if plan_accepted:
        return letter_result(
            "A",
            [],
            msg(QT_TRANSLATE_NOOP("Messages", "Borgeren har accepteret planen med dette mål (accepten er registreret).")),
        )
    problems: list[tuple[str, Msg]] = []
    if not goal.accepted:
        problems.append(
            (
                "accepted",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Borgeren har ikke accepteret målet. Få planen accepteret på siden »Afgørelse«, fx med en "
                        "underskrift på skærmen, eller markér målet som accepteret.",
                    )
                ),
            )
        )
    elif not goal.acceptance_note.strip():
        problems.append(
            (
                "acceptance_note",
                msg(QT_TRANSLATE_NOOP("Messages", "Skriv, hvordan borgeren har accepteret målet (fx mundtligt på mødet).")),
            )
        )
    return letter_result(
        "A",
        problems,
        msg(QT_TRANSLATE_NOOP("Messages", "Borgeren har accepteret målet: {how}"), how=goal.acceptance_note.strip()),
    )


def realistic_check(goal: Goal) -> SmartCheck:
    if not goal.realistic_reason.strip():
        missing = msg(
            QT_TRANSLATE_NOOP("Messages", "Skriv, hvorfor målet er realistisk for borgeren: ressourcer, støtte og tid.")
        )
        return letter_result("R", [("realistic_reason", missing)], Join(()))
    message = msg(
        QT_TRANSLATE_NOOP("Messages", "Målet er realistisk, fordi: {reason}"), reason=goal.realistic_reason.strip()
    )
    now, target = goal.current_level, goal.target_level
    if now is not None and target is not None and now - target >= BIG_STEP:
        message = msg(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Målet er realistisk, fordi: {reason} Bemærk: målet er en forbedring på {steps} niveauer på én gang."
                " Overvej at dele det op i delmål.",
            ),
            reason=goal.realistic_reason.strip(),
            steps=now - target,
        )
    return letter_result("R", [], message)


def time_bound_check(goal: Goal, today: dt.date, next_followup: dt.date | None = None) -> SmartCheck:
    """A due date after today, and not far beyond the next follow-up (``MAX_DUE_AFTER_FOLLOWUP``)."""
    problems: list[tuple[str, Msg]] = []
    if goal.due is None:
        problems.append(
            ("due", msg(QT_TRANSLATE_NOOP("Messages", "Sæt en dato for, hvornår målet skal være nået, fx til næste opfølgning.")))
        )
    elif next_followup is not None and goal.due > next_followup + MAX_DUE_AFTER_FOLLOWUP:
        problems.append(
            (
                "due",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Datoen ({due}) ligger langt efter næste opfølgning ({followup}). "
                        "Sæt en dato tættere på, fx til opfølgningen, eller del målet op i delmål.",
                    ),
                    due=date_msg(goal.due),
                    followup=date_msg(next_followup),
                ),
            )
        )
    elif goal.due < today:
        problems.append(
            (
                "due",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Datoen for målet ({due}) er overskredet. Sæt en ny dato, fx til næste opfølgning."
                    ),
                    due=date_msg(goal.due),
                ),
            )
        )
    elif goal.due == today:
        problems.append(
            ("due", msg(QT_TRANSLATE_NOOP("Messages", "Datoen for målet er i dag. Sæt en dato frem i tiden, fx til næste opfølgning.")))
        )
    ok = msg(
        QT_TRANSLATE_NOOP("Messages", "Målet skal være nået senest {due}."), due=date_msg(goal.due) if goal.due else ""
    )
    return letter_result("T", problems, ok)


def evaluable_check(goal: Goal, today: dt.date) -> SmartCheck:
    problems: list[tuple[str, Msg]] = []
    if not goal.evaluation.strip():
        problems.append(
            (
                "evaluation",
                msg(QT_TRANSLATE_NOOP("Messages", "Skriv, hvordan målet skal evalueres (fx på opfølgningsmødet med borgeren).")),
            )
        )
    when = goal.evaluation_date
    if when is None:
        problems.append(("evaluation_date", msg(QT_TRANSLATE_NOOP("Messages", "Sæt en dato for, hvornår målet evalueres."))))
    elif when < today:
        problems.append(
            (
                "evaluation_date",
                msg(QT_TRANSLATE_NOOP("Messages", "Datoen for evalueringen ({date}) er overskredet."), date=date_msg(when)),
            )
        )
    elif goal.due is not None and when > goal.due + MAX_EVALUATION_LAG:
        problems.append(
            (
                "evaluation_date",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Evalueringen ligger mere end 3 måneder efter, at målet skulle være nået. "
                        "Læg den tættere på måldatoen.",
                    )
                ),
            )
        )
    ok = msg(QT_TRANSLATE_NOOP("Messages", "Målet evalueres sådan: {how}"), how=goal.evaluation.strip())
    if when is not None:
        ok = msg(
            QT_TRANSLATE_NOOP("Messages", "Målet evalueres sådan: {how} Evalueringsdato: {date}."),
            how=goal.evaluation.strip(),
            date=date_msg(when),
        )
    return letter_result("E", problems, ok)
