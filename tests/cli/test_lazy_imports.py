"""``--help`` and argument errors answer before anything heavy is imported (see cli/commands.py).

Each check runs in a fresh interpreter, so modules imported by other tests cannot hide an import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "PySide6",
    "sqlcipher3",
    "argon2",
    "visitation_desktop.services",
    "visitation_desktop.store",
    "visitation_desktop.documents",
    "visitation_desktop.gui",
)

PROBE = """
import json, sys
from visitation_desktop.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in json.loads({heavy!r})))
print(json.dumps({{"code": code, "heavy": heavy}}), file=sys.stderr)
"""


def _probe(*args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=json.dumps(HEAVY)), *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"},
        timeout=120,
        check=False,
    )
    report: dict[str, object] = json.loads(result.stderr.strip().splitlines()[-1])
    report["stdout"] = result.stdout
    report["stderr"] = result.stderr
    return report


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("cases", "--help"),
        ("render", "--help"),
        ("followups", "due", "--help"),
        ("handoff", "--help"),
    ],
)
def test_help_imports_nothing_heavy(args: tuple[str, ...]) -> None:
    report = _probe(*args)
    assert report["code"] == 0
    assert "brug: visitation-desktop" in str(report["stdout"])
    assert report["heavy"] == []


@pytest.mark.parametrize(
    "args",
    [
        ("cases", "export", "not-a-number"),
        ("render", "poster", "1", "--out", "x.pdf"),
        ("cases", "check", "1", "--today", "2026-13-01"),
        ("no-such-command",),
    ],
)
def test_argument_error_imports_nothing_heavy(args: tuple[str, ...]) -> None:
    report = _probe(*args)
    assert report["code"] == 2
    assert "fejl:" in str(report["stderr"])
    assert report["heavy"] == []


def test_the_probe_sees_a_heavy_import(tmp_path: Path) -> None:
    """A command that needs the store does import it: the probe is not blind."""
    report = _probe("--data-dir", str(tmp_path / "data"), "--user", "AB", "--password-stdin", "cases", "list")
    assert report["code"] == 3  # no store here yet
    assert "visitation_desktop.services.workspace" in report["heavy"]  # type: ignore[operator]


LIGHT = ("logging", "platformdirs", "dataclasses", "inspect", "pathlib", "json", "datetime", "getpass", "socket")


@pytest.mark.parametrize("args", [("--help",), ("cases", "export", "not-a-number")])
def test_help_and_argument_errors_import_not_even_the_light_helpers(args: tuple[str, ...]) -> None:
    """Beyond the heavy packages: ``--help`` needs argparse only, not the logging set-up, the data
    folder (platformdirs), dataclasses or json (each a few milliseconds of a 0.15 s budget)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "visitation_desktop", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=120,
        check=False,
    )
    assert result.returncode in (0, 2)
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "visitation_desktop.cli.commands" in imported  # the probe sees the program's own imports
    assert sorted(imported & set(LIGHT)) == []
