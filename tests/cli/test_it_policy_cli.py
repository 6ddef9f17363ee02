"""The command line honours IT's policy: the central address IT fixed, a damaged policy said on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from visitation_desktop.services.policy import POLICY_ENV

from .conftest import Run

CENTRAL = "postgresql://vd@central.invalid/visitation?sslmode=verify-full"


@pytest.fixture
def policy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "policy.json"
    monkeypatch.setenv(POLICY_ENV, str(path))
    return path


def test_handoff_cannot_replace_the_address_it_fixed(run: Run, policy_file: Path) -> None:
    assert run("init", "--name", "Anne Berg").code == 0
    policy_file.write_text(json.dumps({"central_url": CENTRAL}), encoding="utf-8")
    result = run("handoff", "--all-decided", "--url", "postgresql://me@elsewhere/db")
    assert result.code == 2
    assert "fastsat af IT" in result.err


def test_handoff_without_any_address_says_where_to_set_one(run: Run, policy_file: Path) -> None:
    assert run("init", "--name", "Anne Berg").code == 0
    result = run("handoff", "--all-decided")
    assert result.code == 2
    assert "--url" in result.err and "Indstillinger" in result.err


def test_a_damaged_policy_is_said_on_stderr_and_the_command_still_runs(run: Run, policy_file: Path) -> None:
    assert run("init", "--name", "Anne Berg").code == 0
    policy_file.write_text("[", encoding="utf-8")
    result = run("cases", "list")
    assert result.code == 0
    assert "ikke gyldig JSON" in result.err
