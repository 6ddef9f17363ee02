"""What the caseworker chose in the print dialog (or on the command line), as plain data.

The same choices reach every printer: on a CUPS queue they become ``lp`` job options
(``copies``, ``page-ranges``, ``sides``, ``ColorModel``); elsewhere the Qt printing path paints
exactly the chosen pages with them. Pages are numbered from 1, as the caseworker sees them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..limits import MAX_COPIES

SIDES = ("one-sided", "two-sided-long-edge", "two-sided-short-edge")  # IPP/CUPS ``sides`` values
_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")


class PageRangeError(ValueError):
    """A page range that cannot be printed; the message is Danish."""


@dataclass(frozen=True)
class PrintOptions:
    copies: int = 1
    pages: tuple[tuple[int, int], ...] = ()  # inclusive (first, last) ranges; empty: every page
    sides: str | None = None  # one of SIDES; None: the printer's default
    grayscale: bool | None = None  # True: black and white, False: colour, None: the printer's default
    collate: bool = True

    def __post_init__(self) -> None:
        if not 1 <= self.copies <= MAX_COPIES:
            raise PageRangeError(f"Antal kopier skal være mellem 1 og {MAX_COPIES}.")
        if self.sides is not None and self.sides not in SIDES:
            raise ValueError(f"unknown sides value {self.sides!r}")

    def page_list(self, page_count: int) -> list[int]:
        """The pages to print, numbered from 1, in order; every page when no range was chosen."""
        if not self.pages:
            return list(range(1, page_count + 1))
        chosen: list[int] = []
        for first, last in self.pages:
            chosen += [p for p in range(first, last + 1) if p <= page_count and p not in chosen]
        return chosen

    def pages_text(self) -> str:
        """``1-2,4`` (CUPS's ``page-ranges`` syntax); empty when every page is printed."""
        return ",".join(f"{a}" if a == b else f"{a}-{b}" for a, b in self.pages)

    def check_pages(self, page_count: int) -> None:
        """Refuse, in Danish, a range that starts after the document's last page."""
        for first, _last in self.pages:
            if first > page_count:
                pages = "1 side" if page_count == 1 else f"{page_count} sider"
                raise PageRangeError(f"Dokumentet har kun {pages}; side {first} findes ikke.")

    def lp_options(self) -> list[str]:
        """The ``lp`` arguments that carry these choices to a CUPS queue."""
        args = ["-n", str(self.copies)]
        if self.copies > 1:
            args += ["-o", "collate=true" if self.collate else "collate=false"]
        if self.pages:
            args += ["-o", f"page-ranges={self.pages_text()}"]
        if self.sides is not None:
            args += ["-o", f"sides={self.sides}"]
        if self.grayscale is True:
            args += ["-o", "ColorModel=Gray", "-o", "print-color-mode=monochrome"]
        elif self.grayscale is False:
            args += ["-o", "print-color-mode=color"]
        return args

    def describe(self) -> str:
        """For the access log: ``copies 2`` or ``copies 1, pages 1-2`` (no personal data)."""
        text = f"copies {self.copies}"
        return text + (f", pages {self.pages_text()}" if self.pages else "")


def parse_pages(text: str) -> tuple[tuple[int, int], ...]:
    """``1-2,4`` -> ((1, 2), (4, 4)); empty text -> () (every page). ``PageRangeError`` in Danish."""
    if not text.strip():
        return ()
    ranges: list[tuple[int, int]] = []
    for part in text.split(","):
        found = _RANGE.match(part)
        if not found:
            raise PageRangeError(
                f"Sidevalget »{text.strip()}« kan ikke læses. Skriv fx 1-2 eller 1,3 (sider tælles fra 1)."
            )
        first = int(found.group(1))
        last = int(found.group(2)) if found.group(2) else first
        if first < 1 or last < first:
            raise PageRangeError(
                f"Sidevalget »{part.strip()}« er ugyldigt: første side skal være 1 eller mere og før sidste side."
            )
        ranges.append((first, last))
    return tuple(ranges)
