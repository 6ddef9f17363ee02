"""Standard copies: the text of every quality standard a case was assessed under, by its SHA-256.

Revision ID: 0006_standard_copies
Revises: 0005_identity
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006_standard_copies"
down_revision: str | None = "0005_identity"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "standard_copies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("standard_id", sa.String(100), nullable=False),
        sa.Column("version", sa.Text(), nullable=False),
        sa.Column("municipality", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_standard_copies"),
        sa.UniqueConstraint("digest", name="uq_standard_copies_digest"),
    )


def downgrade() -> None:
    op.drop_table("standard_copies")
