"""Build the program's .qm translations from resources/i18n/*.ts (pyside6-lrelease)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .resources import translations_dir


def build() -> list[Path]:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    built: list[Path] = []
    for ts in sorted(translations_dir().glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build():
        print(path)
