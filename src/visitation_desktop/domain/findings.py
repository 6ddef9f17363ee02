"""Findings: what the rules of the standard have to say about a case file.

A finding belongs to one wizard page and, where it can, names the field it is about
(a dotted path into ``CaseFile``, e.g. ``goals[0].measure``) so the page can show the
message next to that field. Codes are stable identifiers, listed in ``docs/findings.md``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from .messages import Msg


class Severity(enum.StrEnum):
    BLOCKING = "blocking"  # must be resolved before a grant; otherwise the decision is a refusal
    WARNING = "warning"  # something missing or weak; the caseworker decides
    INFO = "info"  # worth knowing, nothing to fix


SEVERITY_LABELS = {
    Severity.BLOCKING: "Skal løses",
    Severity.WARNING: "Advarsel",
    Severity.INFO: "Til orientering",
}

_SEVERITY_ORDER = {Severity.BLOCKING: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Finding:
    code: str  # stable identifier, e.g. "target_group.under_age"
    severity: Severity
    page: str  # a WizardPage value
    message: str  # Danish, plain, says what to do
    field: str = ""  # dotted path into CaseFile, "" when about the page as a whole
    # The message as a template and its values, for the GUI to show in the language chosen
    # (``domain/messages.py``); None for a message with no translation.
    text: Msg | None = dataclass_field(default=None, compare=False, repr=False)

    @property
    def is_blocking(self) -> bool:
        return self.severity == Severity.BLOCKING


class PageFindings:
    """Collects the findings of one wizard page into a shared list."""

    def __init__(self, page: str, out: list[Finding]) -> None:
        self.page = str(page)
        self._out = out

    def add(self, code: str, severity: Severity, message: str | Msg, field: str = "") -> None:
        if isinstance(message, Msg):
            self._out.append(Finding(code, severity, self.page, message.render(), field, message))
        else:
            self._out.append(Finding(code, severity, self.page, message, field))

    def block(self, code: str, message: str | Msg, field: str = "") -> None:
        self.add(code, Severity.BLOCKING, message, field)

    def warn(self, code: str, message: str | Msg, field: str = "") -> None:
        self.add(code, Severity.WARNING, message, field)

    def info(self, code: str, message: str | Msg, field: str = "") -> None:
        self.add(code, Severity.INFO, message, field)


def plain(text: str) -> str:
    """A standard's wrapped paragraph as one line."""
    return " ".join(text.split())


def join_da(parts: list[str]) -> str:
    """["a", "b", "c"] -> "a, b og c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " og " + parts[-1]


def findings_for_page(findings: Iterable[Finding], page: str) -> list[Finding]:
    """The findings of one wizard page, in the order the rules gave them."""
    return [f for f in findings if f.page == page]


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == Severity.BLOCKING]


def by_severity(findings: Iterable[Finding]) -> list[Finding]:
    """Blocking first, then warnings, then information; stable within each."""
    return sorted(findings, key=lambda f: _SEVERITY_ORDER[f.severity])


_MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)


def danish_date(day: dt.date) -> str:
    """ "3. marts 2025": how a message names a date."""
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"
