"""Free places: granted cases in the store take places; capacity minus taken is what is free."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from visitation_desktop.domain.case import CaseFile, CaseStatus
from visitation_desktop.domain.standard import default_standard_path, load_standard
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.offers import count_places, free_places, has_free_place, occupancy
from visitation_desktop.services.workspace import Workspace, init_store

DECIDED = dt.date(2026, 2, 2)
LIMFJORDEN = "aktivitetshuset-limfjorden"
DAGHUSET = "daghuset"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = init_store(tmp_path / "data", "AB", "Anne Berg", "korrekt-hest-batteri")
    yield ws
    ws.close()


@pytest.fixture
def placed(complete_case: Callable[..., CaseFile]) -> Callable[..., CaseFile]:
    """A complete case (one the rules allow to grant) placed in ``offer_id`` with ``place``."""

    def make(offer_id: str, place: str, outcome: str = "grant", *, waitlist: bool = False, seq: int = 1) -> CaseFile:
        return complete_case(offer_id, place, outcome, waitlist=waitlist, seq=seq)

    return make


def store(workspace: Workspace, *cases: CaseFile) -> list[int]:
    service = CaseService(workspace)
    ids = []
    for case in cases:
        service.new_case(case)
        service.save(case)  # the status follows the decision on save
        assert case.id is not None
        ids.append(case.id)
    return ids


def test_granted_cases_take_places_by_size(workspace: Workspace, placed: Callable[..., CaseFile]) -> None:
    store(
        workspace,
        placed(LIMFJORDEN, "full", seq=1),
        placed(LIMFJORDEN, "full", seq=2),
        placed(LIMFJORDEN, "half", seq=3),
        placed(DAGHUSET, "half", seq=4),
    )
    assert occupancy(workspace) == {LIMFJORDEN: (2, 1), DAGHUSET: (0, 1)}


def test_only_granted_not_ended_not_waiting_cases_count(workspace: Workspace, placed: Callable[..., CaseFile]) -> None:
    ended = placed(LIMFJORDEN, "full", seq=5)
    ended.status = CaseStatus.ENDED.value
    store(
        workspace,
        placed(LIMFJORDEN, "full", seq=1),
        placed(LIMFJORDEN, "full", outcome="refusal", seq=2),
        placed(LIMFJORDEN, "full", outcome="", seq=3),  # still open
        placed(LIMFJORDEN, "full", waitlist=True, seq=4),
        ended,
    )
    assert occupancy(workspace) == {LIMFJORDEN: (1, 0)}


def test_the_case_being_edited_can_be_left_out(workspace: Workspace, placed: Callable[..., CaseFile]) -> None:
    first, second = store(workspace, placed(LIMFJORDEN, "full", seq=1), placed(LIMFJORDEN, "half", seq=2))
    assert occupancy(workspace, exclude_case_id=first) == {LIMFJORDEN: (0, 1)}
    assert occupancy(workspace, exclude_case_id=second) == {LIMFJORDEN: (1, 0)}


def test_free_places_are_capacity_minus_taken_never_below_zero() -> None:
    standard = load_standard(default_standard_path())
    limfjorden = standard.offer(LIMFJORDEN)
    assert limfjorden is not None and (limfjorden.capacity_full, limfjorden.capacity_half) == (20, 6)
    free = free_places(standard, {LIMFJORDEN: (20, 2), DAGHUSET: (30, 0)})
    assert free[LIMFJORDEN] == (0, 4)
    assert free[DAGHUSET] == (0, 8)  # more taken than the capacity shows as none free
    assert free["thyvaerkstedet"] == (40, 10)
    assert set(free) == {o.id for o in standard.offers}
    assert has_free_place(standard, free, LIMFJORDEN, "full") is False
    assert has_free_place(standard, free, LIMFJORDEN, "half") is True
    assert has_free_place(standard, free, LIMFJORDEN, "") is None
    assert has_free_place(standard, free, "no-such-offer", "full") is None


def test_count_places_ignores_unknown_sizes_and_missing_offers(placed: Callable[..., CaseFile]) -> None:
    standard = load_standard(default_standard_path())
    held = [(LIMFJORDEN, "quarter"), ("", "full"), (DAGHUSET, "full")]
    assert count_places(standard, held) == {DAGHUSET: (1, 0)}
