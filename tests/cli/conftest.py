"""CLI test set-up: run the real entry point in-process, with the password on standard input."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from visitation_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "case-example.json"
EXAMPLE_TODAY = "2026-03-02"  # the day docs/case-format.md checks the example on
STANDARD = ROOT / "resources" / "standards" / "thisted-104.toml"
PASSWORD = "korrekt-hest-batteri"
USER = "AB"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


def same_digest(text: str) -> str:
    """``text`` with its standard digest written as the example's (it changes with the Thisted file)."""
    import re

    ours = re.search(r'"standard_digest": "([0-9a-f]*)"', EXAMPLE.read_text(encoding="utf-8"))
    assert ours is not None
    return re.sub(r'"standard_digest": "[0-9a-f]*"', f'"standard_digest": "{ours.group(1)}"', text)


def example_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return document


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path) -> Run:
    """``run("cases", "list", password=...)``: ``visitation-desktop --data-dir … --user AB --password-stdin …``."""

    def invoke(*args: str, password: str = PASSWORD, user: str = USER) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
        code = main(["--data-dir", str(data_dir), "--user", user, "--password-stdin", *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def store(run: Run, data_dir: Path) -> Path:
    """An initialised store with caseworker AB."""
    result = run("init", "--name", "Anne Berg")
    assert result.code == 0, result.err
    return data_dir


def write_document(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
