"""IT's machine-wide policy: a JSON file the municipality's IT writes for every laptop.

The file lives in the platform's site config folder (``%PROGRAMDATA%\\VisitationDesktop\\policy.json``
on Windows, ``/etc/xdg/VisitationDesktop/policy.json`` on Linux); ``VISITATION_POLICY_FILE`` points
elsewhere (tests, a pilot). Values set there override the caseworker's own settings. A damaged file
is ignored as a whole and gives a Danish message; it never stops the program. See ``docs/it-policy.md``.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from ..paths import APP_NAME

log = logging.getLogger(__name__)

POLICY_ENV = "VISITATION_POLICY_FILE"
POLICY_FILE_NAME = "policy.json"
IT_FIXED_LABEL = "Fastsat af IT"


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("skal være en tekst")
    return value.strip()


IDLE_LOCK_MIN_MINUTES = 1  # the idle lock is bounded 1–60 minutes in the settings, the policy file and the GUI
IDLE_LOCK_MAX_MINUTES = 60

def _minutes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not IDLE_LOCK_MIN_MINUTES <= value <= IDLE_LOCK_MAX_MINUTES:
        raise ValueError("skal være et helt antal minutter fra 1 til 60")
    return value


# The keys IT may set: policy key -> (settings field, check). Unknown keys are reported, not guessed.
POLICY_KEYS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "central_url": ("central_url", _text),
    "standard_file": ("standard_file", _text),
    "idle_lock_minutes": ("idle_lock_minutes", _minutes),
    "default_save_folder": ("default_save_folder", _text),
}


@dataclass(frozen=True)
class Policy:
    values: dict[str, Any] = field(default_factory=dict)  # settings field -> value IT fixed
    path: Path | None = None
    problem: str | None = None  # a Danish message when the file could not be used


def policy_path() -> Path:
    """Where the policy is read from: ``VISITATION_POLICY_FILE`` or the site config folder."""
    override = os.environ.get(POLICY_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False, multipath=False)) / POLICY_FILE_NAME


def load_policy(path: Path | None = None) -> Policy:
    """Read the policy; no file is no policy, a damaged one is ignored with a Danish message."""
    path = path if path is not None else policy_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Policy(path=path)
    except OSError:
        return _damaged(path, "kan ikke læses (adgang nægtet eller ikke en fil)")
    try:
        raw = json.loads(data.decode("utf-8-sig"))  # Notepad may write a byte-order mark
    except (UnicodeDecodeError, ValueError):
        return _damaged(path, "er ikke gyldig JSON")
    if not isinstance(raw, dict):
        return _damaged(path, "skal være et JSON-objekt med nøgler og værdier")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in POLICY_KEYS:
            return _damaged(path, f"har en ukendt nøgle «{key}» (kendte: {', '.join(POLICY_KEYS)})")
        name, check = POLICY_KEYS[key]
        try:
            values[name] = check(value)
        except ValueError as exc:
            return _damaged(path, f"har en ugyldig værdi for «{key}»: {exc}")
    return Policy(values=values, path=path)


def _damaged(path: Path, reason: str) -> Policy:
    log.warning("IT policy file ignored: %s", reason)
    message = (
        f"IT's indstillingsfil {path} {reason}. Den bliver ikke brugt; programmet kører med "
        "dine egne indstillinger. Kontakt IT."
    )
    return Policy(path=path, problem=message)
