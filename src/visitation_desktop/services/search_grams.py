"""Which rows hold a one- or two-character piece of text: the search index's sets, made ahead.

``GramIndex(texts)`` passes once over the texts (the folded names and addresses of the list) and
keeps, for every character and every pair of neighbouring characters, the set of rows holding it
as a bit set: a Python int with bit ``i`` set for row ``i`` (50,000 rows: 6 KB a set; a few hundred
to a few thousand sets). A query word of one or two characters is then one look-up; a longer word
is narrowed to the rows holding all its pairs (an AND of ints), which the caller checks. Building
costs about half a second at 50,000 rows, so it is done off the GUI thread. The sets live in
memory only, like the rest of the search index.

``unpack`` turns a set into a mask (one byte a row, 1 at each row in it), which ``itertools.compress``
reads; ``pack`` is the way back. Both are a few C-level passes, no Python bytecode per row.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Sequence
from functools import reduce
from itertools import repeat
from operator import add, and_

_CHUNK = 4096
_TO_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_FROM_DIGITS = bytes.maketrans(b"01", b"\x00\x01")


def pack(mask: bytes | bytearray) -> int:
    """The bit set of a mask (one byte a row, 0 or 1)."""
    return int(mask[::-1].translate(_TO_DIGITS), 2) if mask else 0


def unpack(bits: int, size: int) -> bytes:
    """The mask (one byte a row, 0 or 1) of a bit set of rows below ``size``."""
    if not bits:
        return bytes(size)
    return format(bits, "b").zfill(size)[::-1].encode("ascii").translate(_FROM_DIGITS)


def bits_of(positions: Sequence[int], size: int) -> int:
    """The bit set of the rows at ``positions`` (each below ``size``)."""
    mask = bytearray(size)
    deque(map(mask.__setitem__, positions, repeat(1)), maxlen=0)  # a C loop: no bytecode per row
    return pack(mask)


class GramIndex:
    """The rows holding each character and each pair of neighbouring characters of ``texts``."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.size = size = len(texts)
        pairs: dict[str, int] = {}
        for start in range(0, size, _CHUNK):  # a chunk of rows at a time: the lists of rows stay small
            at: defaultdict[str, list[int]] = defaultdict(list)
            for row, text in enumerate(texts[start : start + _CHUNK]):
                for pair in set(map(add, text, text[1:])):
                    at[pair].append(row)
            chunk = min(_CHUNK, size - start)
            for pair, rows in at.items():
                pairs[pair] = pairs.get(pair, 0) | bits_of(rows, chunk) << start
        singles: dict[str, int] = {}
        for pair, bits in pairs.items():  # a character is in a text when a pair of it is (or the text is it)
            for char in set(pair):
                singles[char] = singles.get(char, 0) | bits
        for row, text in enumerate(texts):
            if len(text) == 1:
                singles[text] = singles.get(text, 0) | 1 << row
        # A query word never holds white space (it is split there): sets with it are never asked for.
        self._sets = {g: b for g, b in (pairs | singles).items() if not any(ch.isspace() for ch in g)}

    def candidates(self, needle: str) -> int:
        """The rows that may hold ``needle`` (non-empty, no white space): exactly those for one or two
        characters, those holding all its pairs for more (``exact`` says which)."""
        if len(needle) <= 2:
            return self._sets.get(needle, 0)
        sets = self._sets
        return reduce(and_, (sets.get(needle[i : i + 2], 0) for i in range(len(needle) - 1)))

    @staticmethod
    def exact(needle: str) -> bool:
        """Whether ``candidates(needle)`` are exactly the rows holding it."""
        return len(needle) <= 2

    def __len__(self) -> int:
        return len(self._sets)
