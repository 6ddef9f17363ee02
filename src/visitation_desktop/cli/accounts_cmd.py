"""``users unblock|remove``, ``recover`` and ``store rekey``: lockouts, IT's way back, revocation.

Exit codes: 0 done; 1 refused (unknown caseworker, weak password, a caseworker who must log in once
first); 3 unlock refused (wrong password or recovery code, locked out); 9 the key file is damaged,
missing or cannot be written. Codes and passwords are read from standard input (line 1, line 2).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import CliError, Context


def register(sub: Any, users: Any) -> None:
    q = users.add_parser("unblock", help="ophæv en anden sagsbehandlers spærring efter for mange forkerte forsøg")
    q.add_argument("initials")
    q.set_defaults(handler=cmd_users_unblock)
    q = users.add_parser(
        "remove", help="fjern en sagsbehandler; datalageret får en ny nøgle, så en gammel nøglefil ikke åbner noget"
    )
    q.add_argument("initials")
    q.set_defaults(handler=cmd_users_remove)

    p = sub.add_parser(
        "recover",
        help="IT: giv en sagsbehandler ny adgangskode med gendannelseskoden "
        "(kode på linje 1, ny adgangskode på linje 2 af standard input med --password-stdin)",
    )
    p.add_argument("initials")
    p.set_defaults(handler=cmd_recover)

    p = sub.add_parser("store", help="datalageret")
    store = p.add_subparsers(dest="store_command", required=True, metavar="HANDLING")
    q = store.add_parser("rekey", help="IT: giv datalageret en ny nøgle (ældre kopier af nøglefilen åbner intet)")
    q.set_defaults(handler=cmd_store_rekey)


def cmd_users_unblock(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.accounts import unblock
    from ..services.workspace import SetupError

    try:
        lifted = unblock(ctx.workspace(), args.initials)
    except SetupError as exc:
        raise CliError(str(exc), exc.exit_code) from None
    who = args.initials.strip().upper()
    print(f"Spærringen af {who} er ophævet." if lifted else f"{who} var ikke spærret.")
    return 0


def cmd_users_remove(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.accounts import remove_caseworker
    from ..services.workspace import SetupError

    try:
        remove_caseworker(ctx.workspace(), args.initials)
    except SetupError as exc:
        raise CliError(str(exc), exc.exit_code) from None
    print(
        f"{args.initials.strip().upper()} er fjernet, og datalageret har fået en ny nøgle. "
        "Ældre kopier af nøglefilen åbner ikke datalageret mere."
    )
    return 0


def cmd_recover(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.accounts import recover
    from ..services.login_guard import AccessDenied
    from ..services.workspace import SetupError

    if ctx.password_stdin:
        code = sys.stdin.readline().rstrip("\r\n")
        new = sys.stdin.readline().rstrip("\r\n")
    else:
        import getpass

        code = getpass.getpass("Gendannelseskode: ")
        new = getpass.getpass("Ny adgangskode: ")
    try:
        ws, new_code = recover(ctx.data_dir, args.initials, code, new)
    except SetupError as exc:
        raise CliError(str(exc), exc.exit_code) from None
    except AccessDenied as exc:
        raise CliError(exc.message, exc.exit_code) from None
    ws.close()
    print(f"{args.initials.strip().upper()} har fået en ny adgangskode, og en eventuel spærring er ophævet.")
    print(f"Den brugte gendannelseskode virker ikke mere. Ny gendannelseskode (til IT's pengeskab): {new_code}")
    return 0


def cmd_store_rekey(ctx: Context, args: argparse.Namespace) -> int:
    from ..services.accounts import rekey_store
    from ..services.workspace import SetupError

    try:
        rekey_store(ctx.workspace())
    except SetupError as exc:
        raise CliError(str(exc), exc.exit_code) from None
    print("Datalageret har fået en ny nøgle. Ældre kopier af nøglefilen åbner ikke datalageret mere.")
    return 0
