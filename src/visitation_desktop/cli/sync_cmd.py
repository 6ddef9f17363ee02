"""``sync pull|push|status|resolve|release|find`` and ``handoff`` (an alias of ``sync push``).

The only commands besides ``central`` that use the network. Exit codes (docs/central-store.md):
0 done; 2 bad arguments or address; 7 the central store could not be reached or refused, or the
run was stopped (batches done before are kept on both sides); 8 conflicts remain (nothing of
those cases was written centrally; see ``sync status``, settle them with ``sync resolve FILE``);
9 the central store's schema does not fit this program (IT runs ``central upgrade``); 10 the rules
gate refused some cases (a decision that may not be recorded): they were not sent.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from . import exit_codes
from .common import CliError, Context, print_json

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from ..services.sync import PushReport, SyncService

EXIT_UNAVAILABLE = exit_codes.CENTRAL_UNAVAILABLE
EXIT_CONFLICTS = exit_codes.SYNC_CONFLICTS
EXIT_SCHEMA = exit_codes.CENTRAL_SCHEMA
EXIT_REFUSED = exit_codes.SYNC_REFUSED
RESOLUTION_KIND = "visitation-desktop/sync-resolution"


def _url_argument(p: Any) -> None:
    p.add_argument(
        "--url",
        metavar="ADRESSE",
        help="den centrale database, fx postgresql://bruger@server/database (uden adgangskode; standard: "
        "adressen fra Indstillinger eller IT's indstillingsfil)",
    )


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help="hent og send sager (kommunens centrale database; bruger netværket)")
    s = p.add_subparsers(dest="sync_command", required=True, metavar="HANDLING")
    q = s.add_parser("pull", help="hent sager til computeren (check-ud)")
    _url_argument(q)
    q.add_argument("--mine", action="store_true", help="alle sager, hvor du er sagsbehandler")
    q.add_argument(
        "--search",
        metavar="TEKST",
        help="sager fundet på navn eller CPR-nummer; du vælger fra en nummereret liste",
    )
    q.add_argument("--all", action="store_true", help="hent alle sager, --search finder (uden at spørge)")
    q.add_argument(
        "--choose",
        type=int,
        nargs="+",
        action="extend",
        default=[],
        metavar="NR",
        help="hent disse numre fra listen, --search finder (samme rækkefølge som 'sync find TEKST')",
    )
    q.add_argument(
        "--case",
        dest="uuids",
        nargs="+",
        action="extend",
        default=[],
        metavar="UUID",
        help="sagens uuid i den centrale database (flere kan gives)",
    )
    q.set_defaults(handler=cmd_pull)
    q = s.add_parser("push", help="send ændrede og nye sager (check-ind)")
    _url_argument(q)
    q.add_argument(
        "--case",
        dest="case_ids",
        type=int,
        nargs="+",
        action="extend",
        default=[],
        metavar="SAG",
        help="kun disse sager (nummer på computeren)",
    )
    q.set_defaults(handler=cmd_push)
    q = s.add_parser("find", help="søg i den centrale database på navn eller CPR-nummer")
    _url_argument(q)
    q.add_argument("text", metavar="TEKST")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_find)
    q = s.add_parser("status", help="hver sags tilstand og åbne konflikter (bruger ikke netværket)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_status)
    q = s.add_parser("resolve", help="afgør konflikter fra en JSON-fil (se docs/central-store.md)")
    q.add_argument("file")
    q.set_defaults(handler=cmd_resolve)
    q = s.add_parser("release", help="fjern indsendte sager fra computeren (adgangsloggen bevares)")
    q.add_argument("--case", dest="case_ids", type=int, nargs="+", action="extend", default=[], metavar="SAG")
    q.add_argument(
        "--older-than-days", type=int, metavar="DAGE", help="alle sendt for mere end DAGE dage siden"
    )
    q.set_defaults(handler=cmd_release)

    p = sub.add_parser("handoff", help="send sager til den centrale database (samme som sync push)")
    _url_argument(p)
    p.add_argument("--case", dest="case_ids", type=int, nargs="+", action="extend", default=[], metavar="SAG")
    p.add_argument("--all-decided", action="store_true", help="alle sager med en afgørelse")
    p.set_defaults(handler=cmd_handoff)


def _address(ctx: Context, given: str | None) -> str:
    """``--url``, else the settings' address; an address IT fixed cannot be replaced on the command line."""
    settings = ctx.workspace().settings
    if settings.is_it_fixed("central_url"):
        if given and given.strip() != settings.central_url:
            raise CliError(
                "Adressen til den centrale database er fastsat af IT og kan ikke ændres med --url.", 2
            )
        return settings.central_url
    if given:
        return given
    if not settings.central_url:
        raise CliError("Angiv den centrale database med --url ADRESSE, eller sæt den i Indstillinger.", 2)
    return settings.central_url


