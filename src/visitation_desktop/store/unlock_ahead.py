"""Start a caseworker's Argon2id derivation before the unlock asks for it.

A command that will unlock the store calls ``start`` as soon as it has the password; the program's
imports (the store, the documents, reportlab) then run while the deliberate KDF work runs on another
core (Argon2id's C code releases the GIL). This module is what the derivation needs and no more —
the standard library and ``argon2``'s low-level call, no dataclasses, no cryptography — so that the
derivation starts a few milliseconds into the command. ``key_entries.KdfParams.derive`` takes the
key made here (``take``) when its parameters and password are the same, and derives it itself
otherwise. Only the wait moves: the unlock still runs its checks (lockout, delay, failure count)
first, and the key opens nothing until the unlock's own ``derive`` asks for it.

``start`` decides nothing: whatever it cannot read (no file, an unknown caseworker, a damaged entry,
parameters outside the bounds) it leaves to the unlock, which says what is wrong.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import threading
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

# Bounds on the stored Argon2id parameters: outside them the file is damaged (or made to hang us).
TIME_COST = (1, 64)
MEMORY_KIB = (8 * 1024, 4 * 1024 * 1024)
PARALLELISM = (1, 64)

Slot = tuple[bytes, int, int, int, bytes]  # salt, time cost, memory (KiB), parallelism, password fingerprint


def argon2id(password: str, salt: bytes, time_cost: int, memory_cost_kib: int, parallelism: int) -> bytes:
    """The 32-byte Argon2id key of ``password``: the one derivation of the program."""
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=time_cost, memory_cost=memory_cost_kib,
                           parallelism=parallelism, hash_len=32, type=Type.ID)


class _Ahead(threading.Thread):
    """One derivation run early, in the background."""

    def __init__(self, slot: Slot, password: str) -> None:
        super().__init__(name="argon2id-ahead", daemon=True)
        self._slot, self._password = slot, password
        self.key: bytes | None = None

    def run(self) -> None:
        salt, time_cost, memory, parallelism, _fingerprint = self._slot
        try:
            self.key = argon2id(self._password, salt, time_cost, memory, parallelism)
        except Exception:  # noqa: BLE001 - the unlock's derive() then runs it again itself and raises there
            self.key = None
        finally:
            self._password = ""


_ahead: dict[Slot, _Ahead] = {}


def _slot(salt: bytes, time_cost: int, memory_cost_kib: int, parallelism: int, password: str) -> Slot:
    return (salt, time_cost, memory_cost_kib, parallelism, hashlib.sha256(password.encode("utf-8")).digest())


def derive_ahead(salt: bytes, time_cost: int, memory_cost_kib: int, parallelism: int, password: str) -> None:
    """Start the derivation of ``password`` under these parameters now, in a background thread."""
    slot = _slot(salt, time_cost, memory_cost_kib, parallelism, password)
    if slot not in _ahead:
        ahead = _ahead[slot] = _Ahead(slot, password)
        ahead.start()


def take(salt: bytes, time_cost: int, memory_cost_kib: int, parallelism: int, password: str) -> bytes | None:
    """The key derived ahead for exactly these parameters and password (waiting for it); None if none was."""
    ahead = _ahead.pop(_slot(salt, time_cost, memory_cost_kib, parallelism, password), None)
    if ahead is None:
        return None
    ahead.join()
    return ahead.key


def start(keyring_path: Path, initials: str, password: str) -> bool:
    """True when a derivation was started for ``initials``; False when the unlock will do it all itself."""
    who = initials.strip().upper()  # keyring.normalize_initials, without importing the keyring
    if not who or who.startswith("#"):  # no initials, or the recovery code's entry: never a caseworker's login
        return False
    try:
        kdf = json.loads(keyring_path.read_text(encoding="utf-8"))["users"][who]["kdf"]
        if kdf["algorithm"] != "argon2id":
            return False
        salt = base64.b64decode(str(kdf["salt"]).encode("ascii"), validate=True)
        numbers = [kdf["time_cost"], kdf["memory_cost_kib"], kdf["parallelism"]]
    except (OSError, ValueError, KeyError, TypeError, binascii.Error):  # the unlock reads it again and says why
        return False
    bounds = (TIME_COST, MEMORY_KIB, PARALLELISM)
    if len(salt) < 8 or not all(type(n) is int and low <= n <= high for n, (low, high) in zip(numbers, bounds, strict=True)):
        return False
    derive_ahead(salt, numbers[0], numbers[1], numbers[2], password)
    return True
