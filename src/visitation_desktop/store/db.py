"""Engines: the laptop's encrypted SQLCipher store and plain SQLAlchemy URLs (the central store).

Every SQLite connection runs with foreign keys on, WAL journal, ``synchronous=FULL`` (a committed
save survives a power cut) and ``temp_store=MEMORY`` (no temp files with decrypted pages).
Statement parameters (names, CPR numbers) are kept out of error messages, which may reach a log.
Transactions are begun explicitly (``BEGIN``) instead of by the driver, so a migration's DDL and
a save's statements commit or roll back as one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.pool import QueuePool

from visitation_desktop import paths
from visitation_desktop.store.errors import WrongKey
from visitation_desktop.store.migrate import upgrade_to_head

__all__ = ["WrongKey", "create_engine_for_url", "open_store", "sqlcipher_key_literal"]

KEY_BYTES = 32


def sqlcipher_key_literal(key: bytes) -> str:
    """SQLCipher's raw-key form ``x'<64 hex>'``: the key is used as is, without a passphrase KDF."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"the data key must be {KEY_BYTES} bytes")
    return f"x'{key.hex()}'"


def open_store(data_dir: Path, key: bytes) -> Engine:
    """Open (or create) the encrypted store in ``data_dir``, migrated to the newest schema.

    Raises ``WrongKey`` if the existing file cannot be decrypted with ``key``; the file is then
    left untouched. An existing store behind the newest schema is first copied, still encrypted,
    into the backup folder.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    url = URL.create(
        "sqlite+pysqlcipher", password=sqlcipher_key_literal(key), database=str(paths.store_path(data_dir))
    )
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=2,
        connect_args={"check_same_thread": False},
        hide_parameters=True,
    )
    _install_sqlite_events(engine, encrypted=True)
    try:
        upgrade_to_head(engine, backup_dir=paths.backup_dir(data_dir), key=key)
    except BaseException:
        engine.dispose()
        raise
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


def _install_sqlite_events(engine: Engine, *, encrypted: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        try:
            if encrypted:
                # SQLCipher otherwise writes "hmac check failed" lines to stderr on a wrong key.
                cursor.execute("PRAGMA cipher_log_level = NONE")
                try:
                    cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
                except engine.dialect.dbapi.DatabaseError:  # type: ignore[union-attr]
                    raise WrongKey() from None
            cursor.execute("PRAGMA journal_mode = WAL").fetchone()
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA temp_store = MEMORY")
        finally:
            cursor.close()
        # Let SQLAlchemy, not the driver, decide where transactions begin (see the module doc).
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")
