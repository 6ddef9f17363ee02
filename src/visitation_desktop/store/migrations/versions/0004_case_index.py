"""The case index: what the overview shows, beside each case, so drawing the list decodes no case.

Adds ``case_index`` (offer, place, waitlist, interim solution, delay notice and the sync state,
one row per case) and ``follow_ups.next_date``, and fills both from the stored JSON of the cases
and follow-ups already in the store. From here on the repository writes them in the same
transaction as the case or follow-up itself.

Revision ID: 0004_case_index
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlalchemy as sa
from alembic import context, op

revision: str = "0004_case_index"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def _text(section: Any, key: str) -> str:
    value = section.get(key) if isinstance(section, dict) else None
    return value if isinstance(value, str) else ""


def _index_row(case_id: int, data: str) -> dict[str, Any]:
    try:
        doc = json.loads(data)
    except ValueError:
        doc = {}
    doc = doc if isinstance(doc, dict) else {}
    placement, decision = doc.get("placement"), doc.get("decision")
    return {
        "case_id": case_id,
        "offer_id": _text(placement, "offer_id"),
        "place": _text(placement, "place"),
        "waitlist": bool(placement.get("waitlist")) if isinstance(placement, dict) else False,
        "interim_solution": _text(placement, "interim_solution"),
        "delay_notice": _text(decision, "delay_notice"),
        "sync_state": "local",
    }


def _next_date(data: str) -> dt.date | None:
    try:
        value = json.loads(data).get("next_date")
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except (ValueError, AttributeError):
        return None


def upgrade() -> None:
    index = op.create_table(
        "case_index",
        sa.Column("case_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("offer_id", sa.String(100), nullable=False),
        sa.Column("place", sa.String(40), nullable=False),
        sa.Column("waitlist", sa.Boolean(), nullable=False),
        sa.Column("interim_solution", sa.Text(), nullable=False),
        sa.Column("delay_notice", sa.Text(), nullable=False),
        sa.Column("sync_state", sa.String(20), server_default="local", nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_case_index_case_id_cases"),
        sa.PrimaryKeyConstraint("case_id", name="pk_case_index"),
    )
    with op.batch_alter_table("follow_ups") as batch:
        batch.add_column(sa.Column("next_date", sa.Date(), nullable=True))
    if context.is_offline_mode():
        return
    bind = op.get_bind()
    cases = sa.table("cases", sa.column("id", sa.Integer()), sa.column("data", sa.Text()))
    rows = [_index_row(case_id, data) for case_id, data in bind.execute(sa.select(cases.c.id, cases.c.data))]
    if rows:
        op.bulk_insert(index, rows)
    follow_ups = sa.table(
        "follow_ups", sa.column("id", sa.Integer()), sa.column("data", sa.Text()), sa.column("next_date", sa.Date())
    )
    for followup_id, data in bind.execute(sa.select(follow_ups.c.id, follow_ups.c.data)).all():
        next_date = _next_date(data)
        if next_date is not None:
            bind.execute(sa.update(follow_ups).where(follow_ups.c.id == followup_id).values(next_date=next_date))


def downgrade() -> None:
    with op.batch_alter_table("follow_ups") as batch:
        batch.drop_column("next_date")
    op.drop_table("case_index")
