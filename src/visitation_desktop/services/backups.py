"""Backups as the caseworker uses them: one a day on unlocking, one on demand, and restoring one.

The files and the keeping rule are ``store/backups.py``; this is the doorway the GUI and the CLI
share. Restoring needs a caseworker's password, because the backup's own key file (as it was when
the backup was taken) gives the key that checks it; the current store need not open at all.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..store import backups as files
from ..store.backups import Backup, BackupUnusable
from ..store.errors import KeyringCorrupt, StoreError, StoreWriteFailed, UnknownUser, WrongPassword
from ..store.keyring import Keyring

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from .workspace import Workspace

log = logging.getLogger(__name__)

__all__ = ["Backup", "Restored", "create", "daily", "check", "describe", "find", "list_all", "newest", "restore"]


@dataclass(frozen=True)
class Restored:
    backup: Backup
    aside: Path  # where the files it replaced were moved


def list_all(data_dir: Path) -> list[Backup]:
    return files.list_backups(data_dir)


def find(data_dir: Path, name: str) -> Backup:
    return files.find_backup(data_dir, name)


def newest(data_dir: Path) -> Backup | None:
    found = files.list_backups(data_dir)
    return found[0] if found else None


def describe(backup: Backup) -> str:
    """'1. december 2026 kl. 14:02 (daglig)' in local time."""
    from ..domain.findings import danish_date

    local = backup.taken_at.astimezone()
    kind = {"daily": "daglig", "manual": "taget i hånden"}.get(
        backup.label, "før opdatering" if backup.label.startswith("rev-") else backup.label
    )
    return f"{danish_date(local.date())} kl. {local:%H:%M} ({kind})"


def create(ws: Workspace, label: str = "manual") -> Backup:
    """Take a backup of the open store now, then prune by the rule."""
    backup = files.create_backup(ws.repo.engine, ws.data_dir, bytes(ws._data_key), label)
    files.prune(ws.data_dir)
    log.info("backup taken (%s)", label)
    return backup


def daily(engine: Engine, data_dir: Path, key: bytes, now: dt.datetime | None = None) -> str | None:
    """The day's backup, if none was taken today; prunes by the rule. Returns a Danish warning when the
    disk refused it (work goes on), raises ``StoreDamaged`` when the store itself cannot be read."""
    if files.taken_today(data_dir, now):
        return None
    try:
        files.create_backup(engine, data_dir, key, "daily", now)
    except StoreWriteFailed as exc:
        return f"Dagens sikkerhedskopi kunne ikke tages: {exc}"
    files.prune(data_dir)
    return None


def restore(data_dir: Path, name: str | None, initials: str, password: str) -> Restored:
    """Restore the named backup, or without a name the newest one that is good; the current files are
    moved aside. Each candidate is opened with the key its own key file gives for this password."""
    candidates = [files.find_backup(data_dir, name)] if name else files.list_backups(data_dir)
    if not candidates:
        raise BackupUnusable("(ingen)", "der er ingen sikkerhedskopier i mappen backups")
    problems: list[str] = []
    for backup in candidates:
        try:
            key = _backup_key(data_dir, backup, initials, password)
            aside = files.restore_backup(data_dir, backup, key)
        except StoreError as exc:
            if name:
                raise
            problems.append(str(exc))
            continue
        log.info("backup restored")
        return Restored(backup, aside)
    raise BackupUnusable("(alle)", "ingen af dem kunne bruges: " + " ".join(problems[:3]))


def check(data_dir: Path, name: str, initials: str, password: str) -> None:
    """Raise ``BackupUnusable`` unless the named backup opens and is sound with this password."""
    backup = files.find_backup(data_dir, name)
    files.check_backup_file(backup.path, _backup_key(data_dir, backup, initials, password))


def _backup_key(data_dir: Path, backup: Backup, initials: str, password: str) -> bytes:
    from ..paths import keyring_path

    keys = backup.keys_path if backup.has_keys else keyring_path(data_dir)
    try:
        return Keyring.load(keys).unlock(initials.strip().upper(), password)
    except (WrongPassword, UnknownUser):
        raise BackupUnusable(backup.name, "initialerne eller adgangskoden passer ikke til den") from None
    except KeyringCorrupt:
        raise BackupUnusable(backup.name, "dens nøglefil kan ikke læses") from None
