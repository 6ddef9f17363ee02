"""Migration 0004 (the case index) fills the index from the cases and follow-ups already stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from visitation_desktop.store.db import open_store
from visitation_desktop.store.migrate import alembic_config, current_revision, head_revision
from visitation_desktop.store.repository import Repository

from .conftest import NAME, full_case


def _store_at_0003(engine: Engine) -> tuple[int, int]:
    """Two cases and a follow-up written, then the store taken back to 0003 (no index)."""
    repo = Repository(engine)
    waiting = full_case()
    waiting.placement.waitlist, waiting.placement.interim_solution = True, "Besøg i Klubhuset"
    waiting.decision.delay_notice = "Brev sendt 1. marts."
    first = repo.create_case(waiting)
    second = repo.create_case(full_case("Bo Sørensen", "1505851234"))
    repo.add_followup(second, dt.date(2025, 7, 1), "AB", {"summary": "Godt.", "next_date": "2026-01-15"})
    repo.add_followup(second, dt.date(2025, 3, 1), "AB", {"summary": "Før.", "next_date": None})
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    assert "case_index" not in inspect(engine).get_table_names()
    assert "next_date" not in {c["name"] for c in inspect(engine).get_columns("follow_ups")}
    engine.dispose()
    return first, second


def test_store_at_0003_gets_its_index_filled(data_dir: Path, key: bytes, engine: Engine) -> None:
    first, second = _store_at_0003(engine)

    migrated = open_store(data_dir, key)
    try:
        assert current_revision(migrated) == head_revision()
        indexed, dates = Repository(migrated).indexed_cases()
        by_id = {entry.summary.id: entry for entry in indexed}
        assert by_id[first].summary.citizen_name == NAME
        assert (by_id[first].waitlist, by_id[first].interim_solution) == (True, "Besøg i Klubhuset")
        assert by_id[first].delay_notice == "Brev sendt 1. marts."
        assert by_id[first].offer_id == full_case().placement.offer_id != ""
        assert by_id[second].summary.citizen_name == "Bo Sørensen" and not by_id[second].waitlist
        assert {entry.sync_state for entry in indexed} == {"local"}
        assert dates[second].held == (dt.date(2025, 3, 1), dt.date(2025, 7, 1))
        assert dates[second].planned == dt.date(2026, 1, 15), "the next date set at the latest meeting"
        assert first not in dates
    finally:
        migrated.dispose()


def test_store_at_0006_gets_the_decision_dates_into_its_index(data_dir: Path, key: bytes, engine: Engine) -> None:
    repo = Repository(engine)
    decided = full_case()
    decided.decision.decided_on = dt.date(2026, 3, 2)
    first = repo.create_case(decided)
    undecided = full_case("Bo Sørensen", "1505851234")
    undecided.decision.decided_on = None
    second = repo.create_case(undecided)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006_standard_copies")
    assert "decided_on" not in {c["name"] for c in inspect(engine).get_columns("case_index")}
    engine.dispose()

    migrated = open_store(data_dir, key)
    try:
        assert current_revision(migrated) == head_revision()
        with migrated.connect() as conn:
            rows = dict(conn.exec_driver_sql("SELECT case_id, decided_on FROM case_index").all())
        assert rows[first] == "2026-03-02" and rows[second] is None
    finally:
        migrated.dispose()
