"""``keys.json`` read and rewritten under a lock, so two writers (the keyring, the access log's head,
a second process) never undo each other's change.

Each writer changes only its own part of the document (``update``) and keeps the rest as it is on
disk. The lock is an advisory ``flock`` on ``keys.json.lock`` where the platform has one (POSIX);
on Windows the program runs one instance per caseworker session and the write itself is atomic.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from visitation_desktop.files import write_atomic
from visitation_desktop.store.errors import KeyringUnwritable

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


@contextmanager
def locked(path: Path) -> Iterator[None]:
    if fcntl is None:
        yield
        return
    lock_path = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield  # a read-only folder: the write below fails with its own message
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def read(path: Path) -> dict[str, Any]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        raise ValueError("nøglefilen er ikke et JSON-objekt")
    return doc


def write(path: Path, doc: dict[str, Any]) -> None:
    data = json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")
    try:
        write_atomic(path, data)
    except OSError as exc:
        reason = {errno.ENOSPC: "disken er fuld", errno.EIO: "disken meldte en skrivefejl",
                  errno.EROFS: "disken kan kun læses", errno.EACCES: "ingen skriveadgang"}
        raise KeyringUnwritable(path, reason.get(exc.errno or 0, exc.strerror or type(exc).__name__)) from None


def update(path: Path, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Read ``keys.json``, let ``change`` edit the document in place, write it back; return it."""
    with locked(path):
        doc = read(path)
        change(doc)
        write(path, doc)
    return doc
