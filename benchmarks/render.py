"""Document render times, beside anchors measured in the same run.

    .venv/bin/python benchmarks/render.py [--runs 15] [--cli-runs 5] [--first-runs 3] [--goals 10] [--dir PARENT]

The case is the fictional main demo case with its goals repeated up to ``--goals``. Printed:

1. in process, each document kind: the first render in a fresh process (fonts registered,
   styles made; imports before it, the renderer's module and reportlab's among them, not
   counted, for ours and the anchor alike) and warm (median of ``--runs``);
2. the anchors: a bare reportlab platypus document of the same goals (a heading, the goal
   and an eight-row table per goal, built-in Helvetica) in process (first and warm) and as a
   whole script (``python bare.py``);
3. the whole command, ``visitation-desktop render handleplan CASE --out FILE``, against a
   throw-away encrypted store, with its deliberate Argon2id unlock and without it, two ways: the
   unlock timed alone (in process, the store's parameters) and taken off, and measured directly on
   a second store whose caseworker has the cheapest Argon2id the keyring accepts (t=1, 8 MiB,
   about 10 ms). The command runs the deliberate Argon2id on the other core while it imports, so
   taking the unlock off takes off more than it costs: the direct figure is the one to read.
   ``--version`` alone shows the start-up share. Beside the wall time, the CPU time
   (user + system) of the process: on a loaded machine it says more about the work;
4. the Word route a caseworker uses today, the same goals as a .docx converted by
   ``soffice --headless --convert-to pdf`` (profile warmed once), when LibreOffice is installed
   (skipped with a note when not; CI does not install it);
5. pages and bytes of every document.

In-process runs, the first render of a fresh process among them, are timed as ``timeit`` does, with
the garbage collector collected before and off during each run, for ours and the anchor alike (the
program's render command freezes what its imports made, ``cli.common.imports_without_gc``). Child processes run without
``PYTHONDONTWRITEBYTECODE``, as an installed program runs (pip writes the bytecode at install), and
once untimed first; with it set every process would compile the program's modules from source.
"""

from __future__ import annotations

import argparse
import base64
import gc
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from unittest import mock

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render_cases import (  # noqa: E402 - the benchmark's own helper module, beside this file
    PASSWORD,
    TODAY,
    USER,
    bare_reportlab,
    bare_script,
    contexts,
    page_count,
    word_docx,
)

KINDS = ("handleplan", "easyread", "decision", "decision-refusal", "delay-notice")


@dataclass(frozen=True)
class Timing:
    """Median and fastest of several runs, in ms (on a loaded machine the fastest says more of the work)."""

    median: float
    fastest: float

    def __str__(self) -> str:
        return f"{self.median:6.0f} ms ({self.fastest:5.0f})"

    def __sub__(self, other: Timing) -> Timing:
        return Timing(self.median - other.median, self.fastest - other.fastest)


def median_ms(action: Callable[[], object], runs: int) -> Timing:
    times = []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            started = time.perf_counter()
            action()
            times.append((time.perf_counter() - started) * 1000)
        finally:
            gc.enable()
    return Timing(statistics.median(times), min(times))


def _children_cpu_s() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def process_ms(action: Callable[[], object], runs: int) -> tuple[Timing, Timing]:
    """Wall and CPU time (user + system) of a child process, median (fastest) of ``runs``, after one untimed run."""
    action()
    walls, cpus = [], []
    for _ in range(runs):
        cpu, started = _children_cpu_s(), time.perf_counter()
        action()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((_children_cpu_s() - cpu) * 1000)
    return Timing(statistics.median(walls), min(walls)), Timing(statistics.median(cpus), min(cpus))


CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _child(kind: str, goals: int) -> None:
    """In a fresh process: import, then time the first render of ``kind`` (or of the bare anchor)."""
    started = time.perf_counter()
    if kind == "bare":
        import reportlab.lib.pagesizes  # noqa: F401 - the anchor's imports, timed apart as ours are
        import reportlab.lib.styles  # noqa: F401
        import reportlab.platypus  # noqa: F401

        imported = _timed_alone()
        bare_reportlab(goals)
    else:
        from visitation_desktop.documents import _renderer, render

        ctxs = contexts(goals)
        document, ctx = ctxs[kind]
        _renderer(document)  # the renderer's own module (an import): timed apart
        imported = _timed_alone()
        render(document, ctx)
    done = time.perf_counter()
    print(json.dumps({"import_ms": (imported - started) * 1000, "first_ms": (done - imported) * 1000}))


