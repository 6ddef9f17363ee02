"""A whole team's caseload: start-up, the main window, search-as-you-type, autosave and memory by size.

    .venv/bin/python benchmarks/scale.py [--sizes 1000 10000] [--with-50000] [--runs 5] [--dir PARENT]
    .venv/bin/python benchmarks/scale.py --sizes 50000 --store DATA_DIR --store-cases 50000

Makes one throw-away encrypted store and grows it to each size with realistic fictional cases
(``benchmarks/scale_cases.py``) through the program's own ``CaseService.create_many`` (the
rules gate, one transaction per 500 cases), in this process. At
each size a fresh process (``benchmarks/scale_probes.py main``) unlocks the store and opens the
main window until its list is filled, noting the longest time the GUI thread did not answer; then
types 1-3 letter searches (each timed until the list on screen has painted it), autosaves one case
60 times and reports its peak RSS.

Beside it, measured in the same run: start -> login window of the program against the bare-wizard
anchor (a bare PySide6 QWizard, 10 pages x 6 fields, until shown) and ``--help`` against
``python -c pass``; both as whole processes, median of ``--runs``. The store goes on /dev/shm when
it exists (fsync on a RAM disk: filling 10,000 cases takes minutes, not an hour) unless ``--dir``.
``--store`` reuses a store an earlier run left (its data folder, made with this script's user and
password, holding ``--store-cases`` cases): it is grown, never emptied, and kept afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PROBES = HERE / "scale_probes.py"
sys.path.insert(0, str(HERE))

from scale_probes import PASSWORD, USER  # noqa: E402

TODAY = dt.date.today()


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "LANG": "C.UTF-8"}


def _until_line(cmd: list[str]) -> tuple[float, dict[str, Any]]:
    """Seconds from starting ``cmd`` to its JSON line on standard output, and that line."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, env=_env(), text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=120)
    if not line:
        raise SystemExit(f"probe failed: {' '.join(cmd)}")
    return elapsed, json.loads(line)


def _whole(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=_env(), check=True)
    return time.perf_counter() - started


def _median(runs: int, measure: object) -> float:
    return statistics.median(measure() for _ in range(runs))  # type: ignore[operator]


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split(" ", 3)[:3].__str__()
    except OSError:
        return "?"


