"""Run the real CLI in-process with lines on standard input."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from visitation_desktop.cli import main


def run(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *args: str,
    stdin: str = "",
    user: str = "AB",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(data_dir), "--user", user, "--password-stdin", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err