def _timed_alone() -> float:
    """The moment a first render starts, timed as the warm runs are: the collector collected, then off."""
    gc.collect()
    gc.disable()
    return time.perf_counter()


def first_render(kind: str, goals: int, runs: int) -> tuple[Timing, float]:
    """First-render times (median, fastest) and the median import time over ``runs`` fresh processes."""
    firsts, imports = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--child", kind, "--goals", str(goals)],
                             capture_output=True, text=True, check=True, env=CHILD_ENV).stdout
        found = json.loads(out.strip().splitlines()[-1])
        firsts.append(found["first_ms"])
        imports.append(found["import_ms"])
    return Timing(statistics.median(firsts), min(firsts)), statistics.median(imports)


def _command(data_dir: Path, *args: str) -> Callable[[], object]:
    argv = [sys.executable, "-m", "visitation_desktop", "--data-dir", str(data_dir), "--user", USER,
            "--password-stdin", *args]

    def run() -> None:
        subprocess.run(argv, input=PASSWORD + "\n", capture_output=True, text=True, check=True, env=CHILD_ENV)

    return run


def unlock_ms(data_dir: Path, runs: int) -> Timing:
    """The Argon2id derivation alone, with the store's own parameters for the user."""
    from visitation_desktop.store.keyring import KdfParams

    entry = json.loads((data_dir / "keys.json").read_text())["users"][USER]["kdf"]
    params = KdfParams(salt=base64.b64decode(entry["salt"]), time_cost=int(entry["time_cost"]),
                       memory_cost_kib=int(entry["memory_cost_kib"]), parallelism=int(entry["parallelism"]))
    return median_ms(lambda: params.derive(PASSWORD), runs)


