"""Documents a citizen takes home, rendered in memory to PDF bytes (no Qt, no temp files)."""

from __future__ import annotations

from collections.abc import Callable

from visitation_desktop.documents.common import DocumentContext, DocumentIncomplete, DocumentNotOffered
from visitation_desktop.documents.decision import render_decision
from visitation_desktop.documents.delay_notice import render_delay_notice
from visitation_desktop.documents.easyread import render_easyread
from visitation_desktop.documents.handleplan import render_handleplan
from visitation_desktop.documents.kinds import TITLES, DocumentKind, not_offered, offered

_RENDERERS: dict[DocumentKind, Callable[[DocumentContext], bytes]] = {
    DocumentKind.HANDLEPLAN: render_handleplan,
    DocumentKind.EASYREAD: render_easyread,
    DocumentKind.DECISION: render_decision,
    DocumentKind.DELAY_NOTICE: render_delay_notice,
}


def render(kind: DocumentKind | str, ctx: DocumentContext) -> bytes:
    """The PDF of ``kind`` for the case in ``ctx``.

    ``DocumentNotOffered`` when the case's outcome has no such document (a handleplan for a
    refusal); ``DocumentIncomplete`` when the case lacks a part the document must hold.
    """
    kind = DocumentKind(kind)
    reason = not_offered(ctx.case, kind)
    if reason:
        raise DocumentNotOffered(reason)
    return _RENDERERS[kind](ctx)


__all__ = [
    "TITLES",
    "DocumentContext",
    "DocumentIncomplete",
    "DocumentKind",
    "DocumentNotOffered",
    "not_offered",
    "offered",
    "render",
    "render_decision",
    "render_delay_notice",
    "render_easyread",
    "render_handleplan",
]
