"""The easy-read handout (letlæst): large type, short sentences, one idea on each line.

For a grant it answers four questions: where you go and when, what you will work on (the
goals in the citizen's own words), who to call, and when we meet again. The chosen
activities are shown with their pictograms. A refusal has its own handout
(``easyread_refusal``): what was decided, why, how to complain, who to call.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from visitation_desktop.documents import easyread_text as text
from visitation_desktop.documents.common import (
    MARGIN_X,
    PAGE_SIZE,
    DocumentContext,
    Styles,
    build_pdf,
    para,
    para_text,
    table_style,
)
from visitation_desktop.documents.easyread_parts import contact, easyread_styles, lines
from visitation_desktop.documents.easyread_refusal import TITLE as REFUSAL_TITLE
from visitation_desktop.documents.easyread_refusal import refusal_story
from visitation_desktop.documents.easyread_text import Plain
from visitation_desktop.documents.pictograms import pictogram

TITLE = text.GRANT_TITLE
PICTOGRAM_SIZE = 52.0
_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X


def _where(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    return [Paragraph(text.WHERE, st["h1"]), *lines(text.where_lines(Plain.of(ctx)), st)]


def _activities(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    chosen = text.activity_rows(Plain.of(ctx))
    if not chosen:
        return []
    rows = [[pictogram(key, PICTOGRAM_SIZE), para(para_text(said), st["body"])] for key, said in chosen]
    table = Table(rows, colWidths=[PICTOGRAM_SIZE + 6 * mm, _WIDTH - PICTOGRAM_SIZE - 6 * mm], hAlign="LEFT")
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    return [Paragraph(text.ACTIVITIES, st["h1"]), table]


def _goals(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    goals = text.goal_texts(ctx.case)
    if not goals:
        return []
    out: list[Flowable] = [Paragraph(text.GOALS, st["h1"])]
    for goal in goals:
        out.append(para(para_text(goal), st["bullet"], bulletText="\u2022"))
    return out


def _next_meeting(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    said = text.next_meeting_lines(Plain.of(ctx))
    return [KeepTogether([Paragraph(text.NEXT_MEETING, st["h1"]), *lines(said, st)])]


def render_easyread(ctx: DocumentContext) -> bytes:
    st = easyread_styles()
    name = ctx.case.citizen.name
    refused = text.is_refusal(ctx.case)
    story: list[Flowable] = [para(para_text(f"Til {name}" if name else "Til dig"), st["title"]),
                             para(para_text(text.about_line(Plain.of(ctx))), st["body"]),
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
