"""The documents' fonts: the program's own TrueType files, registered once and parsed at first need.

The main family is DejaVu Sans. What it cannot draw, or draws less well (Arabic, Hebrew),
is set in a fallback family, one run of characters at a time: Noto Sans Arabic, Noto Sans
Hebrew, Droid Sans Fallback (Chinese, Japanese, Korean) and Symbola (emoji and symbols).
A character no font has becomes a readable word, never a box.

Registering costs nothing: every face is known to reportlab by name at once, but a face's
file is read only when text is first measured or drawn in it, so a Danish letter never
reads the Arabic or CJK files. The faces are shared by every document of the process and
embedded in each PDF as subsets of the glyphs used, without hinting (``font_subset``).

Two corrections to reportlab's text layer (what a PDF reader copies or searches), so
that it gives back the characters that were typed: code points above U+FFFF (emoji) are
written as UTF-16 pairs, and the contextual forms and ligatures a shaped Arabic word is
drawn with map back to their plain letters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace
from reportlab.platypus import paragraph as rl_paragraph

from visitation_desktop.documents.font_subset import lean
from visitation_desktop.documents.font_tables import read_char_info
from visitation_desktop.resources import font_file

MAIN = "VDSans"
STYLES = ("Regular", "Bold", "Italic", "BoldItalic")

ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
HEBREW = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
# Shaping (harfbuzz) is switched on only for text with characters that need it.
COMPLEX = (*ARABIC, *HEBREW, (0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x1000, 0x109F))
# Every face of the main family draws these; text made only of them needs no coverage look-up.
SAFE = ((0x20, 0x7E), (0xA0, 0x17F), (0x2010, 0x2027), (0x2030, 0x203A), (0x20AC, 0x20AC))

NO_GLYPH_SYMBOL = "(emoji)"
NO_GLYPH_OTHER = "?"


@dataclass(frozen=True)
class Family:
    name: str
    files: dict[str, str]  # style -> file in resources/fonts; a missing style uses the nearest one
    prefer: tuple[tuple[int, int], ...] = ()  # ranges this family draws even where the main one could

    def face(self, style: str) -> str:
        return f"{self.name}-{style}"


FAMILIES: tuple[Family, ...] = (
    Family(MAIN, {"Regular": "DejaVuSans.ttf", "Bold": "DejaVuSans-Bold.ttf", "Italic": "DejaVuSans-Oblique.ttf",
                  "BoldItalic": "DejaVuSans-BoldOblique.ttf"}),
    Family("VDArabic", {"Regular": "NotoSansArabic-Regular.ttf", "Bold": "NotoSansArabic-Bold.ttf"}, ARABIC),
    Family("VDHebrew", {"Regular": "NotoSansHebrew-Regular.ttf", "Bold": "NotoSansHebrew-Bold.ttf"}, HEBREW),
    Family("VDCJK", {"Regular": "DroidSansFallbackFull.ttf"}),
    Family("VDSymbols", {"Regular": "Symbola.ttf"}),
)
_BY_NAME = {f.name: f for f in FAMILIES}


def _file_for(family: Family, style: str) -> str:
    for candidate in (style, {"BoldItalic": "Bold", "Italic": "Regular", "Bold": "Regular"}.get(style, ""),
                      "Regular"):
        if candidate in family.files:
            return family.files[candidate]
    raise KeyError(style)


class _LeanFace(TTFontFace):
    """A face whose embedded subsets leave out the hinting (``font_subset.lean``)."""

    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802 - reportlab's name
        return lean(super().makeSubset(subset))

    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802, N803 - reportlab's names
        """reportlab's reading, with the character tables read whole (``font_tables``) where it can."""
        super().extractInfo(0)
        if charInfo and not read_char_info(self):
            super().extractInfo(charInfo)


class _LazyTTFont(TTFont):
    """A TTFont whose file is read the first time reportlab measures or draws with it."""

    def __init__(self, name: str, filename: str) -> None:  # noqa: D107 - no parsing here, see ``face``
        self.fontName = name
        self._filename = filename
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = True

    @cached_property
    def face(self) -> TTFontFace:  # type: ignore[override]
        return _LeanFace(self._filename)


@cache
def install() -> None:
    """Make every face known to reportlab by name (no file is read) and fix the text layer; once."""
    for family in FAMILIES:
        names = {style: family.face(style) for style in STYLES}
        by_file: dict[str, _LazyTTFont] = {}
        for style, name in names.items():
            file = _file_for(family, style)
            # One font object per file: two objects of one face would write clashing subsets.
            font = by_file.get(file)
            if font is None:
                font = by_file[file] = _LazyTTFont(name, str(font_file(file)))
            # registerFont would read the file at once (it asks the face for its name); the font
            # table is reportlab's own registry, and a lazy font is put into it directly.
            pdfmetrics._fonts[name] = font
        pdfmetrics.registerFontFamily(family.name, normal=names["Regular"], bold=names["Bold"],
                                      italic=names["Italic"], boldItalic=names["BoldItalic"])
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    rl_paragraph.shapeFragWord = _shape_by_font


_FEATURES = {"kern": True, "liga": True, "dlig": False}  # dlig would print "محمد" as one sign (U+FDF4)
_shape = ttfonts.shapeFragWord


