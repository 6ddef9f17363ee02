"""The layers of DESIGN.md: the core never reaches up into Qt, and the domain stays pure."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "visitation_desktop"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "reportlab", "visitation_desktop.store", "visitation_desktop.gui"),
    "store": ("PySide6", "reportlab", "visitation_desktop.gui", "visitation_desktop.services"),
    "documents": ("PySide6", "sqlalchemy", "visitation_desktop.gui", "visitation_desktop.store"),
    "services": ("PySide6", "visitation_desktop.gui"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    package = ".".join(path.relative_to(SRC.parent).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                names.add(".".join([*base, node.module] if node.module else base))
            elif node.module:
                names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_does_not_import_upwards(layer: str) -> None:
    offenders = []
    for path in sorted((SRC / layer).rglob("*.py")):
        for name in imported_modules(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == []


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    fake = SRC / "domain" / "_probe_for_layer_test.py"
    fake.write_text("from PySide6 import QtCore\nfrom ..store import db\n", encoding="utf-8")
    try:
        names = imported_modules(fake)
    finally:
        fake.unlink()
    assert "PySide6" in names
    assert "visitation_desktop.store" in names
