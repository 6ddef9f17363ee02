"""A damaged or missing keys.json: one Danish line saying what to do, exit code 9, nothing overwritten."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from visitation_desktop import paths

from .cli_run import run
from .conftest import PASSWORD


def _json_edit(change: Callable[[dict], object]) -> Callable[[str], str]:
    def edit(text: str) -> str:
        doc = json.loads(text)
        change(doc)
        return json.dumps(doc)

    return edit


def _first_user(doc: dict) -> dict:
    return next(iter(doc["users"].values()))


DAMAGE: dict[str, tuple[Callable[[str], str], str]] = {
    "emptied": (lambda text: "", "filen er tom"),
    "truncated": (lambda text: text[: len(text) // 2], "ikke gyldig JSON"),
    "a list": (lambda text: "[" + text + "]", "ét JSON-objekt"),
    "memory_cost 2^40": (
        _json_edit(lambda d: _first_user(d)["kdf"].update(memory_cost_kib=2**40)),
        "memory_cost_kib",
    ),
    "time_cost 0": (_json_edit(lambda d: _first_user(d)["kdf"].update(time_cost=0)), "time_cost = 0"),
    "salt not base64": (_json_edit(lambda d: _first_user(d)["kdf"].update(salt="ikke base64!")), "base64"),
}


def fingerprint(data_dir: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(data_dir.iterdir()) if p.is_file()}


@pytest.mark.parametrize("name", list(DAMAGE))
def test_damaged_key_file(
    name: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    damage, words = DAMAGE[name]
    path = paths.keyring_path(data_dir)
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    before = fingerprint(data_dir)
    code, out, err = run(data_dir, monkeypatch, capsys, "cases", "list", stdin=PASSWORD + "\n")
    assert code == 9, err
    assert words in err and "backup restore" in err and "Der er ikke ændret noget" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and out == ""
    assert fingerprint(data_dir) == before  # nothing overwritten


def test_init_after_the_key_file_was_deleted_says_how_to_get_back(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.keyring_path(data_dir).unlink()
    before = fingerprint(data_dir)
    code, _out, err = run(data_dir, monkeypatch, capsys, "init", "--name", "Anne Berg", stdin=PASSWORD + "\n")
    assert code == 9 and "nøglefil (keys.json) mangler" in err and "backup restore" in err
    assert len(err.strip().splitlines()) == 1
    assert fingerprint(data_dir) == before
    code, _out, err = run(data_dir, monkeypatch, capsys, "cases", "list", stdin=PASSWORD + "\n")
    assert code == 9 and "mangler" in err and fingerprint(data_dir) == before
