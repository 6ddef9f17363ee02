"""Compile ui/*.ui into src/visitation_desktop/gui/generated/ui_*.py with pyside6-uic.

Run after editing a .ui file in Designer; a test fails if a compiled copy is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "src" / "visitation_desktop" / "gui" / "generated"


def uic_binary() -> str:
    return str(Path(sys.executable).with_name("pyside6-uic"))


def compile_one(ui: Path) -> str:
    result = subprocess.run(
        [uic_binary(), "--generator", "python", "--from-imports", str(ui)],
        check=True,
        capture_output=True,
        text=True,
    )
    # Qt writes the .ui file's name into the header; keep it relative so the output is reproducible.
    return result.stdout.replace(str(ui), f"ui/{ui.name}")


def target_for(ui: Path) -> Path:
    return OUT_DIR / f"ui_{ui.stem}.py"


def main() -> int:
    for ui in sorted(UI_DIR.glob("*.ui")):
        target_for(ui).write_text(compile_one(ui), encoding="utf-8")
        print(target_for(ui).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
