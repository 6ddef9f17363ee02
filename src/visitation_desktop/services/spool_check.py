"""Does the print spooler keep what we print? CUPS's ``PreserveJobFiles`` and what to tell IT.

The program sends a PDF to CUPS on ``lp``'s standard input (or through Qt) and writes no file of
its own. CUPS itself, though, keeps each job's document in its spool (``/var/spool/cups/d*``)
after printing when ``PreserveJobFiles`` is ``Yes`` or a number of seconds — and CUPS 2.x keeps
them for a day (86400) when ``cupsd.conf`` does not say. The caseworker cannot remove them.
``cups_problem`` reads ``cupsd.conf`` and returns a Danish sentence with the line to change.
"""

from __future__ import annotations

import sys
from pathlib import Path

CUPSD_CONF = Path("/etc/cups/cupsd.conf")
CUPS_DEFAULT = "86400"  # CUPS 2.x when cupsd.conf does not set PreserveJobFiles
_OFF = {"no", "off", "false", "0"}


def preserve_job_files(conf: Path = CUPSD_CONF) -> str | None:
    """The ``PreserveJobFiles`` value in force (CUPS's default when unset); None when CUPS is not here."""
    try:
        text = conf.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    value = CUPS_DEFAULT
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) >= 2 and words[0].lower() == "preservejobfiles":
            value = words[1]
    return value


def cups_problem(conf: Path = CUPSD_CONF) -> str | None:
    """A Danish sentence for the caseworker and IT when CUPS keeps printed documents; else None."""
    if sys.platform == "win32":
        return None
    value = preserve_job_files(conf)
    if value is None or value.lower() in _OFF:
        return None
    how_long = "indtil de slettes" if value.lower() in {"yes", "on", "true"} else f"i {value} sekunder"
    return (
        f"Printersystemet CUPS gemmer udskrevne dokumenter (med borgerens oplysninger) i /var/spool/cups "
        f"{how_long} efter udskrivningen (PreserveJobFiles {value} i {conf}). Bed IT om at skrive linjen "
        f"»PreserveJobFiles No« i {conf} (eller køre »sudo cupsctl PreserveJobFiles=No«) og genstarte CUPS."
    )
