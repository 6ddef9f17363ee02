"""Which of the cases ``sync pull --search`` found to check out: the caseworker picks from a numbered list.

At a terminal the matches are listed and the caseworker answers with their numbers ("1,3", "2-4",
"alle", or nothing for none). A script (no terminal) must say what it wants: ``--all`` for every
match, or ``--choose NR …`` with the numbers of the list (``sync find TEKST`` lists the same
matches in the same order); otherwise it is refused with a Danish message and exit code 2.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, Protocol

from .common import CliError

_ASK_TIMES = 3


class Match(Protocol):
    uuid: str
    name: str
    cpr: str
    status: str
    caseworker: str


def listing(found: Sequence[Match]) -> str:
    """The numbered list as shown (CPR numbers masked, the status in Danish)."""
    width = len(str(len(found)))
    return "\n".join(
        f"{n:>{width}}  {f.name} ({f.cpr[:6]}-xxxx)  {status_label(f.status)}  {f.caseworker}"
        for n, f in enumerate(found, 1)
    )


def status_label(value: str) -> str:
    """A central case's status in Danish ("Under behandling"), or as stored if unknown."""
    from ..domain.case import STATUS_LABELS, CaseStatus

    try:
        return STATUS_LABELS[CaseStatus(value)]
    except ValueError:
        return value


def parse_numbers(text: str, count: int) -> list[int] | None:
    """ "1,3 5-6" -> [1, 3, 5, 6]; "alle" -> all; "" -> []; None when it is not a list of numbers 1..count."""
    words = text.replace(",", " ").split()
    if [w.lower() for w in words] in (["alle"], ["a"]):
        return list(range(1, count + 1))
    chosen: list[int] = []
    for word in words:
        low, sep, high = word.partition("-")
        if not low.isdigit() or (sep and not high.isdigit()):
            return None
        first, last = int(low), int(high) if sep else int(low)
        if not 1 <= first <= last <= count:
            return None
        chosen.extend(n for n in range(first, last + 1) if n not in chosen)
    return chosen


def pick(found: Sequence[Match], search: str, *, take_all: bool, numbers: Sequence[int]) -> list[str]:
    """The uuids of the matches to check out."""
    if not found:
        print(f"Ingen sager fundet for »{search}«.")
        return []
    if take_all:
        return [f.uuid for f in found]
    if numbers:
        wrong = sorted({n for n in numbers if not 1 <= n <= len(found)})
        if wrong:
            raise CliError(
                f"Søgningen »{search}« fandt {len(found)} sag(er); der er ingen nummer "
                f"{', '.join(map(str, wrong))}. Se listen med 'sync find {search}'.", 2
            )
        return [found[n - 1].uuid for n in dict.fromkeys(numbers)]
    if not _at_terminal():
        print(listing(found))
        raise CliError(
            f"Søgningen »{search}« fandt {len(found)} sag(er), og der er ingen at spørge, hvilke der skal hentes. "
            "Giv numrene fra listen med --choose NR …, eller hent dem alle med --all.", 2
        )
    print(f"Søgningen »{search}« fandt {len(found)} sag(er):")
    print(listing(found))
    for _ in range(_ASK_TIMES):
        try:
            answer = input("Hvilke vil du hente? Skriv numrene (fx 1,3 eller 2-4), »alle«, eller tryk Enter for ingen: ")
        except EOFError:
            answer = ""
        chosen = parse_numbers(answer, len(found))
        if chosen is not None:
            if not chosen:
                print("Ingen af de fundne sager er valgt.")
            return [found[n - 1].uuid for n in chosen]
        print(f"Skriv numre mellem 1 og {len(found)}, adskilt af komma eller mellemrum.")
    raise CliError("Ingen sager valgt; intet er hentet.", 2)


def _at_terminal() -> bool:
    stdin: Any = sys.stdin
    return bool(stdin is not None and stdin.isatty())
