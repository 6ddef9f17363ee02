"""The documents use only the program's own fonts, found through the one resource lookup."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from visitation_desktop import resources
from visitation_desktop.documents import DocumentKind, render

PRINTED_FOR_A_GRANT = [DocumentKind.HANDLEPLAN, DocumentKind.EASYREAD, DocumentKind.DECISION]

OWN_FONTS = ("DejaVuSans", "NotoSansArabic", "NotoSansHebrew", "DroidSansFallback", "Symbola")


def test_every_font_file_ships_with_a_licence() -> None:
    folder = resources.fonts_dir()
    fonts = sorted(p.name for p in folder.glob("*.ttf"))
    assert fonts, folder
    licences = {p.stem for p in (folder / "licences").glob("*.txt")}
    licence_of = {"DejaVuSans": "DejaVu", "NotoSans": "Noto", "DroidSansFallback": "DroidSansFallback",
                  "Symbola": "Symbola"}
    for name in fonts:
        prefix = next(p for p in licence_of if name.startswith(p))
        assert licence_of[prefix] in licences, (name, licences)
    assert (folder / "README.md").is_file()


@pytest.mark.parametrize("kind", PRINTED_FOR_A_GRANT)
def test_documents_embed_only_the_programs_fonts(kind, make_ctx, main_case, read_pdf) -> None:  # type: ignore[no-untyped-def]
    main_case.decision.outcome = main_case.decision.outcome or "grant"
    fonts = read_pdf(render(kind, make_ctx(main_case))).fonts
    assert fonts
    for name, embedded in fonts:
        assert embedded == "yes", name
        assert any(own in name for own in OWN_FONTS), name


def test_resources_are_found_in_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resource_root.cache_clear()
    try:
        assert resources.font_file("DejaVuSans.ttf") == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"
        assert resources.catalogue_file() == tmp_path / "resources" / "ffb" / "catalogue.json"
    finally:
        monkeypatch.undo()
        resources.resource_root.cache_clear()
    assert resources.catalogue_file().is_file()
    assert resources.postcodes_file().is_file()
    assert (resources.standards_dir() / "thisted-104.toml").is_file()


def test_no_module_builds_its_own_resource_path() -> None:
    src = Path(resources.__file__).parent
    offenders = []
    for path in src.rglob("*.py"):
        if path.name == "resources.py" or "generated" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "_MEIPASS" in text or "/usr/share/fonts" in text or "reportlab/fonts" in text:
            offenders.append(path.name)
    assert offenders == []


_LAZY_PROBE = """
import datetime as dt, json
from visitation_desktop.documents import DocumentContext, DocumentKind, fonts, render
from visitation_desktop.domain.ffb import load_catalogue
from visitation_desktop.domain.standard import default_standard_path, load_standard
from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases
from reportlab.pdfbase import pdfmetrics
std, cat = load_standard(default_standard_path()), load_catalogue()
case = next(c for c in demo_cases(std, cat, dt.date(2026, 11, 26)) if c.citizen.name == MAIN_EXAMPLE)
ctx = DocumentContext(case=case, standard=std, catalogue=cat, caseworker_name="Marianne Lund Holm",
                      caseworker_initials="MLH", today=dt.date(2026, 11, 26), plan_version=1)
read = lambda: sorted(fonts.face_name(s, fam.name) for fam in fonts.FAMILIES for s in fonts.STYLES
                      if "face" in vars(pdfmetrics.getFont(fonts.face_name(s, fam.name))))
before = read()
render(DocumentKind.DECISION, ctx)
after_letter = read()
case.citizen.name = "王小明"
render(DocumentKind.DECISION, ctx)
print(json.dumps([before, after_letter, read()]))
"""


def test_faces_are_read_at_first_need_and_only_those_used() -> None:
    import json
    import subprocess

    done = subprocess.run([sys.executable, "-c", _LAZY_PROBE], capture_output=True, text=True, check=True)
    before, after_letter, after_cjk = json.loads(done.stdout.strip().splitlines()[-1])
    assert before == []  # registering read no font file
    assert after_letter == ["VDSans-Bold", "VDSans-Regular"]  # a Danish letter: two faces, no fallback
    assert "VDCJK-Regular" in after_cjk and not any("Arabic" in f or "Hebrew" in f for f in after_cjk)
