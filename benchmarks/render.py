"""Handleplan render time: in process, as a whole command, and beside a bare reportlab document.

    .venv/bin/python benchmarks/render.py [--runs 15] [--cli-runs 5] [--goals 10] [--dir PARENT]

The case is the fictional main demo case with its goals repeated up to ``--goals``. Timed:
1. ``documents.render(HANDLEPLAN, ctx)`` in process (fonts already registered), median of ``--runs``;
2. ``visitation-desktop render handleplan CASE --out FILE`` as a child process against a throw-away
   encrypted store (start-up, Argon2 unlock, load, render, write), median of ``--cli-runs``;
   ``visitation-desktop --version`` alone shows the start-up share;
3. a bare reportlab document of plain paragraphs (built-in Helvetica, no embedded fonts, no
   tables) with the same number of pages.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from visitation_desktop.documents import DocumentContext, DocumentKind, render
from visitation_desktop.domain.case import CaseFile, new_goal_id
from visitation_desktop.domain.ffb import load_catalogue
from visitation_desktop.domain.standard import default_standard_path, load_standard
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases
from visitation_desktop.services.workspace import init_store

TODAY = dt.date(2026, 11, 26)
PASSWORD = "benchmark-kodeord-1"
USER = "BM"
PARAGRAPHS_PER_PAGE = 8
FILLER = (
    "Du kommer i aktivitetstilbuddet tre dage om ugen. Du er med til at lave frokost, og du går en tur "
    "med gruppen, når vejret er til det. Vi taler sammen om, hvordan det går, og hvad der skal ske nu. "
) * 2


def _case(goals: int) -> CaseFile:
    standard, catalogue = load_standard(default_standard_path()), load_catalogue()
    case = next(c for c in demo_cases(standard, catalogue, TODAY) if c.citizen.name == MAIN_EXAMPLE)
    originals = list(case.goals)
    case.goals = []
    for number in range(goals):
        goal = copy.deepcopy(originals[number % len(originals)])
        goal.id = new_goal_id()
        case.goals.append(goal)
    return case


def _context(case: CaseFile) -> DocumentContext:
    return DocumentContext(case=case, standard=load_standard(default_standard_path()), catalogue=load_catalogue(),
                           caseworker_name="Benjamin Mørk", caseworker_initials=USER, today=TODAY, plan_version=1)


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def bare_reportlab(pages: int) -> bytes:
    style = getSampleStyleSheet()["BodyText"]
    story: list[object] = []
    for page in range(pages):
        story += [Paragraph(FILLER, style) for _ in range(PARAGRAPHS_PER_PAGE)]
        if page < pages - 1:
            story.append(PageBreak())
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times), max(times)


def _command(data_dir: Path, *args: str) -> Callable[[], object]:
    argv = [sys.executable, "-m", "visitation_desktop", "--data-dir", str(data_dir), "--user", USER,
            "--password-stdin", *args]

    def run() -> None:
        subprocess.run(argv, input=PASSWORD + "\n", capture_output=True, text=True, check=True)

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cli-runs", type=int, default=5)
    parser.add_argument("--goals", type=int, default=10)
    parser.add_argument("--dir", type=Path, help="parent folder of the throw-away store")
    args = parser.parse_args(argv)

    case = _case(args.goals)
    ctx = _context(case)
    pdf = render(DocumentKind.HANDLEPLAN, ctx)  # registers the fonts once, as a running program has
    pages = page_count(pdf)
    bare = bare_reportlab(pages)
    assert page_count(bare) == pages, (page_count(bare), pages)

    rows: list[tuple[str, tuple[float, float, float], int]] = [
        (f"handleplan, {args.goals} mål, i processen", median_ms(lambda: render(DocumentKind.HANDLEPLAN, ctx),
                                                                 args.runs), args.runs),
        ("bar reportlab (afsnit, Helvetica)", median_ms(lambda: bare_reportlab(pages), args.runs), args.runs),
    ]
    with tempfile.TemporaryDirectory(prefix="vd-render-bench-", dir=args.dir) as tmp:
        data_dir = Path(tmp) / "data"
        ws = init_store(data_dir, USER, "Benjamin Mørk", PASSWORD)
        CaseService(ws).new_case(case)
        ws.close()
        out = Path(tmp) / "handleplan.pdf"
        render_cmd = _command(data_dir, "render", "handleplan", str(case.id), "--out", str(out),
                              "--today", TODAY.isoformat())
        rows.append(("visitation-desktop render handleplan (hele kommandoen)",
                     median_ms(render_cmd, args.cli_runs), args.cli_runs))
        rows.append(("visitation-desktop --version (kun opstart)",
                     median_ms(_command(data_dir, "--version"), args.cli_runs), args.cli_runs))
        command_pages = page_count(out.read_bytes())

    print(f"Handleplan med {args.goals} mål: {pages} sider, {len(pdf) / 1024:.0f} KiB "
          f"(kommandoens fil: {command_pages} sider); bar reportlab: {len(bare) / 1024:.0f} KiB. "
          f"CPU'er: {os.cpu_count()}, Python {sys.version.split()[0]}")
    print(f"{'':56} {'median':>9} {'min':>9} {'max':>9}  kørsler")
    for label, (median, low, high), runs in rows:
        print(f"{label:56} {median:7.0f} ms {low:6.0f} ms {high:6.0f} ms  {runs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
