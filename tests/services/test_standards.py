"""A case keeps its standard: it records the standard's id, version and digest, the store keeps a copy
of that standard's text, and the case is judged and printed by it after another standard is chosen."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SECOND_STANDARD

from visitation_desktop.documents import DocumentKind
from visitation_desktop.domain.case import CaseFile, CaseStatus
from visitation_desktop.domain.standard import default_standard_path
from visitation_desktop.services import standards
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.documents import DocumentService
from visitation_desktop.services.workspace import Workspace, unlock
from visitation_desktop.store import standard_copies

PASSWORD = "korrekt-hest-batteri"



def _pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_a_new_case_records_the_standard_and_the_store_keeps_its_text(ws: Workspace) -> None:
    case = CaseService(ws).new_case(CaseFile())
    assert (case.standard_id, case.standard_version) == ("thisted-104", "Udateret udgave")
    assert case.standard_digest == ws.standard.digest and len(case.standard_digest) == 64
    assert standard_copies.source(ws.repo.engine, case.standard_digest) == default_standard_path().read_text(
        encoding="utf-8")
    assert standards.note_for(ws, case) == ""


def test_a_granted_case_is_judged_and_printed_by_its_own_standard_after_a_switch(
    ws: Workspace, complete_case: Callable[..., CaseFile], tmp_path: Path
) -> None:
    service = CaseService(ws)
    granted = complete_case()
    service.new_case(granted)
    assert granted.status == CaseStatus.GRANTED.value
    standards.use_standard(ws, SECOND_STANDARD)
    assert ws.standard.id == "kildebjerg-104" and ws.settings.standard_file == str(SECOND_STANDARD.resolve())

    reopened = service.open_case(granted.id or 0)
    assert standards.standard_for(ws, reopened).id == "thisted-104"
    assert not [f for f in service.check(reopened) if f.is_blocking], "still a valid grant under Thisted's rules"
    service.save(reopened)
    assert ws.repo.load_case(granted.id or 0).status == CaseStatus.GRANTED.value
    text = _pdf_text(DocumentService(ws).render(reopened, DocumentKind.DECISION), tmp_path)
    assert "Thisted Kommune" in text and "Kildebjerg" not in text
    note = standards.note_for(ws, reopened)
    assert note == ("Sagen er vurderet efter Thisted Kommunes kvalitetsstandard (Udateret udgave), ikke den aktive "
                    "(Kildebjerg Kommune, Godkendt af Social- og Sundhedsudvalget 4. februar 2026). Den vurderes "
                    "og udskrives efter sin egen standard.")

    new = service.new_case(CaseFile())
    assert new.standard_id == "kildebjerg-104" and standards.note_for(ws, new) == ""


def test_the_choice_survives_a_restart_and_the_copies_are_listed(ws: Workspace, tmp_path: Path) -> None:
    CaseService(ws).new_case(CaseFile())
    standards.use_standard(ws, SECOND_STANDARD)
    ws.close()
    again = unlock(tmp_path / "data", "AB", PASSWORD)
    try:
        assert again.standard.id == "kildebjerg-104"
        rows = standards.known_standards(again, [default_standard_path()])
        assert [(r.standard_id, r.active) for r in rows] == [("kildebjerg-104", True), ("thisted-104", False)]
        kept = {k.standard_id for k in standard_copies.kept(again.repo.engine)}
        assert kept == {"thisted-104", "kildebjerg-104"}
    finally:
        again.close()


def test_an_imported_case_of_an_unknown_standard_is_refused(ws: Workspace) -> None:
    from visitation_desktop.services.cases import CaseFormatError

    case = CaseFile(standard_id="andeby-104", standard_version="1")
    with pytest.raises(CaseFormatError, match="har ingen kopi af den"):
        CaseService(ws).import_document_case(case)
