"""The caseworker role documented in docs/central-store.md is enough to check in and out, and no more."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from visitation_desktop.services.workspace import Workspace

from .sync_helpers import central_engine, sync_service

DOC = Path(__file__).resolve().parents[2] / "docs" / "central-store.md"


def _role_sql() -> list[str]:
    section = DOC.read_text(encoding="utf-8").split("## 2. Roles", 1)[1]
    block = re.search(r"```sql\n(.*?)```", section, re.S)
    assert block is not None
    sql = re.sub(r"--[^\n]*", "", block.group(1)).replace("'…'", "'x'")
    return [s.strip() for s in sql.split(";") if s.strip()]


def test_the_documented_caseworker_role_checks_in_and_out_but_cannot_delete(
    laptop: Workspace, fresh_pg_url: str
) -> None:
    owner = central_engine(fresh_pg_url)
    database = make_url(fresh_pg_url).database
    try:
        with owner.begin() as conn:
            conn.execute(text("DROP ROLE IF EXISTS mlh"))
            conn.execute(text("DROP ROLE IF EXISTS vd_caseworker"))
            for statement in _role_sql():
                conn.execute(text(statement.replace("DATABASE visitation", f'DATABASE "{database}"')))
        as_mlh = make_url(fresh_pg_url).set(username="mlh").render_as_string(hide_password=False)
        report = sync_service(laptop, as_mlh).push()
        assert report.written and report.conflicts == [] and report.log_rows > 0
        uuids = [laptop.repo.load_case(s.id).uuid for s in laptop.repo.list_cases()][:2]
        assert sync_service(laptop, as_mlh).pull(uuids).refreshed
        caseworker = create_engine(as_mlh)
        try:
            for statement in ("DELETE FROM access_log", "DELETE FROM cases", "DROP TABLE checkouts"):
                with pytest.raises(ProgrammingError), caseworker.begin() as conn:
                    conn.execute(text(statement))
        finally:
            caseworker.dispose()
    finally:
        with owner.begin() as conn:
            conn.execute(text("DROP OWNED BY mlh"))
            conn.execute(text("DROP OWNED BY vd_caseworker"))
            conn.execute(text("DROP ROLE IF EXISTS mlh"))
            conn.execute(text("DROP ROLE IF EXISTS vd_caseworker"))
        owner.dispose()
