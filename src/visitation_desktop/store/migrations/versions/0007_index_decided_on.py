"""Case index: the decision date, so the capacity count reads the index instead of every granted case.

Revision ID: 0007_index_decided_on
Revises: 0006_standard_copies
Create Date: 2026-12-01
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import context, op

revision: str = "0007_index_decided_on"
down_revision: str | None = "0006_standard_copies"
branch_labels: str | None = None
depends_on: str | None = None


def _decided_on(data: str) -> dt.date | None:
    try:
        text = json.loads(data).get("decision", {}).get("decided_on")
        return dt.date.fromisoformat(text) if isinstance(text, str) else None
    except (ValueError, AttributeError):
        return None  # a case the program cannot read keeps no date; it is saved anew when opened


def upgrade() -> None:
    with op.batch_alter_table("case_index") as batch:
        batch.add_column(sa.Column("decided_on", sa.Date(), nullable=True))
    if context.is_offline_mode():
        return  # rendering SQL only: there are no rows to read
    conn = op.get_bind()
    cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("data", sa.Text))
    index = sa.table("case_index", sa.column("case_id", sa.Integer), sa.column("decided_on", sa.Date))
    for case_id, data in conn.execute(sa.select(cases.c.id, cases.c.data)):
        decided = _decided_on(data or "{}")
        if decided is not None:
            conn.execute(sa.update(index).where(index.c.case_id == case_id).values(decided_on=decided))


def downgrade() -> None:
    with op.batch_alter_table("case_index") as batch:
        batch.drop_column("decided_on")
