"""Why a store file cannot be opened: wrong key, damaged, truncated, empty, or not a store at all.

Called only after opening failed (or a read met a damaged page), so its whole-file check costs
nothing on the normal path. It only reads the file; nothing is written, moved or deleted.

SQLCipher writes the file in 4096-byte pages, each with its own HMAC, and the first 16 bytes are
the salt. With the data key from ``keys.json`` (whose own check value proved the key belongs to
that key file):

- every page fails its HMAC: the key does not fit this file — ``store.db`` and ``keys.json`` come
  from different stores, or the salt at the start of the file is damaged (``StoreKeyMismatch``);
- some pages fail, the size is not a whole number of pages, or SQLite finds the structure
  malformed: the file is damaged (``StoreDamaged``, with how much);
- an empty file, a plain (unencrypted) SQLite file, or something shorter than a page: not a store.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import sqlcipher3

from visitation_desktop.store.errors import StoreDamaged, StoreError, StoreKeyMismatch, StoreMissing

PAGE_SIZE = 4096
_PLAIN_SQLITE = b"SQLite format 3\x00"


def diagnose(path: Path, key: bytes) -> StoreError:
    """The error that says, in Danish, what is wrong with the store file at ``path``."""
    name = str(path)
    if not path.exists():
        return StoreMissing(name)
    size = path.stat().st_size
    if size == 0:
        return StoreDamaged(name, "filen er tom")
    with path.open("rb") as f:
        head = f.read(len(_PLAIN_SQLITE))
    if head == _PLAIN_SQLITE:
        return StoreDamaged(name, "filen er en ukrypteret database, ikke programmets datalager")
    if size < PAGE_SIZE:
        return StoreDamaged(name, f"filen er kun {size} byte og er ikke et datalager")
    pages = size // PAGE_SIZE
    failed, readable = _check_pages(path, key)
    if failed >= pages and pages > 0:
        return StoreKeyMismatch(name)
    if size % PAGE_SIZE:
        return StoreDamaged(name, "filen er afkortet midt i en side")
    if failed:
        return StoreDamaged(name, f"{failed} af {pages} sider kan ikke læses")
    if not readable:
        return StoreDamaged(name, "databasens opbygning er ødelagt, måske er filen afkortet")
    return StoreDamaged(name, "en side i filen kan ikke læses")


def _check_pages(path: Path, key: bytes) -> tuple[int, bool]:
    """(pages failing their HMAC, whether SQLite's own quick check passes), read-only."""
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        failed = 0
        with contextlib.suppress(sqlcipher3.DatabaseError):
            failed = sum(1 for (line,) in conn.execute("PRAGMA cipher_integrity_check") if "HMAC" in line)
        try:
            readable = conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        except sqlcipher3.DatabaseError:
            readable = False
        return failed, readable
    finally:
        conn.close()
