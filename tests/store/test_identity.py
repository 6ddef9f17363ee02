"""Identity and revision: UUIDs made where things are created, and saves against an old revision refused."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import Engine

from visitation_desktop.domain.case_schema import is_uuid
from visitation_desktop.store.db import open_store
from visitation_desktop.store.errors import CaseChangedElsewhere
from visitation_desktop.store.migrate import alembic_config
from visitation_desktop.store.repository import Repository

from .conftest import full_case, old_program_case, old_program_followup


def test_a_new_case_has_uuids_and_revision_one_that_survive_loading(repo: Repository) -> None:
    case = full_case()
    case_id = repo.create_case(case)
    loaded = repo.load_case(case_id)
    assert is_uuid(loaded.uuid) and is_uuid(loaded.citizen.uuid)
    assert (loaded.uuid, loaded.citizen.uuid, loaded.revision) == (case.uuid, case.citizen.uuid, 1)
    repo.save_case(loaded)
    assert loaded.revision == 2
    assert repo.load_case(case_id).revision == 2


def test_plan_versions_and_followups_get_their_own_uuids(repo: Repository, engine: Engine) -> None:
    case_id = repo.create_case(full_case())
    repo.add_plan_version(case_id, repo.load_case(case_id), "AB", "v1")
    repo.add_followup(case_id, dt.date(2025, 7, 1), "AB", {"summary": "x"})
    with engine.connect() as conn:
        ids = [
            r[0]
            for r in conn.execute(
                text("SELECT uuid FROM plan_versions UNION ALL SELECT uuid FROM follow_ups")
            )
        ]
    assert len(ids) == 2 and len(set(ids)) == 2 and all(is_uuid(i) for i in ids)
    assert is_uuid(repo.followups(case_id)[0].uuid)


def test_a_save_against_an_older_revision_writes_nothing_and_says_what_changed(repo: Repository) -> None:
    case_id = repo.create_case(full_case())
    window = repo.load_case(case_id)  # the GUI's copy
    elsewhere = repo.load_case(case_id)  # the CLI's copy, another process
    elsewhere.placement.place = "full"
    repo.save_case(elsewhere, by="CLI")

    window.purposes.citizen_wishes = "Vil gerne male"
    with pytest.raises(CaseChangedElsewhere) as caught:
        repo.save_case(window, by="AB")
    err = caught.value
    assert (err.case_id, err.loaded_revision, err.current_revision, err.by) == (case_id, 1, 2, "CLI")
    assert "Tilbud og plads: plads" in err.changed and "Formål: ønsker" in err.changed
    assert "ændret et andet sted af CLI" in str(err)
    stored = repo.load_case(case_id)
    assert (stored.placement.place, stored.purposes.citizen_wishes, stored.revision) == (
        "full",
        "Møde andre.",
        2,
    )
    assert window.revision == 1  # the refused copy keeps the revision it was loaded at


def test_importing_a_case_whose_uuid_is_held_gives_it_a_new_one(repo: Repository) -> None:
    first = full_case()
    repo.create_case(first)
    copy = full_case()
    copy.uuid = first.uuid
    repo.create_case(copy)
    assert copy.uuid != first.uuid and is_uuid(copy.uuid)


def test_migration_0005_fills_distinct_uuids_for_rows_written_before_it(
    data_dir: Path, key: bytes, engine: Engine
) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004_case_index")
    first = old_program_case(engine, full_case())
    second = old_program_case(engine, full_case(name="Anden Borger"))
    old_program_followup(engine, first, dt.date(2025, 7, 1), "AB", {"summary": "x"})
    engine.dispose()

    migrated = open_store(data_dir, key)
    try:
        repo = Repository(migrated)
        a, b = repo.load_case(first), repo.load_case(second)
        assert len({a.uuid, b.uuid, a.citizen.uuid, b.citizen.uuid}) == 4
        assert all(uuid.UUID(u).version == 4 for u in (a.uuid, b.uuid, a.citizen.uuid))
        assert (a.revision, b.revision) == (1, 1)
        assert repo.load_case(first).uuid == a.uuid  # the column is the case's uuid, not a fresh default
        assert is_uuid(repo.followups(first)[0].uuid)
        repo.save_case(a)
        assert repo.load_case(first).revision == 2
    finally:
        migrated.dispose()
