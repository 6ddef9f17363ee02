"""The installed program in its own process: what a shell script sees."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLE, PASSWORD, same_digest

CONSOLE_SCRIPT = Path(sys.executable).parent / "visitation-desktop"


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}


def _program(
    command: list[str], data_dir: Path, *args: str, password: str = PASSWORD
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, "--data-dir", str(data_dir), "--user", "AB", "--password-stdin", *args],
        input=password + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=120,
        check=False,
    )


def test_module_entry_point_imports_and_lists(tmp_path: Path) -> None:
    module = [sys.executable, "-m", "visitation_desktop"]
    data_dir = tmp_path / "data"
    assert _program(module, data_dir, "init", "--name", "Anne Berg").returncode == 0

    imported = _program(module, data_dir, "cases", "import", str(EXAMPLE))
    assert (imported.returncode, imported.stdout, imported.stderr) == (0, "1\n", "")
    listed = _program(module, data_dir, "cases", "list", "--json")
    assert [(row["id"], row["citizen"], row["status"]) for row in json.loads(listed.stdout)] == [
        (1, "Lene Skovgaard Poulsen", "granted")
    ]
    exported = _program(module, data_dir, "cases", "export", "1")
    assert same_digest(exported.stdout) == EXAMPLE.read_text(encoding="utf-8")


@pytest.mark.skipif(
    not CONSOLE_SCRIPT.exists(), reason="the console script is installed by `pip install -e .`"
)
def test_console_script_refuses_a_wrong_password(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert _program([str(CONSOLE_SCRIPT)], data_dir, "init", "--name", "Anne Berg").returncode == 0
    result = _program([str(CONSOLE_SCRIPT)], data_dir, "cases", "list", password="forkert-kodeord-42")
    assert result.returncode == 3
    assert result.stdout == ""
    assert result.stderr == (
        "visitation-desktop: Forkerte initialer eller adgangskode. Datalageret er ikke ændret.\n"
    )

    broken = tmp_path / "broken.json"
    broken.write_text('{"kind": "visitation-desktop/case", "citizen": {"naem": "X"}}', encoding="utf-8")
    refused = _program([str(CONSOLE_SCRIPT)], data_dir, "cases", "import", str(broken))
    assert refused.returncode == 1
    assert refused.stderr == (
        f"visitation-desktop: {broken}: Fejl i sagsfilen ved $.citizen.naem: ukendt felt (mente du »name«?)\n"
    )
