"""What the letters share (decision letter, delay notice): the address block, greeting and closing."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from visitation_desktop.documents.common import DocumentContext, Styles, cpr_text, date_text, para, para_text


def opening(ctx: DocumentContext, st: Styles, dated: dt.date, title: str) -> list[Flowable]:
    """The citizen's address, the date and CPR number, the letter's title and "Kære ..."."""
    c = ctx.case.citizen
    recipient = "\n".join(x for x in (c.name, c.address, f"{c.postcode} {c.town}".strip()) if x)
    return [
        para(para_text(recipient), st["body"]),
        Spacer(1, 4 * mm),
        para(para_text(f"Dato: {date_text(dated)}\nCPR-nummer: {cpr_text(ctx)}"), st["muted"]),
        Spacer(1, 6 * mm),
        para(para_text(title), st["title"]),
        para(para_text(f"Kære {c.name}" if c.name else "Kære borger"), st["body"]),
    ]


def closing(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    return [Spacer(1, 4 * mm), Paragraph("Med venlig hilsen", st["body"]),
            para(para_text(f"{ctx.caseworker_name}\n{ctx.standard.contact.unit}"), st["body"])]
