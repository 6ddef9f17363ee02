"""The character tables of a TrueType face read whole, instead of one number at a time.

reportlab's ``TTFontFile.extractInfo`` reads the glyph of every character (``cmap``), every glyph's
advance (``hmtx``) and where every glyph lies (``loca``) with a method call per number: a DejaVu
face takes some 8 ms, a quarter of a handleplan's first render. ``read_char_info`` computes the
same attributes (``charToGlyph``, ``glyphToChar``, ``charWidths``, ``defaultWidth``, ``hmetrics``,
``glyphPos``) from arrays read with one call each, choosing the same ``cmap`` subtable by
reportlab's own rule. It reads the two formats the program's fonts use (4 and 12) and returns
False for anything else, and the caller lets reportlab read the face as before.
``tests/documents/test_font_tables.py`` compares every attribute with reportlab's for every font the
program ships.
"""

from __future__ import annotations

import struct
import sys
from array import array
from typing import Any


def _ushorts(data: bytes, offset: int, count: int) -> list[int]:
    values = array("H", data[offset:offset + 2 * count])
    if len(values) != count:
        raise ValueError("the table is cut short")
    if sys.byteorder == "little":
        values.byteswap()
    return values.tolist()


_ULONG = "I" if array("I").itemsize == 4 else "L"  # the array type of 4-byte unsigned numbers here


def _ulongs(data: bytes, offset: int, count: int) -> list[int]:
    values = array(_ULONG, data[offset:offset + 4 * count])
    if len(values) != count:
        raise ValueError("the table is cut short")
    if sys.byteorder == "little":
        values.byteswap()
    return values.tolist()


def _chosen_subtable(data: bytes, cmap: int) -> int | None:
    """The offset of the ``cmap`` subtable reportlab's ``extractInfo`` chooses (its rule, as it is)."""
    version, count = struct.unpack_from(">HH", data, cmap)
    if count == 0 and version != 0:
        count = version
    chosen, enc = None, 0
    for n in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * n)
        if platform == 3:
            enc, chosen = 1, offset
        elif platform == 1 and encoding == 0 and enc != 1:
            enc, chosen = 2, offset
        elif platform == 1 and encoding == 1 or platform == 0 and encoding != 5:
            enc, chosen = 1, offset
    return None if chosen is None else cmap + chosen


def _format4(data: bytes, at: int, char_to_glyph: dict[int, int], glyph_to_char: dict[int, list[int]]) -> None:
    length = struct.unpack_from(">H", data, at + 2)[0]
    limit = at + length
    segments = struct.unpack_from(">H", data, at + 6)[0] // 2
    ends = _ushorts(data, at + 14, segments)
    starts = _ushorts(data, at + 16 + 2 * segments, segments)
    deltas = [d - 0x10000 if d >= 0x8000 else d for d in _ushorts(data, at + 16 + 4 * segments, segments)]
    range_start = at + 16 + 6 * segments
    range_offsets = _ushorts(data, range_start, segments)
    for n in range(segments):
        first, last, delta, range_offset = starts[n], ends[n], deltas[n], range_offsets[n]
        chars = range(first, last + 1)
        if range_offset == 0:
            glyphs = [(c + delta) & 0xFFFF for c in chars]
        else:
            base = range_start + 2 * n + range_offset  # the glyph of ``first``; one ushort per character after it
            inside = max(0, min(len(chars), (limit - base + 1) // 2))  # reportlab reads 0 at and past the limit
            glyphs = [(g + delta) & 0xFFFF if g else 0 for g in _ushorts(data, base, inside)]
            glyphs += [0] * (len(chars) - inside)
        for c, g in zip(chars, glyphs, strict=True):
            char_to_glyph[c] = g
            glyph_to_char.setdefault(g, []).append(c)


def _format12(data: bytes, at: int, char_to_glyph: dict[int, int], glyph_to_char: dict[int, list[int]]) -> None:
    groups = struct.unpack_from(">I", data, at + 12)[0]
    values = _ulongs(data, at + 16, 3 * groups)
    for n in range(groups):
        first, last, start_glyph = values[3 * n:3 * n + 3]
        inc = start_glyph - first
        for c in range(first, last + 1):
            g = c + inc
            char_to_glyph[c] = g
            glyph_to_char.setdefault(g, []).append(c)


_READERS = {4: _format4, 12: _format12}


def read_char_info(face: Any) -> bool:
    """Fill ``face``'s character tables as ``extractInfo(charInfo=1)`` would, after ``extractInfo(0)``
    read the rest; False (and nothing set) when the face needs reportlab's own reading."""
    data: bytes = face._ttf_data
    table = face.table
    if not all(tag in table for tag in ("head", "hhea", "cmap", "hmtx", "loca")):
        return False
    head, hhea = table["head"]["offset"], table["hhea"]["offset"]
    index_to_loc, glyph_data_format = struct.unpack_from(">hh", data, head + 50)
    metrics = struct.unpack_from(">H", data, hhea + 34)[0]
    glyph_count = face.numGlyphs
    subtable = _chosen_subtable(data, table["cmap"]["offset"])
    if glyph_data_format != 0 or index_to_loc not in (0, 1) or subtable is None or not metrics:
        return False
    reader = _READERS.get(struct.unpack_from(">H", data, subtable)[0])
    if reader is None:
        return False
    char_to_glyph: dict[int, int] = {}
    glyph_to_char: dict[int, list[int]] = {}
    try:
        reader(data, subtable, char_to_glyph, glyph_to_char)
        pairs = _ushorts(data, table["hmtx"]["offset"], 2 * metrics + max(0, glyph_count - metrics))
        loca = table["loca"]["offset"]
        positions = ([p << 1 for p in _ushorts(data, loca, glyph_count + 1)] if index_to_loc == 0
                     else _ulongs(data, loca, glyph_count + 1))
    except (ValueError, struct.error):
        return False
    raw = pairs[0:2 * metrics:2]
    units = face.unitsPerEm  # reportlab's scale: the numbers as they are at 1000 units, else x * (1000 / units)
    per_unit = 1000 / units
    advances: list[Any] = list(raw) if units == 1000 else [a * per_unit for a in raw]
    tail = pairs[2 * metrics:]  # glyphs after the last full metric: their bearing only
    hmetrics: list[tuple[Any, int]] = list(zip(raw, pairs[1:2 * metrics:2], strict=True))
    hmetrics += [(advances[-1], bearing) for bearing in tail]  # reportlab keeps the last advance, scaled
    advances += [advances[-1]] * len(tail)
    widths: dict[int, Any] = {}
    chars_of = glyph_to_char.get
    for glyph, advance in enumerate(advances):  # in glyph order, as reportlab sets them
        chars = chars_of(glyph)
        if chars is not None:
            for char in chars:
                widths[char] = advance
    default = advances[0]
    if 0x20 in char_to_glyph:
        char_to_glyph[0xA0] = char_to_glyph[0x20]
        widths[0xA0] = widths[0x20]
    elif 0xA0 in char_to_glyph:
        char_to_glyph[0x20] = char_to_glyph[0xA0]
        widths[0x20] = widths[0xA0]
    face.charToGlyph, face.glyphToChar, face.charWidths = char_to_glyph, glyph_to_char, widths
    face.defaultWidth, face.hmetrics, face.glyphPos = default, hmetrics, positions
    return True
