"""The acceptance on the printed handleplan: the signature as an image with name, date and
"Underskrevet på skærmen"; a spoken acceptance with its reason; a stale one gives the lines to sign."""

from __future__ import annotations

import base64
import datetime as dt
import io
import subprocess

from PIL import Image, ImageDraw

from visitation_desktop.documents import DocumentKind, render
from visitation_desktop.domain.acceptance import record_acceptance
from visitation_desktop.domain.case import AcceptanceKind, CaseFile

from .conftest import Pdf

DAY = dt.date(2026, 11, 20)


def _png() -> str:
    image = Image.new("L", (400, 120), 255)
    ImageDraw.Draw(image).line([(10, 100), (150, 15), (250, 90), (390, 20)], fill=0, width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode("ascii")


def _images(pdf: Pdf) -> list[list[str]]:
    """``pdfimages -list``: one row of columns per image in the file."""
    listing = subprocess.run(["pdfimages", "-list", str(pdf.path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in listing.splitlines()[2:] if line.strip()]


def _unaccepted(case: CaseFile) -> CaseFile:
    for goal in case.goals:
        goal.accepted, goal.acceptance_note = False, ""
    return case


def test_signature_is_printed_with_name_date_and_caption(main_case: CaseFile, make_ctx, read_pdf) -> None:
    case = _unaccepted(main_case)
    before = _images(read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(case))))
    record_acceptance(case, AcceptanceKind.SIGNATURE, case.citizen.name, DAY, "MLH", image=_png(), plan_version=2)
    pdf = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(case)))
    images = _images(pdf)
    assert len(images) == len(before) + 1
    assert any(row[3:5] == ["400", "120"] for row in images), images  # the signature at its own pixels
    text = pdf.text
    assert f"{case.citizen.name}, 20. november 2026" in text
    assert "Underskrevet på skærmen – registreret af Marianne Lund Holm (MLH)" in text
    assert "Dato og underskrift, borger" not in text  # no blank lines beside a signature


def test_spoken_acceptance_is_printed_with_its_reason(main_case: CaseFile, make_ctx, read_pdf) -> None:
    case = _unaccepted(main_case)
    case.application.relative_name = "Jens Sønderby"
    record_acceptance(case, AcceptanceKind.SPOKEN, "Jens Sønderby", DAY, "MLH", reason="Mette kan ikke holde en pen")
    pdf = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(case)))
    text = pdf.text
    assert f"Jens Sønderby på vegne af {case.citizen.name} har accepteret planen mundtligt den 20. november 2026." in text
    assert "Der er ingen underskrift, fordi: Mette kan ikke holde en pen" in text
    assert "Underskrevet på skærmen" not in text and "Dato og underskrift, borger" not in text


def test_a_changed_plan_prints_blank_lines_not_the_old_signature(main_case: CaseFile, make_ctx, read_pdf) -> None:
    case = _unaccepted(main_case)
    plain = _images(read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(case))))
    record_acceptance(case, AcceptanceKind.SIGNATURE, case.citizen.name, DAY, "MLH", image=_png(), plan_version=2)
    case.goals[0].text += " og cykle derhen selv"
    pdf = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(case)))
    text = pdf.text
    assert "Underskrevet på skærmen" not in text
    assert len(_images(pdf)) == len(plain), "the old signature is not printed"
    assert "Planen er ændret siden accepten den 20. november 2026." in text
    assert "Dato og underskrift, borger" in text and "Dato og underskrift, sagsbehandler" in text


def test_an_image_that_does_not_decode_gives_the_lines(main_case: CaseFile, make_ctx, read_pdf) -> None:
    case = _unaccepted(main_case)
    record_acceptance(case, AcceptanceKind.SIGNATURE, case.citizen.name, DAY, "MLH", image="bm90IGEgcG5n")
    text = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(case))).text
    assert "Underskrevet på skærmen" not in text and "Dato og underskrift, borger" in text
