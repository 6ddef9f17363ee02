"""Recording the citizen's acceptance of the handleplan: a signature drawn on the screen, or spoken.

One use case for GUI and CLI alike: ``accept_plan`` checks what it is given (a signature must be
a real, small PNG of sane size; a spoken acceptance needs the reason there is no signature),
puts the acceptance on the case against the plan as it stands now (``domain.acceptance``) and
the handleplan version it belongs to, and saves the case and its access-log row in one
transaction. The save names the revision the case was loaded at, as every save does: a case
saved elsewhere meanwhile raises ``CaseChangedElsewhere`` and the acceptance is not kept.

The PNG lives only inside the case, in the encrypted store: it is never written to a file.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import struct
import zlib
from dataclasses import dataclass

from ..domain.acceptance import (
    AcceptanceState,
    acceptance_state,
    plan_digest,
    record_acceptance,
    signature_png,
)
from ..domain.case import Acceptance, AcceptanceKind, CaseFile
from ..domain.messages import QT_TRANSLATE_NOOP, Msg, date_msg, msg
from ..store.errors import CaseNotFound
from .workspace import Workspace

MAX_PNG_BYTES = 256 * 1024  # a signature from the pad is a few kB
MIN_WIDTH, MIN_HEIGHT = 32, 16  # smaller than this is a dot, not a signature
MAX_WIDTH, MAX_HEIGHT = 4000, 2000  # a full-width stroke at 2x resolution fits easily
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class AcceptanceRefused(ValueError):
    """The acceptance cannot be recorded as given; the message is Danish, for the user."""


@dataclass(frozen=True)
class PngInfo:
    width: int
    height: int


def check_signature_png(data: bytes) -> PngInfo:
    """The PNG's size if it is a whole, decodable PNG within the limits; ``AcceptanceRefused`` if not."""
    if not data:
        raise AcceptanceRefused("Der er ingen underskrift at gemme. Skriv under i feltet først.")
    if len(data) > MAX_PNG_BYTES:
        raise AcceptanceRefused(
            f"Underskriften fylder for meget ({len(data) // 1024} kB). Den må højst fylde "
            f"{MAX_PNG_BYTES // 1024} kB."
        )
    if not data.startswith(_PNG_MAGIC):
        raise AcceptanceRefused("Underskriften er ikke et PNG-billede.")
    width, height = _walk_chunks(data)
    if not (MIN_WIDTH <= width <= MAX_WIDTH and MIN_HEIGHT <= height <= MAX_HEIGHT):
        raise AcceptanceRefused(
            f"Underskriften er {width} × {height} punkter. Den skal være mellem {MIN_WIDTH} × {MIN_HEIGHT} "
            f"og {MAX_WIDTH} × {MAX_HEIGHT} punkter."
        )
    _decode(data)
    return PngInfo(width, height)


def _walk_chunks(data: bytes) -> tuple[int, int]:
    """Every chunk whole with a right checksum, IHDR first, image data, IEND last: the IHDR size."""
    damaged = AcceptanceRefused("Underskriften er et ødelagt PNG-billede.")
    pos, size, seen_data = len(_PNG_MAGIC), (0, 0), False
    first = True
    while pos < len(data):
        if pos + 12 > len(data):
            raise damaged
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise damaged
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[end - 4 : end])
        if zlib.crc32(kind + body) != crc:
            raise damaged
        if first:
            if kind != b"IHDR" or length != 13:
                raise damaged
            size = struct.unpack(">II", body[:8])
            first = False
        seen_data = seen_data or kind == b"IDAT"
        pos = end
        if kind == b"IEND":
            if pos != len(data) or not seen_data:
                raise damaged
            return size
    raise damaged


