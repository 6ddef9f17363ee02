"""Engines: the laptop's encrypted SQLCipher store and plain SQLAlchemy URLs (the central store).

Every SQLite connection runs with foreign keys on, WAL journal, ``synchronous=FULL`` (a committed
save survives a power cut) and ``temp_store=MEMORY`` (no temp files with decrypted pages).
Statement parameters (names, CPR numbers) are kept out of error messages, which may reach a log.
Transactions are begun explicitly instead of by the driver, so a migration's DDL and a save's
statements commit or roll back as one.

Two writers (the GUI and a CLI command, two windows) share one store: every transaction begins
with ``BEGIN IMMEDIATE``, which takes the write lock at its start, and a writer finding it taken
waits up to ``BUSY_TIMEOUT_MS`` for it (SQLite's busy handler) instead of failing. A deferred
``BEGIN`` would read first and fail at its first write without waiting when another process had
committed meanwhile (``SQLITE_BUSY_SNAPSHOT``, which no busy handler retries). A long read-only pass
may use ``read_only(engine)``, whose transactions begin deferred and never block a writer.
SQLite errors a caseworker can meet (lock held too long, disk full, I/O error, damaged file) reach
callers as ``StoreError`` with a Danish message instead of a driver traceback.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.pool import QueuePool

from visitation_desktop import paths
from visitation_desktop.store import audit, audit_head
from visitation_desktop.store.audit_head import AuditContext
from visitation_desktop.store.backups import keep_key_file
from visitation_desktop.store.diagnose import diagnose
from visitation_desktop.store.errors import (
    StoreBusy,
    StoreClosed,
    StoreDamaged,
    StoreMissing,
    StoreWriteFailed,
    WrongKey,
)
from visitation_desktop.store.migrate import upgrade_to_head
from visitation_desktop.store.sqlite_common import BUSY_TIMEOUT_MS, PRAGMAS, sqlcipher_key_literal, translate

__all__ = ["WrongKey", "close_store", "is_damaged", "create_engine_for_url", "open_store", "read_only", "sqlcipher_key_literal"]

_READ_ONLY = "visitation_read_only"
_closed: weakref.WeakSet[Engine] = weakref.WeakSet()
_opened: weakref.WeakSet[Engine] = weakref.WeakSet()  # the file exists: never create it again
_damaged: weakref.WeakSet[Engine] = weakref.WeakSet()


def open_store(data_dir: Path, key: bytes) -> Engine:
    """Open (or create) the encrypted store in ``data_dir``, migrated to the newest schema.

    Raises ``StoreKeyMismatch`` (a ``WrongKey``) if no page of the existing file decrypts with
    ``key`` and ``StoreDamaged`` if the file is damaged, truncated, empty or not a store
    (``store.diagnose`` says which); the file is then left untouched. An existing store behind the newest schema is first copied, still encrypted,
    into the backup folder.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    path = paths.store_path(data_dir)
    if path.exists() and path.stat().st_size == 0 and not path.with_name(path.name + "-wal").exists():
        raise StoreDamaged(str(path), "filen er tom")  # never lay a fresh schema over a store that was lost
    side_files = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    had_side_files = [f.exists() for f in side_files]
    url = URL.create(
        "sqlite+pysqlcipher", password=sqlcipher_key_literal(key), database=str(paths.store_path(data_dir))
    )
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=2,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,
    )
    _install_sqlite_events(engine, encrypted=True)
    try:
        migration_backup = upgrade_to_head(engine, backup_dir=paths.backup_dir(data_dir), key=key)
        if migration_backup is not None:
            keep_key_file(migration_backup, data_dir)
        audit_head.register(engine, AuditContext(key, paths.keyring_path(data_dir)))
        audit.key_existing_log(engine)  # once, for a store made before its log was keyed
    except WrongKey:
        engine.dispose()
        problem = diagnose(path, key)
        _remove_empty_side_files(side_files, had_side_files)
        raise problem from None
    except BaseException as exc:
        engine.dispose()
        _remove_empty_side_files(side_files, had_side_files)
        dbapi = engine.dialect.dbapi
        translated = _translate(engine, exc) if dbapi is not None and isinstance(exc, dbapi.Error) else None
        if translated is not None:  # the migration's backup or DDL met a full or failing disk
            raise translated from None
        raise
    _opened.add(engine)
    return engine


def create_engine_for_url(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for any SQLAlchemy URL (PostgreSQL for the central store), migrated to the newest schema."""
    kwargs.setdefault("hide_parameters", True)
    engine = create_engine(make_url(url), **kwargs)
    if engine.dialect.name == "sqlite":
        _install_sqlite_events(engine, encrypted=False)
    try:
        upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _remove_empty_side_files(side_files: list[Path], existed: list[bool]) -> None:
    """A store that failed to open is left as found: SQLite's -wal/-shm made by the attempt go again
    (only when the -wal it made is empty, so nothing written can be lost)."""
    wal, shm = side_files
    if existed[0] or not wal.exists() or wal.stat().st_size:
        return
    wal.unlink(missing_ok=True)
    if not existed[1]:
        shm.unlink(missing_ok=True)


def is_damaged(engine: Engine) -> bool:
    """A read met a damaged page: write nothing more (not even the logout) into this store."""
    return engine in _damaged


def close_store(engine: Engine) -> None:
    """Close every connection; afterwards the engine refuses to connect again (``StoreClosed``).

    Without this a late timer of a closed window would reconnect, and where the file had been
    removed SQLite would create a new, empty store in its place.
    """
    _closed.add(engine)
    engine.dispose()


def read_only(engine: Engine) -> Engine:
    """The same store for reading only: transactions begin deferred and do not wait for writers."""
    return engine.execution_options(**{_READ_ONLY: True})


def _translate(engine: Engine, error: BaseException) -> Exception | None:
    """The ``StoreError`` a SQLite error means to a caseworker, or None for a programming error."""
    return translate(error, engine.url.database)


def _install_sqlite_events(engine: Engine, *, encrypted: bool) -> None:
    @event.listens_for(engine, "do_connect")
    def _refuse_when_closed(*_args: Any) -> None:
        if engine in _closed:
            raise StoreClosed()
        database = engine.url.database
        if engine in _opened and database and not Path(database).exists():
            raise StoreMissing(database)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        try:
            if encrypted:
                # SQLCipher otherwise writes "hmac check failed" lines to stderr on a wrong key.
                cursor.execute("PRAGMA cipher_log_level = NONE")
                try:
                    cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
                except engine.dialect.dbapi.DatabaseError as exc:  # type: ignore[union-attr]
                    translated = _translate(engine, exc)
                    if isinstance(translated, StoreWriteFailed | StoreBusy):
                        raise translated from None  # a full disk (no room for -shm), not a wrong key
                    raise WrongKey() from None
            for pragma in PRAGMAS:
                cursor.execute(pragma).fetchall()
        finally:
            cursor.close()
        # Let SQLAlchemy, not the driver, decide where transactions begin (see the module doc).
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(_READ_ONLY) else "BEGIN IMMEDIATE")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        if context.original_exception is None or not isinstance(
            context.original_exception, engine.dialect.dbapi.Error  # type: ignore[union-attr]
        ):
            return
        translated = _translate(engine, context.original_exception)
        if isinstance(translated, StoreDamaged):
            _damaged.add(engine)
        if translated is not None:
            raise translated from None
