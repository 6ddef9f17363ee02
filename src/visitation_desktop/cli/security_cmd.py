"""``security check``: what this computer does with the citizens' data outside the encrypted store.

Exit code 0 when nothing needs IT's attention, 1 when something does (each said in one Danish line).
"""

from __future__ import annotations

import argparse
from typing import Any

from .common import Context


def register(sub: Any) -> None:
    p = sub.add_parser("security", help="sikkerhed")
    sec = p.add_subparsers(dest="security_command", required=True, metavar="HANDLING")
    q = sec.add_parser("check", help="kontrollér kernedumps og printerens spool (CUPS PreserveJobFiles)")
    q.set_defaults(handler=cmd_security_check)


def cmd_security_check(ctx: Context, args: argparse.Namespace) -> int:
    from ..hardening import status
    from ..services.spool_check import cups_problem

    problems = []
    done = status()
    if done and all(done.values()):
        print("Kernedumps er slået fra for programmet.")
    else:
        problems.append("Kernedumps kunne ikke slås fra for programmet; bed IT slå dem fra for hele computeren.")
    cups = cups_problem()
    if cups:
        problems.append(cups)
    else:
        print("Printersystemet gemmer ikke udskrevne dokumenter efter udskrivningen.")
    for line in problems:
        print(line)
    return 1 if problems else 0
