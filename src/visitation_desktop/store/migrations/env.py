"""Alembic environment: the store passes an open connection in ``config.attributes["connection"]``.

Offline mode (``alembic upgrade --sql``) renders SQL for the central PostgreSQL store from
``sqlalchemy.url``; nothing here reads an alembic.ini at run time.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from visitation_desktop.store.models import Base

target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_offline() -> None:
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("the store runs migrations with an open connection in config.attributes")
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
