"""Text as the documents print it: any name in any script, safe for reportlab's markup.

``para_text`` turns what was typed into Paragraph markup: each run of characters is set in
the family that draws it (see ``fonts``), a character no font has becomes a readable
stand-in, and right-to-left words (Arabic, Hebrew) are put in visual order inside a
Danish line; harfbuzz shapes each word and draws its letters right to left. A
right-to-left sentence long enough to wrap is ordered as one line before wrapping, so
its continuation line comes below its end: names, addresses and short texts print right.
"""

from __future__ import annotations

import re
import unicodedata

from visitation_desktop.documents import fonts

_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def in_sentence(label: str) -> str:
    """A standard's label ("Hel plads", "Plads i Café Broen") inside a sentence: only its first letter
    lower-cased, so the names in it keep their capitals; an abbreviation ("DUT-plads") is left as written."""
    if not label or (len(label) > 1 and label[1].isupper()):
        return label
    return label[0].lower() + label[1:]


def escape(text: str) -> str:
    """Text as Paragraph markup (xml.sax.saxutils.escape would import urllib and http at start-up)."""
    return text.translate(_MARKUP)


_KEEP_TOGETHER = re.compile(r"(§§?|\d) (\d|uger\b|måneder\b|år\b)")
_SPACES = re.compile(r"( +)")


def _typed(text: str) -> str:
    """NFC; invisible format characters and variation selectors dropped; tabs as spaces."""
    if fonts.all_safe(text):
        return text  # printable Latin-1 and the like: already NFC, nothing to drop
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch == "\n":
            out.append(ch)
        elif ch in "\t\r":
            out.append(" ")
        elif unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F or 0xE0100 <= ord(ch) <= 0xE01EF:
            continue
        elif unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            out.append(fonts.NO_GLYPH_OTHER)
        else:
            out.append(ch)
    return "".join(out)


def clean(text: str) -> str:
    """Plain text the main family draws alone (chart labels, canvas lines): the rest becomes a stand-in."""
    typed = _typed(text)
    if fonts.all_safe(typed):
        return typed
    out: list[str] = []
    for ch in typed:
        if ch == "\n" or fonts.is_safe(ord(ch)) or ord(ch) in fonts.coverage(fonts.MAIN):
            out.append(ch)
        else:
            out.append(fonts.no_glyph(ch))
    return "".join(out)


def _direction(word: str) -> str:
    for ch in word:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return ""


def visual_order(line: str) -> str:
    """The line with each run of right-to-left words (and the neutral words between them) reversed."""
    if not any(fonts.is_rtl(ch) for ch in line):
        return line
    tokens = [t for t in _SPACES.split(line) if t]
    out: list[str] = []
    run: list[str] = []
    pending: list[str] = []  # spaces and neutral words after an RTL word, not yet known to be inside the run
    for token in tokens:
        kind = "space" if token.isspace() else _direction(token)
        if kind == "rtl":
            run += pending + [token]
            pending = []
        elif run and kind in ("space", ""):
            pending.append(token)
        else:
            if run:
                out += run[::-1]
                run = []
            out += pending + [token]
            pending = []
    out += run[::-1] + pending
    return "".join(out)


def _families(word: str) -> list[str | None]:
    """The family of each character of a word; neutral signs follow the letters next to them."""
    own = [fonts.family_of(ch) if ch.isalpha() or unicodedata.category(ch).startswith("M") else None
           for ch in word]
    letters = [i for i, ch in enumerate(word) if own[i] is not None]
    result: list[str | None] = []
    for i, ch in enumerate(word):
        if own[i] is not None or ch.isalpha():
            result.append(own[i])
            continue
        near = [j for j in letters if j < i][-1:] + [j for j in letters if j > i][:1]
        chosen = next((own[j] for j in near if own[j] and ord(ch) in fonts.coverage(own[j] or "")), None)
        result.append(chosen or fonts.family_of(ch))
    return _one_family(word, result)


def _one_family(word: str, families: list[str | None]) -> list[str | None]:
    """A word in one family where one draws all of it: harfbuzz shapes a word with a single font."""
    found = {f for f in families if f is not None}
    if len(found) <= 1:
        return families
    letters = [f for ch, f in zip(word, families, strict=True) if f is not None and ch.isalpha()]
    candidates = [*letters[:1], fonts.MAIN, *(f.name for f in fonts.FAMILIES)]
    for family in candidates:
        if all(fonts.is_safe(ord(ch)) and family == fonts.MAIN or ord(ch) in fonts.coverage(family)
               for ch in word):
            return [family] * len(word)
    return families


def _markup_line(line: str) -> str:
    if fonts.all_safe(line):
        return escape(line)
    parts: list[str] = []
    current: str | None = fonts.MAIN
    buffer: list[str] = []

    def flush() -> None:
        if not buffer:
            return
        text = escape("".join(buffer))
        parts.append(text if current == fonts.MAIN else f'<font face="{current}-Regular">{text}</font>')
        buffer.clear()

    for token in (t for t in _SPACES.split(visual_order(line)) if t):
        families = [fonts.MAIN] * len(token) if token.isspace() else _families(token)
        for ch, family in zip(token, families, strict=True):
            if family is None:
                ch, family = fonts.no_glyph(ch), fonts.MAIN
            if family != current:
                flush()
                current = family
            buffer.append(ch)
    flush()
    return "".join(parts)


def keep_together(text: str) -> str:
    """ "§ 104" and "4 uger" with a no-break space, so a line never ends between them."""
    return _KEEP_TOGETHER.sub("\\1\u00a0\\2", text)


def para_text(text: str) -> str:
    """Text made safe for a reportlab Paragraph: fonts per run, XML-escaped, line breaks kept.

    "§ 104" and "4 uger" get a no-break space, so a line never ends between them.
    """
    lines = keep_together(_typed(text)).strip().split("\n")
    return "<br/>".join(_markup_line(line) for line in lines)
