"""Identity and revision: a UUID on every citizen, case, plan version and follow-up; a revision per case.

Existing rows get a random (version 4) UUID made by the database itself, so the migration also
renders as plain SQL for the central PostgreSQL store. The laptop's check-out bookkeeping comes
with it: ``sync_cases`` (the central revision and content each checked-out case had, the base of
the three-way merge), ``sync_meta`` and ``central_grants`` (the municipality's occupied places).

Revision ID: 0005_identity
Revises: 0004_case_index
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005_identity"
down_revision: str | None = "0004_case_index"
branch_labels: str | None = None
depends_on: str | None = None

UUID_TABLES = ("citizens", "cases", "plan_versions", "follow_ups")

# A version-4 UUID in SQLite's own functions; each row gets its own.
_SQLITE_UUID4 = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)


def _uuid_expression() -> str:
    return _SQLITE_UUID4 if op.get_context().dialect.name == "sqlite" else "gen_random_uuid()::text"


def upgrade() -> None:
    # NOT NULL with a server default, then filled: SQLite adds such a column without copying the
    # table (a batch copy would trip the foreign keys of the rows pointing at it).
    for table in UUID_TABLES:
        op.add_column(table, sa.Column("uuid", sa.String(36), nullable=False, server_default=""))
        op.execute(f"UPDATE {table} SET uuid = {_uuid_expression()} WHERE uuid = ''")
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=table != "citizens")
    op.add_column("cases", sa.Column("revision", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("cases", sa.Column("updated_by", sa.String(16), nullable=False, server_default=""))

    op.create_table(
        "sync_cases",
        sa.Column("case_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("central_revision", sa.Integer(), nullable=False),
        sa.Column("base_data", sa.Text(), nullable=False),
        sa.Column("synced_revision", sa.Integer(), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("conflict", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_sync_cases_case_id_cases"),
        sa.PrimaryKeyConstraint("case_id", name="pk_sync_cases"),
    )
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_sync_meta"),
    )
    op.create_table(
        "central_grants",
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("offer_id", sa.String(100), nullable=False),
        sa.Column("place", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("case_uuid", name="pk_central_grants"),
    )


def downgrade() -> None:
    op.drop_table("central_grants")
    op.drop_table("sync_meta")
    op.drop_table("sync_cases")
    op.drop_column("cases", "updated_by")
    op.drop_column("cases", "revision")
    for table in reversed(UUID_TABLES):
        op.drop_index(f"ix_{table}_uuid", table)
        op.drop_column(table, "uuid")
