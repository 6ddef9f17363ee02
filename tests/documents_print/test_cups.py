"""Printing through a real CUPS scheduler to a CUPS-PDF queue; the job comes back as a PDF file to read."""

from __future__ import annotations

from pathlib import Path

import pytest

from visitation_desktop.documents import DocumentKind
from visitation_desktop.domain.case import CaseFile
from visitation_desktop.services.documents import DocumentService
from visitation_desktop.services.printing import PrintError, list_queues, send_pdf
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, CliRun, CupsQueue, TempWatch, actions, ascii_letters, pdf_pages, pdf_text


def test_the_queue_is_listed(cups_queue: CupsQueue) -> None:
    assert cups_queue.name in list_queues()


def test_print_from_the_command_line(
    cups_queue: CupsQueue, cli: CliRun, workspace: Workspace, main_case: CaseFile, goal_text: str,
    temp_watch: TempWatch,
) -> None:
    before = cups_queue.outputs()
    done = cli("print", str(main_case.id), "--document", "handleplan", "--printer", cups_queue.name)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Dokumentet er sendt til {cups_queue.name} (job {cups_queue.name}-")
    printed = cups_queue.wait_for_job(before)
    assert ascii_letters(goal_text) in ascii_letters(pdf_text(printed))
    assert f"Handleplan_sag_{main_case.id}" in printed.name
    assert ascii_letters(main_case.citizen.name) not in ascii_letters(printed.name)
    assert ("print", f"handleplan; printer {cups_queue.name}, copies 1") in actions(workspace, main_case)
    assert temp_watch.leftovers() == []


def test_print_from_the_service(
    cups_queue: CupsQueue, workspace: Workspace, main_case: CaseFile, goal_text: str, temp_watch: TempWatch,
    tmp_path: Path,
) -> None:
    service = DocumentService(workspace)
    service.save_pdf(main_case, DocumentKind.HANDLEPLAN, tmp_path / "preview.pdf", today=TODAY)
    before = cups_queue.outputs()
    job = service.print_pdf(main_case, DocumentKind.HANDLEPLAN, cups_queue.name, copies=1, today=TODAY)
    assert job.startswith(f"{cups_queue.name}-")
    printed = cups_queue.wait_for_job(before)
    assert ascii_letters(goal_text) in ascii_letters(pdf_text(printed))
    assert pdf_pages(printed) == pdf_pages(tmp_path / "preview.pdf")
    assert actions(workspace, main_case)[-1] == ("print", f"handleplan; printer {cups_queue.name}, copies 1")
    assert temp_watch.leftovers() == []


def test_an_unknown_queue_names_the_real_one(cups_queue: CupsQueue) -> None:
    with pytest.raises(PrintError) as caught:
        send_pdf(b"%PDF-1.4\n%%EOF\n", "Biblioteket", "Handleplan sag 1", 1)
    assert "Printeren »Biblioteket« findes ikke" in caught.value.message
    assert cups_queue.name in caught.value.message
