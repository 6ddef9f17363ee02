"""A small tmpfs to fill up (disk full, as SQLite's own tests do it), and remounting it read-only.

Mounting needs root; without it the tests that need a real full disk are skipped with the reason.
Every mount is undone when the test ends, and at interpreter exit should a test be killed midway.
"""

from __future__ import annotations

import atexit
import errno
import os
import subprocess
from pathlib import Path

_MOUNTED: list[Path] = []


def can_mount() -> str | None:
    """None when tmpfs can be mounted here, else why not."""
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root to mount a small tmpfs (disk full is simulated only with a real full disk)"
    return None


def mount(folder: Path, size: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)], check=True)
    _MOUNTED.append(folder)
    return folder


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def unmount(folder: Path) -> None:
    if folder in _MOUNTED:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        _MOUNTED.remove(folder)


@atexit.register
def _unmount_all() -> None:
    for folder in list(_MOUNTED):
        unmount(folder)


def fill(folder: Path, leave: int = 0) -> Path:
    """Write a filler file until the disk is full, then free ``leave`` bytes again; return the filler."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 65536
    with filler.open("wb", buffering=0) as f:
        try:
            while True:
                f.write(chunk)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    while True:  # the last partial chunk: fill to the very last byte
        try:
            with filler.open("ab", buffering=0) as f:
                f.write(b"\0" * 512)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
            break
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler
