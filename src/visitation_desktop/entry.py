"""The executables' entry point (the PyInstaller bundle's two programs, ``python -m visitation_desktop``).

A windowed Windows program (the bundle's ``visitation-desktop-gui.exe``) starts with ``sys.stdout``,
``sys.stderr`` and ``sys.stdin`` set to None: every ``write`` on them, ``argparse``'s messages, the
logging set-up and ``faulthandler`` would fail. They get a null device instead, so the GUI runs and
its errors still reach the log file. The console program (``visitation-desktop.exe``) keeps its
real console and prints as the CLI should.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def ensure_standard_streams() -> list[str]:
    """Give each missing standard stream the null device; return the names of the ones replaced."""
    replaced = []
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115 (lives as long as we do)
            replaced.append(name)
    return replaced


def main(argv: Sequence[str] | None = None) -> int:
    """No command starts the GUI; a command runs the CLI."""
    ensure_standard_streams()
    from .cli import main as cli_main

    return cli_main(argv, process_ends=True)
