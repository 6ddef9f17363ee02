"""``cases import FILE...``: create cases from case files (docs/case-format.md), all or none.

Every file is read and checked first; one that cannot be used stops the import before anything is
written. The cases are then created through the rules gate in one transaction
(``CaseService.import_document_cases``): each new case number on its own line, in the order given.
A decision the gate refuses is stored as undecided (»Under behandling«), its findings go to
standard error and the exit code is 8 (``exit_codes.NOT_RECORDED``).
"""

from __future__ import annotations

import argparse
import sys

from . import exit_codes
from .common import CliError, Context, read_text_file


def cmd_cases_import(ctx: Context, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..services.cases import CaseFormatError, CaseService, read_case_file

    paths = [Path(name) for name in args.file]
    cases = []
    for path in paths:
        try:
            cases.append(read_case_file(read_text_file(path)))
        except CaseFormatError as exc:
            raise CliError(f"{path}: {exc}") from None
    service = CaseService(ctx.workspace())
    try:
        if len(cases) == 1:
            service.import_document_case(cases[0])
        else:
            service.import_document_cases(cases)
    except CaseFormatError as exc:
        raise CliError(f"{paths[exc.index or 0]}: {exc}") from None
    code = 0
    for path, case in zip(paths, cases, strict=True):
        print(case.id)
        verdict = service.import_verdict(case)
        if not verdict.allowed:  # stored, but as undecided: the rules gate refuses the decision in the file
            print(f"visitation-desktop: {path}: sagen er gemt som »Under behandling«. {verdict.message}", file=sys.stderr)
            code = exit_codes.NOT_RECORDED
    return code
