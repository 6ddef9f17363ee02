"""The handleplan's acceptance block when the plan as printed has been accepted.

A signature drawn on the screen is printed as the image it is (read from the case's PNG in
memory, never from a file) with the name, the date and "Underskrevet på skærmen"; a spoken
acceptance is printed with the reason there is no signature. An acceptance given to an
earlier form of the plan covers nothing here: ``accepted_block`` gives ``None`` and the plan
gets blank lines to sign, with a line saying the plan has changed since.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Table

from visitation_desktop.documents.common import (
    RULE,
    DocumentContext,
    Styles,
    date_text,
    para,
    para_text,
    table_style,
)
from visitation_desktop.domain.acceptance import AcceptanceState, acceptance_state, signature_png
from visitation_desktop.domain.case import Acceptance, AcceptanceKind

SIGNATURE_MAX_WIDTH = 70 * mm
SIGNATURE_MAX_HEIGHT = 24 * mm
SIGNED_ON_SCREEN = "Underskrevet på skærmen"


def accepted_block(ctx: DocumentContext, st: Styles, width: float) -> list[Flowable] | None:
    """The flowables after the heading for a current acceptance; None when the plan is not accepted as it is."""
    acceptance = ctx.case.acceptance
    if acceptance is None or acceptance_state(ctx.case) is not AcceptanceState.CURRENT:
        return None
    if acceptance.kind == AcceptanceKind.SIGNATURE.value:
        image = _image(signature_png(acceptance))
        if image is not None:
            return _signed(ctx, st, acceptance, image, width)
        return None  # an image that does not print is no signature: the lines to sign instead
    return _spoken(ctx, st, acceptance)


def stale_note(ctx: DocumentContext, st: Styles) -> list[Flowable]:
    """A line over the blank signature lines when an earlier form of the plan was accepted."""
    acceptance = ctx.case.acceptance
    if acceptance is None or acceptance_state(ctx.case) is not AcceptanceState.STALE:
        return []
    text = (
        f"Planen er ændret siden accepten den {date_text(acceptance.on, 'ukendt dato')}. "
        "Den accept gælder ikke denne udgave af planen."
    )
    return [para(para_text(text), st["muted"])]


def _image(png: bytes) -> Image | None:
    """The signature scaled to fit the block, keeping its proportions; None if it does not decode."""
    if not png:
        return None
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(io.BytesIO(png)).getSize()
    except Exception:  # noqa: BLE001 (reportlab raises many kinds for a bad image)
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(SIGNATURE_MAX_WIDTH / width, SIGNATURE_MAX_HEIGHT / height)
    image = Image(io.BytesIO(png), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _recorded_by(ctx: DocumentContext, acceptance: Acceptance) -> str:
    initials = acceptance.recorded_by
    if initials and initials == ctx.caseworker_initials:
        return f"{ctx.caseworker_name} ({initials})"
    return initials


def _on_behalf(ctx: DocumentContext, acceptance: Acceptance) -> str:
    citizen = ctx.case.citizen.name.strip()
    return f" på vegne af {citizen}" if citizen and acceptance.by.strip() != citizen else ""


def _signed(ctx: DocumentContext, st: Styles, acceptance: Acceptance, image: Image, width: float) -> list[Flowable]:
    day = date_text(acceptance.on, "ukendt dato")
    intro = Paragraph("Planen er gennemgået sammen med sagsbehandleren og accepteret med en underskrift.", st["body"])
    caption = f"{acceptance.by}{_on_behalf(ctx, acceptance)}, {day}"
    recorded = _recorded_by(ctx, acceptance)
    note = SIGNED_ON_SCREEN + (f" – registreret af {recorded}" if recorded else "")
    rows = [[image], [para(para_text(caption), st["body"])], [para(para_text(note), st["muted"])]]
    table = Table(rows, colWidths=[min(width, 90 * mm)], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        )
    )
    return [intro, table]


def _spoken(ctx: DocumentContext, st: Styles, acceptance: Acceptance) -> list[Flowable]:
    day = date_text(acceptance.on, "ukendt dato")
    who = f"{acceptance.by}{_on_behalf(ctx, acceptance)}"
    out: list[Flowable] = [
        para(para_text(f"{who} har accepteret planen mundtligt den {day}."), st["body"]),
        para(para_text(f"Der er ingen underskrift, fordi: {acceptance.reason}"), st["body"]),
    ]
    recorded = _recorded_by(ctx, acceptance)
    if recorded:
        out.append(para(para_text(f"Registreret af {recorded}."), st["muted"]))
    return out
