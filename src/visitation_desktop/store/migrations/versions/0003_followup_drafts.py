"""Follow-up drafts: the follow-up meeting written so far, one per case, saved as it is typed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-03-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "followup_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(16), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_followup_drafts_case_id_cases"),
        sa.PrimaryKeyConstraint("id", name="pk_followup_drafts"),
        sa.UniqueConstraint("case_id", name="uq_followup_drafts_case_id"),
    )


def downgrade() -> None:
    op.drop_table("followup_drafts")
