"""Autosave latency: how long one save of a full case takes, measured against a 16 ms frame.

    .venv/bin/python benchmarks/autosave.py [--saves 300] [--dir PARENT]

Creates a throw-away encrypted store in a temporary folder (under PARENT if given), stores the
richest fictional demo case and saves it N times with one small change each, as autosave does
after a keystroke: first through ``CaseService.save``, then through the wizard's
``WizardContext.save_now`` (Qt offscreen). The rule check that the wizard runs beside autosave is
timed too, and the repository's one transaction on its own (the rest of a service save is
the access log and the plan-version bookkeeping). Prints median, 95th percentile and maximum in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from visitation_desktop.domain.case import CaseFile
    from visitation_desktop.services.cases import CaseService

FRAME_MS = 1000 / 60  # one frame at 60 Hz
TODAY = dt.date(2026, 3, 2)
PASSWORD = "benchmark-kodeord-1"


def _filesystem(path: Path) -> str:
    """The mount's file-system type (fsync cost depends on it), or "?" where /proc is missing."""
    best, kind = "", "?"
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return kind
    resolved = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) > 2 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, kind = parts[1], parts[2]
    return kind


def _timed(n: int, step: Callable[[int], None]) -> list[float]:
    times: list[float] = []
    for i in range(n):
        started = time.perf_counter()
        step(i)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _report(label: str, times: list[float]) -> None:
    median = statistics.median(times)
    p95 = statistics.quantiles(times, n=100)[94]
    verdict = "yes" if p95 < FRAME_MS else "no"
    print(
        f"{label:<28} median {median:6.2f} ms   p95 {p95:6.2f} ms   max {max(times):6.2f} ms"
        f"   p95 inside one {FRAME_MS:.1f} ms frame: {verdict}"
    )


def _wizard_figures(service: CaseService, case: CaseFile, change: Callable[[int], None], n: int) -> None:
    """The wizard's own save (``WizardContext.save_now``) and the rule check it runs beside it."""
    from visitation_desktop.gui.wizard.context import WizardContext

    ctx = WizardContext(service, case, today=TODAY)

    def wizard_save(i: int) -> None:
        change(i)
        ctx.touch()
        ctx.save_now()

    _timed(n, wizard_save)
    _report("WizardContext.save_now", ctx.save_times_ms[-n:])
    _report("rule check (ctx.recheck)", _timed(n, lambda _i: ctx.recheck()))
    ctx.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=None, help="folder to make the temporary store in")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from visitation_desktop.domain.serialize import to_dict
    from visitation_desktop.services.cases import CaseService
    from visitation_desktop.services.demo_data import demo_cases
    from visitation_desktop.services.workspace import init_store
    from visitation_desktop.store.repository import KEEP

    with tempfile.TemporaryDirectory(prefix="vd-bench-", dir=args.dir) as tmp:
        data_dir = Path(tmp) / "data"
        ws = init_store(data_dir, "AB", "Benchmark", PASSWORD)
        try:
            service = CaseService(ws)
            cases = demo_cases(ws.standard, ws.catalogue, TODAY)
            case = max(cases, key=lambda c: len(json.dumps(to_dict(c), ensure_ascii=False)))
            service.new_case(case)
            size_kb = len(json.dumps(to_dict(case), ensure_ascii=False).encode()) / 1024
            theme = next(iter(case.assessment.themes.values()))
            words = theme.own_words

            print(
                f"Autosave: {args.saves} saves of one full case ({len(case.goals)} goals, {size_kb:.1f} kB JSON); "
                f"store in {tmp} ({_filesystem(Path(tmp))}), SQLCipher, WAL, synchronous=FULL"
            )

            def service_save(i: int) -> None:
                theme.own_words = f"{words} {i}"  # one keystroke's worth of change
                service.save(case)

            _report("CaseService.save", _timed(args.saves, service_save))

            def repository_save(i: int) -> None:
                theme.own_words = f"{words} r{i}"
                ws.repo.save_case(case, deadline=KEEP)

            _report("Repository.save_case alone", _timed(args.saves, repository_save))

            app = QApplication.instance() or QApplication(sys.argv[:1])
            _wizard_figures(service, case, lambda i: setattr(theme, "own_words", f"{words} w{i}"), args.saves)
            app.processEvents()
        finally:
            ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
