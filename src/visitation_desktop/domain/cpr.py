"""CPR numbers: reading what a caseworker typed, the birth date, the age, and masking.

The number is DDMMYY-SSSS. The 7th digit together with YY gives the century (CPR's own
rule; ``tests/domain/test_cpr_rules.py`` checks it against python-stdnum for every date). Since
2007 some numbers no longer satisfy the old modulus-11 check, so a failed check is only a warning
for the caseworker, never a refusal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .messages import QT_TRANSLATE_NOOP, Msg, msg

MODULUS_WARNING = QT_TRANSLATE_NOOP(
    "Messages",
    "CPR-nummeret opfylder ikke den gamle modulus 11-kontrol. "
    "Det kan være korrekt (numre fra efter 2007). Kontrollér det med borgeren.",
)

_SEPARATORS = " -\u2013\u00a0"  # space, hyphen, en dash, no-break space
_MASKED_TAIL = "xxxx"


class CprError(ValueError):
    """The text is not a usable CPR number; ``str(error)`` is a Danish message for the user,
    ``text`` the same for the GUI to translate (``domain/messages.py``)."""

    def __init__(self, text: Msg) -> None:
        super().__init__(text.render())
        self.text = text


@dataclass(frozen=True)
class CprInfo:
    number: str  # ten digits, no dash
    birth_date: dt.date
    modulus_ok: bool
    warning: str = ""  # Danish, empty when there is nothing to check


def normalize(text: str) -> str:
    """Return the ten digits of "DDMMYY-SSSS", "DDMMYYSSSS" or the same with spaces."""
    compact = "".join(ch for ch in text.strip() if ch not in _SEPARATORS)
    if not compact:
        raise CprError(msg(QT_TRANSLATE_NOOP("Messages", "Skriv CPR-nummeret: 10 cifre, fx 010190-1234.")))
    if not (compact.isascii() and compact.isdigit()):
        raise CprError(
            msg(QT_TRANSLATE_NOOP("Messages", "CPR-nummeret må kun indeholde tal og evt. en bindestreg, fx 010190-1234."))
        )
    return compact


def parse(text: str, today: dt.date | None = None) -> CprInfo:
    """Read a typed CPR number; raise ``CprError`` with a Danish message if it cannot be right."""
    number = normalize(text)
    if len(number) != 10:
        raise CprError(
            msg(QT_TRANSLATE_NOOP("Messages", "CPR-nummeret skal have 10 cifre. Der er {count}."), count=len(number))
        )
    try:
        birth_date = birth_date_of(number)
    except ValueError:
        raise CprError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages", "De første 6 cifre i CPR-nummeret er ikke en rigtig dato (DDMMÅÅ). Kontrollér nummeret."
                )
            )
        ) from None
    if birth_date > (today or dt.date.today()):
        raise CprError(
            msg(QT_TRANSLATE_NOOP("Messages", "Fødselsdatoen i CPR-nummeret ligger i fremtiden. Kontrollér nummeret."))
        )
    modulus_ok = checksum(number) == 0
    return CprInfo(
        number=number,
        birth_date=birth_date,
        modulus_ok=modulus_ok,
        warning="" if modulus_ok else MODULUS_WARNING,
    )


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Whole years of age on ``day``; one born on 29 February is a year older on 1 March."""
    if day < birth_date:
        raise ValueError("Datoen ligger før fødselsdatoen.")
    had_birthday = (day.month, day.day) >= (birth_date.month, birth_date.day)
    return day.year - birth_date.year - (0 if had_birthday else 1)


def format_cpr(number: str) -> str:
    """Show ten digits the usual way: 0101901234 -> 010190-1234."""
    digits = normalize(number)
    if len(digits) != 10:
        raise CprError(
            msg(QT_TRANSLATE_NOOP("Messages", "CPR-nummeret skal have 10 cifre. Der er {count}."), count=len(digits))
        )
    return f"{digits[:6]}-{digits[6:]}"


def mask(number: str) -> str:
    """Hide the last four digits: 0101901234 -> 010190-xxxx; anything else shows nothing of itself."""
    compact = "".join(ch for ch in number.strip() if ch not in _SEPARATORS)
    if len(compact) != 10 or not (compact.isascii() and compact.isdigit()):
        return f"xxxxxx-{_MASKED_TAIL}"
    return f"{compact[:6]}-{_MASKED_TAIL}"


_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def _century(seventh: str, yy: int) -> int:
    """CPR's century rule: the 7th digit and the two-digit year give the century of the birth."""
    if seventh in "0123":
        return 1900
    if seventh in "49":
        return 1900 if yy >= 37 else 2000
    return 1800 if yy >= 58 else 2000


def birth_date_of(number: str) -> dt.date:
    """The birth date of ten CPR digits; ``ValueError`` when DDMMYY is no date."""
    yy = int(number[4:6])
    return dt.date(_century(number[6], yy) + yy, int(number[2:4]), int(number[0:2]))


def checksum(number: str) -> int:
    """The old modulus-11 check of ten CPR digits: 0 when it holds."""
    return sum(w * int(d) for w, d in zip(_WEIGHTS, number, strict=True)) % 11


def _century_digits(birth_date: dt.date) -> str:
    """The 7th digits that CPR's century rule allows for this birth date."""
    year, yy = birth_date.year, birth_date.year % 100
    return "".join(digit for digit in "0123456789" if _century(digit, yy) + yy == year)


def make_fictional_cpr(birth_date: dt.date, seq: int) -> str:
    """An invented CPR number for demo and test data: never a number read from a real person.

    The number has the right form: the birth date, and a 7th digit that gives the right century.
    The ``seq``-th number for a date is taken first among those that pass the old modulus-11
    check, so demo data shows no modulus warning unless ``seq`` runs past all of them. Being
    invented, it may still happen to equal someone's real number: use it only in demo data.
    """
    century_digits = _century_digits(birth_date)
    if not century_digits:
        raise ValueError(f"CPR numbers do not exist for birth year {birth_date.year}")
    head = birth_date.strftime("%d%m%y")
    candidates = [head + f"{s:04d}" for s in range(10_000) if f"{s:04d}"[0] in century_digits]
    passing = [c for c in candidates if checksum(c) == 0]
    failing = [c for c in candidates if checksum(c) != 0]
    ordered = passing + failing
    if not 0 <= seq < len(ordered):
        raise ValueError(f"seq must be between 0 and {len(ordered) - 1}")
    return ordered[seq]
