"""``render`` and ``print``: the documents a citizen takes home, from the command line.

The services and the document modules (reportlab) are imported when one of these commands runs,
so that every other command starts without them.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..limits import MAX_COPIES
from .common import CliError, Context, iso_date

if TYPE_CHECKING:
    from ..domain.case import CaseFile
    from ..services.documents import DocumentService

EXIT_INCOMPLETE = 5
EXIT_PRINT_FAILED = 6
KINDS = ("handleplan", "easyread", "decision")  # the values of documents.DocumentKind


def register(sub: Any) -> None:
    p = sub.add_parser(
        "render",
        help="lav et dokument som PDF (handleplan, letlæst udgave eller afgørelse)",
        description="Lav et dokument til borgeren som PDF-fil. Filen er ikke krypteret.",
    )
    p.add_argument("kind", choices=KINDS, metavar="DOKUMENT", help="handleplan, easyread eller decision")
    p.add_argument("case_id", type=int, metavar="SAG", help="sagens nummer")
    p.add_argument("--out", required=True, metavar="FIL", help="PDF-filen, der skal skrives")
    p.add_argument("--today", type=iso_date, help="dokumentets dato (ÅÅÅÅ-MM-DD)")
    p.set_defaults(handler=cmd_render)

    p = sub.add_parser(
        "print",
        help="udskriv et dokument på en CUPS-printer",
        description="Send et dokument til en printer (CUPS-kø). Der skrives ingen midlertidig fil.",
    )
    p.add_argument("case_id", type=int, metavar="SAG", help="sagens nummer")
    p.add_argument("--document", required=True, choices=KINDS, metavar="DOKUMENT",
                   help="handleplan, easyread eller decision")
    p.add_argument("--printer", required=True, metavar="KØ", help="printerens navn i CUPS (se lpstat -e)")
    p.add_argument("--copies", type=int, default=1, metavar="N", help=f"antal kopier (1-{MAX_COPIES})")
    p.add_argument("--today", type=iso_date, help="dokumentets dato (ÅÅÅÅ-MM-DD)")
    p.set_defaults(handler=cmd_print)


def _open(ctx: Context, case_id: int) -> tuple[DocumentService, CaseFile]:
    from ..services.cases import CaseService
    from ..services.documents import DocumentService
    from ..store.errors import CaseNotFound

    ws = ctx.workspace()
    try:
        case = CaseService(ws).open_case(case_id)
    except CaseNotFound:
        raise CliError(f"Sag {case_id} findes ikke.") from None
    return DocumentService(ws), case


def cmd_render(ctx: Context, args: argparse.Namespace) -> int:
    from ..documents import DocumentIncomplete
    from ..services.documents import ExportError, incomplete_message

    service, case = _open(ctx, args.case_id)
    try:
        service.save_pdf(case, args.kind, args.out, today=args.today)
    except DocumentIncomplete as exc:
        raise CliError(incomplete_message(args.kind, exc), EXIT_INCOMPLETE) from None
    except ExportError as exc:
        raise CliError(exc.message) from None
    print(f"Dokumentet er gemt i {args.out}. Bemærk: filen er ikke krypteret og indeholder personoplysninger.",
          file=sys.stderr)
    return 0


def cmd_print(ctx: Context, args: argparse.Namespace) -> int:
    if not 1 <= args.copies <= MAX_COPIES:
        raise CliError(f"Antal kopier skal være mellem 1 og {MAX_COPIES}.", 2)
    from ..documents import DocumentIncomplete
    from ..services.documents import incomplete_message
    from ..services.printing import PrintError

    service, case = _open(ctx, args.case_id)
    try:
        job = service.print_pdf(case, args.document, args.printer, args.copies, today=args.today)
    except DocumentIncomplete as exc:
        raise CliError(incomplete_message(args.document, exc), EXIT_INCOMPLETE) from None
    except PrintError as exc:
        raise CliError(exc.message, EXIT_PRINT_FAILED) from None
    suffix = f" (job {job})" if job else ""
    print(f"Dokumentet er sendt til {args.printer}{suffix}.")
    return 0
