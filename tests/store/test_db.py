from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from visitation_desktop import paths
from visitation_desktop.store.db import WrongKey, create_engine_for_url, open_store
from visitation_desktop.store.errors import StoreTooNew
from visitation_desktop.store.keyring import Keyring, WrongPassword
from visitation_desktop.store.migrate import alembic_config, backup_database, current_revision, head_revision
from visitation_desktop.store.models import Base
from visitation_desktop.store.repository import Repository

from .conftest import NAME, PASSWORD, file_hashes, full_case, raw_connect


def test_store_file_is_encrypted(data_dir: Path, engine: Engine) -> None:
    Repository(engine).add_caseworker("AB", "Anne Berg")
    engine.dispose()
    header = paths.store_path(data_dir).read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    assert current_revision(engine) == head_revision()


def test_connection_settings(engine: Engine) -> None:
    with engine.connect() as conn:

        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("cipher_log_level") == "NONE"


def test_wrong_password_or_key_leaves_every_file_unchanged(data_dir: Path, key: bytes) -> None:
    engine = open_store(data_dir, key)
    Repository(engine).create_case(full_case())
    engine.dispose()
    before = file_hashes(data_dir)
    assert "store.db" in before

    with pytest.raises(WrongPassword):
        Keyring.load(paths.keyring_path(data_dir)).unlock("AB", "forkert kodeord")
    assert file_hashes(data_dir) == before

    with pytest.raises(WrongKey, match="kan ikke åbnes"):
        open_store(data_dir, os.urandom(32))
    assert file_hashes(data_dir) == before


def test_unlocked_key_opens_the_store(data_dir: Path, key: bytes) -> None:
    engine = open_store(data_dir, key)
    case_id = Repository(engine).create_case(full_case())
    engine.dispose()
    unlocked = Keyring.load(paths.keyring_path(data_dir)).unlock("AB", PASSWORD)
    again = open_store(data_dir, unlocked)
    try:
        assert Repository(again).load_case(case_id).citizen.town == "Hurup Thy"
    finally:
        again.dispose()


def test_changed_password_keeps_the_data_readable(data_dir: Path, key: bytes) -> None:
    engine = open_store(data_dir, key)
    case_id = Repository(engine).create_case(full_case())
    engine.dispose()
    keyring = Keyring.load(paths.keyring_path(data_dir))
    keyring.change_password("AB", PASSWORD, "helt nyt kodeord")
    new_key = Keyring.load(paths.keyring_path(data_dir)).unlock("AB", "helt nyt kodeord")
    again = open_store(data_dir, new_key)
    try:
        assert Repository(again).load_case(case_id).goals[0].text.startswith("Jeg vil deltage")
    finally:
        again.dispose()


def test_models_match_the_migrations(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_store_behind_the_newest_schema_is_backed_up_encrypted_before_migrating(
    data_dir: Path, key: bytes, engine: Engine
) -> None:
    with engine.begin() as conn:
        command.downgrade(_config_with(conn), "base")
    engine.dispose()
    raw = raw_connect(paths.store_path(data_dir), key)
    raw.execute("CREATE TABLE legacy_notes (note TEXT)")
    raw.execute("INSERT INTO legacy_notes VALUES ('gammel note')")
    raw.commit()
    raw.close()

    migrated = open_store(data_dir, key)
    try:
        assert current_revision(migrated) == head_revision()
        with migrated.connect() as conn:
            assert conn.execute(text("SELECT note FROM legacy_notes")).scalar() == "gammel note"
    finally:
        migrated.dispose()

    backups = sorted(paths.backup_dir(data_dir).glob("*.db"))
    assert [b.name.endswith("-rev-none.db") for b in backups] == [True]
    assert backups[0].read_bytes()[:16] != b"SQLite format 3\x00"
    copy = raw_connect(backups[0], key)
    try:
        assert copy.execute("SELECT note FROM legacy_notes").fetchall() == [("gammel note",)]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "cases" not in tables  # the copy is the database as it was before migrating
    finally:
        copy.close()


def test_store_at_the_newest_schema_is_not_backed_up_again(
    data_dir: Path, key: bytes, engine: Engine
) -> None:
    engine.dispose()
    open_store(data_dir, key).dispose()
    assert not paths.backup_dir(data_dir).exists()


def test_backup_function_copies_data_with_the_same_key(data_dir: Path, key: bytes, engine: Engine) -> None:
    case_id = Repository(engine).create_case(full_case())
    target = backup_database(engine, paths.backup_dir(data_dir), key, label="manual")
    copy = raw_connect(target, key)
    try:
        assert copy.execute("SELECT id FROM cases").fetchall() == [(case_id,)]
    finally:
        copy.close()
    assert target.read_bytes()[:16] != b"SQLite format 3\x00"


def test_store_written_by_a_newer_program_is_refused(data_dir: Path, key: bytes, engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreTooNew, match="nyere udgave"):
        open_store(data_dir, key)


def test_plain_url_gets_the_same_schema(tmp_path: Path) -> None:
    engine = create_engine_for_url(f"sqlite:///{tmp_path / 'central.db'}")
    try:
        assert current_revision(engine) == head_revision()
        repo = Repository(engine)
        case_id = repo.create_case(full_case())
        assert repo.load_case(case_id).citizen.postcode == "7760"
    finally:
        engine.dispose()


def test_migrations_render_for_postgresql() -> None:
    buffer = io.StringIO()
    cfg = alembic_config()
    cfg.output_buffer = buffer
    cfg.set_main_option("sqlalchemy.url", "postgresql+psycopg://central/visitation")
    command.upgrade(cfg, "head", sql=True)
    sql = buffer.getvalue()
    assert "CREATE TABLE cases" in sql
    assert "TIMESTAMP WITH TIME ZONE" in sql
    assert "INSERT INTO access_log_head (id, last_id, last_hash) VALUES (1, 0, '" + "0" * 64 + "')" in sql


def _config_with(conn: Connection) -> Config:
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    return cfg


def test_database_errors_do_not_carry_citizen_data(engine: Engine) -> None:
    insert = text(
        "INSERT INTO caseworkers (initials, name, created_at) VALUES (:i, :n, '2025-01-01 00:00:00')"
    )
    with engine.begin() as conn:
        conn.execute(insert, {"i": "AB", "n": NAME})
    with pytest.raises(IntegrityError) as caught, engine.begin() as conn:
        conn.execute(insert, {"i": "AB", "n": NAME})
    assert "UNIQUE constraint failed" in str(caught.value)
    assert NAME not in str(caught.value)
