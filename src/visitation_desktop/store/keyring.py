"""The laptop's data key, wrapped once per caseworker with a key derived from that caseworker's password.

The data key (32 random bytes) opens the encrypted store. It is never written down in the clear:
each caseworker's entry in ``keys.json`` holds the data key encrypted with AES-256-GCM under a key
derived from the caseworker's password by Argon2id (own random salt, parameters stored beside it).
A password change rewraps one entry; the store itself is never re-encrypted.

Unlocking reads ``keys.json`` only: a wrong password never touches the store.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from visitation_desktop.store import keyfile
from visitation_desktop.store.audit_head import HEAD_FIELD
from visitation_desktop.store.errors import (
    KeyringCorrupt,
    KeyringExists,
    UnknownUser,
    UserExists,
    WeakPassword,
    WrongDataKey,
    WrongPassword,
)

__all__ = [
    "Keyring",
    "KdfParams",
    "UnknownUser",
    "WrongPassword",
    "normalize_initials",
    "validate_initials",
    "validate_password",
]

FORMAT = 1
DATA_KEY_BYTES = 32
MIN_PASSWORD_LENGTH = 10
MAX_INITIALS_LENGTH = 10
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60.0
MAX_PENDING_FAILURES = 200
_AAD_PREFIX = b"visitation-desktop keyring v1\x00"
_CHECK_LABEL = b"visitation-desktop data key check v1"
KEPT_FIELDS = frozenset({HEAD_FIELD})  # written by others (store.audit_head), kept on every save


@dataclass(frozen=True)
class KdfParams:
    """Argon2id settings, stored per caseworker so they can be raised later without breaking old entries."""

    salt: bytes
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 1

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=secrets.token_bytes(16))

    def derive(self, password: str) -> bytes:
        return hash_secret_raw(
            password.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


@dataclass(frozen=True)
class _Entry:
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes


def normalize_initials(initials: str) -> str:
    """Initials are compared without surrounding spaces and case: "ab " and "AB" are the same person."""
    return initials.strip().upper()


def validate_initials(initials: str) -> str | None:
    """Return a Danish message if the initials cannot be used, else None."""
    value = normalize_initials(initials)
    if not value:
        return "Skriv dine initialer."
    if len(value) > MAX_INITIALS_LENGTH:
        return f"Initialer må højst være {MAX_INITIALS_LENGTH} tegn."
    if not value.isalnum():
        return "Initialer må kun indeholde bogstaver og tal."
    return None


def validate_password(password: str) -> str | None:
    """Return a Danish message if the password breaks the rule, else None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Adgangskoden skal være mindst {MIN_PASSWORD_LENGTH} tegn lang."
    if not password.strip():
        return "Adgangskoden må ikke kun bestå af mellemrum."
    return None


def _check_value(data_key: bytes) -> bytes:
    return hmac.new(data_key, _CHECK_LABEL, hashlib.sha256).digest()


def _wrap(initials: str, password: str, data_key: bytes) -> _Entry:
    kdf = KdfParams.fresh()
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kdf.derive(password)).encrypt(nonce, data_key, _AAD_PREFIX + initials.encode("utf-8"))
    return _Entry(kdf=kdf, nonce=nonce, wrapped=wrapped)


def _require_valid(initials: str, password: str) -> None:
    problem = validate_initials(initials) or validate_password(password)
    if problem:
        raise WeakPassword(problem)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class _Streak:
    """Failed unlocks for one set of initials since the last successful unlock."""

    count: int
    last_at: dt.datetime


