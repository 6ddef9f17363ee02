"""The character tables read whole (``documents/font_tables``) are reportlab's, for every font the program
ships: every attribute of the face equal, of the same types and in the same order; and a face whose
tables it does not read (another ``cmap`` format, a table cut short) is read by reportlab itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from visitation_desktop.documents import font_tables
from visitation_desktop.documents.fonts import _LeanFace
from visitation_desktop.resources import font_file

FONTS = sorted(Path(font_file("DejaVuSans.ttf")).parent.glob("*.ttf"))


def _attributes(face: TTFontFace) -> dict[str, Any]:
    return {k: v for k, v in face.__dict__.items() if k not in ("_pdfScale", "_pos")}  # a function; the read cursor


def _shape(value: Any) -> Any:
    """The types (and for maps the key order) of a value, to compare beside the value itself."""
    if isinstance(value, dict):
        return [(k, _shape(v)) for k, v in value.items()]
    if isinstance(value, list | tuple):
        return [_shape(v) for v in value]
    return type(value).__name__


def test_the_program_ships_the_fonts_the_test_reads() -> None:
    assert {f.name for f in FONTS} >= {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "Symbola.ttf",
                                       "DroidSansFallbackFull.ttf", "NotoSansArabic-Regular.ttf"}


@pytest.mark.parametrize("font", FONTS, ids=[f.name for f in FONTS])
def test_every_attribute_is_what_reportlab_reads(font: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[bool] = []
    real = font_tables.read_char_info
    monkeypatch.setattr("visitation_desktop.documents.fonts.read_char_info", lambda face: used.append(real(face)) or used[-1])
    ours, theirs = _attributes(_LeanFace(str(font))), _attributes(TTFontFace(str(font)))
    assert used == [True]  # read whole, not by reportlab
    assert ours.keys() == theirs.keys()
    for name in theirs:
        assert ours[name] == theirs[name], name
        assert _shape(ours[name]) == _shape(theirs[name]), name


def test_a_face_in_another_cmap_format_is_left_to_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(font_tables, "_READERS", {})  # as if the font had only, say, a format 6 table
    font = str(font_file("DejaVuSans.ttf"))
    assert _attributes(_LeanFace(font)) == _attributes(TTFontFace(font))


def test_a_table_cut_short_is_left_to_reportlab() -> None:
    face = _LeanFace(str(font_file("NotoSansHebrew-Regular.ttf")))
    face._ttf_data = face._ttf_data[: face.table["loca"]["offset"] + 10]  # the glyph positions end early
    before = dict(face.__dict__)
    assert font_tables.read_char_info(face) is False
    assert face.__dict__ == before  # nothing set
