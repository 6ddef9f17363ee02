"""Recording a follow-up is one transaction: the follow-up, the case, the new plan version and the
removal of the draft are all stored, or none of them is."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.followup import Adjustment, FollowUp
from visitation_desktop.domain.serialize import to_dict
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.followups import held_followups, load_draft, record_followup, save_draft
from visitation_desktop.services.workspace import Workspace
from visitation_desktop.store.models import Case
from visitation_desktop.store.models import FollowUp as FollowUpRow
from visitation_desktop.store.transaction import Transaction

TODAY = dt.date(2026, 11, 26)



@pytest.fixture
def mette(ws: Workspace) -> int:
    ids = fill_demo(ws, TODAY)
    return next(i for i in ids if ws.repo.load_case(i).citizen.name == "Mette Sønderby Thomsen")


def half_place(case: CaseFile) -> FollowUp:
    return FollowUp(
        held_on=TODAY,
        scores={g.id: 0 for g in case.goals},
        outcome="adjust",
        adjustment=Adjustment(place="half", reason="Mette er for træt om eftermiddagen."),
    )


def stored_state(ws: Workspace, case_id: int) -> tuple[Any, ...]:
    summary = next(s for s in ws.repo.list_cases() if s.id == case_id)
    return (
        to_dict(ws.repo.load_case(case_id)),
        summary.updated_at,
        [(v.version, v.note) for v in ws.repo.plan_versions(case_id)],
        held_followups(ws, case_id),
        [(e.action, e.detail) for e in ws.repo.access_log(500) if e.case_id == case_id],
    )


def test_recording_stores_everything_and_removes_the_draft(ws: Workspace, mette: int) -> None:
    case = ws.repo.load_case(mette)
    followup = half_place(case)
    save_draft(ws, mette, followup, "followup.summary")

    done = record_followup(ws, mette, followup, TODAY)

    assert ws.repo.load_case(mette).placement.place == "half"
    assert [(v.version, v.note) for v in ws.repo.plan_versions(mette)] == [
        (1, "Handleplanen ved bevillingen"),
        (2, "Opfølgning 26. november 2026: Indsatsen tilpasses"),
    ]
    assert [h.id for h in held_followups(ws, mette)] == [done.followup_id]
    assert load_draft(ws, mette) is None
    logged = [(e.action, e.detail) for e in ws.repo.access_log(500) if e.case_id == mette]
    assert logged[:3] == [
        ("create", "plan version 2"),
        ("edit", f"followup {done.followup_id}"),
        ("create", f"followup {done.followup_id}"),
    ]


def test_a_failing_plan_version_insert_stores_nothing(
    ws: Workspace, mette: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = ws.repo.load_case(mette)
    followup = half_place(case)
    save_draft(ws, mette, followup, "followup.summary")
    before = stored_state(ws, mette)
    seen_inside: list[tuple[int, str]] = []

    def fail_inside_the_transaction(tx: Transaction, case_id: int, *_args: object) -> int:
        # the follow-up row and the saved case are already written in this transaction
        s = tx.session
        rows = s.scalar(select(func.count()).select_from(FollowUpRow).where(FollowUpRow.case_id == case_id))
        place = json.loads(s.scalar(select(Case.data).where(Case.id == case_id)) or "{}")["placement"]["place"]
        seen_inside.append((rows or 0, place))
        raise OSError("disken er fuld")

    monkeypatch.setattr(Transaction, "add_plan_version", fail_inside_the_transaction)

    with pytest.raises(OSError, match="disken er fuld"):
        record_followup(ws, mette, followup, TODAY)

    assert seen_inside == [(1, "half")], "the failure came after the follow-up and the case were written"
    assert stored_state(ws, mette) == before
    assert ws.repo.load_case(mette).placement.place == "full"
    assert held_followups(ws, mette) == []
    draft = load_draft(ws, mette)
    assert draft is not None and draft.followup == followup, "the draft is kept to try again"


def test_a_failing_draft_removal_undoes_the_followup_the_case_and_the_version(ws: Workspace, mette: int) -> None:
    case = ws.repo.load_case(mette)
    followup = half_place(case)
    save_draft(ws, mette, followup, "followup.summary")
    before = stored_state(ws, mette)
    with ws.repo.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER keep_draft BEFORE DELETE ON followup_drafts "
            "BEGIN SELECT RAISE(ABORT, 'draft locked'); END"
        )

    with pytest.raises(IntegrityError, match="draft locked"):
        record_followup(ws, mette, followup, TODAY)

    assert stored_state(ws, mette) == before
    assert held_followups(ws, mette) == []
    assert [v.version for v in ws.repo.plan_versions(mette)] == [1]


def test_recording_again_after_the_failure_works(ws: Workspace, mette: int, monkeypatch: pytest.MonkeyPatch) -> None:
    case = ws.repo.load_case(mette)
    followup = half_place(case)

    def fail(*_args: object) -> int:
        raise OSError("disken er fuld")

    with monkeypatch.context() as patch:
        patch.setattr(Transaction, "add_plan_version", fail)
        with pytest.raises(OSError):
            record_followup(ws, mette, followup, TODAY)
    done = record_followup(ws, mette, dataclasses.replace(followup), TODAY)
    assert done.plan_version == 2 and len(held_followups(ws, mette)) == 1
