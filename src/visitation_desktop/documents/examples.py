"""Render the example documents of the demo cases: ``python -m visitation_desktop.documents.examples OUTDIR``.

Uses fictional demo citizens only, and a fixed date so the files come out the same each time.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from visitation_desktop.documents import DocumentContext, DocumentKind, render
from visitation_desktop.domain.case import CaseFile, CaseStatus
from visitation_desktop.domain.ffb import load_catalogue
from visitation_desktop.domain.standard import default_standard_path, load_standard
from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases

EXAMPLE_DATE = dt.date(2026, 11, 26)
CASEWORKER_NAME = "Marianne Lund Holm"
CASEWORKER_INITIALS = "MLH"

FILES: tuple[tuple[str, DocumentKind, str], ...] = (
    ("handleplan.pdf", DocumentKind.HANDLEPLAN, "grant"),
    ("letlaest.pdf", DocumentKind.EASYREAD, "grant"),
    ("afgoerelse-bevilling.pdf", DocumentKind.DECISION, "grant"),
    ("afgoerelse-afslag.pdf", DocumentKind.DECISION, "refusal"),
    ("letlaest-afslag.pdf", DocumentKind.EASYREAD, "refusal"),
    ("forsinkelse.pdf", DocumentKind.DELAY_NOTICE, "late"),
)
LATE_EXAMPLE = "Niels Ejner Bak"  # undecided after the deadline, with the date and reason of the delay


def _pick(cases: list[CaseFile], which: str) -> CaseFile:
    if which == "grant":
        return next(c for c in cases if c.citizen.name == MAIN_EXAMPLE)
    if which == "late":
        return next(c for c in cases if c.citizen.name == LATE_EXAMPLE)
    return next(c for c in cases if c.status == CaseStatus.REFUSED.value)


def render_examples(outdir: Path, today: dt.date = EXAMPLE_DATE) -> list[Path]:
    standard = load_standard(default_standard_path())
    catalogue = load_catalogue()
    cases = demo_cases(standard, catalogue, today)
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for filename, kind, which in FILES:
        ctx = DocumentContext(case=_pick(cases, which), standard=standard, catalogue=catalogue,
                              caseworker_name=CASEWORKER_NAME, caseworker_initials=CASEWORKER_INITIALS,
                              today=today, plan_version=1)
        path = outdir / filename
        path.write_bytes(render(kind, ctx))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the example documents of the fictional demo cases.")
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    for path in render_examples(args.outdir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
