"""Embedded font subsets without hinting (documents.font_subset): the same outlines, fewer bytes."""

from __future__ import annotations

import io
import struct

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace, TTFontFile

from visitation_desktop import resources
from visitation_desktop.documents import DocumentKind, render
from visitation_desktop.documents.font_subset import HINTING_TABLES, _tables, lean

TEXT = "Æblegrød på Skovbrynet, § 104 – »Jeg vil gå med« fi ﬁ (ÅØ) 12:30"


def _glyphs(font: bytes) -> list[bytes]:
    tables = _tables(font)
    count = struct.unpack_from(">H", tables["maxp"], 4)[0]
    long_offsets = struct.unpack_from(">h", tables["head"], 50)[0] == 1
    offsets = struct.unpack_from((">%dI" if long_offsets else ">%dH") % (count + 1), tables["loca"])
    scale = 1 if long_offsets else 2
    return [tables["glyf"][scale * offsets[n]:scale * offsets[n + 1]] for n in range(count)]


def _outline(glyph: bytes) -> bytes:
    """A simple glyph without its instructions, padding dropped; a composite's components."""
    glyph = glyph.rstrip(b"\0") if glyph else glyph
    if not glyph or struct.unpack_from(">h", glyph, 0)[0] < 0:
        return glyph[:10]
    at = 10 + 2 * struct.unpack_from(">h", glyph, 0)[0]
    return glyph[:at] + glyph[at + 2 + struct.unpack_from(">H", glyph, at)[0]:]


@pytest.mark.parametrize("file", ["DejaVuSans.ttf", "DejaVuSans-Oblique.ttf", "NotoSansArabic-Regular.ttf"])
def test_a_lean_subset_has_the_same_outlines_and_metrics_without_the_hinting(file: str) -> None:
    face = TTFontFace(str(resources.font_file(file)))
    subset = [ord(c) for c in TEXT] + [0x627, 0x644, 0x645]
    full = face.makeSubset(subset)
    slim = lean(full)
    before, after = _tables(full), _tables(slim)
    assert not HINTING_TABLES & after.keys()
    assert set(before) - HINTING_TABLES == set(after)
    for tag in ("cmap", "hmtx", "hhea", "OS/2", "post"):
        assert after[tag] == before[tag], tag
    assert [_outline(g) for g in _glyphs(slim)] == [_outline(g) for g in _glyphs(full)]
    assert len(slim) < len(full)
    # checksums hold (charInfo=0: reportlab reads its own subsets' cmap of positions only that way)
    assert TTFontFile(io.BytesIO(slim), charInfo=0, validate=1).numGlyphs == len(_glyphs(full))


def test_the_handleplan_embeds_unhinted_subsets_and_reads_the_same(make_ctx, main_case, read_pdf) -> None:  # type: ignore[no-untyped-def]
    pdf = render(DocumentKind.HANDLEPLAN, make_ctx(main_case))
    assert b"/FontFile2" in pdf
    shown = read_pdf(pdf)
    assert {embedded for _name, embedded in shown.fonts} == {"yes"}
    assert main_case.citizen.name in shown.text
    assert "Formålet med indsatsen" in shown.text
