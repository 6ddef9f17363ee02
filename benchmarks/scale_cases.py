"""Realistic fictional cases for ``benchmarks/scale.py``: the demo citizens, varied by number.

Each case is a copy of one of the demo cases (all statuses, goals, assessments, placements) with
its own invented name, CPR number of the right form, address and dates spread over the last two
years, so search and the overview's groups see a realistic mix. Nobody here is a real person.
"""

from __future__ import annotations

import copy
import datetime as dt
import random

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.standard import Standard
from visitation_desktop.services.demo_data import demo_cases

FIRST = (
    "Anne", "Bent", "Birgit", "Carsten", "Dorthe", "Erik", "Frida", "Gitte", "Hans", "Ida", "Jens",
    "Karen", "Lars", "Lene", "Mads", "Maria", "Niels", "Ole", "Pia", "Rasmus", "Sofie", "Søren",
    "Tove", "Ulla", "Vibeke", "Åse", "Øjvind", "Mette", "Kristian", "Hanne", "Jørgen", "Anders",
)
MIDDLE = ("", "", "", "Marie", "Skov", "Lund", "Kjær", "Holm", "Bach", "Dam")
LAST = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
    "Johansen", "Møller", "Mortensen", "Knudsen", "Overgaard", "Vestergaard", "Thygesen", "Kirk",
)
STREETS = (
    "Storegade", "Vestergade", "Østerbakken", "Kirkevej", "Møllevej", "Skolegade", "Havnevej",
    "Strandvejen", "Bakkedraget", "Engvej", "Fjordvej", "Lindevej", "Søndergade", "Nørregade",
)
TOWNS = (
    ("7700", "Thisted"), ("7730", "Hanstholm"), ("7741", "Frøstrup"), ("7752", "Snedsted"),
    ("7760", "Hurup Thy"), ("7790", "Thyholm"), ("7742", "Vesløs"), ("7755", "Bedsted Thy"),
)


def _cpr(birth: dt.date, seq: int) -> str:
    """Ten digits of the right form for someone born 1900-1999 (7th digit 0-3); invented."""
    return birth.strftime("%d%m%y") + f"{seq % 4}{(seq // 4) % 1000:03d}"


def scale_cases(standard: Standard, catalogue: Catalogue, today: dt.date, start: int, count: int) -> list[CaseFile]:
    """Cases number ``start`` .. ``start + count - 1``; the same numbers give the same cases."""
    templates = demo_cases(standard, catalogue, today)
    out: list[CaseFile] = []
    for no in range(start, start + count):
        rnd = random.Random(no)
        case = copy.deepcopy(templates[no % len(templates)])
        shift = dt.timedelta(days=rnd.randrange(0, 700))
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rnd.randrange(0, 59 * 365))
        c = case.citizen
        middle = rnd.choice(MIDDLE)
        c.name = " ".join(part for part in (rnd.choice(FIRST), middle, rnd.choice(LAST)) if part)
        c.cpr = _cpr(birth, no)
        c.address = f"{rnd.choice(STREETS)} {rnd.randrange(1, 120)}"
        c.postcode, c.town = rnd.choice(TOWNS)
        c.phone = f"{rnd.randrange(20_000_000, 99_999_999)}"
        c.email = ""
        if case.application.received is not None:
            case.application.received -= shift
        if case.decision.decided_on is not None:
            case.decision.decided_on -= shift
        if case.placement.planned_start is not None:
            case.placement.planned_start -= shift
        out.append(case)
    return out