def _fill(data_dir: Path, have: int, want: int) -> float:
    from scale_cases import scale_cases

    from visitation_desktop.services.cases import CaseService
    from visitation_desktop.services.workspace import unlock

    ws = unlock(data_dir, USER, PASSWORD)
    service = CaseService(ws)
    started = time.perf_counter()
    for first in range(have, want, 500):
        # one transaction per 500 cases, through the rules gate (CaseService.create_many)
        service.create_many(scale_cases(ws.standard, ws.catalogue, TODAY, first, min(500, want - first)))
    ws.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--with-50000", action="store_true", help="add the 50,000-case store (slow to fill)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", help="folder for the throw-away store")
    parser.add_argument("--store", help="data folder of a store to reuse (kept afterwards)")
    parser.add_argument("--store-cases", type=int, default=0, help="how many cases the reused store holds")
    args = parser.parse_args()
    sizes = sorted(set(args.sizes + ([50000] if args.with_50000 else [])))
    if args.store and any(size < args.store_cases for size in sizes):
        parser.error("a reused store cannot shrink: every size must be at least --store-cases")
    parent = args.dir or ("/dev/shm" if Path("/dev/shm").is_dir() else None)
    work = Path(tempfile.mkdtemp(prefix="vd-scale-", dir=parent))
    py = sys.executable
    # An installed program runs from compiled bytecode; with PYTHONDONTWRITEBYTECODE set, every
    # child process would compile the program's modules anew and the start-up figures say so.
    import compileall

    import visitation_desktop

    compileall.compile_dir(str(Path(visitation_desktop.__file__).parent), quiet=2)
    try:
        from visitation_desktop.services.workspace import init_store

        data_dir = Path(args.store) if args.store else work / "data"
        if not args.store:
            init_store(data_dir, USER, "Benchmark Bruger", PASSWORD).close()
        print(f"load average before: {_load()}   store in {data_dir if args.store else work}")
        anchor = _median(args.runs, lambda: _until_line([py, str(PROBES), "anchor"])[0])
        anchor_rss = _until_line([py, str(PROBES), "anchor"])[1]["rss_mb"]
        login = _median(args.runs, lambda: _until_line([py, str(PROBES), "login", str(data_dir)])[0])
        bare = _median(args.runs, lambda: _whole([py, "-c", "pass"]))
        helptime = _median(args.runs, lambda: _whole([py, "-m", "visitation_desktop", "--help"]))
        print(f"bare wizard shown            {anchor:6.3f} s   peak RSS {anchor_rss:6.1f} MB")
        print(f"start -> login window        {login:6.3f} s   {login / anchor:4.2f}x the bare wizard (goal <= 1.5x)")
        print(f"--help                       {helptime:6.3f} s   (python -c pass {bare:.3f} s; goal <= 0.15 s)")
        have, results = (args.store_cases if args.store else 0), []
        for size in sizes:
            if size == have:
                print(f"\n{size} cases: the reused store ({data_dir})")
            else:
                fill = _fill(data_dir, have, size)
                print(f"\n{size} cases: filled the store in {fill:.1f} s ({fill / (size - have) * 1000:.1f} ms a case)")
            have = size
            _t, r = _until_line([py, str(PROBES), "main", str(data_dir), str(size)])
            results.append((size, r))
            s, a = r["search_ms"], r["autosave_ms"]
            if r.get("preloaded") and r.get("direct_first"):
                print("  (services and main window imported during the login window, the list read through the direct")
                print("   store, the repository opened behind it: as the program does, docs/performance.md)")
            elif r.get("preloaded"):
                print("  (store, services and main window imported during the login window, as the program does)")
            if r.get("warmed"):
                print("  (Qt's classes readied during the login window, as the program does: gui/qt_warmup.py)")
            print(f"  unlock (Argon2id, open)    {r['unlock_s']:6.3f} s")
            print(f"  unlock -> window shown     {r['window_shown_s']:6.3f} s")
            print(f"  unlock -> window filled    {r['window_filled_s']:6.3f} s   longest GUI block "
                  f"{r['longest_block_ms']:.0f} ms ({r['rows']} rows)")
            if "longest_busy_ms" in r:
                print(f"    of it the GUI thread's own work at most {r['longest_busy_ms']:.0f} ms in one stretch "
                      "(CPU time; the rest is waiting for a core on a loaded machine)")
            print(f"  search step (1-3 letters)  p50 {s['p50']:7.2f} ms   p95 {s['p95']:7.2f} ms   max {s['max']:7.2f} ms")
            if r.get("direct_first"):
                state = {True: "open", False: "opening behind the list"}
                print(f"    the repository during the steps: {state[r['repo_open_before_search']]} at the first, "
                      f"{state[r['repo_open_after_search']]} after the last")
            print(f"  autosave                   p50 {a['p50']:7.2f} ms   p95 {a['p95']:7.2f} ms")
            if "first_autosave_ms" in r:
                print(f"    the first {r['first_autosave_ms']:.1f} ms (with the wait for the repository, if not open yet)")
            budget = 2 * float(anchor_rss) + 50
            print(f"  peak RSS                   {r['rss_mb']:6.1f} MB   (2x bare wizard + 50 MB = {budget:.0f} MB)")
            print(f"  load average now: {_load()}")
        if len(results) > 1:
            print("\nGrowth per size step (cost ratio / size ratio; 1.0 = linear):")
            for (n0, r0), (n1, r1) in zip(results, results[1:], strict=False):
                grow = n1 / n0
                filled = float(r1["window_filled_s"]) / float(r0["window_filled_s"]) / grow
                search = r1["search_ms"]["p95"] / r0["search_ms"]["p95"] / grow
                autosave = r1["autosave_ms"]["p95"] / r0["autosave_ms"]["p95"] / grow
                print(f"  {n0} -> {n1}: window filled {filled:.2f}, search p95 {search:.2f}, autosave p95 {autosave:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
