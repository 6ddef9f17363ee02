"""Compile ui/*.ui into src/visitation_desktop/gui/generated/ui_*.py with pyside6-uic.

Run after editing a .ui file in Designer; a test fails if a compiled copy is stale.
"""

from __future__ import annotations

import re
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
    return prune_imports(result.stdout.replace(str(ui), f"ui/{ui.name}"))


_IMPORT = re.compile(r"^from (PySide6\.\w+) import (\([^)]*\)|[^\n]*)\n", re.MULTILINE)


def prune_imports(code: str) -> str:
    """Import only the names the form uses: uic imports ~40 classes per form, and touching a name of a
    PySide6 module creates its type (``Qt`` alone, with all its enums, costs tens of milliseconds
    before the login window can show)."""
    body = _IMPORT.sub("", code)
    used = set(re.findall(r"\b(\w+)\s*[.(]", body))  # a class is called or has an attribute taken

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).strip("()").replace("\n", " ").split(",") if n.strip()]
        wanted = [n for n in names if n in used]
        return f"from {match.group(1)} import {', '.join(wanted)}\n" if wanted else ""

    return _IMPORT.sub(keep, code)


def target_for(ui: Path) -> Path:
    return OUT_DIR / f"ui_{ui.stem}.py"


def main() -> int:
    for ui in sorted(UI_DIR.glob("*.ui")):
        target_for(ui).write_text(compile_one(ui), encoding="utf-8")
        print(target_for(ui).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
