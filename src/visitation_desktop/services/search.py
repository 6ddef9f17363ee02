"""Search-as-you-type over the case list: an index kept in memory, never written anywhere.

``SearchIndex`` holds, per overview row, the citizen's name and address folded for comparison,
the CPR digits and the case number. The main window's search and ``cases list --search`` (through
``CaseService.list_cases`` and ``OverviewSource.overview``) both use it, so they find the same
cases. A query is split into words; every word must match:

- a word of digits (dashes and spaces allowed, ``x`` for a masked digit as the list shows it,
  ``010190-xxxx``) matches the start of the CPR number, the start of the case number, or digits
  in the address (house number, postcode);
- any other word matches a part of the name or the address, ignoring case.

A query that extends the previous one (one more letter) is looked up among the previous hits
only, so each keystroke costs less than the one before. ``prepare`` (off the GUI thread: about half
a second at 50,000 rows) makes the sets of rows holding each character and each pair of characters
(``services/search_grams.py``): then a word of one or two letters is a look-up and a longer word is
checked only in the rows holding all its pairs, so no keystroke passes over every row. The mask of
the last result is kept (``mask``) so the list need not build one. These live in memory only, like
the rest of the index.

``CaseSearch`` adds the hook for the access log: the window calls ``settled`` once a query has
stood still (not on every keystroke) and every listener given to ``on_settled`` hears which
query found which cases.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import contains, itemgetter
from typing import Protocol

from ..store.records import CaseSummary
from .search_grams import GramIndex, unpack

_DIGITISH = re.compile(r"^[\dxX-]+$")

SettledListener = Callable[[str, list[int]], None]
_FLIP = bytes.maketrans(b"\x00\x01", b"\x01\x00")


def _kind(word: str) -> str:
    return "digits" if _DIGITISH.match(word) and any(ch.isdigit() for ch in word) else "text"


def _words(query: str) -> list[str]:
    """The query's words; '010190 1234' (CPR typed with a space) is one word."""
    merged = re.sub(r"(?<=\d)[\s-]+(?=[\dxX])", "", query.strip())
    return merged.split()


class Searchable(Protocol):
    """A row of the list searched: an overview row (``OverviewRow``) or an indexed case (``IndexedCase``)."""

    @property
    def summary(self) -> CaseSummary: ...

    @property
    def address(self) -> str: ...


