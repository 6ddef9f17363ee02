"""The laptop's data key, sealed once per caseworker with a key pair unlocked by that caseworker's password.

The data key (32 random bytes) opens the encrypted store. It is never written down in the clear.
Each caseworker's entry in ``keys.json`` holds

- an X25519 private key, encrypted with AES-256-GCM under a key derived from the caseworker's
  password by Argon2id (own random salt, parameters stored beside it), and its public key;
- the data key sealed to that public key (ephemeral X25519, HKDF-SHA256, AES-256-GCM).

Sealing needs only the public key, so a new data key (``rekey``: a caseworker removed, or IT's
``store rekey``) is given to every remaining caseworker without their passwords, and a removed
caseworker's old copy of ``keys.json`` opens nothing. A one-time **recovery code** printed at
``init`` is one more such entry, for IT's safe. Entries of the first format (the data key wrapped
directly under the password key) are read, and turned into the new form at their next unlock.

Unlocking reads ``keys.json`` only: a wrong password never touches the store. Failed attempts are
counted by ``store.failures``. Unknown initials cost the same Argon2id work as known ones.
"""

from __future__ import annotations

import binascii
import datetime as dt
import hmac
import json
import secrets
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from visitation_desktop.store import failures as fail
from visitation_desktop.store import keyfile
from visitation_desktop.store.audit_keys import HEAD_FIELD
from visitation_desktop.store.errors import (
    KeyringCorrupt,
    KeyringExists,
    UnknownUser,
    UserExists,
    WeakPassword,
    WrongDataKey,
    WrongPassword,
)
from visitation_desktop.store.key_entries import (
    KdfParams,
    _b64d,
    _b64e,
    _check_value,
    _Entry,
    _entry_from_doc,
    _entry_to_doc,
    _new_entry,
    _open,
    _problem,
    _seal,
)
from visitation_desktop.store.passwords import MIN_LENGTH, password_problem

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
MIN_PASSWORD_LENGTH = MIN_LENGTH
MAX_INITIALS_LENGTH = 10
FREE_ATTEMPTS = fail.FREE_ATTEMPTS
MAX_DELAY_SECONDS = fail.MAX_DELAY_SECONDS
LOCKOUT_AFTER = fail.LOCKOUT_AFTER
RECOVERY = "#recovery"  # the recovery code's entry (not valid initials, so never a caseworker)
KEPT_FIELDS = frozenset({HEAD_FIELD, "audit_rekeyed"})  # written by others (store.audit_head), kept on every save


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
    """Return a Danish message if the password cannot be used (too short, common), else None."""
    return password_problem(password)


_DUMMY_KDF = KdfParams(salt=bytes(16))


