"""The rules gate on the service paths: saving, importing, rendering, saving as PDF and printing.

Five grants the standard does not allow (a 17-year-old, a citizen in § 103, § 85 without
coordination, a full offer, a waitlist without an interim solution) never get a granted status,
a grant letter, a handleplan or an easy-read of the grant, and do not count as taken places.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FALSE_GRANTS, FULL_OFFER

from visitation_desktop.documents import DocumentKind
from visitation_desktop.domain.case import CaseFile, CaseStatus
from visitation_desktop.domain.standard import load_standard
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.documents import DocumentService, incomplete_message
from visitation_desktop.services.gate import Gate, GateRefused
from visitation_desktop.services.occupancy import places_taken
from visitation_desktop.services.workspace import Workspace, init_store

EXPECTED = {
    "17 år": "target_group.under_age",
    "§ 103": "other_services.day_offer_conflict",
    "§ 85 uden samarbejde": "other_services.coordination_required",
    "fuldt tilbud": "offer.no_free_place",
    "venteliste uden foreløbig løsning": "offer.interim_missing",
}


@pytest.fixture
def ws(tmp_path: Path, small_capacity_standard: Path, occupant: Callable[[], CaseFile]) -> Iterator[Workspace]:
    workspace = init_store(tmp_path / "data", "AB", "Anne Berg", "korrekt-hest-batteri")
    workspace.standard = load_standard(small_capacity_standard)
    holder = occupant()
    CaseService(workspace).new_case(holder)
    assert holder.status == CaseStatus.GRANTED.value
    yield workspace
    workspace.close()


def test_the_expected_codes_exist() -> None:
    codes = (Path(__file__).resolve().parents[2] / "docs" / "findings.md").read_text(encoding="utf-8")
    for code in EXPECTED.values():
        assert f"`{code}`" in codes, code


@pytest.mark.parametrize("name", FALSE_GRANTS)
def test_saving_a_false_grant_keeps_it_undecided(ws: Workspace, false_grant: Callable[[str], CaseFile],
                                                  name: str) -> None:
    service = CaseService(ws)
    case = false_grant(name)
    service.new_case(case)
    assert case.status == CaseStatus.OPEN.value
    service.save(case)
    stored = ws.repo.load_case(case.id or 0)
    assert stored.status == CaseStatus.OPEN.value
    assert stored.decision.outcome == "grant", "what was typed is kept"
    verdict = service.gate.decision(stored)
    assert not verdict.allowed and EXPECTED[name] in {f.code for f in verdict.blocking}
    assert verdict.message.startswith("Bevillingen kan ikke registreres, før disse forhold er løst:\n- ")
    assert ws.repo.plan_versions(case.id or 0) == [], "no handleplan is kept as granted"


@pytest.mark.parametrize("name", FALSE_GRANTS)
def test_importing_a_false_grant_stores_it_undecided(ws: Workspace, false_grant: Callable[[str], CaseFile],
                                                      name: str) -> None:
    service = CaseService(ws)
    case = false_grant(name)
    case.status = CaseStatus.GRANTED.value  # the file says granted: not trusted
    service.import_document_case(case)
    assert ws.repo.load_case(case.id or 0).status == CaseStatus.OPEN.value
    assert EXPECTED[name] in {f.code for f in service.import_verdict(case).blocking}


GRANT_DOCUMENTS = (DocumentKind.DECISION, DocumentKind.HANDLEPLAN, DocumentKind.EASYREAD)


@pytest.mark.parametrize("kind", GRANT_DOCUMENTS)
@pytest.mark.parametrize("name", FALSE_GRANTS)
def test_no_document_of_a_false_grant_is_made_saved_or_printed(
    ws: Workspace, false_grant: Callable[[str], CaseFile], name: str, kind: DocumentKind, tmp_path: Path
) -> None:
    case = false_grant(name)
    CaseService(ws).new_case(case)
    documents = DocumentService(ws)
    with pytest.raises(GateRefused) as caught:
        documents.render(case, kind)
    assert EXPECTED[name] in {f.code for f in caught.value.verdict.blocking}
    assert " kan ikke laves, fordi bevillingen ikke kan registreres. Løs først:\n- " in incomplete_message(
        kind, caught.value)
    out = tmp_path / "doc.pdf"
    with pytest.raises(GateRefused):
        documents.save_pdf(case, kind, out)
    with pytest.raises(GateRefused):
        documents.save_pdf(case, kind, out, pdf=b"%PDF-1.4 bytes from an earlier preview")
    with pytest.raises(GateRefused):
        documents.print_pdf(case, kind, "Kontor", pdf=b"%PDF-1.4 bytes from an earlier preview")
    assert not out.exists()
    logged = [(r.action, r.detail) for r in ws.repo.access_log(100) if r.case_id == case.id]
    assert not any(action in ("render", "export", "print") for action, _ in logged)


def test_false_grants_take_no_place_and_have_no_follow_up(ws: Workspace, false_grant: Callable[[str], Any]) -> None:
    service = CaseService(ws)
    for name in FALSE_GRANTS:
        service.new_case(false_grant(name))
    taken = places_taken(ws)
    assert taken == {FULL_OFFER: {"full": 1}}, "only the occupant holds a place"
    granted = [s for s in ws.repo.list_cases() if s.status == CaseStatus.GRANTED.value]
    assert len(granted) == 1


def test_the_first_grants_keep_their_places_and_the_one_over_capacity_is_blocked(
    ws: Workspace, false_grant: Callable[[str], CaseFile]
) -> None:
    over = false_grant("fuldt tilbud")
    CaseService(ws).new_case(over)
    gate = Gate(ws)
    assert not gate.decision(over).allowed
    on_waitlist = dataclasses.replace(over.placement, waitlist=True, interim_solution="Besøg én dag om ugen.")
    over.placement = on_waitlist
    assert gate.decision(over).allowed, "on the waitlist with an interim solution it needs no free place"


def test_a_refusal_is_recorded_only_with_its_reasoning(ws: Workspace, false_grant: Callable[[str], CaseFile]) -> None:
    service = CaseService(ws)
    case = false_grant("17 år")
    case.decision.outcome = "refusal"
    service.new_case(case)
    assert case.status == CaseStatus.REFUSED.value, "the 17-year-old can be refused"
    case.decision.considerations = ""
    service.save(case)
    assert ws.repo.load_case(case.id or 0).status == CaseStatus.OPEN.value
    verdict = service.gate.decision(case)
    assert [f.code for f in verdict.blocking] == ["decision.considerations_missing"]
    assert verdict.message.startswith("Afslaget kan ikke registreres")


def test_the_delay_notice_is_about_the_deadline_and_always_allowed(
    ws: Workspace, false_grant: Callable[[str], CaseFile]
) -> None:
    assert Gate(ws).document(false_grant("§ 103"), DocumentKind.DELAY_NOTICE).allowed


def test_check_in_is_refused_for_a_false_grant(ws: Workspace, false_grant: Callable[[str], CaseFile]) -> None:
    case = false_grant("§ 103")
    verdict = Gate(ws).check_in(case)
    assert not verdict.allowed and verdict.message.startswith("Sagen kan ikke sendes")
    case.decision.outcome, case.decision.decided_on = "", None
    assert Gate(ws).check_in(case).allowed, "an undecided case can be checked in"
