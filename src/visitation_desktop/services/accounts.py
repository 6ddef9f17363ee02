"""Caseworker accounts beyond login: lift a lockout, recover with IT's code, remove a caseworker, re-key.

**Re-keying** gives the store a new data key: the SQLCipher file is re-encrypted (``PRAGMA rekey``),
the new key is sealed for every remaining caseworker and the recovery code (no password needed,
see ``store.keyring``), and the access log is re-MAC'd under keys derived from the new key. An
earlier copy of ``keys.json`` — the one a removed caseworker may have kept — then opens nothing.
Removing a caseworker always re-keys. ``passwd`` does not re-key (documented there).

Order, so that a crash never leaves a store nobody can open: the new ``keys.json`` is written
beside the old one (``keys.json.rekey``) first; then the store is re-encrypted; then the new file
replaces the old. An unlock that finds the store no longer opening with ``keys.json`` tries
``keys.json.rekey`` (``finish_interrupted_rekey``).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import sqlcipher3

from ..paths import keyring_path, store_path
from ..store import keyfile
from ..store.audit_keys import REKEY_MARK
from ..store.errors import UnknownUser, WrongDataKey, WrongPassword
from ..store.keyring import DATA_KEY_BYTES, Keyring, normalize_initials
from .login_guard import AccessDenied, load_keyring
from .workspace import SetupError, Workspace, unlock

REKEY_SUFFIX = ".rekey"


def pending_rekey_path(data_dir: Path) -> Path:
    path = keyring_path(data_dir)
    return path.with_name(path.name + REKEY_SUFFIX)


def unblock(ws: Workspace, initials: str) -> bool:
    """Another caseworker lifts ``initials``' lockout; logged. False when they were not locked out."""
    who = normalize_initials(initials)
    keyring = load_keyring(ws.data_dir)
    if who not in keyring.users():
        raise SetupError(f"Der findes ingen sagsbehandler med initialerne {who} på denne computer.")
    lifted = keyring.unblock(who)
    ws.repo.log(ws.caseworker, "edit", detail=f"caseworker {who} unblocked")
    return lifted


def recover(data_dir: Path, initials: str, code: str, new_password: str) -> tuple[Workspace, str]:
    """IT's way back: the recovery code sets a new password for ``initials`` and lifts the lockout.

    Returns the unlocked workspace and the NEW recovery code (the used one no longer works).
    """
    who = normalize_initials(initials)
    keyring = load_keyring(data_dir)
    if who not in keyring.users():
        raise SetupError(f"Der findes ingen sagsbehandler med initialerne {who} på denne computer.")
    try:
        data_key = keyring.recover(code)
    except WrongPassword:
        keyring.record_failure("#recovery")
        raise AccessDenied("Gendannelseskoden er forkert. Datalageret er ikke ændret.") from None
    try:
        keyring.set_password(who, new_password, data_key)
    except ValueError as exc:  # WeakPassword
        raise SetupError(str(exc)) from None
    keyring.unblock(who)
    new_code = keyring.new_recovery_code(data_key)
    ws = unlock(data_dir, who, new_password)
    ws.repo.log(who, "recovery", detail="password set with the recovery code; new recovery code made")
    return ws, new_code


def remove_caseworker(ws: Workspace, initials: str) -> None:
    """Take ``initials``' access away and re-key, so their earlier key file opens nothing."""
    who = normalize_initials(initials)
    if who == ws.caseworker:
        raise SetupError("Du kan ikke fjerne dig selv. Bed en anden sagsbehandler om at gøre det.")
    keyring = load_keyring(ws.data_dir)
    if who not in keyring.users():
        raise SetupError(f"Der findes ingen sagsbehandler med initialerne {who} på denne computer.")
    _refuse_unsealable(keyring, exclude=who)
    keyring.remove_user(who)
    ws.repo.log(ws.caseworker, "delete", detail=f"caseworker {who}")
    rekey_store(ws, reason=f"caseworker {who} removed")


def rekey_store(ws: Workspace, reason: str = "store rekey") -> None:
    """A new data key for the store; every remaining caseworker keeps their password."""
    from ..store import audit  # SQLAlchemy's: imported when a re-key is asked for, not to log in
    from ..store.db import open_store

    keyring = load_keyring(ws.data_dir)
    _refuse_unsealable(keyring)
    problems = audit.verify(ws.repo.engine)
    old_key = bytes(ws._data_key)
    new_key = secrets.token_bytes(DATA_KEY_BYTES)
    pending = pending_rekey_path(ws.data_dir)
    # 1. the new key file beside the old (the log's head is written afresh in step 4)
    keyring.path = pending
    keyring.rekey(old_key, new_key)
    def fresh_head(doc: dict[str, object]) -> None:
        doc.pop("audit_head", None)
        doc[REKEY_MARK] = True

    keyfile.update(pending, fresh_head)
    # 2. re-encrypt the store
    ws.repo.engine.dispose()
    _sqlcipher_rekey(store_path(ws.data_dir), old_key, new_key)
    # 3. the new key file takes the old one's place
    os.replace(pending, keyring_path(ws.data_dir))
    # 4. reopen under the new key: the log is re-MAC'd there and gets its new head
    ws.repo.engine = open_store(ws.data_dir, new_key)
    ws._data_key[:] = bytes(len(ws._data_key))
    ws._data_key = bytearray(new_key)
    detail = reason + (f"; audit verify found {len(problems)} problems before" if problems else "")
    ws.repo.log(ws.caseworker, "rekey", detail=detail)


def finish_interrupted_rekey(data_dir: Path, initials: str, password: str) -> bool:
    """After a crash in ``rekey_store`` step 2–3: put ``keys.json.rekey`` in place if it opens the store."""
    pending = pending_rekey_path(data_dir)
    if not pending.is_file():
        return False
    try:
        key = Keyring.load(pending).unlock(initials, password)
        _sqlcipher_check(store_path(data_dir), key)
    except (WrongPassword, UnknownUser, WrongDataKey, sqlcipher3.DatabaseError, ValueError):
        pending.unlink(missing_ok=True)  # step 2 never happened: the old key file is still the right one
        return False
    os.replace(pending, keyring_path(data_dir))
    return True


def _refuse_unsealable(keyring: Keyring, exclude: str = "") -> None:
    waiting = [who for who in keyring.unsealable_users() if who != exclude]
    if waiting:
        names = ", ".join(waiting)
        raise SetupError(
            f"Datalageret kan ikke få en ny nøgle endnu: {names} skal først logge ind én gang med den nye "
            "udgave af programmet (så deres nøgle får den nye form). Intet er ændret."
        )


def _connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def _sqlcipher_rekey(path: Path, old_key: bytes, new_key: bytes) -> None:
    conn = _connect(path, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    finally:
        conn.close()
    _sqlcipher_check(path, new_key)


def _sqlcipher_check(path: Path, key: bytes) -> None:
    _connect(path, key).close()
