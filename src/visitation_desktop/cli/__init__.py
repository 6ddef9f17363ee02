"""Command line: everything the GUI can do, for scripts and tests.

``visitation-desktop`` with no command starts the GUI.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from .. import __version__
from .argparse_da import DanishArgumentParser, name_values
from .commands import register_all
from .common import CliError, Context


def build_parser() -> argparse.ArgumentParser:
    parser = DanishArgumentParser(
        prog="visitation-desktop",
        description="Visitation til aktivitets- og samværstilbud (Servicelovens § 104), offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help="vis programmets version og afslut")
    parser.add_argument("--data-dir", help="mappe med datalageret (standard: brugerens datamappe)")
    parser.add_argument("--user", help="sagsbehandlerens initialer")
    parser.add_argument(
        "--password-stdin", action="store_true", help="læs adgangskoden fra første linje på standard input"
    )
    parser.add_argument("--demo", action="store_true", help="start på et midlertidigt datalager med demodata")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    register_all(sub)
    name_values(parser)
    return parser


def main(argv: Sequence[str] | None = None, *, process_ends: bool = False) -> int:
    """Run one command. ``process_ends`` (the executables' entry point): the process exits right after,
    so what the command froze (``common.imports_without_gc``) stays frozen: the interpreter's last
    collection at exit would otherwise walk all of it again, a tenth of a ``render``."""
    from ..hardening import harden_process

    harden_process()  # no core dump of a process that holds decrypted data (docs/security.md)
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context.from_args(args)
    try:
        if args.command is None:
            from ..gui.app import run_gui

            return run_gui(ctx.data_dir, demo=args.demo)
        handler = args.handler
        return int(handler(ctx, args) or 0)
    except CliError as exc:
        print(f"visitation-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # a Danish line and a documented code instead of a traceback
        from .failures import failure

        code, message = failure(exc)
        print(f"visitation-desktop: {message}", file=sys.stderr)
        return code
    finally:
        try:
            ctx.close()
        except Exception as exc:  # closing a store that went away while the command ran
            from .failures import failure

            print(f"visitation-desktop: {failure(exc)[1]}", file=sys.stderr)
        if not process_ends:
            gc.unfreeze()  # what a command froze is collectable again for an in-process caller (the tests)


if __name__ == "__main__":
    sys.exit(main())
