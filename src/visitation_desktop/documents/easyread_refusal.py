"""The easy-read handout of a refusal: what was decided, why, how to complain, who to call.

Nothing in it looks like a grant: no offer, no activities, no goals, no meetings.
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from visitation_desktop.documents.common import DocumentContext, Styles
from visitation_desktop.documents.easyread_parts import contact, lines

TITLE = "Din afgørelse"
APPEAL_WEEKS = 4


def first_sentence(text: str) -> str:
    """The first sentence of the caseworker's reasoning: the reason in one line."""
    found = re.match(r"\s*(.+?[.!?])(\s|$)", text.strip(), re.S)
    return " ".join((found.group(1) if found else text).split())


def refusal_story(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    title = ctx.standard.legal_basis.title
    decided = [f"Du får ikke et {title}.", "Du får også et brev om det.", "Brevet hedder en afgørelse."]
    why = [first_sentence(ctx.case.decision.considerations), "Du kan læse mere i brevet."]
    appeal = [
        "Du kan klage, hvis du er uenig.",
        f"Din klage skal være hos os inden {APPEAL_WEEKS} uger.",
        "Du skal ikke bruge et skema.",
        "Så ser vi på din sag igen.",
        "Er vi stadig uenige, sender vi klagen til Ankestyrelsen.",
    ]
    again = ["Du kan søge igen, hvis dit liv ændrer sig.", "Vi kan også tale om andre ting, du kan være med i."]
    return [
        Paragraph("Det har vi besluttet", st["h1"]), *lines(decided, st),
        KeepTogether([Paragraph("Hvorfor?", st["h1"]), *lines(why, st)]),
        KeepTogether([Paragraph("Vil du klage?", st["h1"]), *lines(appeal, st)]),
        *contact(ctx, st),
        KeepTogether([Paragraph("Vil du søge igen?", st["h1"]), *lines(again, st)]),
    ]
