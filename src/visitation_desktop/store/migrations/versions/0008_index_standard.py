"""Case index: the digest of the case's own standard, so the overview dates each case by its own standard.

Revision ID: 0008_index_standard
Revises: 0007_index_decided_on
Create Date: 2026-12-01
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import context, op

revision: str = "0008_index_standard"
down_revision: str | None = "0007_index_decided_on"
branch_labels: str | None = None
depends_on: str | None = None


def _digest(data: str) -> str:
    try:
        value = json.loads(data).get("standard_digest", "")
        return value if isinstance(value, str) else ""
    except (ValueError, AttributeError):
        return ""  # a case the program cannot read keeps none (the active standard); it is saved anew when opened


def upgrade() -> None:
    with op.batch_alter_table("case_index") as batch:
        batch.add_column(sa.Column("standard_digest", sa.String(64), nullable=False, server_default=""))
    if context.is_offline_mode():
        return  # rendering SQL only: there are no rows to read
    conn = op.get_bind()
    cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("data", sa.Text))
    index = sa.table("case_index", sa.column("case_id", sa.Integer), sa.column("standard_digest", sa.String))
    for case_id, data in conn.execute(sa.select(cases.c.id, cases.c.data)):
        digest = _digest(data or "{}")
        if digest:
            conn.execute(sa.update(index).where(index.c.case_id == case_id).values(standard_digest=digest))


def downgrade() -> None:
    with op.batch_alter_table("case_index") as batch:
        batch.drop_column("standard_digest")
