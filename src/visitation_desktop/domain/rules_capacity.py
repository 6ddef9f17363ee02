"""Capacity: a grant needs a free place of its size in its offer (the rules gate adds this finding).

Pure: the places already taken are counted by ``services/occupancy.py`` and passed in. A case on
the waitlist with an interim solution needs no free place; one on the waitlist without an interim
solution is already blocked by ``offer.interim_missing``.
"""

from __future__ import annotations

from collections.abc import Mapping

from .case import CaseFile, WizardPage
from .findings import Finding, PageFindings
from .messages import QT_TRANSLATE_NOOP, msg
from .standard import Offer, PlaceSize, Standard

# offer id -> place-size id -> places taken (by other cases than the one judged)
Taken = Mapping[str, Mapping[str, int]]

HALF_PLACE = 0.5  # a place size of at most this share of a full place draws on an offer's capacity_half


def is_full_size(size: PlaceSize) -> bool:
    """Whether the size draws on the offer's ``capacity_full`` (docs/standard-format.md): a size of
    more than half a place does ("trekvart" too); half a place or less draws on ``capacity_half``."""
    return size.fraction > HALF_PLACE


def capacity(offer: Offer, size: PlaceSize) -> int:
    """Places of the size's pool at the offer: ``capacity_half`` for half a place or less, else
    ``capacity_full``, which every larger size shares (a full and a "trekvart" place take from it)."""
    return offer.capacity_full if is_full_size(size) else offer.capacity_half


def free_places(standard: Standard, taken: Taken, offer_id: str, place_id: str) -> int | None:
    """Free places of ``place_id``'s pool at ``offer_id`` (never below 0); None when either is unknown.

    The standard gives two numbers per offer: ``capacity_half`` for sizes of half a place or less and
    ``capacity_full`` shared by every larger size (a full and a "trekvart" place take from the same
    number), so the places taken are summed over the sizes of the same pool."""
    offer = standard.offer(offer_id)
    size = standard.place_size(place_id)
    if offer is None or size is None:
        return None
    used = 0
    for other_id, count in taken.get(offer_id, {}).items():
        other = standard.place_size(other_id)
        if other is not None and is_full_size(other) == is_full_size(size):
            used += count
    return max(capacity(offer, size) - used, 0)


def check_capacity(case: CaseFile, standard: Standard, taken: Taken) -> list[Finding]:
    """``offer.no_free_place`` when the case asks for a place of a size its offer has none left of."""
    out: list[Finding] = []
    placement = case.placement
    if placement.waitlist:
        return out
    offer = standard.offer(placement.offer_id)
    size = standard.place_size(placement.place)
    free = free_places(standard, taken, placement.offer_id, placement.place)
    if offer is None or size is None or free is None or free > 0:
        return out
    places = capacity(offer, size)
    PageFindings(WizardPage.OFFER.value, out).block(
        "offer.no_free_place",
        msg(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der er ingen ledig plads af typen »{size}« i {offer}: alle {capacity} er besat. "
                "Skriv borgeren på venteliste med en foreløbig løsning, eller vælg et andet tilbud.",
            ),
            size=size.label,
            offer=offer.name,
            capacity=places,
        ),
        "placement.place",
    )
    return out
