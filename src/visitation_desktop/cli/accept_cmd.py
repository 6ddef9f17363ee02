"""``cases accept`` and ``cases acceptance``: the citizen's acceptance of the handleplan.

``cases accept SAG --signature FIL.png --by NAVN`` keeps a signature (drawn elsewhere, as a PNG);
``cases accept SAG --spoken --by NAVN --reason TEKST`` a spoken acceptance with the reason there
is no signature. ``cases acceptance SAG`` says whether the plan is accepted as it stands now.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from . import exit_codes
from .common import CliError, Context, print_json, unreadable

if TYPE_CHECKING:
    from pathlib import Path


def register(cases: Any) -> None:
    q = cases.add_parser(
        "accept",
        help="registrér borgerens accept af handleplanen (underskrift eller mundtlig)",
        description="Registrér borgerens (eller repræsentantens) accept af handleplanen, som den er nu: "
        "en underskrift som PNG-billede, eller en mundtlig accept med begrundelsen for, at der ikke er "
        "en underskrift. Ændres planen bagefter, skal der en ny accept til.",
    )
    q.add_argument("case_id", type=int, metavar="SAG")
    how = q.add_mutually_exclusive_group(required=True)
    how.add_argument("--signature", metavar="FIL.png", help="underskriften som PNG-billede")
    how.add_argument("--spoken", action="store_true", help="mundtlig accept (kræver --reason)")
    q.add_argument("--by", required=True, metavar="NAVN", help="hvem der accepterer: borgeren eller repræsentanten")
    q.add_argument("--reason", default="", metavar="TEKST", help="hvorfor der ikke er en underskrift")
    q.set_defaults(handler=cmd_cases_accept)

    q = cases.add_parser("acceptance", help="vis om handleplanen er accepteret, som den er nu")
    q.add_argument("case_id", type=int, metavar="SAG")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_cases_acceptance)


def _read_png(path: Path) -> bytes:
    from ..services.acceptance import MAX_PNG_BYTES

    try:
        if path.stat().st_size > MAX_PNG_BYTES:
            raise CliError(f"{path}: underskriften fylder for meget; den må højst fylde {MAX_PNG_BYTES // 1024} kB.")
        return path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from None


def cmd_cases_accept(ctx: Context, args: argparse.Namespace) -> int:
    from ..domain.case import AcceptanceKind
    from ..domain.findings import danish_date
    from ..services.acceptance import AcceptanceRefused, accept_case
    from ..store.errors import CaseNotFound

    if args.spoken:
        if not args.reason.strip():
            raise CliError("En mundtlig accept kræver --reason: skriv, hvorfor der ikke er en underskrift.")
        kind, image, where = AcceptanceKind.SPOKEN, b"", ""
    else:
        if args.reason.strip():
            raise CliError("--reason hører til en mundtlig accept (--spoken), ikke en underskrift.", exit_codes.USAGE)
        from pathlib import Path

        path = Path(args.signature)
        kind, image, where = AcceptanceKind.SIGNATURE, _read_png(path), f"{path}: "
    try:
        _case, acceptance = accept_case(ctx.workspace(), args.case_id, kind, args.by, image=image, reason=args.reason)
    except CaseNotFound:
        raise CliError(f"Sag {args.case_id} findes ikke.") from None
    except AcceptanceRefused as exc:
        raise CliError(f"{where}{exc}") from None
    how = "underskrift" if kind is AcceptanceKind.SIGNATURE else "mundtlig accept"
    day = danish_date(acceptance.on) if acceptance.on else ""
    print(
        f"Accepten er gemt ({how} af {acceptance.by} den {day}) for handleplanen version {acceptance.plan_version}."
    )
    return exit_codes.DONE


def cmd_cases_acceptance(ctx: Context, args: argparse.Namespace) -> int:
    from ..domain.acceptance import acceptance_state
    from ..services.acceptance import acceptance_text
    from ..services.cases import CaseService
    from ..store.errors import CaseNotFound

    try:
        case = CaseService(ctx.workspace()).open_case(args.case_id)  # a view: logged
    except CaseNotFound:
        raise CliError(f"Sag {args.case_id} findes ikke.") from None
    acceptance = case.acceptance
    if args.json:
        body: dict[str, Any] = {"state": acceptance_state(case).value}
        if acceptance is not None:
            body.update(
                kind=acceptance.kind,
                by=acceptance.by,
                on=acceptance.on.isoformat() if acceptance.on else None,
                reason=acceptance.reason,
                has_image=bool(acceptance.image),
                plan_version=acceptance.plan_version,
                recorded_by=acceptance.recorded_by,
            )
        print_json(body)
        return exit_codes.DONE
    sys.stdout.write(acceptance_text(case) + "\n")
    return exit_codes.DONE
