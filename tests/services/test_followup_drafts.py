"""The follow-up draft as the wizard keeps it: saved as it is written, resumed, logged once per session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from visitation_desktop.domain.case import Goal
from visitation_desktop.domain.followup import Adjustment, FollowUp
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.followups import FollowUpDraft, discard_draft, load_draft, save_draft
from visitation_desktop.services.workspace import Workspace, init_store, unlock

PASSWORD = "korrekt-hest-batteri"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    workspace = init_store(data_dir, "AB", "Anne Berg", PASSWORD)
    yield workspace
    workspace.close()


@pytest.fixture
def case_id(ws: Workspace) -> int:
    return fill_demo(ws, TODAY)[0]


def draft_edits(ws: Workspace, case_id: int) -> list[tuple[str, str, str]]:
    return [
        (e.caseworker, e.action, e.detail)
        for e in ws.repo.access_log(500)
        if e.case_id == case_id and e.detail == "followup draft"
    ]


def test_the_whole_followup_and_its_page_come_back(ws: Workspace, case_id: int) -> None:
    followup = FollowUp(
        held_on=TODAY,
        participants="Mette og kontaktpersonen",
        scores={"g1": -1},
        notes={"g1": "Glemmer listen om mandagen"},
        levels={"d230": 2},
        outcome="adjust",
        adjustment=Adjustment(place="half", goals=[Goal(id="new1", text="Jeg vil male om onsdagen.")]),
        next_date=dt.date(2027, 2, 1),
    )
    save_draft(ws, case_id, followup, "followup.new_goals")
    assert load_draft(ws, case_id) == FollowUpDraft(followup, "followup.new_goals")

    followup.notes["g1"] = "Glemmer listen om mandagen, men husker den om tirsdagen"
    save_draft(ws, case_id, followup, "followup.summary")
    again = load_draft(ws, case_id)
    assert again is not None and again.page == "followup.summary"
    assert again.followup.notes == {"g1": "Glemmer listen om mandagen, men husker den om tirsdagen"}

    assert discard_draft(ws, case_id) is True
    assert load_draft(ws, case_id) is None


def test_the_first_save_in_a_session_is_logged_as_an_edit(ws: Workspace, case_id: int, data_dir: Path) -> None:
    for text in ("M", "Me", "Mette"):
        save_draft(ws, case_id, FollowUp(held_on=TODAY, participants=text))
    assert draft_edits(ws, case_id) == [("AB", "edit", "followup draft")]

    ws.close()
    later = unlock(data_dir, "AB", PASSWORD)  # a new login is a new session
    try:
        save_draft(later, case_id, FollowUp(held_on=TODAY, participants="Mette og Jens"))
        save_draft(later, case_id, FollowUp(held_on=TODAY, participants="Mette og Jens Bak"))
        assert draft_edits(later, case_id) == [("AB", "edit", "followup draft")] * 2
    finally:
        later.close()


def test_a_draft_that_cannot_be_read_any_more_is_left_out(ws: Workspace, case_id: int) -> None:
    ws.repo.save_followup_draft(case_id, "AB", {"page": "followup.goals", "followup": {"scorer": {}}})
    assert load_draft(ws, case_id) is None
    ws.repo.save_followup_draft(case_id, "AB", {"followup": {"participants": "Mette"}})
    assert load_draft(ws, case_id) == FollowUpDraft(FollowUp(participants="Mette"), "")
