"""Password strength: long enough and not a common password. No composition rules.

A password must have at least ``MIN_LENGTH`` characters and must not be, nor be built from, one
of the common passwords shipped in ``resources/passwords/common.txt`` (the 30,000 most common of
zxcvbn's list plus Danish words and patterns): the password as typed in lower case, with the
spaces taken out, and with digits and punctuation at its ends taken off are each looked up, so
``Sommer2026!`` is refused as ``sommer``. A password of one or two repeated characters or a run
like ``123456789012`` is refused too. Nothing else is demanded: no capitals, digits or symbols —
length and not being common is what makes a password hard to guess, and a sentence is easy to
remember.
"""

from __future__ import annotations

import string
from functools import cache

from visitation_desktop.resources import resource_path

MIN_LENGTH = 12
_EDGE = string.digits + string.punctuation + " §½´¨"
_RUNS = ("0123456789" * 3, "9876543210" * 3, string.ascii_lowercase + "æøå", "qwertyuiopåasdfghjklæøzxcvbnm")

ADVICE = (
    "Brug fx tre-fire tilfældige ord eller en sætning, du kan huske, som »kaffe på bænken i haven«. "
    "Store bogstaver, tal og tegn er ikke et krav."
)


@cache
def common_passwords() -> frozenset[str]:
    path = resource_path("passwords", "common.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _candidates(password: str) -> set[str]:
    lower = password.casefold()
    return {lower, lower.replace(" ", ""), lower.strip(_EDGE), lower.replace(" ", "").strip(_EDGE)} - {""}


def password_problem(password: str) -> str | None:
    """A Danish sentence saying why ``password`` cannot be used (with advice), or None when it can."""
    if not password.strip():
        return "Adgangskoden må ikke kun bestå af mellemrum. " + ADVICE
    if len(password) < MIN_LENGTH:
        return f"Adgangskoden skal være mindst {MIN_LENGTH} tegn lang. " + ADVICE
    lower = password.casefold()
    if len(set(lower)) <= 2 or any(lower in run for run in _RUNS):
        return "Adgangskoden er et mønster (samme tegn igen og igen, eller en række som 123456…) og gættes hurtigt. " + ADVICE
    if _candidates(password) & common_passwords():
        return (
            "Adgangskoden er blandt de mest brugte adgangskoder (eller et almindeligt ord med tal eller tegn "
            "omkring) og gættes hurtigt. " + ADVICE
        )
    return None
