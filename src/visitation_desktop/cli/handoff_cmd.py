"""``handoff``: copy cases to the municipality's central store; the one command that uses the network."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from .common import CliError, Context

EXIT_HANDOFF_FAILED = 7

if TYPE_CHECKING:
    from ..services.handoff import HandedOff


def register(sub: Any) -> None:
    p = sub.add_parser(
        "handoff",
        help="overfør sager til kommunens centrale database (bruger netværket)",
        description=(
            "Kopiér sager (borger, sag, handleplanversioner og opfølgninger) til kommunens centrale "
            "database. En sag, der er overført før, bliver opdateret, ikke oprettet igen. "
            "Dette er den eneste kommando, der bruger netværket."
        ),
    )
    p.add_argument(
        "--url",
        metavar="ADRESSE",
        help="den centrale database, fx postgresql://bruger@server/database?sslmode=verify-full "
        "(standard: adressen fra Indstillinger eller IT's indstillingsfil)",
    )
    p.add_argument(
        "--case",
        dest="case_ids",
        type=int,
        nargs="+",
        action="extend",
        default=[],
        metavar="SAG",
        help="sagens nummer (flere kan gives)",
    )
    p.add_argument(
        "--all-decided",
        action="store_true",
        help="alle sager med en afgørelse (bevilget, afslag eller afsluttet)",
    )
    p.set_defaults(handler=cmd_handoff)


def _address(ctx: Context, given: str | None) -> str:
    """``--url``, else the settings' address; an address IT fixed cannot be replaced on the command line."""
    settings = ctx.workspace().settings
    if settings.is_it_fixed("central_url"):
        if given and given.strip() != settings.central_url:
            raise CliError("Adressen til den centrale database er fastsat af IT og kan ikke ændres med --url.", 2)
        return settings.central_url
    if given:
        return given
    if not settings.central_url:
        raise CliError("Angiv den centrale database med --url ADRESSE, eller sæt den i Indstillinger.", 2)
    return settings.central_url


def cmd_handoff(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.handoff import CentralUrlError, HandoffError, HandoffService, central_url, tls_warning
    from ..store.errors import CaseNotFound

    if not args.case_ids and not args.all_decided:
        raise CliError("Vælg sager med --case SAG … eller --all-decided.", 2)
    address = _address(ctx, args.url)
    try:
        url = central_url(address)
    except CentralUrlError as exc:
        raise CliError(str(exc), 2) from None
    service = HandoffService(ctx.workspace())
    ids = list(args.case_ids)
    if args.all_decided:
        ids += service.decided_case_ids()
    if not ids:
        print("Der er ingen afgjorte sager at overføre.")
        return 0
    warning = tls_warning(url)
    if warning:
        print(warning, file=sys.stderr)
    try:
        report = service.hand_off(address, ids)
    except CaseNotFound as exc:
        raise CliError(f"Sag {exc.case_id} findes ikke. Ingen sager er overført.") from None
    except HandoffError as exc:
        _print_cases(exc.done)
        if exc.done:
            print(f"{_count(len(exc.done), 'sag', 'sager')} blev overført, før overførslen stoppede.")
        raise CliError(exc.message, EXIT_HANDOFF_FAILED) from None
    print(f"Overført til den centrale database {report.target}:")
    _print_cases(report.cases)
    created = sum(1 for r in report.cases if r.created)
    updated = len(report.cases) - created
    print(
        f"I alt {_count(len(report.cases), 'sag', 'sager')}: "
        f"{_count(created, 'ny', 'nye')} og {_count(updated, 'opdateret', 'opdaterede')}."
    )
    return 0


def _print_cases(cases: list[HandedOff]) -> None:
    for r in cases:
        what = f"ny central sag nr. {r.central_id}" if r.created else f"central sag nr. {r.central_id} opdateret"
        extras = [
            _count(r.new_plan_versions, "ny handleplanversion", "nye handleplanversioner"),
            _count(r.new_followups, "ny opfølgning", "nye opfølgninger"),
        ]
        print(f"  Sag {r.case_id} ({r.citizen_name}): {what}; {' og '.join(extras)}.")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
