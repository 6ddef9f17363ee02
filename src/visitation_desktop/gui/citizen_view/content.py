"""What the citizen's screen says: the easy-read handout's words for the case being written.

Made from the case only (``documents.easyread_text``): the citizen's own words, the goals as
drafted, the offer and place with its start, the next meeting and who to call. Nothing the
caseworker alone should read (reasoning, findings, levels, notes) and no CPR number: a number
that looks like one, typed into a text by mistake, is shown masked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...documents import easyread_text as text
from ...documents.easyread_text import Plain
from ...domain.case import Outcome
from ...domain.ffb import Catalogue

_CPR_LIKE = re.compile(r"(?<!\d)\d{6}[-\s]?\d{4}(?!\d)")
_MASK = "xxxxxx-xxxx"

# Lines only the screen needs, while the plan is still being written (the citizen's language).
NO_WISHES = "Her kommer det, du ønsker, når vi har skrevet det."
NO_GOALS = "Her kommer dine mål, når vi har skrevet dem."


@dataclass(frozen=True)
class Section:
    """One heading and what stands under it: lines, a bullet list, or activities with pictograms."""

    heading: str
    lines: tuple[str, ...] = ()
    bullets: tuple[tuple[str, str], ...] = ()  # (text, a smaller line under it, or "")
    pictograms: tuple[tuple[str, str], ...] = ()  # (pictogram key, text)
    told: tuple[tuple[str, str], ...] = ()  # (theme name, the citizen's words)


@dataclass(frozen=True)
class Content:
    title: str
    about: str
    sections: tuple[Section, ...]

    def all_text(self) -> str:
        """Every word on the screen, for a test or a reader: one string."""
        parts = [self.title, self.about]
        for s in self.sections:
            parts += [s.heading, *s.lines, *(t for pair in s.bullets for t in pair),
                      *(t for _k, t in s.pictograms), *(t for pair in s.told for t in pair)]
        return "\n".join(p for p in parts if p)


def scrub(value: str) -> str:
    """The text with anything shaped like a CPR number masked."""
    return _CPR_LIKE.sub(_MASK, value)


def _clean(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(scrub(v.strip()) for v in values if v.strip())


def build(plain: Plain, catalogue: Catalogue) -> Content:
    """The screen's words for the case in ``plain``."""
    case = plain.case
    about = scrub(text.about_line(plain))
    if case.decision.outcome == Outcome.REFUSAL.value:
        return Content(text.REFUSAL_TITLE, about, (
            Section(text.DECIDED, _clean(text.decided_lines(plain))),
            Section(text.APPEAL, _clean(text.appeal_lines())),
            Section(text.CONTACT, _clean(text.contact_lines(plain))),
            Section(text.AGAIN, _clean(text.again_lines())),
        ))
    wishes = _clean([case.purposes.citizen_wishes]) or (NO_WISHES,)
    sections = [Section(text.WISHES, wishes)]
    told = tuple((scrub(name), scrub(words)) for name, words in text.told_lines(case, catalogue))
    if told:
        sections.append(Section(text.TOLD, told=told))
    goals = tuple((scrub(g.text.strip()), text.goal_due_line(g)) for g in case.goals if g.text.strip())
    sections.append(Section(text.GOALS, bullets=goals) if goals else Section(text.GOALS, (NO_GOALS,)))
    sections.append(Section(text.WHERE, _clean(text.where_lines(plain))))
    activities = tuple((key, scrub(said)) for key, said in text.activity_rows(plain))
    if activities:
        sections.append(Section(text.ACTIVITIES, pictograms=activities))
    sections.append(Section(text.NEXT_MEETING, _clean(text.next_meeting_lines(plain))))
    sections.append(Section(text.CONTACT, _clean(text.contact_lines(plain))))
    return Content(text.GRANT_TITLE, about, tuple(sections))
