"""Migration 0009: the overview reads the covering index of the list's columns, not the cases' JSON pages."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from visitation_desktop.store import index_rows
from visitation_desktop.store.db import open_store
from visitation_desktop.store.migrate import alembic_config, current_revision, head_revision
from visitation_desktop.store.repository import Repository

from .conftest import full_case


def _plan(engine: Engine) -> list[str]:
    with engine.connect() as conn:  # the statement both ways into the store run (store/index_rows.py)
        return [str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + index_rows.OVERVIEW))]


def test_the_overview_scans_the_summary_index_in_its_order(engine: Engine) -> None:
    repo = Repository(engine)
    for name, cpr in (("Anne Berg", "0101901234"), ("Bo Sørensen", "1505851234")):
        repo.create_case(full_case(name, cpr))
    plan = _plan(engine)
    assert any("COVERING INDEX ix_cases_summary" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan  # already in the list's order
    assert [e.summary.citizen_name for e in repo.indexed_cases()[0]] == ["Bo Sørensen", "Anne Berg"]


def test_a_store_at_0008_gets_the_index(data_dir: Path, key: bytes, engine: Engine) -> None:
    Repository(engine).create_case(full_case())
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008_index_standard")
    assert "ix_cases_summary" not in {i["name"] for i in inspect(engine).get_indexes("cases")}
    engine.dispose()

    migrated = open_store(data_dir, key)
    try:
        assert current_revision(migrated) == head_revision() == "0009_case_summary_index"
        assert "ix_cases_summary" in {i["name"] for i in inspect(migrated).get_indexes("cases")}
        assert any("COVERING INDEX ix_cases_summary" in step for step in _plan(migrated))
    finally:
        migrated.dispose()
