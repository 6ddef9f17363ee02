"""What the CLI says, and which exit code it returns, when a command fails on a fault, not on input.

The exit codes are in ``cli/exit_codes.py`` (and docs/exit-codes.md): 5 a damaged file, 6 try again,
9 the key file, 70 an unexpected error.

Heavy modules are imported inside ``failure`` only when a command has failed.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from .exit_codes import DAMAGED, KEY_FILE, TRY_AGAIN, UNEXPECTED

log = logging.getLogger(__name__)


def failure(exc: BaseException) -> tuple[int, str]:
    """The exit code and the one Danish line for ``exc``."""
    from ..domain.standard import StandardError
    from ..services.workspace import ReferenceDataError, SetupError
    from ..store import errors

    if isinstance(exc, errors.StoreBusy | errors.StoreWriteFailed):
        return TRY_AGAIN, str(exc)
    if isinstance(exc, errors.KeyringCorrupt | errors.KeyringUnwritable):
        return KEY_FILE, str(exc)
    if isinstance(
        exc,
        errors.StoreDamaged
        | errors.StoreMissing
        | errors.WrongKey
        | errors.StoreTooNew
        | ReferenceDataError,
    ):
        return DAMAGED, str(exc) + _newest_backup(getattr(exc, "path", None))
    if isinstance(exc, errors.StoreError | SetupError):
        return 1, str(exc)
    if isinstance(exc, StandardError):
        return DAMAGED, f"Kvalitetsstandarden {exc.file} kan ikke bruges ({exc.key}: {exc.problem})."
    if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC outside the store (a file being written)
        return TRY_AGAIN, "Disken er fuld, så filen blev ikke skrevet. Frigør plads, og prøv igen."
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return TRY_AGAIN, f"En fil kunne ikke læses eller skrives{where}: {exc.strerror or type(exc).__name__}."
    # Only the type and where: the message may hold case data.
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames[-6:]))
    log.error("unhandled %s at %s", type(exc).__name__, where)
    return UNEXPECTED, (
        f"Der opstod en uventet fejl ({type(exc).__name__}). Intet ufærdigt er gemt; "
        "fejlen er skrevet i programmets log uden personoplysninger."
    )


def _newest_backup(store_path: str | None) -> str:
    """Where a damaged store's way back is: the newest backup beside it, named."""
    if not store_path:
        return ""
    from ..services import backups

    newest = backups.newest(Path(store_path).parent)
    if newest is None:
        return " Der er ingen sikkerhedskopier i mappen backups."
    return f" Nyeste sikkerhedskopi: {newest.name} ({backups.describe(newest)})."
