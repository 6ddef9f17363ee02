"""Documents a citizen takes home, rendered in memory to PDF bytes (no Qt, no temp files)."""

from __future__ import annotations

import enum
from collections.abc import Callable

from visitation_desktop.documents.common import DocumentContext, DocumentIncomplete
from visitation_desktop.documents.decision import render_decision
from visitation_desktop.documents.easyread import render_easyread
from visitation_desktop.documents.handleplan import render_handleplan


class DocumentKind(enum.StrEnum):
    HANDLEPLAN = "handleplan"
    EASYREAD = "easyread"
    DECISION = "decision"


TITLES: dict[DocumentKind, str] = {
    DocumentKind.HANDLEPLAN: "Handleplan",
    DocumentKind.EASYREAD: "Letlæst udgave",
    DocumentKind.DECISION: "Afgørelse",
}

_RENDERERS: dict[DocumentKind, Callable[[DocumentContext], bytes]] = {
    DocumentKind.HANDLEPLAN: render_handleplan,
    DocumentKind.EASYREAD: render_easyread,
    DocumentKind.DECISION: render_decision,
}


def render(kind: DocumentKind | str, ctx: DocumentContext) -> bytes:
    """The PDF of ``kind`` for the case in ``ctx``; ``DocumentIncomplete`` if the case lacks a required part."""
    return _RENDERERS[DocumentKind(kind)](ctx)


__all__ = [
    "TITLES",
    "DocumentContext",
    "DocumentIncomplete",
    "DocumentKind",
    "render",
    "render_decision",
    "render_easyread",
    "render_handleplan",
]
