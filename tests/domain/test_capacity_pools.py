"""An offer's capacity is two numbers (docs/standard-format.md): ``capacity_half`` for the size
"half", and ``capacity_full`` shared by every other size. Ådalen's standard has three sizes: hel
(full), trekvart and deltid (id "half"); Musikhuset Bølgen has 1 full and 1 half place."""

from __future__ import annotations

from pathlib import Path

import pytest

from visitation_desktop.domain.case import CaseFile, Placement
from visitation_desktop.domain.rules_capacity import check_capacity, free_places
from visitation_desktop.domain.standard import Standard, load_standard

ADALEN = Path(__file__).resolve().parents[1] / "data" / "standards" / "aadalen-104.toml"
OFFER = "musikhuset"


@pytest.fixture(scope="module")
def standard() -> Standard:
    return load_standard(ADALEN)


def wants(place: str) -> CaseFile:
    return CaseFile(placement=Placement(offer_id=OFFER, place=place))


def test_a_trekvart_place_takes_the_full_place_a_full_place_would_need(standard: Standard) -> None:
    taken = {OFFER: {"trekvart": 1}}
    assert free_places(standard, taken, OFFER, "full") == 0
    assert free_places(standard, taken, OFFER, "trekvart") == 0
    assert free_places(standard, taken, OFFER, "half") == 1  # the half places are their own pool
    [finding] = check_capacity(wants("full"), standard, taken)
    assert finding.code == "offer.no_free_place"
    assert finding.message.startswith("Der er ingen ledig plads af typen »Hel plads")
    assert "i Musikhuset Bølgen: alle 1 er besat" in finding.message
    assert check_capacity(wants("half"), standard, taken) == []


def test_a_half_place_taken_leaves_the_full_places_free(standard: Standard) -> None:
    taken = {OFFER: {"half": 1}}
    assert check_capacity(wants("trekvart"), standard, taken) == []
    assert [f.code for f in check_capacity(wants("half"), standard, taken)] == ["offer.no_free_place"]
