"""`central init`, `sync push|pull|status|resolve` and `handoff` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import unlock

from .conftest import LAPTOP_PASSWORD, LAPTOP_USER, Run
from .sync_helpers import case_by_name, central_case, central_engine


def test_central_init_then_push_then_status(run: Run, fresh_pg_url: str) -> None:
    first = run("central", "init", "--url", fresh_pg_url)
    assert first.code == 0 and "oprettet: skema c001_central" in first.out
    again = run("central", "init", "--url", fresh_pg_url)
    assert again.code == 0 and "allerede oprettet" in again.out
    assert run("central", "upgrade", "--url", fresh_pg_url).out.startswith(
        "Den centrale database har allerede"
    )

    pushed = run("sync", "push", "--url", fresh_pg_url)
    assert pushed.code == 0, pushed.err
    cases = len(json.loads(run("cases", "list", "--json").out))
    assert pushed.out.startswith(f"Sendt: {cases} sag(er)")
    status = json.loads(run("sync", "status", "--json").out)
    assert len(status) == cases and {r["state"] for r in status} == {"checked_in"}
    assert run("sync", "push", "--url", fresh_pg_url).out.startswith("Sendt: 0 sag(er)")  # nothing new


def test_a_laptop_refuses_an_uninitialised_central_store(run: Run, fresh_pg_url: str) -> None:
    result = run("sync", "push", "--url", fresh_pg_url)
    assert result.code == 12 and "central init" in result.err and "Traceback" not in result.err


def test_a_password_in_the_url_is_refused(run: Run) -> None:
    result = run("sync", "push", "--url", "postgresql://mlh:hemmelig@db.kommune.dk/visitation")
    assert result.code == 2 and "hemmelig" not in result.err + result.out


def test_conflict_exit_code_status_and_resolve_file(
    run: Run, laptop_dir: Path, fresh_pg_url: str, tmp_path: Path
) -> None:
    central_engine(fresh_pg_url).dispose()
    assert run("sync", "push", "--url", fresh_pg_url).code == 0
    ws = unlock(laptop_dir, LAPTOP_USER, LAPTOP_PASSWORD)
    try:
        mine = case_by_name(ws, "Mette Sønderby Thomsen")
        # the central copy changed by another laptop meanwhile:
        engine = central_engine(fresh_pg_url)
        with engine.begin() as conn:
            doc = central_case(engine, mine.uuid)
            doc.pop("_revision")
            doc["citizen"]["phone"] = "11 11 11 11"
            conn.exec_driver_sql(
                "UPDATE cases SET data = %s, revision = revision + 1, updated_by = 'KB' WHERE uuid = %s",
                (json.dumps(doc), mine.uuid),
            )
        engine.dispose()
        mine.citizen.phone = "22 22 22 22"
        CaseService(ws).save(mine)
    finally:
        ws.close()

    pushed = run("sync", "push", "--url", fresh_pg_url)
    assert pushed.code == 11 and "Borger: telefon" in pushed.err
    status = json.loads(run("sync", "status", "--json").out)
    (row,) = [r for r in status if r["state"] == "conflict"]
    assert row["conflicts"] == [
        {"field": "citizen.phone", "label": "Borger: telefon", "mine": "22 22 22 22", "theirs": "11 11 11 11"}
    ]
    choice = tmp_path / "valg.json"
    choice.write_text(
        json.dumps(
            {
                "kind": "visitation-desktop/sync-resolution",
                "cases": [{"case": row["case"], "fields": {"citizen.phone": "theirs"}}],
            }
        )
    )
    resolved = run("sync", "resolve", str(choice))
    assert resolved.code == 0, resolved.err
    assert run("sync", "push", "--url", fresh_pg_url).code == 0
    engine = central_engine(fresh_pg_url)
    try:
        assert central_case(engine, mine.uuid)["citizen"]["phone"] == "11 11 11 11"
    finally:
        engine.dispose()


def test_handoff_is_sync_push_of_the_decided_cases(run: Run, fresh_pg_url: str) -> None:
    central_engine(fresh_pg_url).dispose()
    result = run("handoff", "--all-decided", "--url", fresh_pg_url)
    assert result.code == 0, result.err
    assert result.out.startswith("Sendt: 5 sag(er)")
