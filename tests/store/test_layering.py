"""The store is below the GUI: it must not import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import visitation_desktop.store as store


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_store_imports_no_qt() -> None:
    root = Path(store.__file__).parent
    sources = sorted(root.rglob("*.py"))
    assert len(sources) >= 10
    offenders = [
        str(p.relative_to(root))
        for p in sources
        if any(m.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"} for m in _imported_modules(p))
    ]
    assert offenders == []
