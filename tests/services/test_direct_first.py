"""The main window's way in (``unlock(direct_first=True)``): the direct store at once, the ordinary
repository opened behind it; no call is lost, every access-log row joins one chain, the store is
the same either way."""

from __future__ import annotations

import datetime as dt
import inspect
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from visitation_desktop.domain.case import CaseStatus
from visitation_desktop.services import backups
from visitation_desktop.services import workspace as workspace_module
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo_data import demo_cases
from visitation_desktop.services.overview import OverviewSource
from visitation_desktop.services.workspace import Workspace, unlock
from visitation_desktop.store import audit
from visitation_desktop.store import direct as direct_module
from visitation_desktop.store.direct import DirectStore
from visitation_desktop.store.direct_first import SERVED, DirectFirst, _Paced
from visitation_desktop.store.errors import StoreBusy
from visitation_desktop.store.models import AccessLog, Case
from visitation_desktop.store.repository import Repository

from .conftest import PASSWORD

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def data_dir(ws: Workspace) -> Path:
    """A store of the demo's cases, its day's backup taken (as after the day's first login), closed."""
    CaseService(ws).create_many(demo_cases(ws.standard, ws.catalogue, TODAY))
    assert backups.daily(ws.repo.engine, ws.data_dir, bytes(ws._data_key)) is None
    ws.close()
    return ws.data_dir


@pytest.fixture
def first(data_dir: Path) -> Iterator[Workspace]:
    ws = unlock(data_dir, "ab", PASSWORD, direct_first=True)
    yield ws
    ws.close()


def _ordinary(data_dir: Path) -> Workspace:
    return unlock(data_dir, "AB", PASSWORD)


