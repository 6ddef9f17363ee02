"""Encrypted backups of the store and its key file, the rule that prunes them, and restoring one.

A backup is two files in ``backups/``: ``store-<UTC stamp>-<label>.db``, a copy of the store made
by SQLCipher's ``sqlcipher_export`` and encrypted with the same data key (no decrypted page is ever
written), and ``store-<stamp>-<label>.keys.json``, the key file as it was (the data key wrapped per
caseworker; nothing in it opens the store without a password). Labels: ``daily`` (the first unlock
of a day without a backup yet), ``manual`` (``backup create``), ``rev-<schema>`` (before a migration).
A backup is written under a temporary name and renamed when complete and readable, so a backup cut
short (disk full, power cut) never looks like a good one.

The rule (``prune``): keep the newest backup of each of the last 7 days that have backups, the newest
of each of the last 4 ISO weeks before those, and always the newest backup of all; delete the rest.

Restoring moves the current files (store, its -wal/-shm, key file) aside into
``backups/aside-<stamp>/``, then copies the backup's files into place. Pruning keeps the newest
3 of those folders (``KEEP_ASIDE``) and deletes older ones, as it deletes old backups.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from visitation_desktop import paths
from visitation_desktop.files import write_atomic
from visitation_desktop.store.diagnose import diagnose
from visitation_desktop.store.errors import StoreError, StoreWriteFailed

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_ASIDE = 3  # the files set aside by the latest restores
_ASIDE = re.compile(r"^aside-\d{8}T\d{6}\d{6}Z$")
_NAME = re.compile(r"^store-(\d{8}T\d{6}\d{6}Z)(?:-([A-Za-z0-9_.-]+))?\.db$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


class BackupNotFound(StoreError):
    def __init__(self, name: str) -> None:
        super().__init__(f"Sikkerhedskopien {name} findes ikke. Se listen med: visitation-desktop backup list")


class BackupUnusable(StoreError):
    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"Sikkerhedskopien {name} kan ikke bruges: {problem}. Intet er ændret.")


@dataclass(frozen=True)
class Backup:
    path: Path  # the store copy
    taken_at: dt.datetime  # UTC
    label: str

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def keys_path(self) -> Path:
        return self.path.with_suffix(".keys.json")

    @property
    def has_keys(self) -> bool:
        return self.keys_path.is_file()

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _stamp_time(stamp: str) -> dt.datetime | None:
    """The UTC time of a name's stamp ``YYYYMMDDTHHMMSSffffffZ`` (``_STAMP``); None when it is no time.

    Read by hand: ``strptime``'s first call costs some 10 ms (it imports and compiles its parser),
    and every unlock lists the backups."""
    try:
        return dt.datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[9:11]), int(stamp[11:13]),
                           int(stamp[13:15]), int(stamp[15:21]), tzinfo=dt.UTC)
    except ValueError:
        return None


def list_backups(data_dir: Path) -> list[Backup]:
    """Every complete backup, newest first."""
    folder = paths.backup_dir(data_dir)
    found = []
    for path in folder.glob("store-*.db") if folder.is_dir() else []:
        match = _NAME.match(path.name)
        taken = _stamp_time(match.group(1)) if match else None
        if match and taken is not None:  # a name with no real time in it (month 13) is not a backup
            found.append(Backup(path, taken, match.group(2) or ""))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def find_backup(data_dir: Path, name: str) -> Backup:
    for backup in list_backups(data_dir):
        if name in (backup.name, backup.path.name):
            return backup
    raise BackupNotFound(name)


def create_backup(engine: Engine, data_dir: Path, key: bytes, label: str, now: dt.datetime | None = None) -> Backup:
    """Copy the open store (encrypted) and the key file into ``backups/``; return the backup.

    ``StoreDamaged`` if a page of the store cannot be read (nothing written), ``StoreWriteFailed``
    if the disk refused the copy (the partial copy is removed).
    """
    folder = paths.backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now(dt.UTC)).strftime(_STAMP)
    target = folder / f"store-{stamp}-{label}.db"
    partial = folder / f".partial-{stamp}-{label}.db"
    partial.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute("ATTACH DATABASE ? AS backup KEY ?", (str(partial), f"x'{key.hex()}'"))
            try:
                cursor.execute("SELECT sqlcipher_export('backup')").fetchall()
            finally:
                cursor.execute("DETACH DATABASE backup")
        finally:
            cursor.close()
    except sqlcipher3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        raise _copy_failed(exc, paths.store_path(data_dir), key) from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreWriteFailed(disk_full=exc.errno == 28) from None
    finally:
        raw.close()
    try:
        check_backup_file(partial, key)
        keys = paths.keyring_path(data_dir)
        if keys.is_file():
            write_atomic(target.with_suffix(".keys.json"), keys.read_bytes())
        _fsync(partial)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        target.with_suffix(".keys.json").unlink(missing_ok=True)
        raise StoreWriteFailed(disk_full=exc.errno == 28) from None
    taken = _stamp_time(stamp)
    assert taken is not None  # made from the clock just above
    return Backup(target, taken, label)


def keep_key_file(backup: Path, data_dir: Path) -> None:
    """Put the key file beside a store copy made elsewhere (the migration backup)."""
    keys = paths.keyring_path(data_dir)
    if keys.is_file():
        write_atomic(backup.with_suffix(".keys.json"), keys.read_bytes())


def check_backup_file(path: Path, key: bytes) -> None:
    """Raise ``BackupUnusable`` unless every page of ``path`` decrypts with ``key`` and SQLite finds it sound."""
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        except sqlcipher3.DatabaseError:
            raise BackupUnusable(path.stem, "den kan ikke læses med nøglen") from None
        if result != ("ok",):
            raise BackupUnusable(path.stem, "den er beskadiget")
    finally:
        conn.close()


def restore_backup(data_dir: Path, backup: Backup, key: bytes, now: dt.datetime | None = None) -> Path:
    """Put ``backup`` in place of the current store and key file; return the folder they were moved to.

    ``key`` is the data key the backup's own key file gave: the backup is checked with it before
    anything is moved. Nothing is deleted: the current files go to ``backups/aside-<stamp>/`` (of
    which ``prune`` keeps the newest ``KEEP_ASIDE``).
    """
    check_backup_file(backup.path, key)
    stamp = (now or dt.datetime.now(dt.UTC)).strftime(_STAMP)
    aside = paths.backup_dir(data_dir) / f"aside-{stamp}"
    aside.mkdir(parents=True)
    store = paths.store_path(data_dir)
    keys = paths.keyring_path(data_dir)
    staged = store.with_name(f".restoring-{stamp}.db")
    shutil.copyfile(backup.path, staged)
    _fsync(staged)
    for current in (store, store.with_name(store.name + "-wal"), store.with_name(store.name + "-shm"), keys):
        if current.exists():
            os.replace(current, aside / current.name)
    os.replace(staged, store)
    if backup.has_keys:
        write_atomic(keys, backup.keys_path.read_bytes())
    elif (aside / keys.name).exists():
        write_atomic(keys, (aside / keys.name).read_bytes())  # an old migration copy: same data key
    _fsync_dir(data_dir)
    return aside


def prune(data_dir: Path) -> list[Backup]:
    """Delete the backups the rule does not keep (see the module doc) and the folders set aside by
    restores before the newest ``KEEP_ASIDE``; return the backups deleted."""
    prune_asides(data_dir)
    backups = list_backups(data_dir)
    keep = {b.path for b in kept_by_rule(backups)}
    deleted = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            backup.keys_path.unlink(missing_ok=True)
            deleted.append(backup)
    return deleted


def prune_asides(data_dir: Path, keep: int = KEEP_ASIDE) -> list[Path]:
    """Delete the ``aside-<stamp>`` folders older than the newest ``keep``; return those deleted."""
    folder = paths.backup_dir(data_dir)
    if not folder.is_dir():
        return []
    asides = sorted((p for p in folder.iterdir() if _ASIDE.match(p.name) and p.is_dir()), reverse=True)
    for old in asides[keep:]:
        shutil.rmtree(old)
    return asides[keep:]


def kept_by_rule(backups: list[Backup]) -> list[Backup]:
    """The backups the rule keeps: the newest of each of the last 7 days with backups, then the newest
    of each of the 4 ISO weeks before those (weeks not already covered by a kept day)."""
    kept: list[Backup] = []
    days: list[dt.date] = []
    weeks: set[tuple[int, int]] = set()
    weekly = 0
    for b in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        day = b.taken_at.date()
        week = (day.isocalendar().year, day.isocalendar().week)
        if day in days:
            continue  # an older backup of a day already kept
        if len(days) < KEEP_DAILY:
            days.append(day)
            weeks.add(week)
            kept.append(b)
        elif week not in weeks and weekly < KEEP_WEEKLY:
            weeks.add(week)
            weekly += 1
            kept.append(b)
    return kept


def taken_today(data_dir: Path, now: dt.datetime | None = None) -> bool:
    today = (now or dt.datetime.now(dt.UTC)).date()
    return any(b.taken_at.date() == today for b in list_backups(data_dir))  # of any kind: it is the day's


def _copy_failed(exc: Exception, store: Path, key: bytes) -> StoreError:
    text = str(exc).lower()
    if "full" in text:
        return StoreWriteFailed(disk_full=True)
    if "i/o" in text:
        return StoreWriteFailed(disk_full=False)
    return diagnose(store, key)  # the store itself could not be read: say how it is damaged


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        _fsync(folder)