def _decode(data: bytes) -> None:
    """Decode the pixels once (Pillow, which reportlab prints PNGs with): a PNG that prints."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError):
        raise AcceptanceRefused("Underskriften er et ødelagt PNG-billede.") from None


def plan_version_for(ws: Workspace, case: CaseFile) -> int:
    """The handleplan version the plan as it stands belongs to.

    The newest kept version when it is this plan (a granted plan, or the version a follow-up
    made); otherwise the number this plan will be kept as (version 1 at the grant, or the next).
    """
    if case.id is None:
        return 1
    versions = ws.repo.plan_versions(case.id)
    if not versions:
        return 1
    newest = versions[-1].version
    kept = ws.repo.load_plan_version(case.id, newest)
    return newest if plan_digest(kept) == plan_digest(case) else newest + 1


def accept_plan(
    ws: Workspace,
    case: CaseFile,
    kind: AcceptanceKind,
    by: str,
    *,
    image: bytes = b"",
    reason: str = "",
    on: dt.date | None = None,
) -> Acceptance:
    """Record the acceptance of ``case``'s plan as it stands, and save the case with its log row.

    ``case`` must be stored (it has an id) and be at the revision it was loaded at. Raises
    ``AcceptanceRefused`` (Danish) for bad input, ``CaseChangedElsewhere`` for a stale case;
    in both cases ``case`` is left as it was.
    """
    if case.id is None:
        raise CaseNotFound(None)
    if kind is AcceptanceKind.SIGNATURE:
        check_signature_png(image)
        if reason.strip():
            raise AcceptanceRefused("En underskrift har ingen begrundelse. Den hører til en mundtlig accept.")
    elif image:
        raise AcceptanceRefused("En mundtlig accept har ingen underskrift.")
    encoded = base64.b64encode(image).decode("ascii") if image else ""
    version = plan_version_for(ws, case)
    before = case.acceptance
    try:
        record_acceptance(
            case, kind, by, on or dt.date.today(), ws.caseworker, image=encoded, reason=reason, plan_version=version
        )
    except ValueError as exc:
        raise AcceptanceRefused(str(exc)) from None
    try:
        with ws.repo.transaction(ws.caseworker) as tx:
            tx.save_case(case)
            tx.log("edit", case_id=case.id, detail=f"acceptance {kind.value} plan version {version}")
    except BaseException:
        case.acceptance = before  # nothing was kept: the case is as it was loaded
        raise
    assert case.acceptance is not None
    return case.acceptance


def accept_case(
    ws: Workspace,
    case_id: int,
    kind: AcceptanceKind,
    by: str,
    *,
    image: bytes = b"",
    reason: str = "",
    on: dt.date | None = None,
) -> tuple[CaseFile, Acceptance]:
    """``accept_plan`` on the stored case ``case_id`` (the CLI's way in)."""
    case = ws.repo.load_case(case_id)
    return case, accept_plan(ws, case, kind, by, image=image, reason=reason, on=on)


def representative(case: CaseFile) -> str:
    """The name of the person who applied on the citizen's behalf, "" when none is named."""
    app = case.application
    return app.relative_name.strip() if app.by_relative or app.relative_name.strip() else ""


def acceptance_msg(case: CaseFile) -> Msg:
    """One line: who accepted the plan and whether it still covers the plan as it stands."""
    state = acceptance_state(case)
    acceptance = case.acceptance
    if state is AcceptanceState.NONE or acceptance is None:
        return msg(QT_TRANSLATE_NOOP("Messages", "Handleplanen er ikke accepteret endnu."))
    day = date_msg(acceptance.on) if acceptance.on else msg(QT_TRANSLATE_NOOP("Messages", "ukendt dato"))
    if acceptance.kind == AcceptanceKind.SIGNATURE.value:
        who = msg(QT_TRANSLATE_NOOP("Messages", "Underskrevet på skærmen af {by} den {day}"), by=acceptance.by, day=day)
    else:
        who = msg(
            QT_TRANSLATE_NOOP("Messages", "Accepteret mundtligt af {by} den {day} (ingen underskrift: {reason})"),
            by=acceptance.by, day=day, reason=acceptance.reason,
        )  # fmt: skip
    if acceptance.plan_version:
        text = msg(QT_TRANSLATE_NOOP("Messages", "{who}, handleplanen version {version}."), who=who,
                   version=acceptance.plan_version)
    else:
        text = msg(QT_TRANSLATE_NOOP("Messages", "{who}."), who=who)
    if state is AcceptanceState.STALE:
        stale = msg(QT_TRANSLATE_NOOP("Messages", "Planen er ændret efter accepten – der skal en ny accept til."))
        return msg(QT_TRANSLATE_NOOP("Messages", "{first} {second}"), first=text, second=stale)
    return text


def acceptance_text(case: CaseFile) -> str:
    """``acceptance_msg`` in Danish (the CLI and the documents)."""
    return acceptance_msg(case).render()


__all__ = [
    "AcceptanceRefused",
    "AcceptanceState",
    "PngInfo",
    "accept_case",
    "accept_plan",
    "acceptance_msg",
    "acceptance_text",
    "acceptance_state",
    "check_signature_png",
    "plan_version_for",
    "representative",
    "signature_png",
]
