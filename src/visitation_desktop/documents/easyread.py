"""The easy-read handout (letlæst): large type, short sentences, one idea on each line.

It answers four questions: where you go and when, what you will work on (the goals in
the citizen's own words), who to call, and when we meet again. The chosen activities
are shown with their pictograms.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from visitation_desktop.documents.common import (
    MARGIN_X,
    PAGE_SIZE,
    DocumentContext,
    Styles,
    build_pdf,
    contact_lines,
    date_text,
    followups,
    para,
    para_text,
    styles,
    table_style,
)
from visitation_desktop.documents.pictograms import pictogram
from visitation_desktop.domain.case import Outcome

TITLE = "Dit tilbud – letlæst"
EASYREAD_BODY_SIZE = 16.0  # points; easy-read asks for at least 14
PICTOGRAM_SIZE = 52.0
_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X


def _lines(texts: list[str], st: Styles) -> list[Flowable]:
    """One short sentence on each line."""
    return [para(para_text(t), st["body"]) for t in texts if t.strip()]


def _where(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    std, p = ctx.standard, ctx.case.placement
    out: list[Flowable] = [Paragraph("Hvor skal du hen?", st["h1"])]
    if ctx.case.decision.outcome == Outcome.REFUSAL.value:
        return out + _lines(["Du får ikke et tilbud.", "Du får et brev om afgørelsen.",
                             "I brevet står der, hvorfor.", "Ring til os, hvis du har spørgsmål."], st)
    offer = std.offer(p.offer_id)
    if offer is None:
        return out + _lines(["Vi har ikke valgt et sted endnu.", "Vi fortæller dig det, når vi ved det."], st)
    lines = [f"Du skal være i {offer.name}.", f"Adressen er {offer.address}, {offer.postcode} {offer.town}."]
    place = std.place_size(p.place)
    if place is not None:
        lines.append(f"Du har en {place.label.lower()}.")
    if p.waitlist:
        lines += ["Der er ikke plads til dig lige nu.", "Du står på venteliste.", "Vi ringer, når der er plads."]
        if p.interim_solution.strip():
            lines.append("Indtil da:")
            lines.append(p.interim_solution)
    elif p.planned_start:
        verb = "startede" if p.planned_start <= ctx.today else "starter"
        lines.append(f"Du {verb} {date_text(p.planned_start)}.")
    if p.transport_needed:
        lines.append("Du bliver kørt derhen.")
    if std.free_of_charge:
        lines.append("Det koster ikke noget.")
    return out + _lines(lines, st)


def _activities(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    chosen = [a for aid in ctx.case.activities.selected if (a := ctx.standard.activity(aid))]
    if not chosen:
        return []
    rows = [[pictogram(a.pictogram, PICTOGRAM_SIZE), para(para_text(a.text), st["body"])] for a in chosen]
    table = Table(rows, colWidths=[PICTOGRAM_SIZE + 6 * mm, _WIDTH - PICTOGRAM_SIZE - 6 * mm], hAlign="LEFT")
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    return [Paragraph("Det skal du lave", st["h1"]), table]


def _goals(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    goals = [g for g in ctx.case.goals if g.text.strip()]
    if not goals:
        return []
    out: list[Flowable] = [Paragraph("Det vil du arbejde med", st["h1"])]
    for goal in goals:
        out.append(para(para_text(goal.text), st["bullet"], bulletText="\u2022"))
    return out


def _contact(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    c = ctx.standard.contact
    lines = [f"Ring til {ctx.caseworker_name}." if ctx.caseworker_name else "Ring til os.",
             *contact_lines(c, skip=("address", "letter"))]
    return [KeepTogether([Paragraph("Hvem kan du ringe til?", st["h1"]), *_lines(lines, st)])]


def _next_meeting(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    if ctx.case.decision.outcome == Outcome.REFUSAL.value:
        return []
    dates = followups(ctx, 1)
    if dates:
        lines = [f"Vi mødes igen omkring {date_text(dates[0])}.", "Så taler vi om dine mål."]
    else:
        months = ctx.standard.first_followup_months
        lines = [f"Vi mødes igen {months} måneder efter, at du er startet.", "Så taler vi om dine mål."]
    lines.append("Du kan altid ringe, hvis du vil tale med os før.")
    return [KeepTogether([Paragraph("Hvornår ses vi igen?", st["h1"]), *_lines(lines, st)])]


@lru_cache(maxsize=1)
def easyread_styles() -> Styles:
    """The document styles at easy-read size, made once (the shared ones stay as they are)."""
    st = dict(styles(EASYREAD_BODY_SIZE))
    size = EASYREAD_BODY_SIZE
    st["body"] = ParagraphStyle("er-body", parent=st["body"], spaceAfter=size * 0.35)
    st["h1"] = ParagraphStyle("er-h1", parent=st["h1"], fontSize=size * 1.3, leading=size * 1.6)
    st["title"] = ParagraphStyle("er-title", parent=st["title"], fontSize=size * 1.6, leading=size * 2.0)
    return st


def render_easyread(ctx: DocumentContext) -> bytes:
    st = easyread_styles()
    name = ctx.case.citizen.name
    story: list[Flowable] = [para(para_text(f"Til {name}" if name else "Til dig"), st["title"]),
                             para(para_text(f"Om dit {ctx.standard.legal_basis.title}."), st["body"]),
                             Spacer(1, 2 * mm)]
    story += _where(ctx, st)
    story += _activities(ctx, st)
    story += _goals(ctx, st)
    story += _contact(ctx, st)
    story += _next_meeting(ctx, st)
    return build_pdf(ctx, story, TITLE)