def central_password(url: URL) -> str | None:
    """``PGPASSWORD`` or ``~/.pgpass`` (libpq reads them), else a prompt when someone is at the keyboard."""
    from ..services.central import password_available

    if password_available(url) or not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(f"Adgangskode til den centrale database for {url.username or 'dig'}: ") or None


def parse_url(text: str) -> URL:
    from ..services.central import CentralUrlError, central_url, tls_warning

    try:
        url = central_url(text)
    except CentralUrlError as exc:
        raise CliError(str(exc), 2) from None
    warning = tls_warning(url)
    if warning:
        print(warning, file=sys.stderr)
    return url


def _service(ctx: Context, given: str | None) -> SyncService:
    from ..services.sync import SyncService

    url = parse_url(_address(ctx, given))
    return SyncService(ctx.workspace(), url, central_password(url))


def _network(work: Any) -> Any:
    from ..services.central import CentralUnavailable
    from ..services.sync import SyncCancelled
    from ..store.central.admin import CentralSchemaError

    try:
        return work()
    except CentralSchemaError as exc:
        raise CliError(str(exc), EXIT_SCHEMA) from None
    except CentralUnavailable as exc:
        raise CliError(str(exc), EXIT_UNAVAILABLE) from None
    except SyncCancelled:
        raise CliError("Stoppet. De sager, der nåede frem, er gemt begge steder.", EXIT_UNAVAILABLE) from None


def cmd_pull(ctx: Context, args: argparse.Namespace) -> int:
    from .sync_pick import pick

    if not (args.mine or args.search or args.uuids):
        raise CliError("Vælg sager med --mine, --search TEKST eller --case UUID …", 2)
    if (args.all or args.choose) and not args.search:
        raise CliError("--all og --choose vælger blandt de sager, --search TEKST finder; giv også --search.", 2)
    service = _service(ctx, args.url)
    uuids = list(args.uuids)
    if args.search:
        found = _network(lambda: service.find(args.search))
        uuids += [u for u in pick(found, args.search, take_all=args.all, numbers=args.choose) if u not in uuids]
        if not uuids and not args.mine:
            return 0
    report = _network(lambda: service.pull(uuids, mine=args.mine))
    print(f"Hentet: {len(report.new)} nye, {len(report.refreshed)} opdateret.")
    if report.kept:
        print(
            f"{len(report.kept)} sag(er) har ændringer på computeren og blev ikke overskrevet; de flettes, når du sender."
        )
    for case_uuid, (who, since) in report.elsewhere.items():
        print(f"Bemærk: sag {case_uuid} er også hentet af {who} ({since:%d.%m.%Y}).")
    if report.occupancy_refreshed_at:
        print(f"Pladser i tilbuddene opdateret {report.occupancy_refreshed_at.astimezone():%d.%m.%Y %H:%M}.")
    return 0


def _print_push(report: PushReport) -> int:
    print(
        f"Sendt: {len(report.written)} sag(er); {len(report.merged)} med ændringer hentet fra den centrale database."
    )
    for case_id, others in report.duplicates.items():
        print(
            f"Bemærk: sag {case_id} er knyttet til en borger, der findes centralt, med {len(others)} anden/andre "
            "sag(er) – tjek, om det er en dublet."
        )
    if report.log_rows:
        print(f"Adgangslog: {report.log_rows} række(r) sendt.")
    if report.released:
        print(f"{len(report.released)} sag(er), der blev sendt for længe siden, er fjernet fra computeren.")
    if report.conflicts:
        print(
            f"{len(report.conflicts)} sag(er) er ikke sendt, fordi de samme felter er ændret begge steder:",
            file=sys.stderr,
        )
        for c in report.conflicts:
            print(f"  Sag {c.case_id}: {', '.join(f.label for f in c.conflicts)}", file=sys.stderr)
        print("Se dem med 'sync status --json' og afgør dem med 'sync resolve FIL'.", file=sys.stderr)
        return EXIT_CONFLICTS
    return EXIT_REFUSED if report.refused else 0


def cmd_push(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args.url)
    report = _network(lambda: service.push(args.case_ids or None))
    return _print_push(report)


