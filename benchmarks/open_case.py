"""Opening a case in the wizard: time, saves written while only opening, and memory, beside a bare wizard.

    .venv/bin/python benchmarks/open_case.py [--runs 5] [--dir PARENT]

Makes a throw-away encrypted store with the fictional demo citizens, then measures each figure in a
fresh process (Qt offscreen), so one measurement's memory does not colour the next:

- the program: unlock the store, then open the demo case that stopped furthest into the wizard
  (``CaseService.open_case`` + ``CaseWizard`` shown and painted), then page through every page
  and back without changing anything. It counts the case saves (``Repository.save_case``) and
  access-log rows written while opening and while paging.
- the anchor: a bare PySide6 ``QWizard`` of 10 pages × 6 fields (labels, line edits, combos),
  shown and painted in the same way.

Memory is the process's peak resident set (VmHWM): over the whole process, and from just after
the unlock (the Argon2id key derivation alone takes 64 MiB for a moment) to the wizard shown.
Prints medians over ``--runs`` processes.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TODAY = dt.date(2026, 3, 2)
PASSWORD = "benchmark-kodeord-1"
BARE_PAGES = 10
BARE_FIELDS = 6


def _status_kib(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    """Start VmHWM afresh from the current RSS (Linux: ``5`` into clear_refs)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _settle(app: Any, widget: Any) -> None:
    widget.show()
    app.processEvents()
    widget.grab()  # paint once, as the screen would
    app.processEvents()


