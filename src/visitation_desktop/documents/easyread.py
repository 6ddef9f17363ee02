"""The easy-read handout (letlæst): large type, short sentences, one idea on each line.

For a grant it answers four questions: where you go and when, what you will work on (the
goals in the citizen's own words), who to call, and when we meet again. The chosen
activities are shown with their pictograms. A refusal has its own handout
(``easyread_refusal``): what was decided, why, how to complain, who to call.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from visitation_desktop.documents.common import (
    MARGIN_X,
    PAGE_SIZE,
    DocumentContext,
    Styles,
    build_pdf,
    date_text,
    followups,
    para,
    para_text,
    table_style,
)
from visitation_desktop.documents.easyread_parts import contact, easyread_styles, lines
from visitation_desktop.documents.easyread_refusal import TITLE as REFUSAL_TITLE
from visitation_desktop.documents.easyread_refusal import refusal_story
from visitation_desktop.documents.pictograms import pictogram
from visitation_desktop.domain.case import Outcome

TITLE = "Dit tilbud"
PICTOGRAM_SIZE = 52.0
_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X


def _where(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    std, p = ctx.standard, ctx.case.placement
    out: list[Flowable] = [Paragraph("Hvor skal du hen?", st["h1"])]
    offer = std.offer(p.offer_id)
    if offer is None:
        return out + lines(["Vi har ikke valgt et sted endnu.", "Vi fortæller dig det, når vi ved det."], st)
    said = [f"Du skal være i {offer.name}.", f"Det ligger på {offer.address}, {offer.postcode} {offer.town}."]
    place = std.place_size(p.place)
    if place is not None:
        said.append(f"Du har en {place.label.lower()}.")
    if p.waitlist:
        said += ["Der er ikke plads til dig lige nu.", "Du står på venteliste.", "Vi ringer, når der er plads."]
        if p.interim_solution.strip():
            said.append("Indtil da:")
            said.append(p.interim_solution)
    elif p.planned_start:
        verb = "var" if p.planned_start <= ctx.today else "er"
        said.append(f"Din første dag {verb} {date_text(p.planned_start)}.")
    if p.transport_needed:
        said.append("Du bliver kørt derhen.")
    if std.free_of_charge:
        said.append("Det koster ikke noget.")
    said += list(std.cost_exceptions)
    return out + lines(said, st)


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
    out: list[Flowable] = [Paragraph("Dine mål", st["h1"])]
    for goal in goals:
        out.append(para(para_text(goal.text), st["bullet"], bulletText="\u2022"))
    return out


def _next_meeting(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    dates = followups(ctx, 1)
    if dates:
        said = [f"Vi ses igen {date_text(dates[0])}.", "Så taler vi om dine mål."]
    else:
        months = ctx.standard.first_followup_months
        said = [f"Vi mødes igen {months} måneder efter, at du er startet.", "Så taler vi om dine mål."]
    said.append("Du kan altid ringe, hvis du vil tale med os før.")
    return [KeepTogether([Paragraph("Næste møde", st["h1"]), *lines(said, st)])]


def render_easyread(ctx: DocumentContext) -> bytes:
    st = easyread_styles()
    name = ctx.case.citizen.name
    refused = ctx.case.decision.outcome == Outcome.REFUSAL.value
    about = "din ansøgning om et" if refused else "dit"
    story: list[Flowable] = [para(para_text(f"Til {name}" if name else "Til dig"), st["title"]),
                             para(para_text(f"Om {about} {ctx.standard.legal_basis.title}."), st["body"]),
                             Spacer(1, 2 * mm)]
    if refused:
        story += refusal_story(ctx, st)
        return build_pdf(ctx, story, REFUSAL_TITLE, plain_header=True)
    story += _where(ctx, st)
    story += _activities(ctx, st)
    story += _goals(ctx, st)
    story += contact(ctx, st)
    story += _next_meeting(ctx, st)
    return build_pdf(ctx, story, TITLE, plain_header=True)
