"""Alembic environment of the central store; ``central init|upgrade`` passes an open connection."""

from __future__ import annotations

from alembic import context

from visitation_desktop.store.central.models import VERSION_TABLE, CentralBase

target_metadata = CentralBase.metadata

if context.is_offline_mode():
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        version_table=VERSION_TABLE,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("central migrations run with an open connection in config.attributes")
    context.configure(
        connection=connection, target_metadata=target_metadata, compare_type=True, version_table=VERSION_TABLE
    )
    with context.begin_transaction():
        context.run_migrations()
