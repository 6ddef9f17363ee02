"""What both easy-read handouts (a grant and a refusal) share: the styles, the lines, who to call."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from visitation_desktop.documents import easyread_text as text
from visitation_desktop.documents.common import (
    DocumentContext,
    Styles,
    para,
    para_text,
    styles,
)

EASYREAD_BODY_SIZE = 16.0  # points; easy-read asks for at least 14


@lru_cache(maxsize=1)
def easyread_styles() -> Styles:
    """The document styles at easy-read size, made once (the shared ones stay as they are)."""
    st = dict(styles(EASYREAD_BODY_SIZE))
    size = EASYREAD_BODY_SIZE
    st["body"] = ParagraphStyle("er-body", parent=st["body"], spaceAfter=size * 0.35)
    st["h1"] = ParagraphStyle("er-h1", parent=st["h1"], fontSize=size * 1.3, leading=size * 1.6)
    st["title"] = ParagraphStyle("er-title", parent=st["title"], fontSize=size * 1.6, leading=size * 2.0)
    return st


def lines(texts: list[str], st: Styles) -> list[Flowable]:
    """One short sentence on each line."""
    return [para(para_text(t), st["body"]) for t in texts if t.strip()]


def contact(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    said = text.contact_lines(text.Plain.of(ctx))
    return [KeepTogether([Paragraph(text.contact_heading(ctx.standard), st["h1"]), *lines(said, st)])]
