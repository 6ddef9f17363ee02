"""Hand-offs: which central-store case each laptop case became, so a second hand-off updates it.

Revision ID: 0002
Revises: 0001
Create Date: 2025-06-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "handoffs",
        sa.Column("case_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("target", sa.String(300), nullable=False),
        sa.Column("central_id", sa.Integer(), nullable=False),
        sa.Column("handed_off_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_handoffs_case_id_cases"),
        sa.PrimaryKeyConstraint("case_id", "target", name="pk_handoffs"),
    )


def downgrade() -> None:
    op.drop_table("handoffs")
