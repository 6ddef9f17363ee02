"""Recording the plan's acceptance: the PNG checked, kept in the store with the plan version and a
log row, refused in Danish when it is not a signature, and stale once the plan changes."""

from __future__ import annotations

import base64
import datetime as dt
import io
import struct
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from PIL import Image, ImageDraw

from visitation_desktop.domain.acceptance import AcceptanceState, acceptance_state
from visitation_desktop.domain.case import AcceptanceKind, CaseFile, CaseStatus
from visitation_desktop.services.acceptance import (
    MAX_PNG_BYTES,
    AcceptanceRefused,
    accept_case,
    accept_plan,
    check_signature_png,
    signature_png,
)
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import Workspace
from visitation_desktop.store.errors import CaseChangedElsewhere

DAY = dt.date(2026, 11, 26)


def signature(width: int = 300, height: int = 90) -> bytes:
    image = Image.new("L", (width, height), 255)
    ImageDraw.Draw(image).line([(5, height - 10), (width // 2, 8), (width - 5, height - 20)], fill=0, width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()



@pytest.fixture
def stored(ws: Workspace, complete_case: Callable[..., Any]) -> CaseFile:
    """An undecided complete case, stored."""
    case: CaseFile = complete_case(outcome="")
    CaseService(ws).new_case(case)
    return case


def test_signature_is_kept_with_the_plan_version_and_a_log_row(ws: Workspace, stored: CaseFile) -> None:
    png = signature()
    revision = stored.revision
    accept_plan(ws, stored, AcceptanceKind.SIGNATURE, " Borger 1 ", image=png, on=DAY)
    assert stored.revision == revision + 1
    loaded = ws.repo.load_case(stored.id or 0)
    acceptance = loaded.acceptance
    assert acceptance is not None
    assert (acceptance.kind, acceptance.by, acceptance.on, acceptance.recorded_by) == ("signature", "Borger 1", DAY, "AB")
    assert signature_png(acceptance) == png
    assert acceptance.plan_version == 1  # not granted yet: the plan is kept as version 1 at the grant
    assert acceptance_state(loaded) is AcceptanceState.CURRENT
    rows = [(r.action, r.detail) for r in ws.repo.access_log(20) if r.case_id == stored.id]
    assert ("edit", "acceptance signature plan version 1") in rows


def test_the_grant_keeps_the_signature_in_version_1_and_a_change_needs_a_new_acceptance(
    ws: Workspace, stored: CaseFile
) -> None:
    service = CaseService(ws)
    accept_plan(ws, stored, AcceptanceKind.SIGNATURE, "Borger 1", image=signature(), on=DAY)
    stored.decision.outcome, stored.decision.decided_on = "grant", dt.date(2026, 10, 17)  # the demo's date
    service.save(stored)
    assert stored.status == CaseStatus.GRANTED
    version_1 = ws.repo.load_plan_version(stored.id or 0, 1)
    assert version_1.acceptance is not None and version_1.acceptance.plan_version == 1
    assert acceptance_state(version_1) is AcceptanceState.CURRENT

    stored.goals[0].text += " og cykle dertil"
    service.save(stored)
    assert acceptance_state(ws.repo.load_case(stored.id or 0)) is AcceptanceState.STALE
    # the changed plan is not version 1 any more: a new acceptance names the version it will be kept as
    accept_plan(ws, stored, AcceptanceKind.SPOKEN, "Borger 1", reason="Hånden ryster i dag", on=DAY)
    assert stored.acceptance is not None and stored.acceptance.plan_version == 2
    assert acceptance_state(ws.repo.load_case(stored.id or 0)) is AcceptanceState.CURRENT


def test_spoken_acceptance_needs_a_reason_and_nothing_is_kept(ws: Workspace, stored: CaseFile) -> None:
    revision = stored.revision
    with pytest.raises(AcceptanceRefused, match="Skriv, hvorfor der ikke er en underskrift."):
        accept_plan(ws, stored, AcceptanceKind.SPOKEN, "Borger 1", reason="  ")
    assert stored.acceptance is None and stored.revision == revision
    assert ws.repo.load_case(stored.id or 0).acceptance is None


def test_a_stale_case_is_not_overwritten(ws: Workspace, stored: CaseFile) -> None:
    elsewhere = ws.repo.load_case(stored.id or 0)
    elsewhere.goals[0].measure = "Antal gange om ugen"
    CaseService(ws).save(elsewhere)
    with pytest.raises(CaseChangedElsewhere):
        accept_plan(ws, stored, AcceptanceKind.SIGNATURE, "Borger 1", image=signature())
    assert stored.acceptance is None
    assert ws.repo.load_case(stored.id or 0).acceptance is None


def test_accept_case_by_id(ws: Workspace, stored: CaseFile) -> None:
    case, acceptance = accept_case(ws, stored.id or 0, AcceptanceKind.SPOKEN, "Jens Hansen", reason="Blind")
    assert acceptance.reason == "Blind" and acceptance.image == ""
    assert ws.repo.load_case(case.id or 0).acceptance == acceptance


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_claiming(width: int, height: int) -> bytes:
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + _chunk(b"IDAT", zlib.compress(b"\0\xff")) + _chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Der er ingen underskrift at gemme"),
        (b"GIF89a" + bytes(100), "ikke et PNG-billede"),
        (signature()[:-20], "ødelagt PNG-billede"),
        (signature()[:40] + b"X" + signature()[41:], "ødelagt PNG-billede"),
        (_png_claiming(20000, 20000), "Den skal være mellem 32 × 16 og 4000 × 2000 punkter"),
        (signature(8, 8), "Underskriften er 8 × 8 punkter"),
        (_png_claiming(300, 90), "ødelagt PNG-billede"),  # the pixels do not decode
        (b"\x89PNG\r\n\x1a\n" + bytes(MAX_PNG_BYTES), "fylder for meget"),
    ],
)
def test_what_is_not_a_signature_is_refused_in_danish(data: bytes, message: str) -> None:
    with pytest.raises(AcceptanceRefused, match=message):
        check_signature_png(data)


def test_a_signature_passes_and_decodes_back() -> None:
    png = signature()
    info = check_signature_png(png)
    assert (info.width, info.height) == (300, 90)
    assert base64.b64decode(base64.b64encode(png)) == png


def test_the_summary_says_who_accepted_and_when_it_no_longer_holds(ws: Workspace, stored: CaseFile) -> None:
    from visitation_desktop.services.summary import case_summary_html

    def summary() -> str:
        return case_summary_html(stored, ws.standard, ws.catalogue, DAY)

    assert "Handleplanen er ikke accepteret endnu." in summary()
    accept_plan(ws, stored, AcceptanceKind.SIGNATURE, "Borger 1", image=signature(), on=DAY)
    assert "Underskrevet på skærmen af Borger 1 den 26. november 2026, handleplanen version 1." in summary()
    stored.placement.place = "half" if stored.placement.place != "half" else "full"
    assert "Planen er ændret efter accepten – der skal en ny accept til." in summary()
