"""The Argon2id derivation started ahead (store.unlock_ahead): the same key, and nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest

from visitation_desktop import paths
from visitation_desktop.store import unlock_ahead
from visitation_desktop.store.keyring import Keyring, WrongPassword

from .conftest import PASSWORD


def test_an_unlock_after_the_derivation_was_started_ahead_gives_the_data_key(data_dir: Path, key: bytes) -> None:
    path = paths.keyring_path(data_dir)
    assert unlock_ahead.start(path, " ab ", PASSWORD) is True
    assert len(unlock_ahead._ahead) == 1
    assert Keyring.load(path).unlock("AB", PASSWORD) == key
    assert unlock_ahead._ahead == {}  # taken by the unlock, not kept


def test_a_wrong_password_is_still_wrong_when_the_right_one_was_derived_ahead(data_dir: Path, key: bytes) -> None:
    path = paths.keyring_path(data_dir)
    unlock_ahead.start(path, "AB", PASSWORD)
    with pytest.raises(WrongPassword):
        Keyring.load(path).unlock("AB", PASSWORD + "x")
    assert Keyring.load(path).unlock("AB", PASSWORD) == key


def test_a_wrong_password_derived_ahead_opens_nothing(data_dir: Path, key: bytes) -> None:
    path = paths.keyring_path(data_dir)
    unlock_ahead.start(path, "AB", "not-the-password-1")
    with pytest.raises(WrongPassword):
        Keyring.load(path).unlock("AB", "not-the-password-1")


def test_nothing_is_started_for_what_the_unlock_must_refuse_itself(data_dir: Path, key: bytes, tmp_path: Path) -> None:
    path = paths.keyring_path(data_dir)
    assert unlock_ahead.start(path, "ZZ", PASSWORD) is False  # unknown caseworker
    assert unlock_ahead.start(path, "#recovery", PASSWORD) is False  # the recovery code's entry
    assert unlock_ahead.start(tmp_path / "missing.json", "AB", PASSWORD) is False
    damaged = tmp_path / "keys.json"
    damaged.write_text("{not json", encoding="utf-8")
    assert unlock_ahead.start(damaged, "AB", PASSWORD) is False
    import json

    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["users"]["AB"]["kdf"]["memory_cost_kib"] = 64 * 1024 * 1024  # 64 GiB: a file made to hang us
    damaged.write_text(json.dumps(doc), encoding="utf-8")
    assert unlock_ahead.start(damaged, "AB", PASSWORD) is False
    assert unlock_ahead._ahead == {}

