"""Postcode geography: distances between town centres and offers ranked by proximity."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from visitation_desktop.domain.geo import (
    PostcodeFileError,
    PostcodePoint,
    danish_sort_key,
    distance_km,
    distance_text,
    haversine_km,
    load_postcodes,
    rank_offers,
)
from visitation_desktop.domain.standard import Standard, default_standard_path, load_standard

THY_AND_NEIGHBOURS = {
    "7700": "Thisted",
    "7730": "Hanstholm",
    "7741": "Frøstrup",
    "7742": "Vesløs",
    "7752": "Snedsted",
    "7755": "Bedsted Thy",
    "7760": "Hurup Thy",
    "7770": "Vestervig",
    "7790": "Thyholm",
    "7900": "Nykøbing M",
    "7950": "Erslev",
    "7960": "Karby",
    "7970": "Redsted M",
    "7980": "Vils",
    "7990": "Øster Assels",
    "9690": "Fjerritslev",
}


@pytest.fixture(scope="module")
def postcodes() -> dict[str, PostcodePoint]:
    return load_postcodes()


@pytest.fixture(scope="module")
def thisted() -> Standard:
    return load_standard(default_standard_path())


def test_postcodes_of_thy_and_neighbours_are_known(postcodes: dict[str, PostcodePoint]) -> None:
    for code, town in THY_AND_NEIGHBOURS.items():
        assert postcodes[code].town == town
    # all within a box around Thy and Mors
    assert all(56.4 < p.lat < 57.2 and 8.1 < p.lon < 9.4 for p in postcodes.values())


def test_every_thisted_offer_has_a_known_postcode(
    thisted: Standard, postcodes: dict[str, PostcodePoint]
) -> None:
    assert all(offer.postcode in postcodes for offer in thisted.offers)


def test_haversine_one_degree_on_the_equator() -> None:
    a = PostcodePoint("0000", "A", 0.0, 0.0)
    b = PostcodePoint("0001", "B", 0.0, 1.0)
    assert haversine_km(a, b) == pytest.approx(111.2, abs=0.1)
    assert haversine_km(a, a) == 0.0


def test_distances_between_towns_are_plausible(postcodes: dict[str, PostcodePoint]) -> None:
    thisted_hanstholm = distance_km("7700", "7730", postcodes)
    thisted_hurup = distance_km("7700", "7760", postcodes)
    assert thisted_hanstholm is not None and 15 < thisted_hanstholm < 22
    assert thisted_hurup is not None and 24 < thisted_hurup < 33
    assert distance_km("7760", "7700", postcodes) == thisted_hurup
    assert distance_km("7700", "7700", postcodes) == 0.0


def test_unknown_postcode_has_no_distance(postcodes: dict[str, PostcodePoint]) -> None:
    assert distance_km("7700", "1050", postcodes) is None
    assert distance_km("", "7700", postcodes) is None


def test_hurup_is_nearer_aktivitetshuset_limfjorden_than_thyvaerkstedet(thisted: Standard) -> None:
    ranked = rank_offers(thisted.offers, "7760")
    names = [offer.name for offer, _ in ranked]
    assert names[0] == "Aktivitetshuset Limfjorden"
    assert names.index("Aktivitetshuset Limfjorden") < names.index("Thyværkstedet")
    distances = dict((offer.name, km) for offer, km in ranked)
    assert distances["Aktivitetshuset Limfjorden"] == 0.0
    assert distances["Thyværkstedet"] is not None and distances["Thyværkstedet"] > 20


def test_ties_are_ordered_by_name_in_danish_order(thisted: Standard) -> None:
    ranked = rank_offers(thisted.offers, "7700")
    assert [offer.name for offer, _ in ranked[:4]] == [
        "Daghuset",
        "Enggården",
        "Skiftesporet",
        "Thyværkstedet",
    ]
    assert ranked[4][0].name == "Aktivitetshuset Limfjorden"


def test_unknown_offer_postcode_comes_last(thisted: Standard) -> None:
    faraway = dataclasses.replace(thisted.offers[0], id="ukendt", name="Aabenraa-huset", postcode="6200")
    ranked = rank_offers([faraway, *thisted.offers], "7760")
    assert ranked[-1] == (faraway, None)
    assert all(km is not None for _, km in ranked[:-1])


def test_unknown_citizen_postcode_keeps_all_by_name(thisted: Standard) -> None:
    ranked = rank_offers(thisted.offers[:5], "0000")
    assert [km for _, km in ranked] == [None] * 5
    assert [offer.name for offer, _ in ranked] == [
        "Aktivitetshuset Limfjorden",
        "Daghuset",
        "Enggården",
        "Skiftesporet",
        "Thyværkstedet",
    ]


def test_danish_sort_key_puts_aeoeaa_after_z() -> None:
    assert sorted(["Åbyhøj", "Østerby", "Ærø", "Zealand"], key=danish_sort_key) == [
        "Zealand",
        "Ærø",
        "Østerby",
        "Åbyhøj",
    ]


def test_distance_text() -> None:
    assert distance_text(None) == "Afstand ukendt"
    assert distance_text(0.0) == "under 1 km"
    assert distance_text(28.4) == "ca. 28 km"


def test_broken_postcode_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "postcodes.csv"
    path.write_text(
        "# comment\npostcode,town,lat,lon\n7700,Thisted,56.9,8.7\n770,Hurup,56.7,8.4\n", encoding="utf-8"
    )
    with pytest.raises(PostcodeFileError) as caught:
        load_postcodes(path)
    assert caught.value.line == 4
    assert "4 cifre" in caught.value.problem
    path.write_text("postcode,town,lat,lon\n7700,Thisted,nord,8.7\n", encoding="utf-8")
    with pytest.raises(PostcodeFileError, match="linje 2: Bredde- og længdegrad"):
        load_postcodes(path)
    path.write_text("7700,Thisted,56.9,8.7\n", encoding="utf-8")
    with pytest.raises(PostcodeFileError, match="Overskriftsrækken"):
        load_postcodes(path)
