"""``store.direct.DirectStore`` answers what the render path asks exactly as the repository does, and its
access-log rows join the same chain (``audit verify`` finds nothing) beside an open SQLAlchemy engine."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest

from visitation_desktop.domain.case import CaseStatus
from visitation_desktop.domain.serialize import to_dict
from visitation_desktop.services import backups
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo_data import demo_cases
from visitation_desktop.services.workspace import Workspace
from visitation_desktop.store import audit, sync_local
from visitation_desktop.store.direct import DirectStore
from visitation_desktop.store.records import LogEntry

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def filled(ws: Workspace) -> Workspace:
    CaseService(ws).create_many(demo_cases(ws.standard, ws.catalogue, TODAY))
    assert backups.daily(ws.repo.engine, ws.data_dir, bytes(ws._data_key)) is None  # what unlock does first
    from sqlalchemy.orm import Session

    with Session(ws.repo.engine) as s, s.begin():
        sync_local.replace_central_grants(s, [(str(uuid.uuid4()), "enggaarden", "full")],
                                          dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC))
    return ws


@pytest.fixture
def direct(filled: Workspace) -> Iterator[DirectStore]:
    store = DirectStore.open(filled.data_dir, bytes(filled._data_key))
    yield store
    store.close()


def test_it_reads_what_the_repository_reads(filled: Workspace, direct: DirectStore) -> None:
    repo = filled.repo
    ids = sorted(repo.case_uuids())
    assert len(ids) > 3
    for case_id in ids:
        assert to_dict(direct.load_case(case_id)) == to_dict(repo.load_case(case_id))
        assert direct.citizen_id(case_id) == repo.citizen_id(case_id)
        assert direct.latest_plan_version(case_id) == repo.latest_plan_version(case_id)
    granted = CaseStatus.GRANTED.value
    assert sorted(direct.granted_places(granted), key=lambda p: p.case_id) == sorted(
        repo.granted_places(granted), key=lambda p: p.case_id)
    assert direct.granted_places(granted)  # the demo has grants holding places
    assert direct.central_grants() == repo.central_grants()
    assert direct.central_grants()[1] == dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
    assert direct.case_uuids() == repo.case_uuids()
    assert direct.caseworker_name("ab") == repo.caseworker_name("AB") == "Anne Berg"
    digest = filled.standard.digest
    assert direct.standard_source(digest) == repo.standard_source(digest)
    assert direct.standard_source("0" * 64) is None


def test_its_log_rows_continue_the_chain_the_repository_writes(filled: Workspace, direct: DirectStore) -> None:
    case_id = min(filled.repo.case_uuids())
    first = direct.log_before_release(LogEntry("AB", "export", case_id=case_id, detail="handleplan"))
    second = filled.repo.log("AB", "view", case_id=case_id)  # the GUI's engine, open all along
    third = direct.log("AB", "render", case_id=case_id, detail="decision")
    assert second == first + 1 and third == second + 1
    assert audit.verify(filled.repo.engine) == []
    rows = {r.id: r for r in filled.repo.access_log(3)}
    assert rows[first].citizen_id == filled.repo.citizen_id(case_id)
    assert (rows[third].action, rows[third].detail) == ("render", "decision")


def test_an_unknown_action_is_refused_before_anything_is_written(filled: Workspace, direct: DirectStore) -> None:
    before = filled.repo.access_log(1)[0].id
    with pytest.raises(ValueError, match="unknown access-log action"):
        direct.log("AB", "peek")
    assert filled.repo.access_log(1)[0].id == before


def test_a_row_waits_for_the_other_writers_transaction_and_then_joins_the_chain(filled: Workspace) -> None:
    import threading

    case_id = min(filled.repo.case_uuids())
    holding, release, done = threading.Event(), threading.Event(), threading.Event()
    written: list[int] = []

    def other_writer() -> None:  # the GUI saving while the command logs
        with filled.repo.transaction("AB") as tx:
            tx.log("edit", case_id=case_id)
            holding.set()
            release.wait(30)

    def command() -> None:  # the render command, in its own process in life: its own connection
        store = DirectStore.open(filled.data_dir, bytes(filled._data_key))
        try:
            written.append(store.log("AB", "render", case_id=case_id, detail="handleplan"))
        finally:
            store.close()
        done.set()

    writer = threading.Thread(target=other_writer)
    writer.start()
    assert holding.wait(30)
    logger = threading.Thread(target=command)
    logger.start()
    assert not done.wait(0.5)  # the write lock is held: the command's row waits for it
    release.set()
    writer.join(30)
    assert done.wait(30)
    logger.join(30)
    rows = filled.repo.access_log(2)
    assert [r.action for r in reversed(rows)] == ["edit", "render"]
    assert rows[0].id == written[0]
    assert audit.verify(filled.repo.engine) == []
