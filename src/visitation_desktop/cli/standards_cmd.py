"""``standards use FILE`` and ``standards list``: choosing the quality standard the program uses.

``standards check`` stays in ``commands.py``. Services are imported inside the handlers.
"""

from __future__ import annotations

import argparse
from typing import Any

from .common import CliError, Context, print_json


def register(std: Any) -> None:
    """Add ``use`` and ``list`` to the ``standards`` sub-commands ``std``."""
    q = std.add_parser(
        "use",
        help="brug en kvalitetsstandard fra nu af (indstillingen standard_file)",
        description="Brug standardfilen FIL fra nu af: nye sager vurderes efter den. Sager, der allerede er "
        "vurderet, beholder deres egen standard (en kopi ligger i datalageret).",
    )
    q.add_argument("file", metavar="FIL", help="standardfilen (TOML, se docs/standard-format.md)")
    q.set_defaults(handler=cmd_standards_use)
    q = std.add_parser("list", help="vis de kvalitetsstandarder, programmet kender, og hvilken der bruges")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_standards_list)


def cmd_standards_use(ctx: Context, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..domain.standard import StandardError
    from ..services.standards import use_standard

    ws = ctx.workspace()
    if ws.settings.is_it_fixed("standard_file"):
        raise CliError("Kvalitetsstandarden er fastsat af IT og kan ikke ændres her.")
    try:
        std = use_standard(ws, Path(args.file))
    except StandardError as exc:
        raise CliError(f"{exc.file}: fejl ved {exc.key}: {exc.problem}") from None
    print(f"Programmet bruger nu {std.municipality}s kvalitetsstandard ({std.version}) fra {args.file}.")
    return 0


def cmd_standards_list(ctx: Context, args: argparse.Namespace) -> int:
    from ..domain.standard import list_standards
    from ..services.standards import known_standards

    rows = known_standards(ctx.workspace(), list_standards())
    if args.json:
        print_json([{"id": r.standard_id, "municipality": r.municipality, "version": r.version,
                     "where": r.where, "active": r.active} for r in rows])
        return 0
    for r in rows:
        mark = "*" if r.active else " "
        print(f"{mark} {r.standard_id}\t{r.municipality}\t{r.version}\t{r.where}")
    return 0
