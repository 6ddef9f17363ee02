"""Recording a follow-up: the row stored, the case adjusted or ended, a NEW handleplan version when the
plan changed (the old one kept as it was), the access log, and the overview groups of the main window."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from visitation_desktop.documents import DocumentKind
from visitation_desktop.domain.case import CaseFile, CaseStatus
from visitation_desktop.domain.followup import Adjustment, FollowUp
from visitation_desktop.services import plan_versions
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.documents import DocumentService
from visitation_desktop.services.followups import (
    FollowUpFormatError,
    FollowUpInvalid,
    held_followups,
    read_followup_file,
    record_followup,
)
from visitation_desktop.services.overview import (
    Group,
    OverviewRow,
    OverviewSource,
    due_followups,
    overview,
    save_delay_notice,
)
from visitation_desktop.services.workspace import Workspace

TODAY = dt.date(2026, 11, 26)
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "followup-example.json"



@pytest.fixture
def demo(ws: Workspace) -> dict[str, int]:
    """The demo cases by citizen name -> case id."""
    ids = fill_demo(ws, TODAY)
    return {ws.repo.load_case(i).citizen.name: i for i in ids}


def mette(ws: Workspace, demo: dict[str, int]) -> tuple[int, CaseFile]:
    case_id = demo["Mette Sønderby Thomsen"]
    return case_id, ws.repo.load_case(case_id)


def all_scored(case: CaseFile, **changes: object) -> FollowUp:
    return dataclasses.replace(FollowUp(held_on=TODAY, scores={g.id: 0 for g in case.goals}), **changes)


def actions(ws: Workspace, case_id: int) -> list[tuple[str, str]]:
    return [(row.action, row.detail) for row in ws.repo.access_log(500) if row.case_id == case_id]


def test_the_grant_is_kept_as_version_1_once(ws: Workspace, demo: dict[str, int]) -> None:
    case_id, case = mette(ws, demo)
    assert [(v.version, v.note) for v in ws.repo.plan_versions(case_id)] == [(1, "Handleplanen ved bevillingen")]
    CaseService(ws).save(case)
    assert len(ws.repo.plan_versions(case_id)) == 1
    assert ("create", "plan version 1") in actions(ws, case_id)
    assert ws.repo.plan_versions(demo["Sofie Brandt Kristensen"]) == [], "an open case has no plan version"


def test_the_decision_to_grant_keeps_version_1_and_later_saves_do_not_overwrite_it(
    ws: Workspace, demo: dict[str, int]
) -> None:
    service = CaseService(ws)
    _, granted = mette(ws, demo)
    case = copy.deepcopy(granted)  # a complete case the rules allow to grant, not yet decided
    decided_on = case.decision.decided_on
    case.decision.outcome, case.decision.decided_on = "", None
    case = service.new_case(case)
    assert ws.repo.plan_versions(case.id or 0) == []
    case.decision.outcome = "grant"
    case.decision.decided_on = decided_on
    service.save(case)
    assert case.status == "granted"
    case.placement.place = "half"
    service.save(case)
    versions = ws.repo.plan_versions(case.id or 0)
    assert [v.version for v in versions] == [1]
    assert ws.repo.load_plan_version(case.id or 0, 1).placement.place == "full"


def test_adjusting_to_a_half_place_adds_version_2_and_keeps_version_1(ws: Workspace, demo: dict[str, int]) -> None:
    case_id, case = mette(ws, demo)
    followup = all_scored(case, outcome="adjust", adjustment=Adjustment(place="half", reason="Træt efter frokost."))
    done = record_followup(ws, case_id, followup, TODAY)

    assert done.plan_version == 2
    assert [str(c) for c in done.changes] == ["Plads: Hel plads → Halv plads"]
    assert done.t_score == pytest.approx(50.0)
    assert ws.repo.load_case(case_id).placement.place == "half"
    assert ws.repo.load_plan_version(case_id, 1).placement.place == "full", "version 1 is never overwritten"
    assert ws.repo.load_plan_version(case_id, 2).placement.place == "half"
    assert [str(c) for c in plan_versions.compare_versions(ws, case_id, 1, 2)] == ["Plads: Hel plads → Halv plads"]
    assert ws.repo.plan_versions(case_id)[1].note == "Opfølgning 26. november 2026: Indsatsen tilpasses"

    held = held_followups(ws, case_id)
    assert [(h.held_on, h.created_by, h.followup.adjustment.place) for h in held] == [(TODAY, "AB", "half")]
    # Mette started 12 November 2026: a meeting two weeks later is one as needed, the 3-month one stays
    assert held[0].followup.next_date == dt.date(2027, 2, 12), "3 months after the start, not a year after the meeting"
    logged = actions(ws, case_id)
    assert ("create", f"followup {done.followup_id}") in logged
    assert ("edit", f"followup {done.followup_id}") in logged
    assert ("create", "plan version 2") in logged
    assert ("view", "plan versions 1 and 2") in logged


def test_continuing_unchanged_adds_no_version(ws: Workspace, demo: dict[str, int]) -> None:
    case_id, case = mette(ws, demo)
    done = record_followup(ws, case_id, all_scored(case, outcome="continue"), TODAY)
    assert done.plan_version is None and done.changes == []
    assert len(ws.repo.plan_versions(case_id)) == 1
    assert len(held_followups(ws, case_id)) == 1


def test_ending_the_service(ws: Workspace, demo: dict[str, int]) -> None:
    case_id, case = mette(ws, demo)
    followup = all_scored(
        case, outcome="end", end_reason="Mette er flyttet til Aalborg.", referral="Aalborg Kommune", next_date=TODAY
    )
    done = record_followup(ws, case_id, followup, TODAY)
    assert ws.repo.load_case(case_id).status == CaseStatus.ENDED
    assert [str(c) for c in done.changes] == ["Status: Bevilget → Afsluttet"]
    assert done.followup.next_date is None
    row = next(r for r in overview(ws, TODAY).rows if r.case_id == case_id)
    assert Group.ENDED in row.groups and row.followup is None


def test_nothing_is_stored_while_something_blocks(ws: Workspace, demo: dict[str, int]) -> None:
    case_id, case = mette(ws, demo)
    with pytest.raises(FollowUpInvalid) as caught:
        record_followup(ws, case_id, FollowUp(held_on=TODAY, scores={case.goals[0].id: 1}), TODAY)
    message = str(caught.value)
    assert message.startswith("Opfølgningen kan ikke registreres endnu:")
    assert "Mål 2" in message and "Vælg, om indsatsen fortsætter, tilpasses eller afsluttes." in message
    assert held_followups(ws, case_id) == []
    assert len(ws.repo.plan_versions(case_id)) == 1
    refused = demo["Kasper Møller Nørgaard"]
    with pytest.raises(FollowUpInvalid, match="kun følges op på en bevilget indsats"):
        record_followup(ws, refused, FollowUp(held_on=TODAY, outcome="continue"), TODAY)


def test_the_documented_example_is_accepted_for_the_demo_data(ws: Workspace, demo: dict[str, int]) -> None:
    case_id, _case = mette(ws, demo)
    followup = read_followup_file(EXAMPLE.read_text(encoding="utf-8"))
    done = record_followup(ws, case_id, followup, TODAY)
    assert done.followup.held_on == TODAY, "no date in the file: the meeting is today"
    assert done.plan_version == 2
    assert done.followup.own_words["demo01goal1"].startswith("Jeg er stolt af min lasagne")


def test_a_bad_file_names_the_line_or_the_key() -> None:
    with pytest.raises(FollowUpFormatError, match="linje 2"):
        read_followup_file('{\n  "scores": {,}\n}')
    with pytest.raises(FollowUpFormatError, match=r"\$\.adjustment\.plads: ukendt felt"):
        read_followup_file('{"adjustment": {"plads": "half"}}')


def test_overview_groups_and_what_each_row_needs(ws: Workspace, demo: dict[str, int]) -> None:
    found = overview(ws, TODAY)
    counts = found.counts()
    assert counts[Group.ALL] == len(demo)
    assert counts[Group.GRANTED] == 3 and counts[Group.WAITLIST] == 1
    names = {r.summary.citizen_name: r for r in found.rows}
    hanne = names["Hanne Lykke Dalsgaard"]
    assert hanne.groups >= {Group.WAITLIST, Group.GRANTED}
    assert hanne.waitlist and hanne.interim_solution.startswith("Indtil der er plads i Enggården")
    assert (hanne.offer, hanne.place) == ("Enggården", "Hel plads")
    deadline_names = {r.summary.citizen_name for r in found.rows_in(Group.DEADLINE)}
    assert deadline_names == {"Niels Ejner Bak", "Karen Marie Vestergaard"}
    karen = names["Karen Marie Vestergaard"]
    assert (karen.deadline_state, karen.deadline_days_left, karen.delay_notice) == ("warning", 6, "")
    niels = names["Niels Ejner Bak"]
    assert (niels.deadline_state, niels.deadline_days_left) == ("overdue", -4)
    assert niels.delay_notice.startswith("Brev sendt")
    assert names["Mette Sønderby Thomsen"].deadline_state == "", "a decided case has no running deadline"


def test_writing_the_delay_notice_from_the_overview(ws: Workspace, demo: dict[str, int]) -> None:
    karen = demo["Karen Marie Vestergaard"]
    save_delay_notice(ws, karen, "  Besked sendt 26. november 2026: afgørelsen kommer senest 15. december.  ")
    assert ws.repo.load_case(karen).decision.delay_notice == "Besked sendt 26. november 2026: afgørelsen kommer senest 15. december."
    row = next(r for r in overview(ws, TODAY).rows if r.case_id == karen)
    assert row.delay_notice == "Besked sendt 26. november 2026: afgørelsen kommer senest 15. december."
    assert ("edit", "delay notice") in actions(ws, karen)


def test_followups_due_and_a_held_one_moves_the_next(ws: Workspace, demo: dict[str, int]) -> None:
    anders = demo["Anders Hvidberg Kjær"]
    due = due_followups(ws, TODAY, 31)
    assert [(d.case_id, d.due, d.first) for d, _s in due] == [(anders, dt.date(2026, 12, 27), True)]
    assert due_followups(ws, TODAY, 30) == []
    later = TODAY + dt.timedelta(days=40)
    case = ws.repo.load_case(anders)
    record_followup(ws, anders, all_scored(case, outcome="continue", held_on=later), later)
    assert anders not in [d.case_id for d, _s in due_followups(ws, later, 300)]
    row = next(r for r in overview(ws, later).rows if r.case_id == anders)
    # held 5 January 2027 it covers the 3-month date (27 December 2026); the yearly one is start + 15 months
    assert row.followup is not None and row.followup.due == dt.date(2027, 12, 27) and not row.followup.first


def test_the_main_windows_remembered_overview_sees_every_change(ws: Workspace, demo: dict[str, int]) -> None:
    source = OverviewSource(ws)
    karen, mette_id = demo["Karen Marie Vestergaard"], demo["Mette Sønderby Thomsen"]

    def row(case_id: int) -> OverviewRow:
        return next(r for r in source.overview(TODAY).rows if r.case_id == case_id)

    assert row(karen).delay_notice == "" and row(mette_id).place == "Hel plads"
    save_delay_notice(ws, karen, "Brev sendt 26. november 2026.")
    case = ws.repo.load_case(mette_id)
    adjust = all_scored(case, outcome="adjust", adjustment=Adjustment(place="half", reason="Træt."))
    record_followup(ws, mette_id, adjust, TODAY)
    assert row(karen).delay_notice == "Brev sendt 26. november 2026."
    assert row(mette_id).place == "Halv plads"
    assert row(mette_id).followup is not None and row(mette_id).followup.due == dt.date(2027, 2, 12)  # start + 3 months


def test_the_new_version_is_the_one_the_handleplan_prints(ws: Workspace, demo: dict[str, int], tmp_path: Path) -> None:
    case_id, case = mette(ws, demo)
    adjust = all_scored(case, outcome="adjust", adjustment=Adjustment(place="half", reason="Træt."))
    record_followup(ws, case_id, adjust, TODAY)
    pdf = tmp_path / "handleplan.pdf"
    pdf.write_bytes(DocumentService(ws).render(ws.repo.load_case(case_id), DocumentKind.HANDLEPLAN, TODAY))
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    assert "Planens version 2" in text
    assert "Plads Halv plads" in text
