from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from visitation_desktop import paths
from visitation_desktop.store.errors import KeyringCorrupt, KeyringExists, WeakPassword, WrongDataKey
from visitation_desktop.store.keyring import Keyring, UnknownUser, WrongPassword, validate_password

from .conftest import PASSWORD


def test_create_then_unlock_gives_the_same_key_and_stores_it_only_wrapped(data_dir: Path, key: bytes) -> None:
    path = paths.keyring_path(data_dir)
    assert Keyring.exists(path)
    assert Keyring.load(path).unlock("AB", PASSWORD) == key
    assert Keyring.load(path).unlock(" ab ", PASSWORD) == key
    text = path.read_text(encoding="utf-8")
    assert key.hex() not in text.lower()
    assert PASSWORD not in text
    entry = json.loads(text)["users"]["AB"]
    assert entry["kdf"]["algorithm"] == "argon2id"
    assert entry["kdf"]["memory_cost_kib"] == 65536
    assert entry["kdf"]["time_cost"] == 3
    # no temp file left behind; attempts.json is the failure record's second copy (store.failures)
    assert sorted(p.name for p in data_dir.iterdir()) == ["attempts.json", "keys.json"]


def test_wrong_password_and_unknown_user(data_dir: Path, key: bytes) -> None:
    keyring = Keyring.load(paths.keyring_path(data_dir))
    with pytest.raises(WrongPassword, match="Forkert adgangskode"):
        keyring.unlock("AB", PASSWORD + "x")
    with pytest.raises(UnknownUser):
        keyring.unlock("ZZ", PASSWORD)


def test_each_caseworker_has_own_salt_and_password(data_dir: Path, key: bytes) -> None:
    path = paths.keyring_path(data_dir)
    keyring = Keyring.load(path)
    keyring.add_user("cd", "et andet kodeord", key)
    reloaded = Keyring.load(path)
    assert reloaded.users() == ["AB", "CD"]
    assert reloaded.unlock("CD", "et andet kodeord") == key
    with pytest.raises(WrongPassword):
        reloaded.unlock("CD", PASSWORD)
    users = json.loads(path.read_text(encoding="utf-8"))["users"]
    assert users["AB"]["kdf"]["salt"] != users["CD"]["kdf"]["salt"]


def test_add_user_refuses_a_foreign_data_key(data_dir: Path, key: bytes) -> None:
    keyring = Keyring.load(paths.keyring_path(data_dir))
    with pytest.raises(WrongDataKey):
        keyring.add_user("CD", "et andet kodeord", bytes(32))
    assert Keyring.load(paths.keyring_path(data_dir)).users() == ["AB"]


def test_change_password(data_dir: Path, key: bytes) -> None:
    path = paths.keyring_path(data_dir)
    keyring = Keyring.load(path)
    with pytest.raises(WrongPassword):
        keyring.change_password("AB", "ikke det rigtige", "nyt kodeord 123")
    keyring.change_password("AB", PASSWORD, "nyt kodeord 123")
    reloaded = Keyring.load(path)
    assert reloaded.unlock("AB", "nyt kodeord 123") == key
    with pytest.raises(WrongPassword):
        reloaded.unlock("AB", PASSWORD)


def test_password_rule_is_told_in_danish(data_dir: Path) -> None:
    assert (validate_password("kort") or "").startswith("Adgangskoden skal være mindst 12 tegn lang.")
    assert (validate_password("            ") or "").startswith("Adgangskoden må ikke kun bestå af mellemrum.")
    assert validate_password("lang nok kode") is None
    with pytest.raises(WeakPassword, match="mindst 12 tegn"):
        Keyring.create(paths.keyring_path(data_dir), "AB", "kort")
    assert not Keyring.exists(paths.keyring_path(data_dir))


def test_create_twice_is_refused(data_dir: Path, key: bytes) -> None:
    with pytest.raises(KeyringExists):
        Keyring.create(paths.keyring_path(data_dir), "XY", PASSWORD)


def test_failures_grow_the_delay_and_are_kept_until_cleared(data_dir: Path, key: bytes) -> None:
    path = paths.keyring_path(data_dir)
    now = dt.datetime(2025, 5, 1, 10, 0, tzinfo=dt.UTC)
    keyring = Keyring.load(path)
    keyring.clock = lambda: now
    delays = []
    for expected_count in range(1, 11):
        assert keyring.record_failure("ab") == expected_count
        delays.append(keyring.failure_delay("AB"))
    assert delays == [0, 0, 0, 2, 4, 8, 16, 32, 60, 60]
    assert keyring.failure_delay("CD") == 0

    reloaded = Keyring.load(path)
    reloaded.clock = lambda: now + dt.timedelta(seconds=45)
    assert reloaded.failure_delay("AB") == 15  # the wait counts down from the last failure
    reloaded.clock = lambda: now + dt.timedelta(seconds=61)
    assert reloaded.failure_delay("AB") == 0
    pending = reloaded.pending_failures()
    assert len(pending) == 10
    assert pending[0] == ("2025-05-01T10:00:00+00:00", "AB")

    reloaded.clear_failures()
    again = Keyring.load(path)
    assert again.pending_failures() == []
    again.clock = lambda: now
    assert again.failure_delay("AB") == 0


def test_a_damaged_key_file_is_reported(data_dir: Path, key: bytes) -> None:
    path = paths.keyring_path(data_dir)
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(KeyringCorrupt, match="Nøglefilen kan ikke læses"):
        Keyring.load(path)
