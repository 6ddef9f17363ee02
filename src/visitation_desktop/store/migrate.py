"""Alembic, configured in code: bring a database to the newest schema, with a backup first.

The migration scripts live in ``store/migrations`` (``env.py`` and ``versions/``); no alembic.ini
is read at run time. A new revision is a new file in ``versions/`` written from ``script.py.mako``,
with ``down_revision`` naming the previous one.

Alembic costs a quarter of a second to import, so opening a store that is already at the newest
schema does without it: ``script_head`` reads the revision ids from the files in ``versions/`` and
``stored_revision`` reads the ``alembic_version`` table with plain SQL. Alembic is imported only
when the store is behind (or the files cannot be read that simply).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exc, inspect, text
from sqlalchemy.engine import Connection, Engine

from visitation_desktop.store.errors import StoreTooNew
from visitation_desktop.store.schema_head import MIGRATIONS_DIR, script_head

if TYPE_CHECKING:
    from alembic.config import Config

def stored_revision(conn: Connection) -> str | None:
    """The revision recorded in the database, by plain SQL; None for a database without one."""
    try:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except (exc.OperationalError, exc.ProgrammingError):  # SQLite / PostgreSQL: no such table
        conn.rollback()
        return None
    return rows[0][0] if len(rows) == 1 else None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine, backup_dir: Path | None = None, key: bytes | None = None) -> Path | None:
    """Migrate to the newest schema; return the backup made first, if one was needed.

    A backup is made when ``backup_dir`` is given and the database already holds tables but is
    behind the newest schema (an encrypted copy when ``key`` is given).
    """
    head = script_head()
    if head is not None:
        with engine.connect() as conn:
            if stored_revision(conn) == head:
                return None
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util import CommandError

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        has_tables = bool(inspect(conn).get_table_names())
    if current == script.get_current_head():
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except (CommandError, RevisionError):
            raise StoreTooNew(current) from None
    backup = None
    if backup_dir is not None and has_tables:
        backup = backup_database(engine, backup_dir, key, label=f"rev-{current or 'none'}")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def backup_database(engine: Engine, backup_dir: Path, key: bytes | None, label: str = "") -> Path:
    """Copy a SQLite/SQLCipher database into ``backup_dir`` under a timestamped name; return the path.

    With ``key`` the copy is made by ``sqlcipher_export`` into a file encrypted with the same key, so
    no decrypted page is ever written; without it SQLite's ``VACUUM INTO`` is used.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"store-{stamp}{'-' + label if label else ''}.db"
    partial = backup_dir / f".partial-{target.name}"  # renamed when whole: a cut-short copy is no backup
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            if key is None:
                cursor.execute("VACUUM INTO ?", (str(partial),))
            else:
                cursor.execute("ATTACH DATABASE ? AS backup KEY ?", (str(partial), f"x'{key.hex()}'"))
                try:
                    cursor.execute("SELECT sqlcipher_export('backup')").fetchall()
                finally:
                    cursor.execute("DETACH DATABASE backup")
        finally:
            cursor.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    return target
