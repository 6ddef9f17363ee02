"""Free places in the offers, as the offer page shows them: per offer, full and part places taken and left.

Counted like the capacity rule (``domain/rules_capacity.py``): a granted case not on the waitlist
holds one place of its size's pool (half places, or the full places every larger size shares), read from
the case index (no case decoded), plus the municipality's grants fetched at the last check-out.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.case import CaseStatus
from ..domain.rules_capacity import is_full_size
from ..domain.standard import Standard
from ..store import sync_local
from .occupancy import central_places
from .workspace import Workspace

# (full places, half places) per offer id
Places = dict[str, tuple[int, int]]


def is_full_place(standard: Standard, place: str) -> bool | None:
    """True for a size that draws on the full places (more than half a place), False for one that
    draws on the half places, None when the standard does not know the size."""
    size = standard.place_size(place)
    return None if size is None else is_full_size(size)


def count_places(standard: Standard, held: Iterable[tuple[str, str]]) -> Places:
    """(full, half) places per offer for the given (offer id, place size) pairs; unknown sizes and
    pairs without an offer are left out."""
    counts: dict[str, list[int]] = {}
    for offer_id, place in held:
        full = is_full_place(standard, place)
        if not offer_id or full is None:
            continue
        slot = counts.setdefault(offer_id, [0, 0])
        slot[0 if full else 1] += 1
    return {offer_id: (full, half) for offer_id, (full, half) in counts.items()}


def occupancy(workspace: Workspace, exclude_case_id: int | None = None) -> Places:
    """Places taken per offer id, as (full, half): the store's granted cases from the case index and
    other caseworkers' grants from the last check-out.

    ``exclude_case_id`` leaves out the case being edited, so it does not take its own place.
    """
    held = [
        (place.offer_id, place.place)
        for place in workspace.repo.granted_places(CaseStatus.GRANTED.value)
        if place.case_id != exclude_case_id
    ]
    excluded = sync_local.case_uuid(workspace.repo.engine, exclude_case_id) if exclude_case_id is not None else None
    held += central_places(workspace, excluded)  # other caseworkers' grants
    return count_places(workspace.standard, held)


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
