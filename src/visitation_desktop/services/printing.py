"""Printing through CUPS: the PDF bytes go to ``lp`` on standard input, never through a file.

The PDF itself reaches the queue (vector, sharp text) with the dialog's choices as job options
(``services/print_options.py``). Printers that are not CUPS queues (every Windows printer) are
printed through Qt by ``gui/printer.py``.

A job title names the document and the case number only (``Handleplan sag 12``): CUPS shows
titles in its queue and logs, and a PDF printer may name its output file after them.
"""

from __future__ import annotations

import re
import shutil
import subprocess

from ..limits import MAX_COPIES
from .print_options import PrintOptions

LP_TIMEOUT_SECONDS = 60
LPSTAT_TIMEOUT_SECONDS = 10


class PrintError(Exception):
    """Printing failed; the message is Danish and meant for the caseworker."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def list_queues() -> list[str]:
    """The CUPS destinations known on this computer; empty when CUPS is missing or not running."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return []
    try:
        done = subprocess.run(
            [lpstat, "-e"], capture_output=True, text=True, timeout=LPSTAT_TIMEOUT_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    if done.returncode != 0:
        return []
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def send_pdf(pdf: bytes, queue: str, title: str, copies: int = 1, options: PrintOptions | None = None) -> str:
    """Send ``pdf`` to the CUPS queue ``queue`` with the chosen job options; return CUPS's job id.

    ``options`` carries copies, page range, sides and colour (``copies`` is used without it).
    Raises ``PrintError`` (Danish) when CUPS is not installed, the queue does not exist, or ``lp`` fails.
    """
    lp = check_print(pdf, queue, options.copies if options is not None else copies)
    options = options if options is not None else PrintOptions(copies=copies)
    try:
        done = subprocess.run(
            [lp, "-d", queue, "-t", title, *options.lp_options(), "-"],
            input=pdf,
            capture_output=True,
            timeout=LP_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise PrintError(f"Printeren »{queue}« svarede ikke inden for {LP_TIMEOUT_SECONDS} sekunder.") from None
    except OSError as exc:
        raise PrintError(f"Programmet lp kunne ikke startes: {exc.strerror}") from None
    if done.returncode != 0:
        problem = done.stderr.decode("utf-8", "replace").strip() or f"afslutningskode {done.returncode}"
        raise PrintError(f"Udskrivningen til »{queue}« mislykkedes: {problem}")
    return _job_id(done.stdout.decode("utf-8", "replace"))


def check_print(pdf: bytes, queue: str, copies: int) -> str:
    """The path of ``lp`` when ``pdf`` can be sent to ``queue``; ``PrintError`` (Danish) when not."""
    if not 1 <= copies <= MAX_COPIES:
        raise PrintError(f"Antal kopier skal være mellem 1 og {MAX_COPIES}.")
    if not pdf.startswith(b"%PDF"):
        raise PrintError("Dokumentet er ikke en PDF-fil og kan ikke udskrives.")
    lp = shutil.which("lp")
    if lp is None:
        raise PrintError(
            "Udskrivning er ikke installeret på denne computer (programmet lp fra CUPS mangler). "
            "Gem dokumentet som PDF i stedet, eller bed IT om at installere CUPS."
        )
    queues = list_queues()
    if queue not in queues:
        known = ", ".join(queues) if queues else "ingen"
        raise PrintError(f"Printeren »{queue}« findes ikke på denne computer. Kendte printere: {known}.")
    return lp


def _job_id(lp_output: str) -> str:
    """``request id is CUPS-PDF-3 (1 file(s))`` -> ``CUPS-PDF-3``; empty when lp said nothing recognisable."""
    found = re.search(r"request id is (\S+)", lp_output)
    return found.group(1) if found else ""
