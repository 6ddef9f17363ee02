"""``central init|upgrade --url …``: IT creates or upgrades the central store's schema (laptops never do).

Runs under a PostgreSQL advisory lock, so two runs at once never race. Needs no laptop store.
Exit codes: 0 done; 2 bad address; 7 the server could not be reached or refused; 9 the schema is
newer than this program knows.
"""

from __future__ import annotations

import argparse
from typing import Any

from .common import CliError, Context
from .sync_cmd import EXIT_SCHEMA, EXIT_UNAVAILABLE, central_password, parse_url


def register(sub: Any) -> None:
    p = sub.add_parser("central", help="opret eller opgradér den centrale database (for IT)")
    c = p.add_subparsers(dest="central_command", required=True, metavar="HANDLING")
    for name, text in (
        ("init", "opret skemaet i en tom database"),
        ("upgrade", "opgradér skemaet til denne udgave"),
    ):
        q = c.add_parser(name, help=text)
        q.add_argument(
            "--url",
            required=True,
            metavar="ADRESSE",
            help="postgresql://ejer@server/database (uden adgangskode: ~/.pgpass, PGPASSWORD eller spørgsmål)",
        )
        q.set_defaults(handler=cmd_central, central_action=name)


def cmd_central(ctx: Context, args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine

    from ..services.central import CentralUnavailable, central_errors
    from ..store.central import admin

    url = parse_url(args.url)
    password = central_password(url)
    engine = create_engine(url, connect_args={"password": password} if password else {}, hide_parameters=True)
    try:
        with central_errors(url, "Den centrale database kunne ikke opgraderes"):
            if args.central_action == "init":
                with engine.connect() as conn:
                    found = admin.stored_revision(conn)
                if found is not None:
                    print(
                        f"Den centrale database er allerede oprettet (skema {found}); brug 'central upgrade'."
                    )
                    return 0
            before, after = admin.upgrade(engine)
    except admin.CentralSchemaError as exc:
        raise CliError(str(exc), EXIT_SCHEMA) from None
    except CentralUnavailable as exc:
        raise CliError(str(exc), EXIT_UNAVAILABLE) from None
    finally:
        engine.dispose()
    if before == after:
        print(f"Den centrale database har allerede det nyeste skema ({after}).")
    else:
        print(f"Den centrale database er {'oprettet' if before is None else 'opgraderet'}: skema {after}.")
    return 0
