"""``render`` and ``print`` import what they need with the garbage collector off (cli.common.imports_without_gc)
and leave the collector as they found it."""

from __future__ import annotations

import gc
from pathlib import Path

from visitation_desktop.cli.common import imports_without_gc

from .conftest import Run


def test_imports_without_gc_freezes_what_was_made_and_turns_the_collector_back_on() -> None:
    # Earlier GUI tests may have handed collection to gui.gc_guard (automatic GC off): start from "on".
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        with imports_without_gc():
            assert not gc.isenabled()
            made = [[] for _ in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(made)
    finally:
        gc.unfreeze()
        if not was_enabled:
            gc.disable()


def test_after_a_render_command_the_collector_runs_and_nothing_stays_frozen(run: Run, store: Path,
                                                                            tmp_path: Path) -> None:
    was_enabled = gc.isenabled()
    done = run("render", "handleplan", "99", "--out", str(tmp_path / "plan.pdf"))
    assert done.code == 1
    assert "Sag 99 findes ikke." in done.err
    assert not (tmp_path / "plan.pdf").exists()
    assert gc.isenabled() == was_enabled
    assert gc.get_freeze_count() == 0
