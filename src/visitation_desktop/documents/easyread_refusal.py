"""The easy-read handout of a refusal: what was decided, why, how to complain, who to call.

Nothing in it looks like a grant: no offer, no activities, no goals, no meetings.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from visitation_desktop.documents import easyread_text as text
from visitation_desktop.documents.common import DocumentContext, Styles
from visitation_desktop.documents.easyread_parts import contact, lines

TITLE = text.REFUSAL_TITLE


def refusal_story(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    plain = text.Plain.of(ctx)
    return [
        Paragraph(text.DECIDED, st["h1"]), *lines(text.decided_lines(plain), st),
        KeepTogether([Paragraph(text.WHY, st["h1"]), *lines(text.why_lines(plain), st)]),
        KeepTogether([Paragraph(text.APPEAL, st["h1"]), *lines(text.appeal_lines(), st)]),
        *contact(ctx, st),
        KeepTogether([Paragraph(text.AGAIN, st["h1"]), *lines(text.again_lines(), st)]),
    ]
