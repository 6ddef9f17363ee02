"""``backup create|list|restore``: the encrypted backups of the store and its key file.

``restore`` works on a store that no longer opens: it needs only the caseworker's initials and
password (for the backup's own key file). It asks before it replaces anything (``--yes`` for
scripts); the current files are moved to ``backups/aside-<time>/``, never deleted.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import CliError, Context, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="krypterede sikkerhedskopier af datalageret og nøglefilen")
    bk = p.add_subparsers(dest="backup_command", required=True, metavar="HANDLING")
    q = bk.add_parser("create", help="tag en sikkerhedskopi nu")
    q.set_defaults(handler=cmd_backup_create)
    q = bk.add_parser("list", help="vis sikkerhedskopierne, nyeste først")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_backup_list)
    q = bk.add_parser(
        "restore", help="gendan en sikkerhedskopi (uden NAVN: den nyeste, der kan bruges); de nuværende filer lægges til side"
    )
    q.add_argument("name", nargs="?", metavar="NAVN", help="sikkerhedskopiens navn fra backup list")
    q.add_argument("--yes", action="store_true", help="spørg ikke, før der gendannes")
    q.set_defaults(handler=cmd_backup_restore)


def cmd_backup_create(ctx: Context, args: argparse.Namespace) -> int:
    from ..services import backups

    backup = backups.create(ctx.workspace())
    print(f"Sikkerhedskopien {backup.name} er taget ({backups.describe(backup)}).")
    return 0


def cmd_backup_list(ctx: Context, args: argparse.Namespace) -> int:
    from ..services import backups

    found = backups.list_all(ctx.data_dir)
    if args.json:
        print_json(
            [
                {
                    "name": b.name,
                    "taken_at": b.taken_at.isoformat(),
                    "label": b.label,
                    "bytes": b.size,
                    "key_file": b.has_keys,
                }
                for b in found
            ]
        )
        return 0
    if not found:
        print("Der er ingen sikkerhedskopier endnu.")
    for b in found:
        print(f"{b.name}\t{backups.describe(b)}\t{b.size // 1024} KB")
    return 0


def cmd_backup_restore(ctx: Context, args: argparse.Namespace) -> int:
    from ..services import backups

    if not ctx.user:
        raise CliError("Angiv sagsbehandlerens initialer med --user.", 2)
    chosen = backups.find(ctx.data_dir, args.name) if args.name else backups.newest(ctx.data_dir)
    if chosen is None:
        raise CliError("Der er ingen sikkerhedskopier at gendanne fra (mappen backups er tom).")
    password = ctx.password()
    if not args.yes:
        what = f"sikkerhedskopien {chosen.name} ({backups.describe(chosen)})" if args.name else (
            "den nyeste sikkerhedskopi, der kan bruges"
        )
        print(
            f"Gendan {what}? Det nuværende datalager og nøglefilen lægges i backups/aside-… . Skriv ja: ",
            end="", file=sys.stderr, flush=True,
        )
        if sys.stdin.readline().strip().lower() not in ("ja", "j", "yes"):
            print("Intet er gendannet.", file=sys.stderr)
            return 1
    done = backups.restore(ctx.data_dir, args.name, ctx.user, password)
    print(
        f"Sikkerhedskopien {done.backup.name} ({backups.describe(done.backup)}) er gendannet. "
        f"De filer, den erstattede, ligger i {done.aside}."
    )
    return 0
