"""Embedded font subsets without hinting: the same outlines in about a third of the bytes.

reportlab embeds each face as a TrueType subset of the glyphs a document uses, copied with the
font's hinting: the bytecode in every glyph and the tables it runs with (``fpgm``, ``prep``,
``cvt ``). Hinting snaps outlines to a screen's pixel grid at small sizes; a PDF is printed at
600 dpi or more and drawn by viewers that scale it freely, so the hints only cost bytes (in DejaVu
Sans they are more than half of each subset). Browsers' PDF makers leave them out for that reason.

``lean`` takes a subset as reportlab made it and returns it without the hinting: the glyph
instructions are cut (simple and composite glyphs), the three hinting tables left out, ``loca``
and ``maxp`` set to match. Outlines, metrics and the character map are kept byte for byte. The
``name`` table keeps the font's names, copyright and licence in its Windows (Unicode) records and
drops their copies for the old Macintosh platform, which PDF readers do not use.
"""

from __future__ import annotations

import struct

from reportlab.pdfbase.ttfonts import TTFontMaker

HINTING_TABLES = frozenset({"cvt ", "fpgm", "prep"})
# composite glyph component flags (OpenType glyf table)
_ARG_WORDS = 0x0001
_HAS_SCALE = 0x0008
_MORE = 0x0020
_XY_SCALE = 0x0040
_TWO_BY_TWO = 0x0080
_INSTRUCTIONS = 0x0100


def _tables(font: bytes) -> dict[str, bytes]:
    count = struct.unpack_from(">H", font, 4)[0]
    tables = {}
    for n in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", font, 12 + 16 * n)
        tables[tag.decode("latin-1")] = font[offset:offset + length]
    return tables


def _simple_without_instructions(glyph: bytes) -> bytes:
    contours = struct.unpack_from(">h", glyph, 0)[0]
    at = 10 + 2 * contours  # after the header and endPtsOfContours: instructionLength
    length = struct.unpack_from(">H", glyph, at)[0]
    return glyph[:at] + b"\0\0" + glyph[at + 2 + length:]


def _composite_without_instructions(glyph: bytes) -> bytes:
    out = bytearray(glyph)
    at, flags = 10, _MORE
    while flags & _MORE:
        flags = struct.unpack_from(">H", out, at)[0]
        struct.pack_into(">H", out, at, flags & ~_INSTRUCTIONS)
        at += 4 + (4 if flags & _ARG_WORDS else 2)
        at += 2 if flags & _HAS_SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0
    return bytes(out[:at])  # the composite's instructions, if any, followed the last component


def _glyph_without_instructions(glyph: bytes) -> bytes:
    if not glyph:
        return glyph
    if struct.unpack_from(">h", glyph, 0)[0] >= 0:
        return _simple_without_instructions(glyph)
    return _composite_without_instructions(glyph)


def _windows_names_only(name: bytes) -> bytes:
    fmt, count, strings_at = struct.unpack_from(">HHH", name, 0)
    records = [struct.unpack_from(">6H", name, 6 + 12 * n) for n in range(count)]
    kept = [r for r in records if r[0] == 3]
    if fmt != 0 or not kept:
        return name
    strings, out = b"", []
    for platform, encoding, language, name_id, length, offset in kept:
        text = name[strings_at + offset:strings_at + offset + length]
        out.append(struct.pack(">6H", platform, encoding, language, name_id, len(text), len(strings)))
        strings += text
    return struct.pack(">HHH", 0, len(out), 6 + 12 * len(out)) + b"".join(out) + strings


def lean(font: bytes) -> bytes:
    """``font`` (a TrueType subset) without its hinting; see the module's text."""
    tables = _tables(font)
    long_offsets = struct.unpack_from(">h", tables["head"], 50)[0] == 1
    glyph_count = struct.unpack_from(">H", tables["maxp"], 4)[0]
    loca_format = ">%dI" if long_offsets else ">%dH"
    offsets = struct.unpack_from(loca_format % (glyph_count + 1), tables["loca"])
    if not long_offsets:
        offsets = tuple(2 * o for o in offsets)
    glyf = tables["glyf"]
    parts, new_offsets, pos = [], [], 0
    for n in range(glyph_count):
        glyph = _glyph_without_instructions(glyf[offsets[n]:offsets[n + 1]])
        glyph += b"\0" * (-len(glyph) % 4)
        new_offsets.append(pos)
        parts.append(glyph)
        pos += len(glyph)
    new_offsets.append(pos)
    if not long_offsets:
        new_offsets = [o // 2 for o in new_offsets]
    tables["glyf"] = b"".join(parts)
    tables["loca"] = struct.pack(loca_format % len(new_offsets), *new_offsets)
    maxp = bytearray(tables["maxp"])
    if len(maxp) >= 28:  # version 1.0: maxSizeOfInstructions
        struct.pack_into(">H", maxp, 26, 0)
    tables["maxp"] = bytes(maxp)
    if "name" in tables:
        tables["name"] = _windows_names_only(tables["name"])
    maker = TTFontMaker()
    for tag, data in tables.items():
        if tag not in HINTING_TABLES:
            maker.add(tag, data)
    return maker.makeStream()
