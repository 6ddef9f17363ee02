"""IT's machine-wide policy file: its values win over the caseworker's, a damaged one is ignored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from visitation_desktop.services.policy import POLICY_ENV, load_policy
from visitation_desktop.services.settings import Settings

CENTRAL = "postgresql://vd@central.thisted.dk/visitation?sslmode=verify-full"


@pytest.fixture
def policy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "ProgramData" / "policy.json"
    path.parent.mkdir()
    monkeypatch.setenv(POLICY_ENV, str(path))
    return path


def _user_settings(data_dir: Path) -> None:
    own = Settings(idle_lock_minutes=30, central_url="postgresql://me@test/vd", language="en")
    own.save(data_dir)


def test_policy_values_win_over_the_users_and_are_not_written_back(tmp_path: Path, policy_file: Path) -> None:
    data_dir = tmp_path / "data"
    _user_settings(data_dir)
    policy_file.write_text(json.dumps({"central_url": CENTRAL, "idle_lock_minutes": 3}), encoding="utf-8")

    settings = Settings.load(data_dir)

    assert settings.central_url == CENTRAL
    assert settings.idle_lock_minutes == 3
    assert settings.language == "en"  # not in the policy: the caseworker's own
    assert settings.is_it_fixed("central_url") and settings.is_it_fixed("idle_lock_minutes")
    assert not settings.is_it_fixed("language")
    assert settings.policy_problem is None

    settings.language = "da"
    settings.save(data_dir)
    saved = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["idle_lock_minutes"] == 30 and saved["central_url"] == "postgresql://me@test/vd"
    assert saved["language"] == "da"
    assert "it_fixed" not in saved and "policy_problem" not in saved

    policy_file.unlink()  # IT withdraws the policy: the caseworker's own values are back
    again = Settings.load(data_dir)
    assert again.idle_lock_minutes == 30 and again.central_url == "postgresql://me@test/vd"


def test_the_workspace_and_its_lock_use_the_policy(tmp_path: Path, policy_file: Path) -> None:
    from visitation_desktop.services.workspace import init_store

    data_dir = tmp_path / "data"
    _user_settings(data_dir)
    policy_file.write_text(json.dumps({"idle_lock_minutes": 2}), encoding="utf-8")
    ws = init_store(data_dir, "AB", "Anne Berg", "korrekt-hest-batteri")
    try:
        assert ws.settings.idle_lock_minutes == 2
    finally:
        ws.repo.engine.dispose()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{ not json", "er ikke gyldig JSON"),
        (b"[1, 2]", "JSON-objekt"),
        (json.dumps({"idle_lock_minutes": "ti"}).encode(), "ugyldig værdi for «idle_lock_minutes»"),
        (json.dumps({"idle_lock_minutes": 0}).encode(), "fra 1 til 60"),
        (json.dumps({"central_adress": CENTRAL}).encode(), "ukendt nøgle «central_adress»"),
        (b"\xff\xfe\x00garbage", "er ikke gyldig JSON"),
    ],
)
def test_a_damaged_policy_is_ignored_with_a_danish_message(
    tmp_path: Path, policy_file: Path, content: bytes, reason: str
) -> None:
    data_dir = tmp_path / "data"
    _user_settings(data_dir)
    policy_file.write_bytes(content)

    settings = Settings.load(data_dir)

    assert settings.idle_lock_minutes == 30 and settings.central_url == "postgresql://me@test/vd"
    assert not settings.it_fixed
    assert settings.policy_problem is not None
    assert reason in settings.policy_problem
    assert "Den bliver ikke brugt" in settings.policy_problem


def test_a_policy_with_a_byte_order_mark_is_read(policy_file: Path) -> None:
    policy_file.write_bytes(b"\xef\xbb\xbf" + json.dumps({"default_save_folder": "D:\\Sager"}).encode())
    assert load_policy().values == {"default_save_folder": "D:\\Sager"}


def test_no_policy_file_is_no_policy(policy_file: Path) -> None:
    policy = load_policy()
    assert policy.values == {} and policy.problem is None and policy.path == policy_file


def test_the_quality_standard_it_names_is_the_one_used(tmp_path: Path, policy_file: Path) -> None:
    from visitation_desktop.services.workspace import init_store

    standard = Path(__file__).resolve().parents[1] / "data" / "standards" / "kildebjerg-104.toml"
    policy_file.write_text(json.dumps({"standard_file": str(standard)}), encoding="utf-8")
    ws = init_store(tmp_path / "data", "AB", "Anne Berg", "korrekt-hest-batteri")
    try:
        assert ws.settings.is_it_fixed("standard_file")
        assert "Kildebjerg" in ws.standard.municipality
    finally:
        ws.repo.engine.dispose()