def _require_valid(initials: str, password: str) -> None:
    problem = validate_initials(initials) or validate_password(password)
    if problem:
        raise WeakPassword(problem)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_recovery_code() -> str:
    """25 letters and digits in five groups (about 125 bits): ``K7Q2M-…``; no 0/O or 1/I to misread."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(25))
    return "-".join(raw[i : i + 5] for i in range(0, 25, 5))


def _normal_code(code: str) -> str:
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(raw[i : i + 5] for i in range(0, len(raw), 5))


class Keyring:
    """The contents of ``keys.json``; every change is written to disk at once, atomically."""

    def __init__(
        self,
        path: Path,
        key_check: bytes,
        entries: dict[str, _Entry],
        record: fail.FailureRecord | None = None,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self.path = path
        self._key_check = key_check
        self._entries = entries
        self._failures_on_disk = False  # True when keys.json and its copy hold this very record
        self.record = record or fail.FailureRecord()
        self.clock = clock

    @staticmethod
    def exists(path: Path) -> bool:
        return path.is_file()

    @classmethod
    def load(cls, path: Path) -> Keyring:
        """Read ``keys.json`` (and the failure record's second copy); ``KeyringCorrupt`` names what is wrong."""
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise KeyringCorrupt("filen er ikke tekst (UTF-8)") from None
        if not text.strip():
            raise KeyringCorrupt("filen er tom")
        try:
            doc = json.loads(text)
        except ValueError:
            raise KeyringCorrupt("filen er ikke gyldig JSON (afkortet eller ødelagt)") from None
        if not isinstance(doc, dict):
            raise KeyringCorrupt("filen skal indeholde ét JSON-objekt")
        try:
            return cls._from_doc(path, doc)
        except KeyringCorrupt:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
            raise KeyringCorrupt(_problem(exc)) from None

    @classmethod
    def create(cls, path: Path, initials: str, password: str) -> bytes:
        """Make a new data key for this laptop, sealed for its first caseworker; return the key."""
        if cls.exists(path):
            raise KeyringExists()
        _require_valid(initials, password)
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        who = normalize_initials(initials)
        keyring = cls(path, _check_value(data_key), {who: _new_entry(who, password, data_key)})
        path.parent.mkdir(parents=True, exist_ok=True)
        keyring._save()
        return data_key

    def users(self) -> list[str]:
        return sorted(who for who in self._entries if who != RECOVERY)

    def has_recovery_code(self) -> bool:
        return RECOVERY in self._entries

    def unlock(self, initials: str, password: str) -> bytes:
        """Return the data key; raise ``UnknownUser`` or ``WrongPassword``.

        Unknown initials cost the same Argon2id work as a wrong password, so the answer time does not
        tell which initials exist. A format-1 entry opened is turned into format 2 (and saved).
        """
        who = normalize_initials(initials)
        entry = self._entries.get(who) if who != RECOVERY else None
        if entry is None:
            _DUMMY_KDF.derive(password)
            raise UnknownUser(who)
        data_key = _open(entry, who, password)
        self._check(data_key)
        if not entry.sealable:
            self._entries[who] = _new_entry(who, password, data_key)
            self._save()
        return data_key

    def recover(self, code: str) -> bytes:
        """The data key from the recovery code; ``WrongPassword`` when the code is wrong."""
        entry = self._entries.get(RECOVERY)
        if entry is None:
            raise WrongPassword()
        data_key = _open(entry, RECOVERY, _normal_code(code))
        self._check(data_key)
        return data_key

    def new_recovery_code(self, data_key: bytes | bytearray) -> str:
        """Replace the recovery code (one-time: a used code is replaced); return the new one to print."""
        self._check(data_key)
        code = new_recovery_code()
        self._entries[RECOVERY] = _new_entry(RECOVERY, code, data_key)
        self._save()
        return code

    def add_user(self, initials: str, password: str, data_key: bytes | bytearray) -> None:
        """Give another caseworker access; ``data_key`` comes from an unlocked caseworker."""
        who = normalize_initials(initials)
        if who in self._entries:
            raise UserExists(who)
        _require_valid(who, password)
        self._check(data_key)
        self._entries[who] = _new_entry(who, password, data_key)
        self._save()

    def change_password(self, initials: str, old: str, new: str) -> None:
        """New password for the same data key (no re-key: an old copy of the file still opens the store)."""
        who = normalize_initials(initials)
        data_key = self.unlock(who, old)
        self.set_password(who, new, data_key)

    def set_password(self, initials: str, new: str, data_key: bytes | bytearray) -> None:
        """Give ``initials`` the password ``new`` (after a recovery, or a password change)."""
        who = normalize_initials(initials)
        if who not in self._entries:
            raise UnknownUser(who)
        _require_valid(who, new)
        self._check(data_key)
        self._entries[who] = _new_entry(who, new, data_key)
        self._save()

    def remove_user(self, initials: str) -> None:
        who = normalize_initials(initials)
        if who not in self._entries or who == RECOVERY:
            raise UnknownUser(who)
        del self._entries[who]
        self.record.streaks.pop(who, None)
        self._save()

    def unsealable_users(self) -> list[str]:
        """Caseworkers whose entry is still format 1: a new data key cannot be given to them."""
        return sorted(who for who, e in self._entries.items() if not e.sealable and who != RECOVERY)

    def rekey(self, old_key: bytes | bytearray, new_key: bytes | bytearray) -> None:
        """Seal ``new_key`` for every entry (caseworkers and recovery code); the old key opens nothing here."""
        self._check(old_key)
        if self.unsealable_users():
            raise WrongDataKey()
        self._entries = {
            who: replace(e, sealed=_seal(e.public, new_key, who)) for who, e in self._entries.items()
        }
        self._key_check = _check_value(new_key)
        self._save()

    def _check(self, data_key: bytes | bytearray) -> None:
        if not hmac.compare_digest(_check_value(data_key), self._key_check):
            raise WrongDataKey()

    # -- failed attempts (see store.failures) ------------------------------------------------------
    def record_failure(self, initials: str) -> int:
        """Note a failed unlock in both copies of the record; return that user's failure count."""
        who = normalize_initials(initials)[:MAX_INITIALS_LENGTH]
        count = self.record.add(who, self.clock())
        self._save()
        return count

    def failure_delay(self, initials: str) -> float:
        """Seconds left before the next attempt may be made (0 after the first three failures)."""
        return self.record.delay(normalize_initials(initials)[:MAX_INITIALS_LENGTH], self.clock())

    def locked_out(self, initials: str) -> bool:
        return self.record.locked_out(normalize_initials(initials)[:MAX_INITIALS_LENGTH])

    def failure_count(self, initials: str) -> int:
        return self.record.count(normalize_initials(initials)[:MAX_INITIALS_LENGTH])

    @property
    def failure_seq(self) -> int:
        return self.record.seq

    def pending_failures(self) -> list[tuple[str, str]]:
        """Failed unlocks not logged yet: (time as written, initials as written) — unauthenticated."""
        return list(self.record.pending)

    def clear_failures(self, initials: str | None = None) -> None:
        """After a successful unlock has logged them: forget pending failures and that user's streak.

        Nothing to forget (the usual unlock), with both copies of the record alike, writes nothing.
        """
        streaks = self.record.streaks
        who = None if initials is None else normalize_initials(initials)[:MAX_INITIALS_LENGTH]
        nothing = not self.record.pending and (not streaks if who is None else who not in streaks)
        if nothing and self._failures_on_disk:
            return
        self.record.pending.clear()
        if who is None:
            streaks.clear()
        else:
            streaks.pop(who, None)
        self._save()

    def unblock(self, initials: str) -> bool:
        """Lift a lockout (another caseworker, or after recovery); False when there was none."""
        found = self.record.streaks.pop(normalize_initials(initials)[:MAX_INITIALS_LENGTH], None)
        self._save()
        return found is not None

    # -- the file ----------------------------------------------------------------------------------
    @classmethod
    def _from_doc(cls, path: Path, doc: dict[str, Any]) -> Keyring:
        if doc.get("format") != FORMAT:
            raise KeyringCorrupt(f"ukendt format {doc.get('format')!r}")
        users = doc.get("users")
        if not isinstance(users, dict) or not users:
            raise KeyringCorrupt("der er ingen sagsbehandlere i filen")
        entries = {str(who): _entry_from_doc(str(who), raw) for who, raw in users.items()}
        now = _utc_now()
        stored, mirror = fail.FailureRecord.from_doc(doc, now), fail.read_mirror(path, now)
        record = stored.merge(mirror)
        key_check = _b64d(doc["key_check"])
        if len(key_check) != 32:
            raise KeyringCorrupt("kontrolværdien har forkert længde")
        keyring = cls(path, key_check, entries, record)
        keyring._failures_on_disk = stored == mirror == record
        return keyring

    def _to_doc(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "key_check": _b64e(self._key_check),
            "users": {who: _entry_to_doc(e) for who, e in sorted(self._entries.items())},
            **self.record.to_doc(),
        }

    def _save(self) -> None:
        """Write this keyring's parts (the access log's head stays as on disk), then the failures' copy."""
        mine = self._to_doc()
        if not self.path.exists():
            keyfile.write(self.path, mine)
        else:

            def change(doc: dict[str, Any]) -> None:
                kept = {k: v for k, v in doc.items() if k in KEPT_FIELDS}
                doc.clear()
                doc.update(mine)
                doc.update(kept)

            keyfile.update(self.path, change)
        fail.write_mirror(self.path, self.record)
        self._failures_on_disk = True


