"""Migration 0008 puts each stored case's own standard (its digest) into the case index."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from visitation_desktop.store.db import open_store
from visitation_desktop.store.migrate import alembic_config, current_revision, head_revision
from visitation_desktop.store.repository import Repository

from .conftest import full_case


def test_store_at_0007_gets_each_case_s_standard_into_its_index(data_dir: Path, key: bytes, engine: Engine) -> None:
    repo = Repository(engine)
    own = full_case()
    own.standard_digest = "a" * 64
    first = repo.create_case(own)
    none = full_case("Bo Sørensen", "1505851234")
    none.standard_digest = ""
    second = repo.create_case(none)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007_index_decided_on")
    assert "standard_digest" not in {c["name"] for c in inspect(engine).get_columns("case_index")}
    engine.dispose()

    migrated = open_store(data_dir, key)
    try:
        assert current_revision(migrated) == head_revision()
        by_id = {entry.summary.id: entry for entry in Repository(migrated).indexed_cases()[0]}
        assert by_id[first].standard_digest == "a" * 64
        assert by_id[second].standard_digest == ""
    finally:
        migrated.dispose()
