"""The rules gate knows which documents each outcome has (documents.kinds), on every path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from visitation_desktop.documents import DocumentIncomplete, DocumentKind
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.documents import DocumentService, incomplete_message
from visitation_desktop.services.gate import Gate
from visitation_desktop.services.workspace import Workspace, init_store

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = init_store(tmp_path / "data", "AB", "Anne Berg", "korrekt-hest-batteri")
    fill_demo(workspace, TODAY)
    yield workspace
    workspace.close()


def _case(ws: Workspace, name: str):  # type: ignore[no-untyped-def]
    row = next(r for r in ws.repo.list_cases() if r.citizen_name == name)
    return ws.repo.load_case(row.id)


def test_a_refused_case_has_no_handleplan_by_the_gate(ws: Workspace) -> None:
    refused = _case(ws, "Kasper Møller Nørgaard")
    verdict = Gate(ws).document(refused, DocumentKind.HANDLEPLAN, TODAY)
    assert not verdict.allowed
    assert verdict.message.startswith("Handleplanen laves ikke for denne sag: Der laves ikke en handleplan")
    assert Gate(ws).document(refused, DocumentKind.EASYREAD, TODAY).allowed
    with pytest.raises(DocumentIncomplete) as raised:  # the gate's refusal or the document's own
        DocumentService(ws).render(refused, DocumentKind.HANDLEPLAN, TODAY)
    assert incomplete_message(DocumentKind.HANDLEPLAN, raised.value) == verdict.message


def test_a_decided_case_has_no_delay_notice_and_an_undecided_late_one_has(ws: Workspace) -> None:
    granted = _case(ws, "Mette Sønderby Thomsen")
    assert not Gate(ws).document(granted, DocumentKind.DELAY_NOTICE, TODAY).allowed
    late = _case(ws, "Niels Ejner Bak")
    assert Gate(ws).document(late, DocumentKind.DELAY_NOTICE, TODAY).allowed
    pdf = DocumentService(ws).render(late, DocumentKind.DELAY_NOTICE, TODAY)
    assert pdf.startswith(b"%PDF")
    logged = [(e.action, e.detail) for e in ws.repo.access_log(50) if e.case_id == late.id]
    assert ("render", "delay-notice") in logged
