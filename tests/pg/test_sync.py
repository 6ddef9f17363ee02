"""Check-out and check-in with two laptops and one central store (a real PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.merge import Choice
from visitation_desktop.services import central, sync
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.occupancy import places_taken
from visitation_desktop.services.offers import occupancy
from visitation_desktop.services.workspace import Workspace, init_store
from visitation_desktop.store import sync_local
from visitation_desktop.store.central.ops import citizens_t

from .sync_helpers import CutAfter, case_by_name, central_case, central_engine, counts, snapshot, sync_service

METTE = "Mette Sønderby Thomsen"


@pytest.fixture
def hub(fresh_pg_url: str) -> Iterator[Engine]:
    engine = central_engine(fresh_pg_url)
    yield engine
    engine.dispose()


@pytest.fixture
def second(tmp_path: Path) -> Iterator[Workspace]:
    """A second caseworker's laptop, empty until it checks cases out."""
    ws = init_store(tmp_path / "second", "KB", "Karin Bak", "andet-langt-kodeord")
    yield ws
    ws.close()


def _both_hold_every_case(laptop: Workspace, second: Workspace, url: str) -> None:
    report = sync_service(laptop, url).push()
    assert report.conflicts == [] and len(report.written) == len(laptop.repo.list_cases())
    pulled = sync_service(second, url).pull([c.uuid for c in _all(laptop)])
    assert len(pulled.new) == len(report.written)


def _all(ws: Workspace) -> list[CaseFile]:
    return [ws.repo.load_case(s.id) for s in ws.repo.list_cases()]


def test_different_fields_edited_on_each_side_are_merged_and_both_kept(
    laptop: Workspace, second: Workspace, fresh_pg_url: str, hub: Engine
) -> None:
    _both_hold_every_case(laptop, second, fresh_pg_url)
    mine = case_by_name(laptop, METTE)
    mine.purposes.citizen_wishes = "Vil gerne bage"
    CaseService(laptop).save(mine)
    theirs = case_by_name(second, METTE)
    theirs.citizen.phone = "99 88 77 66"
    CaseService(second).save(theirs)

    assert sync_service(second, fresh_pg_url).push().written == [theirs.id]
    report = sync_service(laptop, fresh_pg_url).push()
    assert (report.written, report.merged, report.conflicts) == ([mine.id], [mine.id], [])

    stored = central_case(hub, mine.uuid)
    assert (stored["purposes"]["citizen_wishes"], stored["citizen"]["phone"]) == (
        "Vil gerne bage",
        "99 88 77 66",
    )
    assert stored["_revision"] == 3  # created, then one accepted change from each laptop
    here = laptop.repo.load_case(mine.id)
    assert (here.purposes.citizen_wishes, here.citizen.phone) == ("Vil gerne bage", "99 88 77 66")
    assert dict((r[0], r[1]) for r in sync_local.sync_rows(laptop.repo.engine))[mine.id] == "checked_in"


def test_the_same_field_on_both_sides_is_a_conflict_and_nothing_is_written_until_chosen(
    laptop: Workspace, second: Workspace, fresh_pg_url: str, hub: Engine
) -> None:
    _both_hold_every_case(laptop, second, fresh_pg_url)
    theirs = case_by_name(second, METTE)
    theirs.citizen.phone = "11 11 11 11"
    CaseService(second).save(theirs)
    sync_service(second, fresh_pg_url).push()
    before = snapshot(hub)

    mine = case_by_name(laptop, METTE)
    mine.citizen.phone = "22 22 22 22"
    mine.activities.note = "Kun formiddage"
    CaseService(laptop).save(mine)
    report = sync_service(laptop, fresh_pg_url).push()
    assert report.written == []
    (conflict,) = report.conflicts
    assert [(c.label, c.mine, c.theirs) for c in conflict.conflicts] == [
        ("Borger: telefon", "22 22 22 22", "11 11 11 11")
    ]
    assert conflict.theirs.by == "KB"
    assert snapshot(hub) == before  # nothing of that case was written, not even the note
    assert dict((r[0], r[1]) for r in sync_local.sync_rows(laptop.repo.engine))[mine.id] == "conflict"
    again = sync_service(laptop, fresh_pg_url).push()
    assert [c.case_id for c in again.conflicts] == [mine.id] and snapshot(hub) == before

    with pytest.raises(KeyError):
        sync.resolve(laptop, mine.id, {})
    sync.resolve(laptop, mine.id, {"citizen.phone": Choice.MINE})
    report = sync_service(laptop, fresh_pg_url).push()
    assert (report.written, report.conflicts) == ([mine.id], [])
    stored = central_case(hub, mine.uuid)
    assert (stored["citizen"]["phone"], stored["activities"]["note"]) == ("22 22 22 22", "Kun formiddage")


