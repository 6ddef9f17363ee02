"""Start a caseworker's Argon2id derivation before the unlock asks for it (see ``key_entries.derive_ahead``).

A command that will unlock the store calls ``start`` as soon as it has the password; the program's
imports (SQLAlchemy, the store, reportlab) then run while the deliberate KDF work runs on another
core. This module reads the key file as plain JSON and imports neither SQLAlchemy nor the keyring,
so that it costs nothing before the derivation starts. It decides nothing: whatever it cannot read
(no file, an unknown caseworker, a damaged entry) it leaves to the unlock, which says what is wrong.
"""

from __future__ import annotations

import json
from pathlib import Path

from visitation_desktop.store.key_entries import _entry_from_doc, derive_ahead


def start(keyring_path: Path, initials: str, password: str) -> bool:
    """True when a derivation was started for ``initials``; False when the unlock will do it all itself."""
    who = initials.strip().upper()  # keyring.normalize_initials, without importing the keyring
    if not who or who.startswith("#"):  # no initials, or the recovery code's entry: never a caseworker's login
        return False
    try:
        users = json.loads(keyring_path.read_text(encoding="utf-8"))["users"]
        entry = _entry_from_doc(who, users[who])
    except Exception:  # noqa: BLE001 - the unlock reads the file again and reports any problem itself
        return False
    derive_ahead(entry.kdf, password)
    return True
