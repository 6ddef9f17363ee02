"""DocumentService: the context it builds, the access-log rows, and the file it writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from visitation_desktop.documents import DocumentIncomplete, DocumentKind
from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.cpr import format_cpr
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.documents import DocumentService, ExportError, incomplete_message, job_title
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, TempWatch, actions, flat, pdf_text


def test_context_names_the_caseworker_and_the_latest_plan_version(workspace: Workspace,
                                                                   main_case: CaseFile) -> None:
    service = DocumentService(workspace)
    ctx = service.context(main_case, TODAY)
    assert (ctx.caseworker_name, ctx.caseworker_initials, ctx.today) == ("Anne Berg", "AB", TODAY)
    assert ctx.show_full_cpr is False
    assert main_case.id is not None
    stored = [v.version for v in workspace.repo.plan_versions(main_case.id)]
    assert ctx.plan_version == max(stored, default=1)
    workspace.repo.add_plan_version(main_case.id, main_case, "AB", note="efter opfølgning")
    assert service.context(main_case).plan_version == max(stored, default=0) + 1


def test_a_case_without_a_kept_plan_is_version_1(workspace: Workspace) -> None:
    case = CaseService(workspace).new_case(CaseFile())
    assert DocumentService(workspace).context(case).plan_version == 1


def test_the_printed_cpr_follows_the_setting(workspace: Workspace, main_case: CaseFile, tmp_path: Path) -> None:
    service = DocumentService(workspace)
    full = format_cpr(main_case.citizen.cpr)
    service.save_pdf(main_case, DocumentKind.HANDLEPLAN, tmp_path / "masked.pdf", today=TODAY)
    assert full not in pdf_text(tmp_path / "masked.pdf")
    workspace.settings.show_full_cpr = True
    service.save_pdf(main_case, DocumentKind.HANDLEPLAN, tmp_path / "full.pdf", today=TODAY)
    assert full in pdf_text(tmp_path / "full.pdf")


def test_render_returns_a_pdf_and_logs_it(workspace: Workspace, main_case: CaseFile, temp_watch: TempWatch) -> None:
    pdf = DocumentService(workspace).render(main_case, DocumentKind.EASYREAD, TODAY)
    assert pdf.startswith(b"%PDF")
    assert actions(workspace, main_case)[-1] == ("render", "easyread")
    assert temp_watch.leftovers() == []


def test_save_pdf_writes_the_chosen_file_and_nothing_else(
    workspace: Workspace, main_case: CaseFile, goal_text: str, tmp_path: Path, temp_watch: TempWatch
) -> None:
    folder = tmp_path / "valgt mappe"
    folder.mkdir()
    target = folder / "handleplan.pdf"
    target.write_bytes(b"an older file the caseworker chose to replace")
    DocumentService(workspace).save_pdf(main_case, "handleplan", target, today=TODAY)
    assert sorted(p.name for p in folder.iterdir()) == ["handleplan.pdf"]
    assert flat(goal_text) in flat(pdf_text(target))
    assert actions(workspace, main_case)[-1] == ("export", "handleplan")
    assert temp_watch.leftovers() == []


def test_save_pdf_reuses_the_previewed_bytes(workspace: Workspace, main_case: CaseFile, tmp_path: Path) -> None:
    service = DocumentService(workspace)
    pdf = service.render(main_case, DocumentKind.HANDLEPLAN, TODAY)
    service.save_pdf(main_case, DocumentKind.HANDLEPLAN, tmp_path / "plan.pdf", pdf=pdf)
    assert (tmp_path / "plan.pdf").read_bytes() == pdf


def test_save_pdf_into_a_missing_folder_says_so_in_danish(
    workspace: Workspace, main_case: CaseFile, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="kan ikke gemmes"):
        DocumentService(workspace).save_pdf(main_case, DocumentKind.HANDLEPLAN, tmp_path / "findes-ikke" / "x.pdf")
    assert [a for a, _ in actions(workspace, main_case)].count("export") == 0


def test_a_refusal_without_reasoning_lists_what_is_missing(workspace: Workspace,
                                                           unreasoned_refusal: CaseFile) -> None:
    with pytest.raises(DocumentIncomplete) as caught:
        DocumentService(workspace).render(unreasoned_refusal, DocumentKind.DECISION, TODAY)
    message = incomplete_message(DocumentKind.DECISION, caught.value)
    assert message.startswith("Afgørelsesbrevet kan ikke laves endnu. Der mangler:\n")
    assert "- begrundelse: de faktiske forhold" in message.splitlines()
    assert ("render", "decision") not in actions(workspace, unreasoned_refusal)


def test_the_job_title_holds_neither_name_nor_cpr(main_case: CaseFile) -> None:
    title = job_title(main_case, DocumentKind.HANDLEPLAN)
    assert title == f"Handleplan sag {main_case.id}"
    assert main_case.citizen.name.split()[0] not in title
    assert main_case.citizen.cpr[:6] not in title
