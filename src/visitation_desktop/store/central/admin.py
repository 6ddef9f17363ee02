"""IT's side of the central store: create or upgrade its schema, and the laptops' schema check.

``upgrade`` runs the central Alembic migrations on one connection inside one transaction that
first takes a PostgreSQL advisory lock, so two runs at once (two IT consoles, a script run
twice) never race: the second waits, then finds the schema current and does nothing. Laptops
call ``check_compatible`` and never migrate: a central schema older or newer than the program
understands is refused with a Danish message naming what to do.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from visitation_desktop.store.central.models import VERSION_TABLE
from visitation_desktop.store.errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
ADVISORY_LOCK_KEY = 7_104_104_008  # "visitation-desktop central schema"; any constant bigint


class CentralSchemaError(StoreError):
    """The central store's schema is missing, older or newer than this program understands."""


def _config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    return cfg


def known_revisions() -> list[str]:
    """The central schema revisions this program knows, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    return known_revisions()[-1]


def stored_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the central schema to the newest revision under the advisory lock; (before, after)."""
    from alembic import command

    if engine.dialect.name != "postgresql":
        raise CentralSchemaError("Den centrale database skal være PostgreSQL.")
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
        before = stored_revision(conn)
        if before is not None and before not in known_revisions():
            raise CentralSchemaError(
                f"Den centrale database har skemaet {before}, som er nyere end denne udgave af programmet "
                "kender. Brug den nyeste udgave til at opgradere."
            )
        if before != head_revision():
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return before, head_revision()


def check_compatible(conn: Connection) -> None:
    """Refuse (in Danish) a central store this program cannot use; never changes its schema."""
    found = stored_revision(conn)
    head = head_revision()
    if found == head:
        return
    if found is None:
        raise CentralSchemaError(
            "Den centrale database er ikke sat op til Visitation Desktop endnu. "
            "IT skal først køre: visitation-desktop central init --url …"
        )
    if found in known_revisions():
        raise CentralSchemaError(
            f"Den centrale database har en ældre skemaversion ({found}) end programmet bruger ({head}). "
            "IT skal køre: visitation-desktop central upgrade --url … Der er ikke sendt eller hentet noget."
        )
    raise CentralSchemaError(
        f"Den centrale database har en nyere skemaversion ({found}), end denne udgave af programmet forstår "
        f"({head}). Opdatér programmet på computeren. Der er ikke sendt eller hentet noget."
    )
