"""What a successful unlock writes to the key file and its copy of the failure record: only a change."""

from __future__ import annotations

from pathlib import Path

from visitation_desktop import paths
from visitation_desktop.store.keyring import Keyring

from .conftest import PASSWORD


def test_an_unlock_with_no_failures_to_forget_leaves_the_key_file_and_its_copy_untouched(
    data_dir: Path, key: bytes
) -> None:
    path = paths.keyring_path(data_dir)
    copy = path.with_name("attempts.json")
    before = (path.stat().st_mtime_ns, copy.stat().st_mtime_ns, path.read_bytes(), copy.read_bytes())
    keyring = Keyring.load(path)
    assert keyring.unlock("AB", PASSWORD) == key
    keyring.clear_failures("AB")
    assert (path.stat().st_mtime_ns, copy.stat().st_mtime_ns, path.read_bytes(), copy.read_bytes()) == before


def test_an_unlock_after_a_failure_forgets_it_in_both_copies(data_dir: Path, key: bytes) -> None:
    path = paths.keyring_path(data_dir)
    keyring = Keyring.load(path)
    keyring.record_failure("AB")
    keyring = Keyring.load(path)
    assert keyring.record.pending
    keyring.clear_failures("AB")
    again = Keyring.load(path)
    assert again.record.pending == [] and "AB" not in again.record.streaks
    assert '"failures": []' in path.with_name("attempts.json").read_text(encoding="utf-8")
