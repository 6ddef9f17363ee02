"""The compiled ui_*.py files must match their Designer .ui sources."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "scripts" / "compile_ui.py")
assert spec and spec.loader
compile_ui = importlib.util.module_from_spec(spec)
sys.modules["compile_ui"] = compile_ui
spec.loader.exec_module(compile_ui)

# The header names the uic version; a patch release of Qt must not make every file "stale".
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)


def _normal(text: str) -> str:
    return _VERSION_LINE.sub("", text)


def test_every_ui_file_is_compiled_and_current() -> None:
    ui_files = sorted((ROOT / "ui").glob("*.ui"))
    assert ui_files, "no Designer files found"
    stale = []
    for ui in ui_files:
        target = compile_ui.target_for(ui)
        if not target.exists() or _normal(target.read_text(encoding="utf-8")) != _normal(compile_ui.compile_one(ui)):
            stale.append(ui.name)
    assert stale == [], f"run scripts/compile_ui.py: stale {stale}"
