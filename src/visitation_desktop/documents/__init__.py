"""Documents a citizen takes home, rendered in memory to PDF bytes (no Qt, no temp files).

Importing the package is cheap: the kinds and the errors are here at once, while reportlab and
the renderers are imported the first time a document is rendered (or a renderer or
``DocumentContext`` is asked for), so the GUI and the CLI start without them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from visitation_desktop.documents.errors import DocumentIncomplete, DocumentNotOffered
from visitation_desktop.documents.kinds import TITLES, DocumentKind, not_offered, offered

if TYPE_CHECKING:
    from visitation_desktop.documents.common import DocumentContext
    from visitation_desktop.documents.decision import render_decision
    from visitation_desktop.documents.delay_notice import render_delay_notice
    from visitation_desktop.documents.easyread import render_easyread
    from visitation_desktop.documents.handleplan import render_handleplan

_LAZY = {
    "DocumentContext": "common",
    "render_decision": "decision",
    "render_delay_notice": "delay_notice",
    "render_easyread": "easyread",
    "render_handleplan": "handleplan",
}
_RENDERER_NAMES = {
    DocumentKind.HANDLEPLAN: "render_handleplan",
    DocumentKind.EASYREAD: "render_easyread",
    DocumentKind.DECISION: "render_decision",
    DocumentKind.DELAY_NOTICE: "render_delay_notice",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


# The faces of the main family each kind draws with (``read_fonts_ahead``); others read theirs at first use.
_FACES = {DocumentKind.HANDLEPLAN: ("Regular", "Bold", "Italic")}


def read_fonts_ahead(kind: DocumentKind | str) -> None:
    """Read the font files ``kind`` draws with now rather than during its first render."""
    from visitation_desktop.documents import fonts

    fonts.read_ahead(_FACES.get(DocumentKind(kind), ("Regular", "Bold")))


def _renderer(kind: DocumentKind) -> Callable[[DocumentContext], bytes]:
    renderer: Callable[[DocumentContext], bytes] = __getattr__(_RENDERER_NAMES[kind])
    return renderer


def render(kind: DocumentKind | str, ctx: DocumentContext) -> bytes:
    """The PDF of ``kind`` for the case in ``ctx``.

    ``DocumentNotOffered`` when the case's outcome has no such document (a handleplan for a
    refusal); ``DocumentIncomplete`` when the case lacks a part the document must hold.
    """
    kind = DocumentKind(kind)
    reason = not_offered(ctx.case, kind)
    if reason:
        raise DocumentNotOffered(reason)
    return _renderer(kind)(ctx)


__all__ = [
    "TITLES",
    "DocumentContext",
    "DocumentIncomplete",
    "DocumentKind",
    "DocumentNotOffered",
    "not_offered",
    "offered",
    "read_fonts_ahead",
    "render",
    "render_decision",
    "render_delay_notice",
    "render_easyread",
    "render_handleplan",
]
