"""What every connection to the laptop's SQLCipher store shares, whoever opens it: the key's form, the
connection settings, and what a SQLite error means to a caseworker (a ``StoreError`` with a Danish
message). Used by the SQLAlchemy engines (``store.db``) and the render command's direct store
(``store.direct``); no SQLAlchemy here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from visitation_desktop.store.errors import (
    StoreBusy,
    StoreDamaged,
    StoreError,
    StoreMissing,
    StoreWriteFailed,
)

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 10_000  # a save holds the lock for milliseconds; ten seconds means something is stuck
# After the key: foreign keys on, WAL journal, ``synchronous=FULL`` (a committed save survives a power
# cut), ``temp_store=MEMORY`` (no temp files with decrypted pages), and a writer waits for the lock.
PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
)


def sqlcipher_key_literal(key: bytes) -> str:
    """SQLCipher's raw-key form ``x'<64 hex>'``: the key is used as is, without a passphrase KDF."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"the data key must be {KEY_BYTES} bytes")
    return f"x'{key.hex()}'"


def translate(error: BaseException, database: str | None) -> StoreError | None:
    """The ``StoreError`` a SQLite error on ``database`` (its path) means, or None for a programming error."""
    text = str(error).lower()
    if "database is locked" in text or "database table is locked" in text or "database is busy" in text:
        return StoreBusy()
    if "database or disk is full" in text:
        return StoreWriteFailed(disk_full=True)
    if "disk i/o error" in text or "readonly database" in text:
        return StoreWriteFailed(disk_full=_nearly_full(database))  # SQLite calls a full disk
        # an I/O error when it cannot grow its -shm file
    if "unable to open database file" in text:
        return StoreMissing(str(database))
    if "disk image is malformed" in text or "file is not a database" in text:
        return StoreDamaged(str(database), "en side i filen kan ikke læses")
    return None


def _nearly_full(database: str | None) -> bool:
    try:
        return bool(database) and shutil.disk_usage(Path(str(database)).parent).free < 256 * 1024
    except OSError:
        return False
