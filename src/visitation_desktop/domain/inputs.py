"""Limits on what comes in from outside (typed dates, JSON files), so that no input can crash the program.

Every check raises ``InputRefused`` (a ``ValueError``) with a Danish message that names where the
problem is: a date outside the years the program plans in, a JSON document too large or nested too
deep, a text with a lone surrogate (half of a UTF-16 pair, which cannot be written as UTF-8) or a
control character, a number beyond any sensible size, NaN or Infinity.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

MIN_YEAR = 1900  # no citizen, application or meeting date lies before this
MAX_YEAR = 2200  # nor after this; beyond it date arithmetic would overflow (year 9999)
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024  # one case or follow-up file
MAX_DEPTH = 32  # the case format nests 5 levels deep
MAX_TEXT_CHARS = 100_000  # one field
MAX_INTEGER = 10**9

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab, newline and carriage return are text


class InputRefused(ValueError):
    """Input the program will not take; the message is Danish and says where and why."""


def make_date(year: int, month: int, day: int) -> dt.date:
    """``dt.date`` for numbers a person typed: ``InputRefused`` instead of OverflowError/ValueError."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InputRefused(f"Året {_short(year)} ligger uden for {MIN_YEAR}-{MAX_YEAR}.")
    if not 1 <= month <= 12:
        raise InputRefused(f"Måned {_short(month)} findes ikke (1-12).")
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        raise InputRefused(f"Dag {_short(day)} findes ikke i {month:02d}-{year}.") from None


def check_date(value: dt.date, what: str = "Datoen") -> dt.date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise InputRefused(f"{what} {value.isoformat()} ligger uden for årene {MIN_YEAR}-{MAX_YEAR}.")
    return value


def load_json(text: str, object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None) -> Any:
    """Parse a JSON document within the limits; ``InputRefused`` says what is wrong (not json's own
    ``JSONDecodeError``, which callers handle for plain syntax errors)."""
    if len(text) > MAX_DOCUMENT_BYTES:
        raise InputRefused(f"Filen er for stor ({len(text) // 1024} KB; højst {MAX_DOCUMENT_BYTES // 1024 // 1024} MB).")
    if _nesting(text) > MAX_DEPTH:
        raise InputRefused(f"Filen er indlejret for dybt (mere end {MAX_DEPTH} niveauer).")
    try:
        document = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=object_pairs_hook)
    except RecursionError:
        raise InputRefused(f"Filen er indlejret for dybt (mere end {MAX_DEPTH} niveauer).") from None
    except ValueError as exc:  # Python refuses integers of more than 4300 digits
        if isinstance(exc, json.JSONDecodeError | InputRefused) or "digits" not in str(exc):
            raise  # a syntax error, a refused constant, or the caller's hook: theirs to report
        raise InputRefused("Filen har et tal med alt for mange cifre.") from None
    check_values(document)
    return document


def check_values(value: Any, path: str = "$") -> None:
    """Every text and number in a parsed document within the limits (iteratively: no recursion)."""
    stack: list[tuple[str, Any, int]] = [(path, value, 0)]
    while stack:
        where, item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InputRefused(f"Ved {where}: indlejret for dybt (mere end {MAX_DEPTH} niveauer).")
        if isinstance(item, str):
            check_text(item, where)
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if abs(item) > MAX_INTEGER:
                raise InputRefused(f"Ved {where}: tallet {_short(item)} er for stort.")
        elif isinstance(item, float):
            if item != item or item in (float("inf"), float("-inf")) or abs(item) > MAX_INTEGER:
                raise InputRefused(f"Ved {where}: tallet {item!r} kan ikke bruges.")
        elif isinstance(item, dict):
            for key, sub in item.items():
                check_text(str(key), f"{where} (en nøgle)")
                stack.append((f"{where}.{key}", sub, depth + 1))
        elif isinstance(item, list):
            stack.extend((f"{where}[{i}]", sub, depth + 1) for i, sub in enumerate(item))


def check_text(text: str, where: str = "teksten") -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise InputRefused(f"Ved {where}: teksten er for lang ({len(text)} tegn; højst {MAX_TEXT_CHARS}).")
    if _SURROGATE.search(text):
        raise InputRefused(f"Ved {where}: teksten har et ugyldigt tegn (en halv UTF-16-surrogat). Skriv tegnet igen.")
    found = _CONTROL.search(text)
    if found:
        raise InputRefused(f"Ved {where}: teksten har et styretegn (kode {ord(found.group()):#04x}), som ikke kan skrives ud.")
    return text


def clean_text(text: str) -> tuple[str, bool]:
    """Typed or pasted text without lone surrogates and control characters; True if something went."""
    cleaned = _CONTROL.sub("", _SURROGATE.sub("", text))
    return cleaned, cleaned != text


def _nesting(text: str) -> int:
    """The deepest bracket nesting outside strings, counted without recursion (cheap first look)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def _refuse_constant(name: str) -> float:
    raise InputRefused(f"Filen har tallet {name}, som ikke kan bruges.")


def _short(number: int) -> str:
    return str(number) if abs(number) < 10**30 else "med over 30 cifre"
