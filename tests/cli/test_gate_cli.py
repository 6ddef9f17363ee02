"""The rules gate on the command line: ``cases import``, ``render`` and ``print`` of five grants the
standard does not allow. The import stores them as undecided and lists the blocking findings (exit
code 8); render and print refuse them with the findings (exit code 5) and write nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FALSE_GRANTS

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.services.cases import case_to_document

from .conftest import Run, write_document

EXPECTED_TEXT = {
    "17 år": "Borgeren er 17 år og er derfor ikke i målgruppen",
    "§ 103": "beskyttet beskæftigelse",
    "§ 85 uden samarbejde": "Skriv, ",
    "fuldt tilbud": "Der er ingen ledig plads af typen »Hel plads« i Enggården",
    "venteliste uden foreløbig løsning": "Skriv den foreløbige løsning",
}


@pytest.fixture
def gated_store(run: Run, data_dir: Path, small_capacity_standard: Path, occupant: Callable[[], CaseFile],
                tmp_path: Path) -> Path:
    """A store on the standard with one full place at Enggården, taken by an imported grant."""
    assert run("init", "--name", "Anne Berg").code == 0
    (data_dir / "settings.json").write_text(json.dumps({"standard_file": str(small_capacity_standard)}),
                                            encoding="utf-8")
    done = run("cases", "import", str(write_document(tmp_path / "holder.json", case_to_document(occupant()))))
    assert done.code == 0, done.err
    return data_dir


def _status(run: Run, case_id: int) -> str:
    rows = run("cases", "list", "--json").json()
    return str(next(r["status"] for r in rows if r["id"] == case_id))


@pytest.mark.parametrize("name", FALSE_GRANTS)
def test_import_stores_a_false_grant_as_undecided_and_lists_why(
    run: Run, gated_store: Path, false_grant: Callable[[str], CaseFile], name: str, tmp_path: Path
) -> None:
    document = case_to_document(false_grant(name))
    document["status"] = "granted"
    done = run("cases", "import", str(write_document(tmp_path / "sag.json", document)))
    assert done.code == 8, done.err
    case_id = int(done.out.strip())
    assert "sagen er gemt som »Under behandling«. Bevillingen kan ikke registreres" in done.err
    assert EXPECTED_TEXT[name] in done.err
    assert _status(run, case_id) == "open"


@pytest.mark.parametrize("name", FALSE_GRANTS)
def test_render_and_print_refuse_a_false_grant(
    run: Run, gated_store: Path, false_grant: Callable[[str], CaseFile], name: str, tmp_path: Path
) -> None:
    done = run("cases", "import", str(write_document(tmp_path / "sag.json", case_to_document(false_grant(name)))))
    case_id = done.out.strip()
    for kind in ("decision", "handleplan", "easyread"):
        out = tmp_path / f"{kind}.pdf"
        done = run("render", kind, case_id, "--out", str(out))
        assert done.code == 13, (kind, done.err)
        assert "kan ikke laves, fordi bevillingen ikke kan registreres. Løs først:" in done.err
        assert EXPECTED_TEXT[name] in done.err
        assert not out.exists()
    done = run("print", case_id, "--document", "decision", "--printer", "Kontor")
    assert done.code == 13, done.err
    assert "Afgørelsesbrevet kan ikke laves, fordi bevillingen ikke kan registreres" in done.err


def test_import_help_says_what_happens_to_a_refused_decision(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run("cases", "import", "--help")
    out = " ".join(capsys.readouterr().out.split())
    assert "gemmes som »Under behandling«" in out and "afslutningskoden er 8" in out
