"""The PyInstaller bundle, built once per test session from installer/visitation-desktop.spec.

Building takes a few minutes and both CPU cores; every test here shares the one build.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "visitation-desktop.spec"
PASSWORD = "korrekt-hest-batteri"


@dataclass(frozen=True)
class Bundle:
    folder: Path
    cli: Path  # the console program
    gui: Path  # the windowed program


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "-m", "visitation_desktop.i18n_build"], check=True, cwd=ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    folder = work / "dist" / "visitation-desktop"
    suffix = ".exe" if sys.platform == "win32" else ""
    return Bundle(folder, folder / f"visitation-desktop{suffix}", folder / f"visitation-desktop-gui{suffix}")


@pytest.fixture
def no_system_fonts(tmp_path: Path) -> dict[str, str]:
    """An environment whose fontconfig knows no font folder at all, and a HOME without ~/.fonts."""
    conf = tmp_path / "fonts.conf"
    cache = tmp_path / "fontcache"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{cache}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update({"FONTCONFIG_FILE": str(conf), "FONTCONFIG_PATH": str(tmp_path), "HOME": str(home),
                "XDG_DATA_HOME": str(home / ".local" / "share"), "QT_QPA_PLATFORM": "offscreen",
                "TMPDIR": str(tmp_path)})
    return env


Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_bundle(bundle: Bundle, no_system_fonts: dict[str, str], tmp_path: Path) -> Run:
    """``run_bundle("cases", "list")``: the bundled console program on a data folder of this test."""
    data = tmp_path / "data"

    def run(*args: str, program: Path | None = None, login: bool = True) -> subprocess.CompletedProcess[str]:
        prefix = ["--data-dir", str(data), "--user", "AB", "--password-stdin"] if login else []
        return subprocess.run([str(program or bundle.cli), *prefix, *args], input=PASSWORD + "\n",
                              env=no_system_fonts, capture_output=True, text=True, timeout=300, check=False)

    return run
