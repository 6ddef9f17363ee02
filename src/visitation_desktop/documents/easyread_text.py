"""The easy-read words, without the paper: what the handout says, as plain Danish lines.

The easy-read PDF (``easyread``, ``easyread_refusal``) lays these lines out with reportlab; the
citizen's own screen in the wizard (``gui.citizen_view``) shows the same lines in large type. Both
call the functions here, so the citizen reads the same sentences on the screen and on paper.
Nothing here lays anything out or imports Qt: it is words only, in the municipality's language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from visitation_desktop.documents.common import DocumentContext, date_text
from visitation_desktop.documents.text import in_sentence
from visitation_desktop.domain import deadlines
from visitation_desktop.domain.case import CaseFile, Goal, Outcome
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.standard import Standard

APPEAL_WEEKS = 4

# The handout's headings (the citizen's text: the municipality's language, never translated).
GRANT_TITLE = "Dit tilbud"
REFUSAL_TITLE = "Din afgørelse"
WHERE = "Hvor skal du hen?"
ACTIVITIES = "Det skal du lave"
GOALS = "Dine mål"
CONTACT = "Hvem kan du ringe til?"
CONTACT_NO_PHONE = "Hvem kan du skrive til?"  # the standard gives no phone number
NEXT_MEETING = "Næste møde"
DECIDED = "Det har vi besluttet"
WHY = "Hvorfor?"
APPEAL = "Vil du klage?"
AGAIN = "Vil du søge igen?"
# Only on the screen, while the plan is written with the citizen: their own words back to them.
WISHES = "Det ønsker du"
TOLD = "Det har du fortalt"


@dataclass(frozen=True)
class Plain:
    """What the easy-read words are made from: the case, its standard, who the citizen can call."""

    case: CaseFile
    standard: Standard
    caseworker_name: str
    today: dt.date

    @classmethod
    def of(cls, ctx: DocumentContext) -> Plain:
        return cls(ctx.case, ctx.standard, ctx.caseworker_name, ctx.today)


def next_followups(case: CaseFile, standard: Standard, count: int = 3) -> list[dt.date]:
    """The next follow-up dates from the planned start, by the standard's intervals; [] without a start."""
    start = case.placement.planned_start
    if start is None:
        return []
    return list(deadlines.followup_dates(start, standard.first_followup_months,
                                         standard.followup_interval_months, count))


def is_refusal(case: CaseFile) -> bool:
    return case.decision.outcome == Outcome.REFUSAL.value


def about_line(p: Plain) -> str:
    """The handout's first line: what it is about."""
    about = "din ansøgning om et" if is_refusal(p.case) else "dit"
    return f"Om {about} {p.standard.legal_basis.title}."


def where_lines(p: Plain) -> list[str]:
    """Where the citizen goes, what place (full or half), from when, and what it costs."""
    std, place_ = p.standard, p.case.placement
    offer = std.offer(place_.offer_id)
    if offer is None:
        return ["Vi har ikke valgt et sted endnu.", "Vi fortæller dig det, når vi ved det."]
    said = [f"Du skal være i {offer.name}.", f"Det ligger på {offer.address}, {offer.postcode} {offer.town}."]
    size = std.place_size(place_.place)
    if size is not None:
        said.append(f"Du har en {in_sentence(size.label)}.")
    if place_.waitlist:
        said += ["Der er ikke plads til dig lige nu.", "Du står på venteliste.",
                 "Vi ringer, når der er plads." if p.case.citizen.phone.strip() else "Vi giver dig besked, når der er plads."]
        if place_.interim_solution.strip():
            said += ["Indtil da:", place_.interim_solution]
    elif place_.planned_start:
        verb = "var" if place_.planned_start <= p.today else "er"
        said.append(f"Din første dag {verb} {date_text(place_.planned_start)}.")
    if place_.transport_needed:
        said.append("Du bliver kørt derhen.")
    if std.free_of_charge:
        said.append("Det koster ikke noget.")
    return said + list(std.cost_exceptions)


def activity_rows(p: Plain) -> list[tuple[str, str]]:
    """The chosen activities: (pictogram key, the standard's text)."""
    return [(a.pictogram, a.text) for aid in p.case.activities.selected if (a := p.standard.activity(aid))]


def goal_texts(case: CaseFile) -> list[str]:
    """The goals in the citizen's own words, as written."""
    return [g.text for g in case.goals if g.text.strip()]


def goal_due_line(goal: Goal) -> str:
    """When a goal should be reached, in plain words ("" without a date)."""
    return f"Det vil du gerne nå inden {date_text(goal.due)}." if goal.due else ""


def next_meeting_lines(p: Plain) -> list[str]:
    dates = next_followups(p.case, p.standard, 1)
    if dates:
        said = [f"Vi ses igen {date_text(dates[0])}.", "Så taler vi om dine mål."]
    else:
        months = p.standard.first_followup_months
        said = [f"Vi mødes igen {months} måneder efter, at du er startet.", "Så taler vi om dine mål."]
    if p.standard.contact.phone:
        return [*said, "Du kan altid ringe, hvis du vil tale med os før."]
    return [*said, "Du kan altid skrive til os, hvis du vil tale med os før."]


def contact_heading(standard: Standard) -> str:
    """ "Hvem kan du ringe til?", or "... skrive til?" when the standard gives no phone number."""
    return CONTACT if standard.contact.phone else CONTACT_NO_PHONE


def plain_channels(standard: Standard) -> list[str]:
    """The municipality's channels in plain words: "Ring på 99 17 19 20.", "Skriv til ...".

    A phone number the standard gives with opening hours keeps them ("41 41 20 20 (mandag-fredag)")."""
    c = standard.contact
    said = []
    if c.phone:
        said.append(f"Ring på {c.phone}.")
    if c.email:
        said.append(f"Skriv til {c.email}.")
    if c.digital_post:
        said.append(c.digital_post)
    return said


def contact_lines(p: Plain) -> list[str]:
    who = f"Du kan tale med {p.caseworker_name}." if p.caseworker_name else "Du kan tale med os."
    return [who, *plain_channels(p.standard)]


def first_sentence(text: str) -> str:
    """The first sentence of the caseworker's reasoning: the reason in one line."""
    found = re.match(r"\s*(.+?[.!?])(\s|$)", text.strip(), re.S)
    return " ".join((found.group(1) if found else text).split())


def decided_lines(p: Plain) -> list[str]:
    title = p.standard.legal_basis.title
    return [f"Du får ikke et {title}.", "Du får også et brev om det.", "Brevet hedder en afgørelse."]


def why_lines(p: Plain) -> list[str]:
    return [first_sentence(p.case.decision.considerations), "Du kan læse mere i brevet."]


def appeal_lines() -> list[str]:
    return [
        "Du kan klage, hvis du er uenig.",
        f"Din klage skal være hos os inden {APPEAL_WEEKS} uger.",
        "Du skal ikke bruge et skema.",
        "Så ser vi på din sag igen.",
        "Er vi stadig uenige, sender vi klagen til Ankestyrelsen.",
    ]


def again_lines() -> list[str]:
    return ["Du kan søge igen, hvis dit liv ændrer sig.", "Vi kan også tale om andre ting, du kan være med i."]


def told_lines(case: CaseFile, catalogue: Catalogue) -> list[tuple[str, str]]:
    """What the citizen told about each theme in their own words: (theme name, their words)."""
    told = []
    for code, theme in case.assessment.themes.items():
        if theme.own_words.strip():
            found = catalogue.theme(code)
            told.append((found.name if found else "", theme.own_words.strip()))
    return told
