"""A place size's label inside a sentence of the letter and the easy-read keeps the names in it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from visitation_desktop.documents import DocumentKind, render
from visitation_desktop.documents.common import DocumentContext
from visitation_desktop.domain.ffb import load_catalogue
from visitation_desktop.domain.standard import load_standard
from visitation_desktop.services.cases import read_case_file

from .conftest import AADALEN, CITIZENS, pdf_text

LABEL = "Trekvart plads (4 dage i Væksthuset Ådalsgården)"


@pytest.mark.parametrize(("kind", "sentence"), [
    (DocumentKind.DECISION, "Du får en trekvart plads (4 dage i Væksthuset Ådalsgården)."),
    (DocumentKind.EASYREAD, "Du har en trekvart plads (4 dage i Væksthuset Ådalsgården)."),
])
def test_the_place_label_keeps_its_capitals_in_a_sentence(tmp_path: Path, kind: DocumentKind, sentence: str) -> None:
    own = tmp_path / "aadalen-104.toml"
    own.write_text(AADALEN.read_text(encoding="utf-8").replace("Trekvart plads (4 dage)", LABEL), encoding="utf-8")
    standard = load_standard(own)
    case = read_case_file((CITIZENS / "delvis-bevilling.json").read_text(encoding="utf-8"))
    ctx = DocumentContext(case=case, standard=standard, catalogue=load_catalogue(), caseworker_name="Aase Ubbesen",
                          caseworker_initials="AU", today=dt.date(2026, 11, 27), plan_version=1)
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(render(kind, ctx))
    assert sentence in pdf_text(pdf)


def test_a_long_hyphenated_name_breaks_at_its_hyphens_in_the_easy_read_title(tmp_path: Path) -> None:
    import json

    document = json.loads((CITIZENS / "soeren-aage.json").read_text(encoding="utf-8"))
    document["citizen"]["name"] = "Søren-Åge Ølgaard-Müller-Vestergaard-Kjærsgaard-Frederiksen-Sønderby"
    case = read_case_file(json.dumps(document, ensure_ascii=False))
    ctx = DocumentContext(case=case, standard=load_standard(AADALEN), catalogue=load_catalogue(),
                          caseworker_name="Aase Ubbesen", caseworker_initials="AU", today=dt.date(2026, 11, 27),
                          plan_version=1)
    pdf = tmp_path / "letlaest.pdf"
    pdf.write_bytes(render(DocumentKind.EASYREAD, ctx))
    import subprocess

    title = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                           text=True).stdout.split("Om dit")[0]
    ends = [line.strip().split(" ")[-1] for line in title.splitlines() if line.strip()][1:]  # after the letterhead
    assert len(ends) > 1, "the name wraps"
    parts = document["citizen"]["name"].replace("-", " ").split()
    for end in ends[:-1]:
        assert end.endswith("-") and end.rstrip("-").split("-")[-1] in parts, ends  # broken after a whole part
