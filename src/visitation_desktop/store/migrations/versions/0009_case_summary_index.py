"""Cases: a covering index of the columns the case list and the overview read, in their order.

A case row holds its whole CaseFile (JSON, a few kilobytes): reading the list's columns from the
table means reading and decrypting about a page per case. The index holds just those columns,
sorted newest change first as the list shows them, so the overview reads a few hundred pages for
10,000 cases and sorts nothing.

Revision ID: 0009_case_summary_index
Revises: 0008_index_standard
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision: str = "0009_case_summary_index"
down_revision: str | None = "0008_index_standard"
branch_labels: str | None = None
depends_on: str | None = None

COLUMNS = [
    "updated_at", "id", "citizen_id", "status", "received", "deadline", "planned_start", "current_page", "caseworker",
]


def upgrade() -> None:
    op.create_index("ix_cases_summary", "cases", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_cases_summary", table_name="cases")
