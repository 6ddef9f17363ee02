"""Free places in the offers: how many granted places each offer has taken, and what is left.

Occupancy is counted from the cases in the store: a case that is granted (decided, not ended)
and not on the waitlist holds one place of its size in its offer. The laptop holds tens of
cases, so every granted case is simply loaded; the central store can do the same with a query.
"""

from __future__ import annotations

from ..domain.case import CaseFile, CaseStatus
from ..domain.standard import Standard
from .occupancy import central_places
from .workspace import Workspace

# (full places, half places) per offer id
Places = dict[str, tuple[int, int]]


def is_full_place(standard: Standard, place: str) -> bool | None:
    """True for a full place, False for a part place, None when the standard does not know the size."""
    size = standard.place_size(place)
    if size is None:
        return None
    return size.fraction >= 1.0


def count_places(standard: Standard, cases: list[CaseFile]) -> Places:
    """The places the given cases hold: granted, not on the waitlist, with a known offer and size."""
    counts: dict[str, list[int]] = {}
    for case in cases:
        if case.status != CaseStatus.GRANTED.value or case.placement.waitlist:
            continue
        offer_id = case.placement.offer_id
        full = is_full_place(standard, case.placement.place)
        if not offer_id or full is None:
            continue
        slot = counts.setdefault(offer_id, [0, 0])
        slot[0 if full else 1] += 1
    return {offer_id: (full, half) for offer_id, (full, half) in counts.items()}


def occupancy(workspace: Workspace, exclude_case_id: int | None = None) -> Places:
    """Places taken per offer id, as (full, half), counted over the store's granted cases.

    ``exclude_case_id`` leaves out the case being edited, so it does not take its own place.
    """
    cases = [
        workspace.repo.load_case(summary.id)
        for summary in workspace.repo.list_cases()
        if summary.status == CaseStatus.GRANTED.value and summary.id != exclude_case_id
    ]
    places = count_places(workspace.standard, cases)
    excluded = workspace.repo.load_case(exclude_case_id).uuid if exclude_case_id is not None else None
    for offer_id, place in central_places(workspace, excluded):  # other caseworkers' grants
        full = is_full_place(workspace.standard, place)
        if full is not None:
            f, h = places.get(offer_id, (0, 0))
            places[offer_id] = (f + 1, h) if full else (f, h + 1)
    return places


def free_places(standard: Standard, taken: Places) -> Places:
    """Free places per offer of the standard, as (full, half): capacity minus taken, never below 0."""
    free: Places = {}
    for offer in standard.offers:
        full, half = taken.get(offer.id, (0, 0))
        free[offer.id] = (max(offer.capacity_full - full, 0), max(offer.capacity_half - half, 0))
    return free


def has_free_place(standard: Standard, free: Places, offer_id: str, place: str) -> bool | None:
    """Whether ``offer_id`` has a free place of size ``place``; None when either is unknown."""
    full = is_full_place(standard, place)
    if full is None or offer_id not in free:
        return None
    return free[offer_id][0 if full else 1] > 0
