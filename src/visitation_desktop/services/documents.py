"""Documents a citizen takes home: render, save as PDF, print. Shared by the GUI and the CLI.

A PDF is made in memory. It leaves the program only to a file the caseworker chose (written
atomically beside it) or to the printer on ``lp``'s standard input. Every render, export and
print writes an access-log row; the row's detail names the document, never the citizen.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

from ..documents import TITLES, DocumentContext, DocumentIncomplete, DocumentKind, DocumentNotOffered, render
from ..domain.case import CaseFile, Outcome
from ..files import write_atomic
from ..store.records import LogEntry
from . import printing
from .gate import Gate, GateRefused
from .print_options import PrintOptions
from .standards import standard_for
from .workspace import Workspace

# The document as the subject of a Danish sentence ("... kan ikke laves endnu").
SUBJECTS: dict[DocumentKind, str] = {
    DocumentKind.HANDLEPLAN: "Handleplanen",
    DocumentKind.EASYREAD: "Den letlæste udgave",
    DocumentKind.DECISION: "Afgørelsesbrevet",
    DocumentKind.DELAY_NOTICE: "Beskeden om forsinkelse",
}


class ExportError(Exception):
    """Saving a PDF failed; the message is Danish and meant for the caseworker."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def incomplete_message(kind: DocumentKind | str, exc: DocumentIncomplete) -> str:
    """``Afgørelsesbrevet kan ikke laves endnu. Der mangler:`` and one line ``- begrundelse: ...`` per part.

    A document the case's outcome does not have: ``Handleplanen laves ikke for denne sag: ...``.
    The rules gate's refusal (``services.gate.GateRefused``) is its own message.
    """
    refused = getattr(exc, "message", "")
    if refused:
        return str(refused)
    subject = SUBJECTS[DocumentKind(kind)]
    if isinstance(exc, DocumentNotOffered):
        return f"{subject} laves ikke for denne sag: {exc.reason}"
    return f"{subject} kan ikke laves endnu. Der mangler:\n" + "\n".join(f"- {part}" for part in exc.missing)


def job_title(case: CaseFile, kind: DocumentKind | str) -> str:
    """A print-job title without name or CPR: ``Handleplan sag 12``."""
    title = TITLES[DocumentKind(kind)]
    return f"{title} sag {case.id}" if case.id is not None else title


class DocumentService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.gate = Gate(workspace)

    def context(self, case: CaseFile, today: dt.date | None = None) -> DocumentContext:
        return DocumentContext(
            case=case,
            standard=standard_for(self.ws, case),
            catalogue=self.ws.catalogue,
            caseworker_name=self.ws.caseworker_name,
            caseworker_initials=self.ws.caseworker,
            today=today or dt.date.today(),
            plan_version=self.plan_version(case),
            show_full_cpr=self.ws.settings.show_full_cpr,
        )

    def plan_version(self, case: CaseFile) -> int:
        """The highest handleplan version stored for the case; 1 before the first is kept."""
        if case.id is None:
            return 1
        return self.ws.repo.latest_plan_version(case.id) or 1

    def render(self, case: CaseFile, kind: DocumentKind | str, today: dt.date | None = None) -> bytes:
        """The PDF bytes; ``DocumentIncomplete`` when the case lacks a part the document must hold."""
        pdf = self._build(case, kind, today)
        self._log("render", case, kind)
        return pdf

    def save_pdf(
        self,
        case: CaseFile,
        kind: DocumentKind | str,
        path: Path | str,
        *,
        pdf: bytes | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Write the PDF to ``path`` atomically; ``pdf`` reuses bytes already rendered (the preview's).

        The file is not encrypted: the caller warns the caseworker before calling this.
        """
        data = self._checked(case, kind, today, pdf)
        check_writable(Path(path))  # a save that cannot happen is not logged as an export
        self._log("export", case, kind)  # committed before the bytes leave
        write_atomically(Path(path), data)

    def print_pdf(
        self,
        case: CaseFile,
        kind: DocumentKind | str,
        queue: str,
        copies: int = 1,
        *,
        pdf: bytes | None = None,
        today: dt.date | None = None,
        options: PrintOptions | None = None,
    ) -> str:
        """Send the PDF to a CUPS queue with the chosen ``options`` (copies, pages, sides, colour);
        return the job id. ``printing.PrintError`` when it fails."""
        data = self._checked(case, kind, today, pdf)
        printing.check_print(data, queue, options.copies if options else copies)  # a refused job is not logged
        self.record_print(case, kind, queue, copies, options)  # committed before the bytes leave
        return printing.send_pdf(data, queue, job_title(case, kind), copies, options)

    def record_print(
        self, case: CaseFile, kind: DocumentKind | str, printer: str, copies: int,
        options: PrintOptions | None = None,
    ) -> None:
        """Log a print; ``gui/printer.py`` calls this before it sends a job through Qt's own printing."""
        chosen = options.describe() if options is not None else f"copies {copies}"
        self._log("print", case, kind, f"printer {printer}, {chosen}")

    def record_delay(self, case: CaseFile, expected_on: dt.date | None, reason: str | None) -> CaseFile:
        """Keep when the decision can be expected and why it is late (for the delay notice); logged."""
        from .overview import save_delay_notice

        if case.id is None:
            raise ValueError("the case is not saved")
        return save_delay_notice(self.ws, case.id, None, expected_on=expected_on, reason=reason)

    def _checked(self, case: CaseFile, kind: DocumentKind | str, today: dt.date | None, pdf: bytes | None) -> bytes:
        """``pdf`` (the preview's bytes) when the gate still allows the document, else a fresh build."""
        if pdf is None:
            return self._build(case, kind, today)
        self.gate.require_document(case, kind, today)
        return pdf

    def _build(self, case: CaseFile, kind: DocumentKind | str, today: dt.date | None) -> bytes:
        """The PDF, once the rules gate allows the document (``GateRefused``, a ``DocumentIncomplete``, if not).

        A refusal the gate refuses lacks its reasoning or date: the document's own list of what is
        missing is the more precise message, so it is raised when the document names it.
        """
        verdict = self.gate.document(case, kind, today)
        if verdict.allowed:
            return render(DocumentKind(kind), self.context(case, today))
        if case.decision.outcome == Outcome.REFUSAL.value:
            render(DocumentKind(kind), self.context(case, today))  # raises DocumentIncomplete naming the parts
        raise GateRefused(verdict)

    def _log(self, action: str, case: CaseFile, kind: DocumentKind | str, extra: str = "") -> None:
        detail = DocumentKind(kind).value + (f"; {extra}" if extra else "")
        self.ws.repo.log_before_release(LogEntry(self.ws.caseworker, action, case_id=case.id, detail=detail))


def check_writable(path: Path) -> None:
    """A Danish ``ExportError`` when ``path``'s folder is missing or not writable (checked before logging)."""
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"Filen {path.name} kan ikke gemmes i {folder}: mappen findes ikke.")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"Filen {path.name} kan ikke gemmes i {folder}: du har ikke skriveadgang til mappen.")


def write_atomically(path: Path, data: bytes) -> None:
    """Save where the user chose, never half a file; a Danish ``ExportError`` when it cannot be written."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        reason = {errno.ENOSPC: "disken er fuld", errno.EIO: "disken meldte en skrivefejl",
                  errno.EROFS: "disken kan kun læses"}.get(exc.errno or 0, exc.strerror or "skrivefejl")
        raise ExportError(f"Filen {path.name} kan ikke gemmes i {path.parent}: {reason}. Intet er skrevet.") from None