def _shape_by_font(word: list[Any], features: dict[str, bool] | None = None, force: bool = False) -> list[Any]:
    """reportlab's shaping of a word, one font at a time.

    reportlab shapes a whole word with the font of its first part; a word such as "(مشي)",
    whose brackets come from another font than its letters, would get glyphs of the wrong
    font. Each part in one font is shaped on its own, and the parts are put back together.
    """
    if isinstance(word, ttfonts.ShapedFragWord):
        return word
    groups: list[tuple[str, list[Any]]] = []
    for part in word[1:]:
        name = "" if hasattr(part[0], "cbDefn") else part[0].fontName
        if groups and (not name or name == groups[-1][0]):
            groups[-1][1].append(part)
        else:
            groups.append((name, [part]))
    if len(groups) <= 1:
        return _shape(word, _FEATURES, force)
    total = 0.0
    parts: list[Any] = []
    for _name, items in groups:
        width = sum(pdfmetrics.stringWidth(text, f.fontName, f.fontSize) for f, text in items
                    if not hasattr(f, "cbDefn"))
        shaped = _shape([width, *items], _FEATURES, force)
        _remember_private(items, shaped)
        total += shaped[0]
        parts += shaped[1:]
    return ttfonts.makeShapedFragWord(word)([total, *parts])


# A shaped glyph the font's cmap does not name (an Arabic medial form) gets a private-use
# code from reportlab; what it stands for is remembered per face, for the text layer.
_PRIVATE: dict[tuple[str, int], str] = {}


def _remember_private(items: list[Any], shaped: list[Any]) -> None:
    if shaped is items or len(shaped) < 2:
        return
    text = "".join(t for f, t in items if not hasattr(f, "cbDefn"))
    for f, glyphs in shaped[1:]:
        data = getattr(glyphs, "__shapeData__", None)
        if not data or hasattr(f, "cbDefn"):
            continue
        clusters = sorted({d.cluster for d in data if 0 <= d.cluster < len(text)})
        face = pdfmetrics.getFont(f.fontName).face.name
        face = face.decode("latin-1") if isinstance(face, bytes) else str(face)
        for ch, d in zip(glyphs, data, strict=False):
            if 0xE000 <= ord(ch) <= 0xF8FF and 0 <= d.cluster < len(text):
                later = [c for c in clusters if c > d.cluster]
                _PRIVATE[(face, ord(ch))] = text[d.cluster:later[0] if later else len(text)]


def face_name(style: str = "Regular", family: str = MAIN) -> str:
    install()
    return _BY_NAME[family].face(style)


def read_ahead(styles: tuple[str, ...]) -> None:
    """Read the main family's ``styles`` now instead of at their first use: a command does it while
    its Argon2id unlock runs on the other core (``cli/documents_cmd.py``)."""
    install()
    for style in styles:
        pdfmetrics.getFont(face_name(style)).face  # noqa: B018 - the property reads and keeps the file


@cache
def coverage(family: str) -> frozenset[int]:
    """The code points every face of ``family`` can draw (reads the family's files once)."""
    install()
    chars: set[int] | None = None
    for style in STYLES:
        face = pdfmetrics.getFont(_BY_NAME[family].face(style)).face
        found = set(face.charToGlyph)
        chars = found if chars is None else chars & found
    return frozenset(chars or ())


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges)


_UNSAFE = re.compile(f"[^{_class(SAFE)}\n]")
_NEEDS_SHAPING = re.compile(f"[{_class(COMPLEX)}]")


def all_safe(text: str) -> bool:
    """Every character is one the main family draws in every face (no look-up needed)."""
    return _UNSAFE.search(text) is None


def _in(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= cp <= high for low, high in ranges)


def is_safe(cp: int) -> bool:
    return _in(cp, SAFE)


@cache
def family_of(ch: str) -> str | None:
    """The family that draws ``ch``, or None when no font has it."""
    cp = ord(ch)
    if is_safe(cp):
        return MAIN
    for family in FAMILIES:
        if family.prefer and _in(cp, family.prefer) and cp in coverage(family.name):
            return family.name
    for family in FAMILIES:
        if not family.prefer and cp in coverage(family.name):  # a script's own family draws only that script
            return family.name
    return None


def no_glyph(ch: str) -> str:
    """The readable stand-in for a character no font has."""
    return NO_GLYPH_SYMBOL if unicodedata.category(ch).startswith("S") else NO_GLYPH_OTHER


def needs_shaping(text: str) -> bool:
    return _NEEDS_SHAPING.search(text) is not None


def is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _extracted(cp: int) -> str:
    """What a glyph stands for in the text layer: presentation forms and ligatures as plain letters."""
    ch = chr(cp)
    if 0xFB00 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        plain = unicodedata.normalize("NFKC", ch)
        if plain.strip():
            return plain
    return ch


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with UTF-16 pairs above U+FFFF and shaped forms as letters."""
    face = fontname.split("+", 1)[-1]
    entries = [f"<{i:02X}> <{_PRIVATE.get((face, cp), _extracted(cp)).encode('utf-16-be').hex().upper()}>"
               for i, cp in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar", *entries,
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])