def cmd_handoff(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.sync import decided_case_ids

    if not args.case_ids and not args.all_decided:
        raise CliError("Vælg sager med --case SAG … eller --all-decided.", 2)
    service = _service(ctx, args.url)
    ids = list(args.case_ids) + (decided_case_ids(ctx.workspace()) if args.all_decided else [])
    if not ids:
        print("Der er ingen afgjorte sager at sende.")
        return 0
    return _print_push(_network(lambda: service.push(list(dict.fromkeys(ids)))))


def cmd_find(ctx: Context, args: argparse.Namespace) -> int:
    service = _service(ctx, args.url)
    found = _network(lambda: service.find(args.text))
    if args.json:
        print_json(
            [
                {
                    "uuid": f.uuid,
                    "citizen": f.name,
                    "cpr": f"{f.cpr[:6]}-xxxx",
                    "status": f.status,
                    "caseworker": f.caseworker,
                }
                for f in found
            ]
        )
        return 0
    from .sync_pick import status_label

    for number, f in enumerate(found, 1):  # the numbers 'sync pull --search TEKST --choose NR' takes
        print(f"{number}\t{f.uuid}\t{f.name}\t{f.cpr[:6]}-xxxx\t{status_label(f.status)}\t{f.caseworker}")
    if not found:
        print("Ingen sager fundet.")
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.sync import open_conflicts
    from ..store import sync_local

    ws = ctx.workspace()
    rows: list[dict[str, Any]] = []
    for case_id, state, revision, synced, out_at, in_at in sync_local.sync_rows(ws.repo.engine):
        if state in sync_local.SYNCED_STATES and synced is not None and revision != synced:
            state = sync_local.SYNC_CHANGED
        conflict = open_conflicts(ws, case_id) if state == sync_local.SYNC_CONFLICT else None
        rows.append(
            {
                "case": case_id,
                "state": state,
                "checked_out_at": out_at.isoformat() if out_at else None,
                "checked_in_at": in_at.isoformat() if in_at else None,
                "conflicts": [
                    {"field": c.path, "label": c.label, "mine": _plain(c.mine), "theirs": _plain(c.theirs)}
                    for c in (conflict.conflicts if conflict else [])
                ],
            }
        )
    if args.json:
        print_json(rows)
        return 0
    labels = {
        "local": "kun på computeren",
        "checked_out": "hentet",
        "changed": "ændret siden hentning",
        "conflict": "konflikt",
        "checked_in": "sendt",
    }
    for r in rows:
        extra = "; ".join(f"{c['label']}" for c in r["conflicts"])
        print(f"Sag {r['case']}: {labels.get(r['state'], r['state'])}{' – ' + extra if extra else ''}")
    return 0


def _plain(value: Any) -> Any:
    from ..domain.merge import MISSING

    return None if value is MISSING else value


def cmd_resolve(ctx: Context, args: argparse.Namespace) -> int:
    import json

    from ..services.sync import resolve
    from ..store.sync_local import ChangedMeanwhile

    try:
        with open(args.file, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CliError(f"Filen {args.file} kan ikke læses: {exc}") from None
    if (
        not isinstance(doc, dict)
        or doc.get("kind") != RESOLUTION_KIND
        or not isinstance(doc.get("cases"), list)
    ):
        raise CliError(f'Filen skal være et objekt med "kind": "{RESOLUTION_KIND}" og en liste "cases".')
    for i, item in enumerate(doc["cases"]):
        fields = item.get("fields") if isinstance(item, dict) else None
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("case"), int)
            or not isinstance(fields, dict)
            or any(v not in ("mine", "theirs") for v in fields.values())
        ):
            raise CliError(
                f'Fejl ved $.cases[{i}]: skal være {{"case": nummer, "fields": {{felt: "mine" eller "theirs"}}}}.'
            )
        try:
            resolve(ctx.workspace(), item["case"], fields)
        except LookupError:
            raise CliError(f"Sag {item['case']} har ingen åbne konflikter.") from None
        except KeyError as exc:
            raise CliError(
                f"Sag {item['case']}: feltet {exc.args[0]} mangler et valg; intet er ændret."
            ) from None
        except ChangedMeanwhile:
            raise CliError(f"Sag {item['case']} blev ændret imens; prøv igen.") from None
        print(f"Sag {item['case']}: konflikterne er afgjort; send den med 'sync push'.")
    return 0


def cmd_release(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.sync import release, release_checked_in

    ws = ctx.workspace()
    if args.older_than_days is not None:
        done = release_checked_in(ws, args.older_than_days)
        print(f"{len(done)} sag(er) fjernet fra computeren.")
        return 0
    if not args.case_ids:
        raise CliError("Vælg sager med --case SAG … eller --older-than-days DAGE.", 2)
    refused = [c for c in args.case_ids if not release(ws, c)]
    if refused:
        raise CliError(
            f"Sag(er) {', '.join(map(str, refused))} er ikke sendt (eller ændret siden) og bliver på computeren."
        )
    print(f"{len(args.case_ids)} sag(er) fjernet fra computeren; adgangsloggen er bevaret.")
    return 0