def test_the_same_cpr_new_on_two_laptops_is_one_central_citizen(
    laptop: Workspace, second: Workspace, fresh_pg_url: str, hub: Engine
) -> None:
    for ws, name in ((laptop, "Ny Borger"), (second, "Ny Borger Hansen")):
        case = CaseFile()
        case.citizen.cpr, case.citizen.name = "0101901234", name
        CaseService(ws).new_case(case)
    sync_service(laptop, fresh_pg_url).push()
    report = sync_service(second, fresh_pg_url).push()

    with hub.connect() as conn:
        citizens = conn.execute(select(citizens_t.c.uuid).where(citizens_t.c.cpr == "0101901234")).all()
    assert len(citizens) == 1
    (case_id,) = report.written
    first_uuid = next(c.uuid for c in _all(laptop) if c.citizen.cpr == "0101901234")
    assert report.duplicates == {case_id: [first_uuid]}  # told: a possible duplicate case
    assert second.repo.load_case(case_id).citizen.uuid == citizens[0][0]  # linked to the central citizen


@pytest.mark.parametrize("cut_at", [3, 6, 9])
def test_a_connection_cut_during_a_check_in_then_a_rerun_gives_the_result_without_the_cut(
    laptop: Workspace, fresh_pg_url: str, hub: Engine, cut_at: int, tmp_path: Path
) -> None:
    before = snapshot(hub)
    cut = CutAfter(cut_at)
    with pytest.raises(central.CentralUnavailable, match="ikke sendt færdigt"):
        sync_service(laptop, fresh_pg_url, connect=cut).push(batch_size=4)
    # whole batches only: the cases the laptop was told about are the ones the central store holds
    told = {c for c, state, *_ in sync_local.sync_rows(laptop.repo.engine) if state == "checked_in"}
    held = {row[0] for row in snapshot(hub)["cases"]}
    assert {laptop.repo.load_case(c).uuid for c in told} <= held
    assert len(held) % 4 == 0 or len(held) == len(laptop.repo.list_cases())
    if cut_at == 3:
        assert snapshot(hub) == before

    sync_service(laptop, fresh_pg_url).push(batch_size=4)
    after_rerun = snapshot(hub)
    assert counts(hub)["cases"] == len(laptop.repo.list_cases())
    assert sync_local.pending_case_ids(laptop.repo.engine) == []
    assert {r[1] for r in after_rerun["cases"]} == {1}  # every case written once: no second revision
    assert len({r[0] for r in after_rerun["versions"]}) == len(after_rerun["versions"])


def test_capacity_sees_a_place_granted_on_another_laptop(
    laptop: Workspace, second: Workspace, fresh_pg_url: str, hub: Engine
) -> None:
    granted = [
        c for c in _all(laptop) if c.status == "granted" and c.placement.offer_id and not c.placement.waitlist
    ]
    assert granted, "the demo cases hold granted places"
    assert places_taken(second) == {}  # nothing granted on the second laptop itself
    sync_service(laptop, fresh_pg_url).push()
    report = sync_service(second, fresh_pg_url).pull([])
    assert second.repo.list_cases() == []  # the places came along, the cases did not
    grants, refreshed = sync_local.central_grants(second.repo.engine)
    assert refreshed == report.occupancy_refreshed_at and refreshed is not None
    expected: dict[str, dict[str, int]] = {}
    for case in granted:
        sizes = expected.setdefault(case.placement.offer_id, {})
        sizes[case.placement.place] = sizes.get(case.placement.place, 0) + 1
    assert places_taken(second) == expected  # the other laptop's grants count here
    full = sum(
        1
        for c in granted
        if c.placement.offer_id == granted[0].placement.offer_id and c.placement.place == "full"
    )
    assert occupancy(second)[granted[0].placement.offer_id][0] == full

    sync_service(second, fresh_pg_url).pull([granted[0].uuid])  # now also on this laptop: counted once
    assert places_taken(second) == expected
    assert occupancy(second)[granted[0].placement.offer_id][0] == full


def test_release_removes_a_checked_in_case_and_keeps_its_log(
    laptop: Workspace, fresh_pg_url: str, hub: Engine
) -> None:
    mine = case_by_name(laptop, METTE)
    assert not sync.release(laptop, mine.id)  # not checked in yet: never deleted
    sync_service(laptop, fresh_pg_url).push()
    log_before = len(laptop.repo.access_log(10_000))
    assert sync.release(laptop, mine.id)
    assert mine.id not in {s.id for s in laptop.repo.list_cases()}
    entries = laptop.repo.access_log(10_000)
    assert len(entries) == log_before + 1 and entries[0].action == "delete"
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=31)
    released = sync.release_checked_in(laptop, 30, now=later)
    assert released and laptop.repo.list_cases() == []


def test_the_rules_gate_keeps_back_a_case_claiming_a_grant_that_may_not_be_recorded(
    laptop: Workspace, fresh_pg_url: str, hub: Engine
) -> None:
    sync_service(laptop, fresh_pg_url).push()
    case = case_by_name(laptop, METTE)
    case.placement.offer_id = "eksempel-vaerestedet-vestervig"  # not registered: no grant may name it
    laptop.repo.save_case(case, by="MLH")  # written past the service (an old program, a bad import)
    report = sync_service(laptop, fresh_pg_url).push()
    assert report.written == [] and list(report.refused) == [case.id]
    assert "afgørelsen ikke kan registreres" in report.refused[case.id]
    assert central_case(hub, case.uuid)["placement"]["offer_id"] != "eksempel-vaerestedet-vestervig"
    assert case.id in sync_local.pending_case_ids(laptop.repo.engine)  # kept on the laptop, unsent
