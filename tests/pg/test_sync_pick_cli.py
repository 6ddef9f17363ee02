"""``sync pull --search`` lets the caseworker pick: a numbered list and a question at a terminal;
``--choose`` numbers or ``--all`` from a script, which is otherwise refused in Danish."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from visitation_desktop.cli import main
from visitation_desktop.services.workspace import init_store, unlock

from .conftest import LAPTOP_PASSWORD, LAPTOP_USER, Result
from .sync_helpers import central_engine, sync_service

PASSWORD = "andet-langt-kodeord"
GAARD = ["Bent Overgaard Iversen", "Hanne Lykke Dalsgaard", "Karen Marie Vestergaard", "Kasper Møller Nørgaard",
         "Poul Erik Damgaard"]  # the demo's names with "gaard", as the central store lists them (by name)


class Terminal(io.StringIO):
    """Standard input as a terminal: the password line, then the caseworker's answers."""

    def isatty(self) -> bool:
        return True


Second = Callable[..., Result]


@pytest.fixture
def second(
    laptop_dir: Path, fresh_pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Second:
    """``second("sync", "pull", …, answers=[…])``: the CLI on a second, empty laptop, after the first sent all."""
    central_engine(fresh_pg_url).dispose()  # IT set the central store up
    monkeypatch.setenv("PGPASSWORD", "ikke-brugt")  # the test server trusts local logins: no password prompt
    laptop = unlock(laptop_dir, LAPTOP_USER, LAPTOP_PASSWORD)
    try:
        assert not sync_service(laptop, fresh_pg_url).push().conflicts
    finally:
        laptop.close()
    data_dir = tmp_path / "second"
    init_store(data_dir, "KB", "Karin Bak", PASSWORD).close()
    capsys.readouterr()

    def invoke(*args: str, answers: list[str] | None = None) -> Result:
        lines = "\n".join([PASSWORD, *(answers or [])]) + "\n"
        monkeypatch.setattr(sys, "stdin", Terminal(lines) if answers is not None else io.StringIO(lines))
        url = ["--url", fresh_pg_url] if args[0] == "sync" else []
        code = main(["--data-dir", str(data_dir), "--user", "KB", "--password-stdin", *args, *url])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


def _names(second: Second) -> list[str]:
    return sorted(row["citizen"] for row in json.loads(second("cases", "list", "--json").out))


def _listed(out: str) -> list[str]:
    return [line.split("  ")[1].split(" (")[0] for line in out.splitlines() if line.lstrip()[:1].isdigit()]


def test_a_script_must_say_which_and_gets_the_numbers_it_names(second: Second) -> None:
    refused = second("sync", "pull", "--search", "gaard")
    assert refused.code == 2 and "Traceback" not in refused.err
    assert "Søgningen »gaard« fandt 5 sag(er), og der er ingen at spørge" in refused.err
    assert "--choose NR" in refused.err and "--all" in refused.err
    assert _listed(refused.out) == GAARD
    assert all("-xxxx)" in line for line in refused.out.splitlines()), "CPR numbers masked"

    found = second("sync", "find", "gaard")
    assert found.code == 0, found.err
    rows = [line.split("\t") for line in found.out.splitlines()]
    assert [(r[0], r[2]) for r in rows] == [(str(n), name) for n, name in enumerate(GAARD, 1)], "as the pull numbers"
    assert rows[4][4] == "Afsluttet" and "Under behandling" in {r[4] for r in rows}, "the status in Danish"

    taken = second("sync", "pull", "--search", "gaard", "--choose", "1", "3")
    assert taken.code == 0, taken.err
    assert taken.out.startswith("Hentet: 2 nye, 0 opdateret.")
    assert _names(second) == [GAARD[0], GAARD[2]]

    wrong = second("sync", "pull", "--search", "gaard", "--choose", "6")
    assert wrong.code == 2 and "der er ingen nummer 6" in wrong.err

    every = second("sync", "pull", "--search", "gaard", "--all")
    assert every.code == 0 and every.out.startswith("Hentet: 3 nye, 2 opdateret.")
    assert _names(second) == GAARD


def test_at_a_terminal_the_caseworker_picks_from_the_list(second: Second) -> None:
    result = second("sync", "pull", "--search", "gaard", answers=["7", "2, 4-5"])
    assert result.code == 0, result.err
    assert result.out.startswith("Søgningen »gaard« fandt 5 sag(er):\n")
    assert _listed(result.out) == GAARD
    assert "1  Bent Overgaard Iversen (020661-xxxx)  Under behandling  MLH\n" in result.out
    assert "Skriv numre mellem 1 og 5" in result.out, "a wrong answer is asked again"
    assert "Hentet: 3 nye, 0 opdateret." in result.out
    assert _names(second) == [GAARD[1], GAARD[3], GAARD[4]]

    none = second("sync", "pull", "--search", "gaard", answers=[""])
    assert none.code == 0 and "Ingen af de fundne sager er valgt." in none.out and "Hentet" not in none.out


def test_all_and_choose_need_a_search(second: Second) -> None:
    result = second("sync", "pull", "--mine", "--all")
    assert result.code == 2 and "giv også --search" in result.err