def test_the_list_is_read_through_the_direct_store_as_the_repository_reads_it(
    data_dir: Path, first: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert isinstance(first.repo, DirectFirst) and not first.repo.opened
    decoded: list[int] = []
    real_load = direct_module.load_case_row
    monkeypatch.setattr(direct_module, "load_case_row", lambda *a: decoded.append(1) or real_load(*a))
    through_direct = OverviewSource(first).overview(TODAY)
    indexed_direct = first.repo.indexed_cases()
    assert decoded == []  # no case's JSON decoded for the list, this way either
    first.repo.load_case(through_direct.rows[0].case_id)
    assert decoded == [1]  # the count sees a decode through the direct store
    assert not first.repo.opened  # the list, its groups and remarks: nothing the direct store cannot answer
    first.close()
    ordinary = _ordinary(data_dir)
    try:
        assert isinstance(ordinary.repo, Repository)
        assert OverviewSource(ordinary).overview(TODAY) == through_direct
        assert ordinary.repo.indexed_cases() == indexed_direct
        with Session(ordinary.repo.engine) as s:  # the ORM's own reading of the same columns
            stored = {c.id: (c.updated_at, c.received, c.status) for c in s.scalars(select(Case))}
        rows = {r.summary.id: r.summary for r in through_direct.rows}
        assert {i: (r.updated_at, r.received, r.status) for i, r in rows.items()} == stored
        assert all(r.updated_at.tzinfo is dt.UTC for r in rows.values())
        assert len(rows) == len(stored) > 3
    finally:
        ordinary.close()


def test_a_save_opens_the_repository_and_every_log_row_joins_one_chain(first: Workspace) -> None:
    service = CaseService(first)
    case_id = min(first.repo.case_uuids())
    case = service.open_case(case_id)  # read and logged through the direct store
    assert isinstance(first.repo, DirectFirst) and not first.repo.opened
    case.purposes.citizen_wishes = "Vil gerne på værkstedet om tirsdagen"
    service.save(case)  # a write: the repository is opened for it, and takes the direct store's place
    assert type(first.repo) is Repository
    with Session(first.repo.engine) as s:
        data = s.scalar(select(Case.data).where(Case.id == case_id))
        actions = [row.action for row in s.scalars(select(AccessLog).order_by(AccessLog.id))][-3:]
    assert "Vil gerne på værkstedet om tirsdagen" in str(data)
    assert actions == ["login", "view", "edit"]
    assert audit.verify(first.repo.engine) == []


def test_the_repository_opened_behind_answers_every_thread_meanwhile(first: Workspace) -> None:
    behind = first.repo
    assert isinstance(behind, DirectFirst)
    errors: list[BaseException] = []
    seen: list[int] = []

    def reader() -> None:
        try:
            for _ in range(20):
                seen.append(len(behind.indexed_cases()[0]))
                behind.log("AB", "search", detail="liste")
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    behind.begin_full()
    for t in threads:
        t.join()
    assert not errors
    assert len(set(seen)) == 1 and seen[0] > 3
    repo = behind.full()
    assert first.repo is repo and behind.opened
    assert audit.verify(repo.engine) == []
    assert [e.detail for e in repo.access_log(60)].count("liste") == 60


def test_a_store_whose_backup_is_due_is_opened_the_ordinary_way(data_dir: Path) -> None:
    shutil.rmtree(data_dir / "backups")  # no backup from today
    ws = unlock(data_dir, "AB", PASSWORD, direct_first=True)
    try:
        assert type(ws.repo) is Repository  # the day's backup is taken first, as always
        assert backups.list_all(ws.data_dir)
    finally:
        ws.close()


def test_closing_before_the_repository_opened_logs_out_and_forgets_the_key(data_dir: Path) -> None:
    ws = unlock(data_dir, "AB", PASSWORD, direct_first=True)
    behind = ws.repo
    assert isinstance(behind, DirectFirst)
    ws.close()
    assert not behind.opened and not any(behind._key)
    ordinary = _ordinary(data_dir)
    try:
        newest = sorted(ordinary.repo.access_log(3), key=lambda e: e.id)
        assert [e.action for e in newest] == ["login", "logout", "login"]  # the last: this check's own
        assert audit.verify(ordinary.repo.engine) == []
    finally:
        ordinary.close()


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The repository's opening fails once (the store busy), then opens; one entry per attempt."""
    real = workspace_module._open_repository
    made: list[int] = []

    def busy_once(data_dir: Path, key: bytes, warnings: list[str]) -> Repository:
        made.append(1)
        if len(made) == 1:
            raise StoreBusy()
        return real(data_dir, key, warnings)

    monkeypatch.setattr(workspace_module, "_open_repository", busy_once)
    return made


def test_a_repository_that_cannot_open_yet_is_tried_again_at_the_next_call(
    first: Workspace, attempts: list[int]
) -> None:
    case_id = min(first.repo.case_uuids())
    with pytest.raises(StoreBusy, match="Datalageret er optaget"):
        first.repo.plan_versions(case_id)  # not one the direct store answers
    assert isinstance(first.repo, DirectFirst) and not first.repo.opened
    assert isinstance(first.repo.plan_versions(case_id), list)  # tried again: it opens now
    assert len(attempts) == 2 and type(first.repo) is Repository
    assert first.repo.load_case(case_id).status in set(CaseStatus)


class _Pace:
    def __init__(self) -> None:
        self.waited = 0
        self.freed = 0

    def wait(self) -> None:
        self.waited += 1

    def free(self) -> None:
        self.freed += 1


def test_the_opening_thread_asks_its_pace_and_another_threads_import_frees_it() -> None:
    pace = _Pace()
    finder = _Paced(pace)  # made on this thread: this is the opening thread
    assert finder.find_spec("some.module", None) is None  # it finds nothing itself
    assert (pace.waited, pace.freed) == (1, 0)
    other = threading.Thread(target=lambda: finder.find_spec("other.module", None))
    other.start()
    other.join()
    assert (pace.waited, pace.freed) == (1, 1)


def test_an_opening_that_failed_behind_the_list_is_tried_again_by_the_next_call(
    first: Workspace, attempts: list[int]
) -> None:
    behind = first.repo
    assert isinstance(behind, DirectFirst)
    behind.begin_full()  # as the main window does once its list is filled: fails, nobody waiting
    assert behind._thread is not None
    behind._thread.join()
    case_id = min(behind.case_uuids())
    assert isinstance(behind.plan_versions(case_id), list)  # the caseworker's next step: not the old error
    assert len(attempts) == 2 and type(first.repo) is Repository


def test_what_the_direct_store_answers_it_answers_with_the_repositorys_parameters() -> None:
    def parameters(method: object) -> list[tuple[str, object, object]]:
        return [(p.name, p.kind, p.default) for p in inspect.signature(method).parameters.values()]  # type: ignore[arg-type]

    assert {"indexed_cases", "load_case", "log", "granted_places"} <= SERVED and "close" not in SERVED
    for name in SERVED:
        assert parameters(getattr(DirectStore, name)) == parameters(getattr(Repository, name)), name
