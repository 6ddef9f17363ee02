"""``visitation-desktop render`` and ``print`` as a caseworker runs them: the real program in a child process."""

from __future__ import annotations

from pathlib import Path

from visitation_desktop.cli.documents_cmd import KINDS
from visitation_desktop.documents import DocumentKind
from visitation_desktop.domain.case import CaseFile
from visitation_desktop.services.workspace import Workspace

from .conftest import CliRun, DemoStore, TempWatch, actions, flat, pdf_text


def test_render_writes_the_handleplan(
    cli: CliRun, main_case: CaseFile, goal_text: str, tmp_path: Path, workspace: Workspace, temp_watch: TempWatch
) -> None:
    out = tmp_path / "ud" / "plan.pdf"
    out.parent.mkdir()
    done = cli("render", "handleplan", str(main_case.id), "--out", str(out), "--today", "2026-11-26")
    assert done.returncode == 0, done.stderr
    assert "ikke krypteret" in done.stderr
    text = pdf_text(out)
    assert flat(goal_text) in flat(text)
    assert "26. november 2026" in text
    assert sorted(p.name for p in out.parent.iterdir()) == ["plan.pdf"]
    assert ("export", "handleplan") in actions(workspace, main_case)
    assert temp_watch.leftovers() == []


def test_render_easyread_and_decision(cli: CliRun, main_case: CaseFile, tmp_path: Path) -> None:
    for kind, words in (("easyread", "Til " + main_case.citizen.name), ("decision", "Klagevejledning")):
        out = tmp_path / f"{kind}.pdf"
        done = cli("render", kind, str(main_case.id), "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert flat(words) in flat(pdf_text(out)), kind


def test_a_decision_without_reasoning_is_refused_with_the_missing_parts(
    cli: CliRun, unreasoned_refusal: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "afgoerelse.pdf"
    done = cli("render", "decision", str(unreasoned_refusal.id), "--out", str(out))
    assert done.returncode == 13
    assert "Afgørelsesbrevet kan ikke laves endnu. Der mangler:" in done.stderr
    for part in ("begrundelse: de regler, afgørelsen bygger på", "begrundelse: de faktiske forhold",
                 "begrundelse: de hovedhensyn, der har været afgørende"):
        assert f"- {part}" in done.stderr
    assert not out.exists()


def test_an_unknown_case(cli: CliRun, demo_store: DemoStore, tmp_path: Path) -> None:
    done = cli("render", "handleplan", "999", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1
    assert done.stderr.strip() == "visitation-desktop: Sag 999 findes ikke."


def test_print_to_an_unknown_printer_names_the_known_ones_without_mentioning_cups(
    cli: CliRun, main_case: CaseFile, tmp_path: Path
) -> None:
    done = cli("print", str(main_case.id), "--document", "handleplan", "--printer", "Biblioteket",
               path=str(tmp_path))  # no lp, no lpstat: printing goes through Qt's print system
    assert done.returncode == 14
    assert ("Printeren »Biblioteket« findes ikke på denne computer." in done.stderr
            or "Der er ingen printere på denne computer." in done.stderr), done.stderr
    said = done.stderr.replace("CUPS-PDF", "")  # the test queue may be among the printers named
    assert "CUPS" not in said and "lp" not in said.split()


def test_print_refuses_a_page_range_it_cannot_read(cli: CliRun, main_case: CaseFile) -> None:
    done = cli("print", str(main_case.id), "--document", "handleplan", "--pages", "to-tre")
    assert done.returncode == 2
    assert "Sidevalget »to-tre« kan ikke læses. Skriv fx 1-2 eller 1,3" in done.stderr


def test_print_refuses_zero_copies(cli: CliRun, main_case: CaseFile) -> None:
    done = cli("print", str(main_case.id), "--document", "handleplan", "--printer", "Kontor", "--copies", "0")
    assert done.returncode == 2
    assert "Antal kopier skal være mellem 1 og 99." in done.stderr


def test_the_command_offers_exactly_the_document_kinds() -> None:
    assert tuple(kind.value for kind in DocumentKind) == KINDS
