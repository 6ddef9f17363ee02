"""The central store's first schema: citizens by CPR, cases with revision, plan versions and
follow-ups by uuid, check-outs, the access-log rows and heads the laptops send.

Revision ID: c001_central
Revises:
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "c001_central"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "citizens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("cpr", sa.String(10), nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("postcode", sa.String(10), nullable=False),
        sa.Column("town", sa.String(100), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_citizens"),
        sa.UniqueConstraint("uuid", name="uq_citizens_uuid"),
        sa.UniqueConstraint("cpr", name="uq_citizens_cpr"),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("citizen_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("caseworker", sa.String(16), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("offer_id", sa.String(100), nullable=False),
        sa.Column("place", sa.String(40), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("updated_by", sa.String(16), nullable=False),
        sa.Column("updated_from", sa.String(36), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["citizen_id"], ["citizens.id"], name="fk_cases_citizen_id_citizens"),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
        sa.UniqueConstraint("uuid", name="uq_cases_uuid"),
    )
    op.create_index("ix_cases_citizen_id", "cases", ["citizen_id"])
    op.create_index("ix_cases_caseworker", "cases", ["caseworker"])
    op.create_index("ix_cases_offer_id", "cases", ["offer_id"])
    op.create_table(
        "plan_versions",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_uuid"], ["cases.uuid"], name="fk_plan_versions_case_uuid_cases"),
        sa.PrimaryKeyConstraint("uuid", name="pk_plan_versions"),
        sa.UniqueConstraint("case_uuid", "version", name="uq_plan_versions_case_uuid_version"),
    )
    op.create_index("ix_plan_versions_case_uuid", "plan_versions", ["case_uuid"])
    op.create_table(
        "follow_ups",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(16), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_uuid"], ["cases.uuid"], name="fk_follow_ups_case_uuid_cases"),
        sa.PrimaryKeyConstraint("uuid", name="pk_follow_ups"),
    )
    op.create_index("ix_follow_ups_case_uuid", "follow_ups", ["case_uuid"])
    op.create_table(
        "checkouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("caseworker", sa.String(16), nullable=False),
        sa.Column("laptop", sa.String(36), nullable=False),
        sa.Column("checked_out_at", TS, nullable=False),
        sa.Column("checked_in_at", TS, nullable=True),
        sa.ForeignKeyConstraint(["case_uuid"], ["cases.uuid"], name="fk_checkouts_case_uuid_cases"),
        sa.PrimaryKeyConstraint("id", name="pk_checkouts"),
    )
    op.create_index("ix_checkouts_case_uuid", "checkouts", ["case_uuid"])
    op.create_index("ix_checkouts_laptop", "checkouts", ["laptop"])
    op.create_table(
        "access_log",
        sa.Column("laptop", sa.String(36), nullable=False),
        sa.Column("row_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("caseworker", sa.String(16), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("row", sa.Text(), nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("laptop", "row_id", name="pk_access_log"),
    )
    op.create_index("ix_access_log_caseworker", "access_log", ["caseworker"])
    op.create_index("ix_access_log_case_uuid", "access_log", ["case_uuid"])
    op.create_table(
        "access_log_heads",
        sa.Column("laptop", sa.String(36), nullable=False),
        sa.Column("head", sa.Text(), nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("laptop", name="pk_access_log_heads"),
    )


def downgrade() -> None:
    for table in (
        "access_log_heads",
        "access_log",
        "checkouts",
        "follow_ups",
        "plan_versions",
        "cases",
        "citizens",
    ):
        op.drop_table(table)
