"""The subcommands. Each handler takes (Context, args) and returns an exit code.

How to add a command (keep ``visitation-desktop --help`` fast):

1. Write it in its own module, ``cli/<thing>_cmd.py``, with a ``register(sub)`` that adds its
   parser(s) and ``set_defaults(handler=...)``, and the handler functions.
2. At module level import only the standard library, ``.common`` and import-free modules such as
   ``..limits``. Import services, the store, SQLAlchemy, Alembic, reportlab and PySide6 **inside**
   the handler, where they are needed::

       def cmd_thing(ctx: Context, args: argparse.Namespace) -> int:
           from ..services.thing import ThingService
           ...

   Types for annotations go under ``if TYPE_CHECKING:``.
3. Register it below: one import of its ``register`` and one call in ``register_all``.

``tests/cli/test_lazy_imports.py`` fails if ``--help`` or an argument error pulls in anything heavy.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import exit_codes
from .accept_cmd import register as register_accept
from .accounts_cmd import register as register_accounts
from .backup_cmd import register as register_backup
from .central_cmd import register as register_central
from .common import CliError, Context, iso_date, print_json
from .documents_cmd import register as register_documents
from .followup_cmd import register as register_followup
from .import_cmd import cmd_cases_import
from .security_cmd import register as register_security
from .standards_cmd import register as register_standards
from .sync_cmd import register as register_sync

EXIT_NOT_RECORDED = exit_codes.NOT_RECORDED


def register_all(sub: Any) -> None:
    p = sub.add_parser("init", help="opret datalageret og den første sagsbehandler")
    p.add_argument("--name", required=True, help="sagsbehandlerens fulde navn")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="fyld datalageret med fiktive borgere og sager")
    p.add_argument("--name", default="Demo Sagsbehandler", help="navn, hvis datalageret oprettes nu")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("passwd", help="skift adgangskode (ny kode på linje 2 af standard input)")
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("users", help="sagsbehandlere")
    users = p.add_subparsers(dest="users_command", required=True, metavar="HANDLING")
    q = users.add_parser("add", help="tilføj en sagsbehandler (adgangskode på linje 2 af standard input)")
    q.add_argument("initials")
    q.add_argument("--name", required=True)
    q.set_defaults(handler=cmd_users_add)
    q = users.add_parser("list", help="vis sagsbehandlere")
    q.set_defaults(handler=cmd_users_list)

    p = sub.add_parser("cases", help="sager")
    cases = p.add_subparsers(dest="cases_command", required=True, metavar="HANDLING")
    q = cases.add_parser("list", help="vis sager")
    q.add_argument("--search", default="", help="søg som i hovedvinduet: navn, adresse, CPR-nummer (x for et skjult ciffer) eller sagsnummer")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_cases_list)
    q = cases.add_parser(
        "import",
        help="opret sager fra JSON-filer (se docs/case-format.md)",
        description="Opret en sag fra hver JSON-fil, alle på én gang: kan én fil ikke bruges, oprettes ingen. "
        "Sagsnumrene skrives ét pr. linje. Status i filen bruges ikke: en bevilling eller et afslag, "
        "som kvalitetsstandardens regler ikke tillader, gemmes som »Under behandling«, de blokerende fund "
        "skrives på standard error, og afslutningskoden er 8.",
    )
    q.add_argument("file", nargs="+")
    q.set_defaults(handler=cmd_cases_import)
    q = cases.add_parser("export", help="skriv en sag som JSON")
    q.add_argument("case_id", type=int)
    q.add_argument("--out", help="fil (standard: standard output)")
    q.set_defaults(handler=cmd_cases_export)
    q = cases.add_parser("check", help="vis sagens fund (mangler og blokeringer)")
    q.add_argument("case_id", type=int)
    q.add_argument("--json", action="store_true")
    q.add_argument("--today", type=iso_date, help="dato for kontrollen (ÅÅÅÅ-MM-DD)")
    q.set_defaults(handler=cmd_cases_check)
    register_accept(cases)

    p = sub.add_parser("standards", help="kvalitetsstandarder")
    std = p.add_subparsers(dest="standards_command", required=True, metavar="HANDLING")
    q = std.add_parser("check", help="kontrollér en kvalitetsstandard-fil")
    q.add_argument("file")
    q.set_defaults(handler=cmd_standards_check)
    register_standards(std)

    p = sub.add_parser("audit", help="adgangsloggen")
    aud = p.add_subparsers(dest="audit_command", required=True, metavar="HANDLING")
    q = aud.add_parser("verify", help="kontrollér at adgangsloggen ikke er ændret")
    q.set_defaults(handler=cmd_audit_verify)

    register_accounts(sub, users)
    register_security(sub)
    register_documents(sub)
    register_sync(sub)
    register_central(sub)
    register_followup(sub)
    register_backup(sub)


def _second_line_password(ctx: Context, label: str) -> str:
    if ctx.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    return getpass.getpass(label)


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.workspace import SetupError, init_store

    if not ctx.user:
        raise CliError("Angiv initialer med --user.", 2)
    try:
        ws = init_store(ctx.data_dir, ctx.user, args.name, ctx.password("Ny adgangskode: "))
    except SetupError as exc:
        raise CliError(str(exc), exc.exit_code) from None
    code = ws.recovery_code
    ws.close()
    print(f"Datalageret er oprettet i {ctx.data_dir} med sagsbehandler {ctx.user.upper()}.")
    print(f"Gendannelseskode (skriv den ned, og læg den i IT's pengeskab; den vises kun nu): {code}")
    return 0


def cmd_demo(ctx: Context, args: argparse.Namespace) -> int:
    import datetime as dt

    from ..services.demo import fill_demo
    from ..services.workspace import is_initialised

    if not is_initialised(ctx.data_dir):
        cmd_init(ctx, args)
    ws = ctx.workspace()
    ids = fill_demo(ws, dt.date.today())
    print(f"{len(ids)} fiktive sager er oprettet.")
    return 0


def cmd_passwd(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.workspace import SetupError

    ws = ctx.workspace()
    new = _second_line_password(ctx, "Ny adgangskode: ")
    try:
        ws.change_password(ctx.password(), new)
    except SetupError as exc:
        raise CliError(str(exc)) from None
    print(
        "Adgangskoden er skiftet. Bemærk: datalagerets nøgle er den samme, så en ældre kopi af nøglefilen "
        "åbner stadig med den gamle adgangskode. Brug 'visitation-desktop store rekey' for at skifte nøglen."
    )
    return 0


def cmd_users_add(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.workspace import SetupError

    ws = ctx.workspace()
    try:
        ws.add_caseworker(
            args.initials, args.name, _second_line_password(ctx, "Den nye brugers adgangskode: ")
        )
    except SetupError as exc:
        raise CliError(str(exc)) from None
    print(f"Sagsbehandler {args.initials.upper()} er oprettet.")
    return 0


def cmd_users_list(ctx: Context, args: argparse.Namespace) -> int:
    for initials, name in ctx.workspace().repo.caseworkers():
        print(f"{initials}\t{name}")
    return 0


def cmd_cases_list(ctx: Context, args: argparse.Namespace) -> int:
    from ..domain.case import STATUS_LABELS, CaseStatus
    from ..services.cases import CaseService
    from ..services.lookups import log_lookup

    ws = ctx.workspace()
    rows = CaseService(ws).list_cases(args.search)
    # logged before the list is shown: who, the query, which citizens (full CPR numbers with --json)
    log_lookup(
        ws, "cases list --json" if args.json else "cases list", args.search, (r.citizen_id for r in rows)
    )
    if args.json:
        print_json([_summary_json(r) for r in rows])
        return 0
    for r in rows:
        received = r.received.isoformat() if r.received else "-"
        deadline = r.deadline.isoformat() if r.deadline else "-"
        status = STATUS_LABELS.get(CaseStatus(r.status), r.status)
        print(f"{r.id}\t{r.citizen_name}\t{status}\t{received}\t{deadline}")
    return 0


def _summary_json(r: Any) -> dict[str, Any]:
    from ..domain.cpr import format_cpr

    return {
        "id": r.id,
        "citizen": r.citizen_name,
        "cpr": format_cpr(r.cpr) if r.cpr else "",
        "status": r.status,
        "received": r.received.isoformat() if r.received else None,
        "deadline": r.deadline.isoformat() if r.deadline else None,
        "planned_start": r.planned_start.isoformat() if r.planned_start else None,
        "page": r.current_page,
    }


def cmd_cases_export(ctx: Context, args: argparse.Namespace) -> int:
    import json

    from ..services.cases import CaseService
    from ..store.errors import CaseNotFound

    try:
        document = CaseService(ctx.workspace()).export_document(args.case_id)
    except CaseNotFound:
        raise CliError(f"Sag {args.case_id} findes ikke.") from None
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if args.out:
        from pathlib import Path

        from ..files import write_atomic

        # warned BEFORE the file is written; the file is owner-only (0600), never half written
        print(
            f"Bemærk: filen er ikke krypteret. {args.out} får borgerens oplysninger og kan kun læses af dig; "
            "slet den, når den er brugt.",
            file=sys.stderr,
        )
        try:
            write_atomic(Path(args.out), text.encode("utf-8"))
        except OSError as exc:
            raise CliError(f"Kan ikke skrive {args.out}: {exc.strerror}") from None
        print(f"Sagen er skrevet til {args.out}.", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_cases_check(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.cases import CaseService
    from ..store.errors import CaseNotFound

    service = CaseService(ctx.workspace())
    try:
        case = service.open_case(args.case_id)
    except CaseNotFound:
        raise CliError(f"Sag {args.case_id} findes ikke.") from None
    findings = service.check(case, args.today)
    if args.json:
        print_json(
            [
                {
                    "code": f.code,
                    "severity": str(f.severity),
                    "page": f.page,
                    "field": f.field,
                    "message": f.message,
                }
                for f in findings
            ]
        )
        return 0
    if not findings:
        print("Ingen fund: sagen er klar.")
    for f in findings:
        print(f"[{f.severity}] {f.code}: {f.message}")
    return 0


def cmd_standards_check(ctx: Context, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..domain.standard import StandardError, load_standard

    try:
        standard = load_standard(Path(args.file))
    except StandardError as exc:
        print(f"{exc.file}: fejl ved {exc.key}: {exc.problem}", file=sys.stderr)
        return 1
    print(
        f"{args.file}: OK - {standard.municipality}, {standard.legal_basis.reference}, "
        f"{len(standard.offers)} tilbud, {len(standard.purposes)} formål."
    )
    return 0


def cmd_audit_verify(ctx: Context, args: argparse.Namespace) -> int:
    from ..store.audit import verify

    ws = ctx.workspace()
    problems = verify(ws.repo.engine)
    if not problems:
        print("Adgangsloggen er intakt.")
        return 0
    for p in problems:
        print(f"Række {p.row_id}: {p.problem}")
    return 4