class Keyring:
    """The contents of ``keys.json``; every change is written to disk at once, atomically."""

    def __init__(
        self,
        path: Path,
        key_check: bytes,
        entries: dict[str, _Entry],
        failures: list[tuple[str, str]] | None = None,
        streaks: dict[str, _Streak] | None = None,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self.path = path
        self._key_check = key_check
        self._entries = entries
        self._failures = list(failures or [])
        self._streaks = dict(streaks or {})
        self.clock = clock

    @staticmethod
    def exists(path: Path) -> bool:
        return path.is_file()

    @classmethod
    def load(cls, path: Path) -> Keyring:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            return cls._from_doc(path, doc)
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise KeyringCorrupt(str(exc) or type(exc).__name__) from exc

    @classmethod
    def create(cls, path: Path, initials: str, password: str) -> bytes:
        """Make a new data key for this laptop, wrapped for its first caseworker; return the key."""
        if cls.exists(path):
            raise KeyringExists()
        _require_valid(initials, password)
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        who = normalize_initials(initials)
        keyring = cls(path, _check_value(data_key), {who: _wrap(who, password, data_key)})
        path.parent.mkdir(parents=True, exist_ok=True)
        keyring._save()
        return data_key

    def users(self) -> list[str]:
        return sorted(self._entries)

    def unlock(self, initials: str, password: str) -> bytes:
        """Return the data key; raise ``UnknownUser`` or ``WrongPassword``. Writes nothing."""
        who = normalize_initials(initials)
        entry = self._entries.get(who)
        if entry is None:
            raise UnknownUser(who)
        aad = _AAD_PREFIX + who.encode("utf-8")
        try:
            data_key = AESGCM(entry.kdf.derive(password)).decrypt(entry.nonce, entry.wrapped, aad)
        except InvalidTag:
            raise WrongPassword() from None
        if not hmac.compare_digest(_check_value(data_key), self._key_check):
            raise KeyringCorrupt("nøglen passer ikke til kontrolværdien")
        return data_key

    def add_user(self, initials: str, password: str, data_key: bytes) -> None:
        """Give another caseworker access; ``data_key`` comes from an unlocked caseworker."""
        who = normalize_initials(initials)
        if who in self._entries:
            raise UserExists(who)
        _require_valid(who, password)
        if not hmac.compare_digest(_check_value(data_key), self._key_check):
            raise WrongDataKey()
        self._entries[who] = _wrap(who, password, data_key)
        self._save()

    def change_password(self, initials: str, old: str, new: str) -> None:
        who = normalize_initials(initials)
        data_key = self.unlock(who, old)
        _require_valid(who, new)
        self._entries[who] = _wrap(who, new, data_key)
        self._save()

    def record_failure(self, initials: str) -> int:
        """Note a failed unlock (kept until the next successful one); return that user's failure count."""
        who = normalize_initials(initials)[:MAX_INITIALS_LENGTH]
        now = self.clock()
        streak = self._streaks.get(who)
        count = (streak.count if streak else 0) + 1
        self._streaks[who] = _Streak(count, now)
        self._failures.append((now.isoformat(timespec="seconds"), who))
        del self._failures[:-MAX_PENDING_FAILURES]
        self._save()
        return count

    def failure_delay(self, initials: str) -> float:
        """Seconds left before the next attempt may be made.

        None after the first three failures; after the 4th, 5th, 6th … a wait of 2, 4, 8 … (at most 60)
        seconds counted from that failure, so the value shrinks as time passes.
        """
        streak = self._streaks.get(normalize_initials(initials)[:MAX_INITIALS_LENGTH])
        if streak is None or streak.count <= FREE_ATTEMPTS:
            return 0.0
        wait = min(MAX_DELAY_SECONDS, 2.0 ** (streak.count - FREE_ATTEMPTS))
        elapsed = (self.clock() - streak.last_at).total_seconds()
        return max(0.0, min(wait, wait - elapsed))

    def pending_failures(self) -> list[tuple[str, str]]:
        """Failed unlocks since the last ``clear_failures()``: (UTC ISO time, initials)."""
        return list(self._failures)

    def clear_failures(self) -> None:
        """Forget failures and delays, after a successful unlock has logged them."""
        if self._failures or self._streaks:
            self._failures.clear()
            self._streaks.clear()
            self._save()

    @classmethod
    def _from_doc(cls, path: Path, doc: dict[str, Any]) -> Keyring:
        if doc.get("format") != FORMAT:
            raise ValueError(f"ukendt format {doc.get('format')!r}")
        entries = {}
        for who, raw in doc["users"].items():
            kdf = raw["kdf"]
            if kdf["algorithm"] != "argon2id" or raw["cipher"] != "AES-256-GCM":
                raise ValueError("ukendt algoritme")
            entries[who] = _Entry(
                kdf=KdfParams(
                    salt=_b64d(kdf["salt"]),
                    time_cost=int(kdf["time_cost"]),
                    memory_cost_kib=int(kdf["memory_cost_kib"]),
                    parallelism=int(kdf["parallelism"]),
                ),
                nonce=_b64d(raw["nonce"]),
                wrapped=_b64d(raw["wrapped_key"]),
            )
        failures = [(str(f["at"]), str(f["initials"])) for f in doc.get("failures", [])]
        streaks = {
            str(who): _Streak(int(v["count"]), dt.datetime.fromisoformat(v["last_at"]))
            for who, v in doc.get("failure_streaks", {}).items()
        }
        return cls(path, _b64d(doc["key_check"]), entries, failures, streaks)

    def _to_doc(self) -> dict[str, Any]:
        users = {
            who: {
                "kdf": {
                    "algorithm": "argon2id",
                    "salt": _b64e(e.kdf.salt),
                    "time_cost": e.kdf.time_cost,
                    "memory_cost_kib": e.kdf.memory_cost_kib,
                    "parallelism": e.kdf.parallelism,
                },
                "cipher": "AES-256-GCM",
                "nonce": _b64e(e.nonce),
                "wrapped_key": _b64e(e.wrapped),
            }
            for who, e in sorted(self._entries.items())
        }
        return {
            "format": FORMAT,
            "key_check": _b64e(self._key_check),
            "users": users,
            "failures": [{"at": at, "initials": who} for at, who in self._failures],
            "failure_streaks": {
                who: {"count": st.count, "last_at": st.last_at.isoformat()}
                for who, st in sorted(self._streaks.items())
            },
        }

    def _save(self) -> None:
        """Write this keyring's parts; other parts of the file (the access log's head) stay as on disk."""
        mine = self._to_doc()
        if not self.path.exists():
            keyfile.write(self.path, mine)
            return

        def change(doc: dict[str, Any]) -> None:
            kept = {k: v for k, v in doc.items() if k in KEPT_FIELDS}
            doc.clear()
            doc.update(mine)
            doc.update(kept)

        keyfile.update(self.path, change)


def _b64e(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
