"""``render`` and ``print``: the documents a citizen takes home, from the command line.

The services and the document modules (reportlab) are imported when one of these commands runs,
so that every other command starts without them.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..limits import MAX_COPIES
from . import exit_codes
from .common import CliError, Context, imports_without_gc, iso_date

if TYPE_CHECKING:
    from ..domain.case import CaseFile
    from ..services.documents import DocumentService

EXIT_INCOMPLETE = exit_codes.DOCUMENT_REFUSED
EXIT_PRINT_FAILED = exit_codes.PRINT_FAILED
KINDS = ("handleplan", "easyread", "decision", "delay-notice")  # the values of documents.DocumentKind


def register(sub: Any) -> None:
    p = sub.add_parser(
        "render",
        help="lav et dokument som PDF (handleplan, letlæst udgave, afgørelse eller besked om forsinkelse)",
        description="Lav et dokument til borgeren som PDF-fil. Filen er ikke krypteret. Afslutningskoder: "
        f"0 gemt, {EXIT_INCOMPLETE} dokumentet mangler noget eller hører ikke til sagens udfald.",
    )
    p.add_argument(
        "kind", choices=KINDS, metavar="DOKUMENT", help="handleplan, easyread, decision eller delay-notice"
    )
    p.add_argument("case_id", type=int, metavar="SAG", help="sagens nummer")
    p.add_argument("--out", required=True, metavar="FIL", help="PDF-filen, der skal skrives")
    p.add_argument("--today", type=iso_date, help="dokumentets dato (ÅÅÅÅ-MM-DD)")
    p.add_argument(
        "--expected",
        type=iso_date,
        metavar="DATO",
        help="delay-notice: hvornår borgeren kan forvente en afgørelse (ÅÅÅÅ-MM-DD); gemmes i sagen",
    )
    p.add_argument(
        "--reason", metavar="TEKST", help="delay-notice: hvorfor fristen ikke kan holdes; gemmes i sagen"
    )
    p.set_defaults(handler=cmd_render)

    p = sub.add_parser(
        "print",
        help="udskriv et dokument på en af computerens printere",
        description=(
            "Send et dokument til en printer. En CUPS-printer får selve PDF-filen med de valgte sider, "
            "kopier og indstillinger; andre printere (fx på Windows) får siderne tegnet i printerens "
            "opløsning (mindst 600 dpi). Der skrives ingen midlertidig fil."
        ),
    )
    p.add_argument("case_id", type=int, nargs="?", metavar="SAG", help="sagens nummer")
    p.add_argument(
        "--document",
        choices=KINDS,
        metavar="DOKUMENT",
        help="handleplan, easyread, decision eller delay-notice",
    )
    p.add_argument(
        "--printer", metavar="NAVN", help="printerens navn (se --list); standard: computerens standardprinter"
    )
    p.add_argument(
        "--pages", default="", metavar="SIDER", help="kun disse sider, fx 1-2 eller 1,3 (standard: alle)"
    )
    p.add_argument("--copies", type=int, default=1, metavar="N", help=f"antal kopier (1-{MAX_COPIES})")
    p.add_argument("--list", action="store_true", help="vis computerens printere og stop")
    p.add_argument("--today", type=iso_date, help="dokumentets dato (ÅÅÅÅ-MM-DD)")
    p.set_defaults(handler=cmd_print)


def _import_for(kind: str, *, direct: bool) -> None:
    """What rendering ``kind`` from the store needs, imported at once (see ``imports_without_gc``).

    ``direct``: the store is read through the driver (``store.direct``), so SQLAlchemy is not imported.
    """
    import importlib

    modules = ["services.case_view", "services.documents", "services.synced_folders", "services.workspace",
               "store.direct"]
    if not direct:
        modules += ["store.db", "store.repository"]
    with imports_without_gc():
        for module in modules:
            importlib.import_module(f"visitation_desktop.{module}")
        from ..documents import DocumentKind, _renderer, read_fonts_ahead

        _renderer(DocumentKind(kind))  # the renderer's module and reportlab
        read_fonts_ahead(kind)  # while the unlock's Argon2id runs on the other core


def _open(ctx: Context, case_id: int, *, direct: bool = False) -> tuple[DocumentService, CaseFile]:
    from ..services.case_view import open_case
    from ..services.documents import DocumentService
    from ..store.errors import CaseNotFound

    ws = ctx.workspace(direct=direct)
    try:
        case = open_case(ws, case_id)
    except CaseNotFound:
        raise CliError(f"Sag {case_id} findes ikke.") from None
    return DocumentService(ws), case


def cmd_render(ctx: Context, args: argparse.Namespace) -> int:
    from pathlib import Path

    ctx.unlock_ahead()  # the imports below run while the password's Argon2id work does
    saves = args.expected is not None or args.reason is not None  # a delay notice's date and reason are kept
    _import_for(args.kind, direct=not saves)
    from ..documents import DocumentIncomplete
    from ..services.documents import ExportError, incomplete_message
    from ..services.synced_folders import synced_service, synced_warning

    service, case = _open(ctx, args.case_id, direct=not saves)
    cloud = synced_service(Path(args.out).resolve())
    if cloud:
        print(synced_warning(cloud), file=sys.stderr)  # said before the file is written
    if saves:
        if args.kind != "delay-notice":
            raise CliError("--expected og --reason hører kun til delay-notice.", 2)
        if args.reason is not None and not args.reason.strip():
            raise CliError("--reason må ikke være tom.", 2)
        from ..documents.errors import DocumentNotOffered
        from ..documents.kinds import not_offered

        if reason := not_offered(case, args.kind):  # a decided case: nothing is recorded in it
            raise CliError(incomplete_message(args.kind, DocumentNotOffered(reason)), EXIT_INCOMPLETE)
        case = service.record_delay(case, args.expected, args.reason)
    try:
        service.save_pdf(case, args.kind, args.out, today=args.today)
    except DocumentIncomplete as exc:
        raise CliError(incomplete_message(args.kind, exc), EXIT_INCOMPLETE) from None
    except ExportError as exc:
        raise CliError(exc.message) from None
    print(
        f"Dokumentet er gemt i {args.out}. Bemærk: filen er ikke krypteret og indeholder personoplysninger.",
        file=sys.stderr,
    )
    return 0


def cmd_print(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.print_options import PageRangeError, PrintOptions, parse_pages

    try:
        options = PrintOptions(copies=args.copies, pages=parse_pages(args.pages))
    except PageRangeError as exc:
        raise CliError(str(exc), 2) from None
    with imports_without_gc():  # Qt's printing classes, for the printers and the non-CUPS route
        from ..gui.printer import available_printers

    if args.list:
        names, default = available_printers()
        if not names:
            print("Der er ingen printere på denne computer.", file=sys.stderr)
        for name in names:
            print(f"{name}\t(standard)" if name == default else name)
        return 0
    if args.case_id is None or args.document is None:
        raise CliError("Angiv sagens nummer og --document (eller --list for at se printerne).", 2)
    return _print(ctx, args, options)


def _print(ctx: Context, args: argparse.Namespace, options: Any) -> int:
    ctx.unlock_ahead()
    _import_for(args.document, direct=True)
    from ..documents import DocumentIncomplete, DocumentKind
    from ..gui.printer import loaded, print_document, printer_named
    from ..services.documents import incomplete_message
    from ..services.printing import PrintError
    from ..services.spool_check import cups_problem

    service, case = _open(ctx, args.case_id, direct=True)
    try:
        pdf = service.render(case, args.document, args.today)  # the rules gate first, then the printer
        printer = printer_named(args.printer, options)
        spool = cups_problem()  # once the printer is known, before the job leaves
        if spool:
            print(f"visitation-desktop: advarsel: {spool}", file=sys.stderr)
        with loaded(pdf) as document:
            outcome = print_document(service, case, DocumentKind(args.document), pdf, document, printer)
    except DocumentIncomplete as exc:
        raise CliError(incomplete_message(args.document, exc), EXIT_INCOMPLETE) from None
    except PrintError as exc:
        raise CliError(exc.message, EXIT_PRINT_FAILED) from None
    suffix = f" (job {outcome.job})" if outcome.job else ""
    print(f"Dokumentet er sendt til {outcome.printer}{suffix}.")
    return 0
