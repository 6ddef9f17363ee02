"""The delay notice: the letter the law asks for when the decision cannot be made in time.

Retssikkerhedsloven § 3, stk. 2: when a decision cannot be made within the deadline the
municipality has set, the citizen is told in writing when to expect it. The letter states
when the application was received, the deadline from the quality standard, why it cannot be
met (``decision.overrun_reason``) and when the decision can be expected
(``decision.expected_on``), all from the case's own dates.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from visitation_desktop.documents.common import (
    DocumentContext,
    DocumentIncomplete,
    build_pdf,
    contact_lines,
    date_text,
    para,
    para_text,
    paragraphs,
    styles,
)
from visitation_desktop.documents.letter import closing, opening
from visitation_desktop.domain.deadlines import decision_deadline

TITLE = "Besked om forsinkelse"
MISSING_RECEIVED = "datoen, hvor ansøgningen blev modtaget"
MISSING_EXPECTED = "datoen, hvor borgeren kan forvente en afgørelse"
MISSING_REASON = "årsagen til, at fristen ikke kan holdes"
EXPECTED_TOO_EARLY = "en forventet dato efter fristen (ellers er der ingen forsinkelse at give besked om)"


def missing_parts(ctx: DocumentContext) -> list[str]:
    app, d = ctx.case.application, ctx.case.decision
    missing: list[str] = []
    if app.received is None:
        missing.append(MISSING_RECEIVED)
    if d.expected_on is None:
        missing.append(MISSING_EXPECTED)
    elif app.received is not None and d.expected_on <= decision_deadline(app.received,
                                                                          ctx.standard.decision_deadline_weeks):
        missing.append(EXPECTED_TOO_EARLY)
    if not d.overrun_reason.strip():
        missing.append(MISSING_REASON)
    return missing


def letter_title(ctx: DocumentContext) -> str:
    return "Din afgørelse kommer senere"


def render_delay_notice(ctx: DocumentContext) -> bytes:
    """The delay notice; ``DocumentIncomplete`` when a date or the reason is missing."""
    missing = missing_parts(ctx)
    if missing:
        raise DocumentIncomplete(missing)
    st = styles(10.5)
    std, app, d = ctx.standard, ctx.case.application, ctx.case.decision
    assert app.received is not None and d.expected_on is not None  # missing_parts has checked
    weeks = std.decision_deadline_weeks
    deadline = decision_deadline(app.received, weeks)
    story: list[Flowable] = opening(ctx, st, ctx.today, letter_title(ctx))
    story += [
        para(para_text(
            f"Den {date_text(app.received)} modtog vi din ansøgning om {std.legal_basis.title} efter "
            f"{std.legal_basis.reference}. Efter kvalitetsstandarden skal du have en afgørelse "
            f"inden for {weeks} uger, det vil sige senest {date_text(deadline)}."), st["body"]),
        para(para_text("Den frist kan vi desværre ikke holde."), st["lead"]),
        Paragraph("Hvorfor tager det længere tid?", st["h1"]),
        *paragraphs(d.overrun_reason, st["body"]),
        Paragraph("Hvornår får du en afgørelse?", st["h1"]),
        para(para_text(f"Du kan forvente en afgørelse senest {date_text(d.expected_on)}."), st["lead"]),
        para(para_text(
            "Vi giver dig denne besked, fordi loven siger, at du skal have skriftlig besked, når vi ikke kan "
            "træffe afgørelse inden for fristen (retssikkerhedslovens § 3, stk. 2)."), st["body"]),
        Paragraph("Har du spørgsmål?", st["h1"]),
        para(para_text("Du er velkommen til at kontakte os:\n" + "\n".join(contact_lines(std.contact))),
             st["body"]),
    ]
    story += closing(ctx, st)
    return build_pdf(ctx, story, TITLE)
