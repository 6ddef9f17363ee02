"""The command line's whole help and argument errors are Danish, argparse's own framing included."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from visitation_desktop.cli import build_parser

ENGLISH = ("usage:", "error:", "show this help", "positional arguments", "options:", "the following arguments",
           "invalid choice", "invalid int", "expected one argument", "unrecognized arguments", "subcommands")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "visitation_desktop", *args],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"},
    )


def _english(text: str) -> list[str]:
    return [word for word in ENGLISH if word in text.lower()]


def test_help_is_danish() -> None:
    result = _cli("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("brug: visitation-desktop [-h] [--version] [--data-dir MAPPE]")
    assert "\ntilvalg:\n" in result.stdout and "-h, --help" in result.stdout
    assert "vis denne hjælp og afslut" in result.stdout and "vis programmets version og afslut" in result.stdout
    assert _english(result.stdout) == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("cases",), "visitation-desktop cases: fejl: disse argumenter mangler: HANDLING"),
        (("cases", "export", "x"), "visitation-desktop cases export: fejl: SAG: »x« er ikke et helt tal"),
        (("cases", "list", "--bogus"), "visitation-desktop: fejl: ukendte argumenter: --bogus"),
        (("nope",), "visitation-desktop: fejl: KOMMANDO: ugyldigt valg: 'nope' (vælg mellem 'init', "),
        (("sync", "pull", "--search"), "visitation-desktop sync pull: fejl: --search: kræver en værdi"),
        (("render", "poster", "1", "--out", "x.pdf"), "visitation-desktop render: fejl: DOKUMENT: ugyldigt valg: 'poster'"),
    ],
)
def test_argument_errors_are_danish(args: tuple[str, ...], said: str) -> None:
    result = _cli(*args)
    assert result.returncode == 2
    assert said in result.stderr, result.stderr
    assert result.stderr.startswith("brug: visitation-desktop")
    assert _english(result.stderr) == [] and "Traceback" not in result.stderr


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += _parsers(sub)
    return found


def test_every_command_s_help_is_danish() -> None:
    parsers = _parsers(build_parser())
    assert len(parsers) > 40
    for parser in parsers:
        text = parser.format_help()
        assert text.startswith(f"brug: {parser.prog}"), parser.prog
        assert _english(text) == [], (parser.prog, _english(text))
        if "--json" in text:
            assert "skriv resultatet som JSON" in text, parser.prog


def test_argparse_is_english_again_outside_the_program() -> None:
    """The translation is put back after each use: a test runner's own argparse is left as it was."""
    build_parser().format_help()
    other = argparse.ArgumentParser(prog="andet")
    assert other.format_usage().startswith("usage: andet")
