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