class SearchIndex:
    """Which rows of an overview match a query; rows are positions in the list given."""

    def __init__(self, rows: Sequence[Searchable]) -> None:
        self._text = [f"{r.summary.citizen_name}\n{r.address}".casefold() for r in rows]
        self._cpr = [r.summary.cpr for r in rows]
        self._number = [str(r.summary.id) for r in rows]
        self._address = [r.address for r in rows]
        self._last: tuple[list[str], list[int]] | None = None
        self._positions = list(range(len(self._text)))  # one int object per row, shared by every result
        self._letters: dict[str, bytes] = {}  # one-letter query -> its mask (1 at each row found)
        self._grams: GramIndex | None = None  # the rows holding each character and pair, once prepared
        self.refined = False  # the last ``matching`` looked among the hits before it (they are a superset)
        self.mask: bytes | None = None  # 1 at each position the last ``matching`` found, when it made one

    def prepare(self) -> None:
        """Make the sets of rows holding each character and pair ahead (pure Python; safe off the GUI thread)."""
        self._grams = GramIndex(self._text)

    def _letter(self, letter: str) -> bytes:
        mask = self._letters.get(letter)
        if mask is None:
            mask = self._letters[letter] = bytes(map(contains, self._text, repeat(letter)))
        return mask

    def __len__(self) -> int:
        return len(self._text)

    def matching(self, query: str) -> list[int] | None:
        """Positions of the rows matching ``query`` in order; None when the query is empty (all rows)."""
        words = _words(query)
        self.mask = None
        if not words:
            self._last = None
            self.refined = False
            return None
        among: Sequence[int] = self._positions
        self.refined = self._last is not None and _refines(self._last[0], words)
        if self._last is not None and self.refined:
            among = self._last[1]
        if self._grams is not None and any(_kind(word) == "text" for word in words):
            found = self._by_grams(words)
            self._last = (words, found)
            return found
        if len(words) == 1 and _kind(words[0]) == "text" and len(among) * 2 > len(self._text):
            found = self._whole(words[0].casefold())  # most rows still in play: one pass over all, with a mask
            self._last = (words, found)
            return found
        found = list(among)
        for word in words:
            found = self._filter(word, found)
        self._last = (words, found)
        return found

    def _by_grams(self, words: list[str]) -> list[int]:
        """The rows holding every text word's pieces (``GramIndex``), then each other word checked there."""
        assert self._grams is not None
        grams = self._grams
        needles = [word.casefold() for word in words if _kind(word) == "text"]
        bits = grams.candidates(needles[0])
        for needle in needles[1:]:
            bits &= grams.candidates(needle)
        mask = unpack(bits, len(self._text))
        found = list(compress(self._positions, mask))
        if all(_kind(word) == "text" and grams.exact(word.casefold()) for word in words):
            self.mask = mask  # exactly these rows: the list reads it as it is
            return found
        unsure = [word for word in words if _kind(word) != "text" or not grams.exact(word.casefold())]
        if len(unsure) == 1 and _kind(unsure[0]) == "text":  # one word to check (the usual case): keep a mask
            return self._checked(unsure[0].casefold(), found, mask)
        for word in unsure:
            found = self._filter(word, found)
        return found

    def _checked(self, needle: str, candidates: list[int], mask: bytes) -> list[int]:
        """The ``candidates`` (1 in ``mask``) whose text holds ``needle``, setting ``mask`` to them."""
        held = bytes(map(contains, _pick(self._text, candidates), repeat(needle)))  # 1 for each one kept
        found = list(compress(candidates, held))
        dropped = len(candidates) - len(found)
        if dropped:  # change the mask where it is cheaper: set the rows kept, or clear those dropped
            if len(found) <= dropped:
                kept = bytearray(len(mask))
                deque(map(kept.__setitem__, found, repeat(1)), maxlen=0)
            else:
                kept = bytearray(mask)
                deque(map(kept.__setitem__, compress(candidates, held.translate(_FLIP)), repeat(0)), maxlen=0)
            mask = bytes(kept)
        self.mask = mask
        return found

    def _whole(self, needle: str) -> list[int]:
        """The rows whose name or address contains ``needle`` (a text word), setting ``mask``."""
        if len(needle) == 1:
            self.mask = self._letter(needle)
        else:
            self.mask = bytes(map(contains, self._text, repeat(needle)))
        return list(compress(self._positions, self.mask))

    def _filter(self, word: str, among: list[int]) -> list[int]:
        if _kind(word) == "text":
            # C-level loops (no Python bytecode per row): 50,000 rows in a few milliseconds
            needle = word.casefold()
            texts = self._text if len(among) == len(self._text) else _pick(self._text, among)
            return list(compress(among, map(contains, texts, repeat(needle))))
        digits = word.replace("-", "")
        cpr, number, address = self._cpr, self._number, self._address
        if "x" in digits.lower():
            masked = re.compile(digits.lower().replace("x", r"\d"))
            return [i for i in among if masked.match(cpr[i])]
        return [i for i in among if cpr[i].startswith(digits) or number[i].startswith(digits) or digits in address[i]]


def _pick(values: list[str], positions: list[int]) -> Sequence[str]:
    """``[values[i] for i in positions]`` without a Python loop."""
    if not positions:
        return []
    picked = itemgetter(*positions)(values)
    return picked if len(positions) > 1 else (picked,)


def _refines(before: list[str], now: list[str]) -> bool:
    """Whether every row matching ``now`` also matches ``before`` (more typed, same kind of words)."""
    if len(now) < len(before):
        return False
    for old, new in zip(before, now, strict=False):
        if _kind(old) != _kind(new) or not new.startswith(old):
            return False
        if _kind(old) == "digits" and ("x" in new.lower()) != ("x" in old.lower()):
            return False
    return True


class CaseSearch:
    """The search index of the list on screen, and the one place a settled search is reported."""

    def __init__(self, rows: Sequence[Searchable] = ()) -> None:
        self.index = SearchIndex(rows)
        self._listeners: list[SettledListener] = []

    def reindex(self, rows: Sequence[Searchable]) -> None:
        self.index = SearchIndex(rows)

    def on_settled(self, listener: SettledListener) -> None:
        """Call ``listener(query, case_ids)`` each time a search settles (e.g. to log the look-up)."""
        self._listeners.append(listener)

    def settled(self, query: str, case_ids: list[int]) -> None:
        """The caseworker stopped typing: ``query`` now shows ``case_ids``. Called once per settled query."""
        for listener in self._listeners:
            listener(query, case_ids)
