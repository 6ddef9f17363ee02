"""`central init|upgrade` under an advisory lock, and laptops that refuse a schema they do not know."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, inspect, text

from visitation_desktop.services import central
from visitation_desktop.store.central import admin
from visitation_desktop.store.central.models import VERSION_TABLE


def test_two_inits_at_once_on_an_empty_database_both_finish_and_the_schema_is_made_once(
    fresh_pg_url: str,
) -> None:
    engines = [create_engine(fresh_pg_url) for _ in range(2)]
    start = threading.Barrier(2)
    results: list[object] = []

    def run(index: int) -> None:
        start.wait()
        try:
            results.append(admin.upgrade(engines[index]))
        except Exception as exc:  # noqa: BLE001 - the test reports what a run raised
            results.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    try:
        assert sorted(results, key=str) == sorted(
            [(None, admin.head_revision()), (admin.head_revision(), admin.head_revision())], key=str
        )
        with engines[0].connect() as conn:
            assert admin.stored_revision(conn) == admin.head_revision()
            assert {"citizens", "cases", "plan_versions", "follow_ups", "checkouts", "access_log"} <= set(
                inspect(conn).get_table_names()
            )
    finally:
        for e in engines:
            e.dispose()


def test_a_laptop_refuses_an_empty_older_or_newer_central_schema_and_never_migrates(
    fresh_pg_url: str,
) -> None:
    url = central.central_url(fresh_pg_url)
    with pytest.raises(admin.CentralSchemaError, match="ikke sat op.*central init"):
        central.connect(url)
    engine = create_engine(fresh_pg_url)
    try:
        with engine.connect() as conn:
            assert admin.stored_revision(conn) is None  # the laptop created nothing
        admin.upgrade(engine)
        central.connect(url).dispose()  # the current schema is accepted
        with engine.begin() as conn:
            conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'c999_future'"))
        with pytest.raises(admin.CentralSchemaError, match="nyere skemaversion.*Opdatér programmet"):
            central.connect(url)
        with pytest.raises(admin.CentralSchemaError, match="nyere end denne udgave"):
            admin.upgrade(engine)  # IT's upgrade with an old program refuses too
    finally:
        engine.dispose()
