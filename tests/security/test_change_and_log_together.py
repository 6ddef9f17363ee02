"""A crash between a change and its access-log row leaves neither (6 paths).

The crash is injected where the log row is written: ``audit.append`` raises as a power cut would
stop the process there. Afterwards the store holds neither the change nor a row for it, and a
document that was to leave the program (PDF file, print job) has not left.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from visitation_desktop.documents import DocumentKind
from visitation_desktop.domain.followup import Adjustment, FollowUp
from visitation_desktop.domain.serialize import to_dict
from visitation_desktop.services import printing
from visitation_desktop.services.cases import CaseService, case_to_document
from visitation_desktop.services.documents import DocumentService
from visitation_desktop.services.followups import held_followups, record_followup
from visitation_desktop.services.overview import save_delay_notice
from visitation_desktop.services.workspace import Workspace
from visitation_desktop.store import audit
from visitation_desktop.store.models import AccessLog, Case

from .conftest import MAIN, TODAY


class Crash(BaseException):
    """Stands for the process dying: nothing after it runs."""


@pytest.fixture
def crash_at_log(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*_args: Any, **_kwargs: Any) -> int:
        raise Crash()

    monkeypatch.setattr(audit, "append", crash)


def snapshot(ws: Workspace) -> tuple[Any, ...]:
    with Session(ws.repo.engine) as s:
        cases = [(c.id, c.data, c.updated_at) for c in s.scalars(select(Case).order_by(Case.id))]
        rows = s.scalar(select(func.count()).select_from(AccessLog))
    followups = {c[0]: [f.id for f in held_followups(ws, c[0])] for c in cases}
    versions = {c[0]: [v.version for v in ws.repo.plan_versions(c[0])] for c in cases}
    return cases, rows, followups, versions


def crashes(ws: Workspace, action: Any) -> tuple[Any, ...]:
    before = snapshot(ws)
    with pytest.raises(Crash):
        action()
    return before


def test_save(ws: Workspace, ids: dict[str, int], crash_at_log: None) -> None:
    service = CaseService(ws)
    case = ws.repo.load_case(ids[MAIN])
    case.citizen.phone = "99999999"
    case.current_page = "goals"
    before = crashes(ws, lambda: service.save(case))
    assert snapshot(ws) == before
    assert ws.repo.load_case(ids[MAIN]).citizen.phone != "99999999"


def test_import(ws: Workspace, ids: dict[str, int], crash_at_log: None) -> None:
    service = CaseService(ws)
    document = case_to_document(ws.repo.load_case(ids[MAIN]))
    before = crashes(ws, lambda: service.import_document(document))
    assert snapshot(ws) == before  # no new case, no new citizen's data, no row


def test_followup(ws: Workspace, ids: dict[str, int], crash_at_log: None) -> None:
    case = ws.repo.load_case(ids[MAIN])
    followup = FollowUp(
        held_on=TODAY,
        scores={g.id: 0 for g in case.goals},
        outcome="adjust",
        adjustment=Adjustment(place="half", reason="Mette er for træt om eftermiddagen."),
    )
    before = crashes(ws, lambda: record_followup(ws, ids[MAIN], followup, TODAY))
    assert snapshot(ws) == before
    assert held_followups(ws, ids[MAIN]) == before[2][ids[MAIN]]


def test_delay_notice(ws: Workspace, ids: dict[str, int], crash_at_log: None) -> None:
    case_id = next(iter(ids.values()))
    old = to_dict(ws.repo.load_case(case_id))
    before = crashes(ws, lambda: save_delay_notice(ws, case_id, "Besked sendt i dag."))
    assert snapshot(ws) == before
    assert to_dict(ws.repo.load_case(case_id)) == old


def test_pdf_export(ws: Workspace, ids: dict[str, int], tmp_path: Path, crash_at_log: None) -> None:
    case = ws.repo.load_case(ids[MAIN])
    target = tmp_path / "handleplan.pdf"
    before = crashes(ws, lambda: DocumentService(ws).save_pdf(case, DocumentKind.HANDLEPLAN, target))
    assert snapshot(ws) == before
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf")) == [] and not any(p.name.startswith(".") for p in tmp_path.iterdir())


def test_print_job(ws: Workspace, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch, crash_at_log: None) -> None:
    sent: list[bytes] = []
    monkeypatch.setattr(printing, "check_print", lambda pdf, queue, copies: "/usr/bin/lp")
    monkeypatch.setattr(printing, "send_pdf", lambda pdf, *a, **k: sent.append(pdf) or "Q-1")
    case = ws.repo.load_case(ids[MAIN])
    before = crashes(ws, lambda: DocumentService(ws).print_pdf(case, DocumentKind.HANDLEPLAN, "Q"))
    assert snapshot(ws) == before
    assert sent == []  # the job never reached the printer


def test_without_a_crash_each_path_writes_its_change_and_row(
    ws: Workspace, ids: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same six paths, not crashing: each leaves its change and its row (so the test above can fail)."""
    sent: list[bytes] = []
    monkeypatch.setattr(printing, "check_print", lambda pdf, queue, copies: "/usr/bin/lp")
    monkeypatch.setattr(printing, "send_pdf", lambda pdf, *a, **k: sent.append(pdf) or "Q-1")
    service, docs = CaseService(ws), DocumentService(ws)
    case = ws.repo.load_case(ids[MAIN])
    case.current_page = "goals"
    service.save(case)
    imported = service.import_document(case_to_document(dataclasses.replace(case)))
    save_delay_notice(ws, ids[MAIN], "Besked sendt i dag.")
    docs.save_pdf(case, DocumentKind.HANDLEPLAN, tmp_path / "plan.pdf")
    docs.print_pdf(case, DocumentKind.HANDLEPLAN, "Q")
    followup = FollowUp(held_on=TODAY, scores={g.id: 0 for g in case.goals}, outcome="continue")
    record_followup(ws, ids[MAIN], followup, TODAY)
    logged = [(e.action, e.case_id, e.detail) for e in ws.repo.access_log(50)]
    assert ("edit", ids[MAIN], "goals") in logged
    assert ("import", imported.id, "") in logged
    assert ("edit", ids[MAIN], "delay notice") in logged
    assert ("export", ids[MAIN], "handleplan") in logged
    assert ("print", ids[MAIN], "handleplan; printer Q, copies 1") in logged
    assert any(a == "create" and c == ids[MAIN] and d.startswith("followup ") for a, c, d in logged)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF") and len(sent) == 1
    assert audit.verify(ws.repo.engine) == []
