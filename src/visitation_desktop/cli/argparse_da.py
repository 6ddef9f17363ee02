"""argparse's own words in Danish: "brug:", "fejl:", "vis denne hjælp og afslut", the error messages.

argparse looks its texts up through ``gettext`` (module globals ``_`` and ``ngettext``) when it
builds a parser and when it parses or prints help. ``DanishArgumentParser`` swaps those two for a
small table while it does either, and puts them back after, so nothing else in the process (a test
runner's own argparse, say) changes language. Only what a user can see is translated; argparse's
complaints about how a parser is built (programming errors) stay as they are. Imports nothing
beyond argparse: ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
from typing import Any

DANISH = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "subcommands": "kommandoer",
    "show this help message and exit": "vis denne hjælp og afslut",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "ukendt kommando %(parser_name)r (vælg mellem %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "ignored explicit argument %r": "tager ingen værdi (fik %r)",
    "the following arguments are required: %s": "disse argumenter mangler: %s",
    "one of the arguments %s is required": "et af argumenterne %s skal gives",
    "expected one argument": "kræver en værdi",
    "expected at most one argument": "tager højst én værdi",
    "expected at least one argument": "kræver mindst én værdi",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydigt tilvalg: %(option)s kan betyde %(matches)s",
    "unexpected option string: %s": "uventet tilvalg: %s",
    "invalid %(type)s value: %(value)r": "ugyldig værdi: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldigt valg: %(value)r (vælg mellem %(choices)s)",
}
_PLURALS = {("expected %s argument", "expected %s arguments"): ("kræver %s værdi", "kræver %s værdier")}


# What a value is called in help and errors when the command gives no metavar (argparse: the dest).
METAVARS = {
    "case_id": "SAG",
    "data_dir": "MAPPE",
    "file": "FIL",
    "initials": "INITIALER",
    "name": "NAVN",
    "out": "FIL",
    "search": "TEKST",
    "today": "DATO",
    "user": "INITIALER",
}


# The help of a flag many commands share, where the command gives none.
HELPS = {"json": "skriv resultatet som JSON (til scripts)"}


def gettext(text: str) -> str:
    return DANISH.get(text, text)


def ngettext(singular: str, plural: str, n: int) -> str:
    one, many = _PLURALS.get((singular, plural), (singular, plural))
    return one if n == 1 else many


class danish:  # noqa: N801 - used as ``with danish():``, like a function
    """argparse speaks Danish inside (re-entrant: an inner use puts back what the outer one set).

    A plain class rather than ``contextlib``: ``--help`` imports as little as it can."""

    def __enter__(self) -> None:
        module: Any = argparse
        self._before = module._, module.ngettext
        module._, module.ngettext = gettext, ngettext

    def __exit__(self, *_exc: object) -> None:
        module: Any = argparse
        module._, module.ngettext = self._before


class DanishArgumentParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose help and errors are Danish; its subcommands' parsers are too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with danish():
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> Any:
        with danish():
            return super().add_subparsers(**kwargs)

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:  # type: ignore[override]
        with danish():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        with danish():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with danish():
            return super().format_usage()

    def format_help(self) -> str:
        with danish():
            return super().format_help()

    def error(self, message: str) -> Any:
        with danish():
            return super().error(message)

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        """A number that is not one says so in Danish (argparse would name the type: "invalid int value")."""
        if action.type is int:
            try:
                return int(arg_string)
            except ValueError:
                raise argparse.ArgumentError(action, f"»{arg_string}« er ikke et helt tal") from None
        return super()._get_value(action, arg_string)


def name_values(parser: argparse.ArgumentParser) -> None:
    """Give every argument without a metavar its Danish name (``METAVARS``), and a shared flag without
    help its Danish help (``HELPS``), in all subcommands too."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                name_values(sub)
        else:
            if action.metavar is None and action.nargs != 0 and action.dest in METAVARS:
                action.metavar = METAVARS[action.dest]
            if action.help is None and action.dest in HELPS:
                action.help = HELPS[action.dest]
