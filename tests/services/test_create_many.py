"""``CaseService.create_many``: many cases in one transaction, the same rows as one save at a time."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from visitation_desktop.domain.case import CaseFile, new_uuid
from visitation_desktop.domain.rules_capacity import capacity
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo_data import demo_cases
from visitation_desktop.services.workspace import Workspace, init_store
from visitation_desktop.store import audit, bulk
from visitation_desktop.store.models import AccessLog, Case, CaseIndex, Citizen, PlanVersion

TODAY = dt.date(2026, 3, 2)
PASSWORD = "korrekt-hest-batteri"


def _store(path: Path) -> Workspace:
    return init_store(path, "AB", "Anne Berg", PASSWORD)


def _cases(ws: Workspace) -> list[CaseFile]:
    """The demo cases plus enough copies of a granted one to fill its offer's places of that size."""
    cases = demo_cases(ws.standard, ws.catalogue, TODAY)
    granted = next(c for c in cases if c.decision.outcome == "grant" and c.placement.offer_id and not c.placement.waitlist)
    offer = ws.standard.offer(granted.placement.offer_id)
    size = ws.standard.place_size(granted.placement.place)
    assert offer is not None and size is not None
    for n in range(capacity(offer, size) + 2):
        twin = copy.deepcopy(granted)
        twin.uuid, twin.citizen.uuid = new_uuid(), new_uuid()
        twin.citizen.name = f"Tvilling {n}"
        cases.append(twin)
    return cases


def _rows(ws: Workspace) -> dict[str, Any]:
    """What the store holds of the cases, without what differs between two runs (times, plan uuids)."""
    with Session(ws.repo.engine) as s:
        cases = [
            (r.id, r.uuid, r.revision, r.status, r.deadline, r.citizen_id, r.caseworker, r.updated_by,
             r.current_page, r.planned_start, json.loads(r.data))
            for r in s.scalars(select(Case).order_by(Case.id))
        ]
        citizens = [(r.id, r.uuid, r.name, r.cpr, r.address) for r in s.scalars(select(Citizen).order_by(Citizen.id))]
        index = [
            (r.case_id, r.offer_id, r.place, r.waitlist, r.decided_on, r.sync_state)
            for r in s.scalars(select(CaseIndex).order_by(CaseIndex.case_id))
        ]
        plans = [
            (r.case_id, r.version, r.note, r.created_by, json.loads(r.data))
            for r in s.scalars(select(PlanVersion).order_by(PlanVersion.id))
        ]
        log = [
            (r.id, r.caseworker, r.action, r.citizen_id, r.case_id, r.detail)
            for r in s.scalars(select(AccessLog).order_by(AccessLog.id))
        ]
    return {"cases": cases, "citizens": citizens, "index": index, "plans": plans, "log": log}


def test_a_batch_writes_the_rows_single_saves_write_and_the_log_verifies(tmp_path: Path) -> None:
    one, many = _store(tmp_path / "one"), _store(tmp_path / "many")
    try:
        singles = _cases(one)
        batch = copy.deepcopy(singles)
        for case in singles:
            CaseService(one).new_case(case)
        CaseService(many).create_many(batch)

        assert [c.id for c in batch] == [c.id for c in singles]
        assert [c.status for c in batch] == [c.status for c in singles]
        statuses = [c.status for c in batch]
        assert "granted" in statuses and "open" in statuses  # the twins past the capacity were not granted
        assert _rows(many) == _rows(one)
        assert any(p[1] == 1 for p in _rows(many)["plans"])
        assert audit.verify(one.repo.engine) == []
        assert audit.verify(many.repo.engine) == []
        assert [s.id for s in many.repo.list_cases()] == [s.id for s in one.repo.list_cases()]
    finally:
        one.close()
        many.close()


def test_a_failure_mid_batch_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _store(tmp_path / "d")
    try:
        service = CaseService(ws)
        service.create_many(_cases(ws)[:2])
        before = _rows(ws)
        keys_before = (tmp_path / "d" / "keys.json").read_bytes()

        def broken(*_args: object, **_kwargs: object) -> None:
            raise OSError("disk gone")

        monkeypatch.setattr(bulk, "add_first_plan_versions", broken)  # after the cases and index rows
        cases = _cases(ws)
        with pytest.raises(OSError):
            service.create_many(cases)

        assert _rows(ws) == before
        assert all(c.id is None for c in cases)
        assert (tmp_path / "d" / "keys.json").read_bytes() == keys_before  # the log's head did not move
        assert audit.verify(ws.repo.engine) == []
        monkeypatch.undo()
        service.create_many(cases)  # and the same cases go in afterwards
        assert len(_rows(ws)["cases"]) == len(before["cases"]) + len(cases)
        assert audit.verify(ws.repo.engine) == []
    finally:
        ws.close()


def test_a_case_refused_by_the_gate_in_a_batch_is_stored_undecided(tmp_path: Path) -> None:
    ws = _store(tmp_path / "d")
    try:
        case = next(c for c in demo_cases(ws.standard, ws.catalogue, TODAY) if c.decision.outcome == "grant")
        case.citizen.cpr = ""  # a grant for nobody: the standard's rules refuse it
        case.status = "granted"
        other = demo_cases(ws.standard, ws.catalogue, TODAY)[0]
        CaseService(ws).create_many([other, case])
        stored = ws.repo.load_case(case.id or 0)
        assert stored.status == "open"
        with Session(ws.repo.engine) as s:
            assert s.scalar(select(PlanVersion.id).where(PlanVersion.case_id == case.id)) is None
    finally:
        ws.close()