def _store(data_dir: Path, goals: int, cheap_kdf: bool) -> int:
    """A throw-away store with the 10-goal case; ``cheap_kdf``: the lowest Argon2id the keyring accepts."""
    from visitation_desktop.services.cases import CaseService
    from visitation_desktop.services.workspace import init_store
    from visitation_desktop.store import key_entries

    cheapest = key_entries.KdfParams(salt=os.urandom(16), time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
    with mock.patch.object(key_entries.KdfParams, "fresh", return_value=cheapest) if cheap_kdf else nullcontext():
        ws = init_store(data_dir, USER, "Benjamin Mørk", PASSWORD)
    saved = CaseService(ws).new_case(contexts(goals)["handleplan"][1].case)
    ws.close()
    assert saved.id is not None
    return saved.id


def whole_command(goals: int, runs: int, parent: Path | None) -> dict[str, Timing]:
    """The render command's wall and CPU times (``*_cpu``), with and without the unlock."""
    found: dict[str, Timing] = {}
    with tempfile.TemporaryDirectory(prefix="vd-render-bench-", dir=parent) as tmp:
        for label, cheap in (("with_unlock", False), ("cheap_kdf", True)):
            data_dir = Path(tmp) / label
            case_id = _store(data_dir, goals, cheap)
            render_cmd = _command(data_dir, "render", "handleplan", str(case_id), "--out", str(Path(tmp) / "hp.pdf"),
                                  "--today", TODAY.isoformat())
            found[label], found[f"{label}_cpu"] = process_ms(render_cmd, runs)
            found[f"{label}_unlock"] = unlock_ms(data_dir, runs)
        found["version"], found["version_cpu"] = process_ms(_command(Path(tmp) / "with_unlock", "--version"), runs)
    found["unlock"] = found["with_unlock_unlock"]
    found["without_unlock"] = found["with_unlock"] - found["unlock"]
    return found


def word_route(goals: int, runs: int) -> tuple[Timing, Timing] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory(prefix="vd-word-bench-") as tmp:
        source = word_docx(goals, Path(tmp) / "handleplan.docx")
        profile = Path(tmp) / "profile"
        argv = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                "--outdir", tmp, str(source)]
        return process_ms(lambda: subprocess.run(argv, capture_output=True, check=True), runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cli-runs", type=int, default=5)
    parser.add_argument("--first-runs", type=int, default=3)
    parser.add_argument("--goals", type=int, default=10)
    parser.add_argument("--dir", type=Path, help="parent folder of the throw-away store")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.goals)
        return 0

    from visitation_desktop.documents import render

    ctxs = contexts(args.goals)
    rows: list[tuple[str, Timing, Timing, str]] = []  # label, first, warm, pages/bytes
    for kind in KINDS:
        document, ctx = ctxs[kind]
        first, _imports = first_render(kind, args.goals, args.first_runs)
        pdf = render(document, ctx)
        warm = median_ms(partial(render, document, ctx), args.runs)
        rows.append((kind, first, warm, f"{page_count(pdf)} sider, {len(pdf) / 1024:.0f} KiB"))
    bare_first, _bare_imports = first_render("bare", args.goals, args.first_runs)
    bare = bare_reportlab(args.goals)
    bare_warm = median_ms(lambda: bare_reportlab(args.goals), args.runs)
    rows.append(("bar reportlab (samme mål, Helvetica)", bare_first, bare_warm,
                 f"{page_count(bare)} sider, {len(bare) / 1024:.0f} KiB"))
    with tempfile.TemporaryDirectory(prefix="vd-bare-") as tmp:
        script = Path(tmp) / "bare.py"
        script.write_text(bare_script(args.goals, Path(tmp) / "bare.pdf"), encoding="utf-8")
        bare_process, bare_cpu = process_ms(
            lambda: subprocess.run([sys.executable, str(script)], check=True, env=CHILD_ENV), args.cli_runs)
    command = whole_command(args.goals, args.cli_runs, args.dir)
    word = word_route(args.goals, args.cli_runs)

    print(f"{args.goals} mål. CPU'er: {os.cpu_count()}, Python {sys.version.split()[0]}, belastning (1 min) "
          f"{os.getloadavg()[0]:.1f}. Første gengivelse: {args.first_runs} nye processer; varm: {args.runs} kørsler; "
          f"hele processer: {args.cli_runs} kørsler. Tal: median (hurtigste).")
    print(f"{'i processen':38} {'første':>16} {'varm':>16}  sider og størrelse")
    for label, first, warm, size in rows:
        print(f"{label:38} {first!s:>16} {warm!s:>16}  {size}")
    hp_first, hp_warm = rows[0][1], rows[0][2]
    print(f"handleplan / bar reportlab varm: første {hp_first.median / bare_warm.median:.1f}x "
          f"({hp_first.fastest / bare_warm.fastest:.1f}x), mål <= 3x; varm {hp_warm.median / bare_warm.median:.1f}x "
          f"({hp_warm.fastest / bare_warm.fastest:.1f}x), mål <= 2x; bar reportlabs egen første er "
          f"{bare_first.median / bare_warm.median:.1f}x dens varme")
    without, direct = command["without_unlock"], command["cheap_kdf"]
    print(f"{'hele processer':38} {'væg: median (hurtigste)':>24} {'CPU: median (hurtigste)':>24}")

    def line(label: str, wall: Timing, cpu: Timing | None = None, note: str = "") -> None:
        print(f"{label:38} {wall!s:>24} {'' if cpu is None else str(cpu):>24}  {note}".rstrip())

    line("bar reportlab-script (python bare.py)", bare_process, bare_cpu)
    line("render handleplan, med oplåsning", command["with_unlock"], command["with_unlock_cpu"])
    line("  Argon2id-oplåsning alene", command["unlock"])
    line("  uden oplåsning (trukket fra)", without, None,
         "kun vejledende: oplåsningen kører samtidig med importen, så fradraget tager for meget; se næste linje")
    direct_cpu = command["cheap_kdf_cpu"]
    line("render, billigste Argon2id (målt)", direct, direct_cpu,
         f"{direct.median / bare_process.median:.2f}x ({direct.fastest / bare_process.fastest:.2f}x) det bare script, "
         f"CPU {direct_cpu.median / bare_cpu.median:.2f}x, mål <= 2x; heraf Argon2id "
         f"{command['cheap_kdf_unlock'].median:.0f} ms")
    line("visitation-desktop --version", command["version"], command["version_cpu"])
    if word is None:
        print("Word -> LibreOffice: sprunget over (soffice er ikke installeret).")
    else:
        word_wall, word_cpu = word
        line("Word (.docx) -> soffice --convert-to pdf", word_wall, word_cpu,
             f"render med oplåsning er {word_wall.median / command['with_unlock'].median:.2f}x "
             f"({word_wall.fastest / command['with_unlock'].fastest:.2f}x) hurtigere, "
             f"CPU {word_cpu.median / command['with_unlock_cpu'].median:.2f}x; mål >= 3x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