def _child_bare() -> dict[str, float]:
    started = time.perf_counter()
    from PySide6.QtWidgets import (
        QApplication,
        QComboBox,
        QFormLayout,
        QLabel,
        QLineEdit,
        QWizard,
        QWizardPage,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    imported = time.perf_counter()
    wizard = QWizard()
    for p in range(BARE_PAGES):
        page = QWizardPage()
        page.setTitle(f"Side {p + 1}")
        form = QFormLayout(page)
        for f in range(BARE_FIELDS):
            field: QLineEdit | QComboBox
            if f % 3 == 2:
                field = QComboBox()
                field.addItems(["0", "1", "2", "3", "4"])
            else:
                field = QLineEdit()
            label = QLabel(f"Felt &{f + 1}:")
            label.setBuddy(field)
            form.addRow(label, field)
        wizard.addPage(page)
    wizard.resize(1280, 720)
    _settle(app, wizard)
    opened = time.perf_counter()
    return {
        "open_s": opened - imported,
        "process_s": opened - started,
        "peak_mib": _status_kib("VmHWM") / 1024,
        "rss_mib": _status_kib("VmRSS") / 1024,
        "peak_after_unlock_mib": _status_kib("VmHWM") / 1024,
        "rss_unlocked_mib": 0.0,
        "peak_unlock_mib": 0.0,
    }


def _child_program(data_dir: Path, case_id: int) -> dict[str, float]:
    started = time.perf_counter()
    from visitation_desktop.services.workspace import unlock

    ws = unlock(data_dir, "AB", PASSWORD)
    peak_unlock = _status_kib("VmHWM") / 1024
    rss_unlocked = _status_kib("VmRSS") / 1024
    _reset_peak()
    after_unlock = time.perf_counter()
    saves = {"n": 0}
    logs: list[str] = []
    save_case, log = ws.repo.save_case, ws.repo.log

    def counted_save(*args: Any, **kwargs: Any) -> None:
        saves["n"] += 1
        save_case(*args, **kwargs)

    def counted_log(caseworker: str, action: str, *args: Any, **kwargs: Any) -> Any:
        logs.append(action)
        return log(caseworker, action, *args, **kwargs)

    ws.repo.save_case = counted_save  # type: ignore[method-assign]
    ws.repo.log = counted_log  # type: ignore[method-assign]

    from PySide6.QtWidgets import QApplication, QWizard

    from visitation_desktop.gui.wizard.case_wizard import CaseWizard
    from visitation_desktop.services.cases import CaseService

    app = QApplication.instance() or QApplication(sys.argv[:1])
    service = CaseService(ws)
    imported = time.perf_counter()
    case = service.open_case(case_id)
    wizard = CaseWizard(service, case, today=TODAY)
    wizard.resize(1280, 720)
    _settle(app, wizard)
    opened = time.perf_counter()
    peak_open = _status_kib("VmHWM") / 1024
    rss_open = _status_kib("VmRSS") / 1024
    saves_open, logs_open = saves["n"], list(logs)

    while wizard.wizard.currentId() > 0:  # page back to the start and forth to the end, changing nothing
        wizard.wizard.back()
        app.processEvents()
    for _ in range(20):
        before = wizard.wizard.currentId()
        wizard.wizard.next()
        app.processEvents()
        if wizard.wizard.currentId() == before:
            break
    wizard.ctx.save_now()  # what closing the wizard does
    app.processEvents()
    visited = wizard.wizard.currentId() + 1
    result = {
        "open_s": opened - imported,
        "imports_s": imported - after_unlock,
        "process_s": opened - started,
        "saves_open": saves_open,
        "views_open": logs_open.count("view"),
        "log_rows_open": len(logs_open),
        "saves_paging": saves["n"] - saves_open,
        "log_rows_paging": len(logs) - len(logs_open),
        "pages_visited": visited,
        "peak_mib": _status_kib("VmHWM") / 1024,
        "peak_after_unlock_mib": peak_open,
        "rss_mib": rss_open,
        "rss_unlocked_mib": rss_unlocked,
        "peak_unlock_mib": peak_unlock,
        "modules": len(sys.modules),
    }
    wizard.deleteLater()
    wizard.wizard.button(QWizard.WizardButton.NextButton)
    ws.close()
    return result


def _setup(data_dir: Path) -> tuple[int, str]:
    from visitation_desktop.domain.case import WizardPage
    from visitation_desktop.services.cases import CaseService
    from visitation_desktop.services.demo_data import demo_cases
    from visitation_desktop.services.workspace import init_store

    ws = init_store(data_dir, "AB", "Benchmark", PASSWORD)
    try:
        service = CaseService(ws)
        order = list(WizardPage)
        cases = demo_cases(ws.standard, ws.catalogue, TODAY)
        for case in cases:
            service.new_case(case)
        furthest = max(cases, key=lambda c: (order.index(WizardPage(c.current_page)), len(c.goals)))
        assert furthest.id is not None
        return furthest.id, furthest.current_page
    finally:
        ws.close()


def _run_child(args: list[str]) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env, check=False
    )
    if out.returncode != 0:
        sys.exit(f"open_case: child {args[:2]} failed:\n{out.stderr[-2000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _median(rows: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=None, help="folder to make the temporary store in")
    parser.add_argument("--child", choices=["bare", "program"], help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--case", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "bare":
        print(json.dumps(_child_bare()))
        return 0
    if args.child == "program":
        print(json.dumps(_child_program(args.data, args.case)))
        return 0

    with tempfile.TemporaryDirectory(prefix="vd-open-", dir=args.dir) as tmp:
        data_dir = Path(tmp) / "data"
        case_id, page = _setup(data_dir)
        bare, program = [], []
        for _ in range(args.runs):
            bare.append(_run_child(["--child", "bare"]))
            program.append(_run_child(["--child", "program", "--data", str(data_dir), "--case", str(case_id)]))

    b_open, p_open = _median(bare, "open_s"), _median(program, "open_s")
    b_peak, p_peak = _median(bare, "peak_mib"), _median(program, "peak_mib")
    p_peak_open = _median(program, "peak_after_unlock_mib")
    print(f"Opening a demo case (stopped at '{page}') in the wizard; medians of {args.runs} processes, Qt offscreen")
    print(f"{'':34}{'program':>12}{'bare wizard':>14}{'ratio':>8}")
    print(f"{'open, shown and painted':34}{p_open * 1000:>9.0f} ms{b_open * 1000:>11.0f} ms{p_open / b_open:>7.1f}×")
    print(f"{'peak RSS, whole process':34}{p_peak:>8.0f} MiB{b_peak:>10.0f} MiB{p_peak / b_peak:>7.1f}×")
    print(f"{'peak RSS from after unlock':34}{p_peak_open:>8.0f} MiB{b_peak:>10.0f} MiB{p_peak_open / b_peak:>7.1f}×")
    print(f"{'RSS with the wizard open':34}{_median(program, 'rss_mib'):>8.0f} MiB{_median(bare, 'rss_mib'):>10.0f} MiB")
    print(
        f"{'  of which: store unlocked':34}{_median(program, 'rss_unlocked_mib'):>8.0f} MiB"
        f"   (Python, SQLAlchemy, SQLCipher, crypto, before Qt; the unlock's Argon2id peaks at "
        f"{_median(program, 'peak_unlock_mib'):.0f} MiB for a moment)"
    )
    print(f"{'program imports after unlock':34}{_median(program, 'imports_s') * 1000:>9.0f} ms")
    print(f"{'modules loaded':34}{_median(program, 'modules'):>12.0f}")
    print(
        f"saves written while opening: {_median(program, 'saves_open'):.0f}; access-log rows: "
        f"{_median(program, 'log_rows_open'):.0f} (views: {_median(program, 'views_open'):.0f})"
    )
    print(
        f"paging through {_median(program, 'pages_visited'):.0f} pages and back, nothing changed: "
        f"{_median(program, 'saves_paging'):.0f} saves, {_median(program, 'log_rows_paging'):.0f} access-log rows"
    )
    print(f"goal: open ≤ 300 ms; 0 saves; peak ≤ 2 × bare + 50 MiB = {2 * b_peak + 50:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
