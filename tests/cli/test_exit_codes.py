"""Each exit code means one thing for every command, and docs/exit-codes.md lists exactly those codes."""

from __future__ import annotations

import re
from pathlib import Path

from visitation_desktop.cli import exit_codes

DOC = Path(__file__).resolve().parents[2] / "docs" / "exit-codes.md"


def _codes() -> dict[str, int]:
    return {name: value for name, value in vars(exit_codes).items() if name.isupper() and isinstance(value, int)}


def test_no_two_meanings_share_a_code() -> None:
    codes = _codes()
    assert len(set(codes.values())) == len(codes), codes


def test_the_documentation_lists_every_code_and_no_other() -> None:
    documented = {int(m) for m in re.findall(r"^\| (\d+) \|", DOC.read_text(encoding="utf-8"), re.MULTILINE)}
    assert documented == set(_codes().values())
