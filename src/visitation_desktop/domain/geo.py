"""Postcode geography: how far a citizen lives from each offer (the standard's proximity rule).

Distances are straight lines between approximate town centres of postcodes
(``resources/geo/postcodes.csv``): good enough to put the nearer offers first, not a route.
"""

from __future__ import annotations

import csv
import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from visitation_desktop.domain.standard import Offer
from visitation_desktop.resources import postcodes_file

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
_COLUMNS = ["postcode", "town", "lat", "lon"]


@dataclass(frozen=True)
class PostcodePoint:
    postcode: str
    town: str
    lat: float  # WGS84 degrees north
    lon: float  # WGS84 degrees east


class PostcodeFileError(ValueError):
    """The postcode file cannot be used: which line, what is wrong (Danish)."""

    def __init__(self, file: str, line: int, problem: str) -> None:
        super().__init__(f"{file}, linje {line}: {problem}")
        self.file = file
        self.line = line
        self.problem = problem


def default_postcodes_path() -> Path:
    return postcodes_file()


def load_postcodes(path: Path | None = None) -> dict[str, PostcodePoint]:
    """Read a postcode file: ``#`` comment lines, a header ``postcode,town,lat,lon``, one row each."""
    source = path if path is not None else default_postcodes_path()
    file = str(source)
    rows: list[tuple[int, list[str]]] = []
    with source.open(encoding="utf-8", newline="") as handle:
        for number, text in enumerate(handle, start=1):
            if text.strip() and not text.lstrip().startswith("#"):
                rows.append((number, next(csv.reader([text]))))
    if not rows or [cell.strip() for cell in rows[0][1]] != _COLUMNS:
        raise PostcodeFileError(
            file, rows[0][0] if rows else 1, f"Overskriftsrækken skal være {','.join(_COLUMNS)}."
        )
    points: dict[str, PostcodePoint] = {}
    for line, row in rows[1:]:
        point = _point(file, line, row)
        if point.postcode in points:
            raise PostcodeFileError(file, line, f"Postnummeret {point.postcode} står der allerede.")
        points[point.postcode] = point
    return points


def _point(file: str, line: int, row: list[str]) -> PostcodePoint:
    if len(row) != len(_COLUMNS):
        raise PostcodeFileError(file, line, f"Rækken skal have {len(_COLUMNS)} felter, men har {len(row)}.")
    postcode, town, lat_text, lon_text = (cell.strip() for cell in row)
    if not (len(postcode) == 4 and postcode.isdigit()):
        raise PostcodeFileError(file, line, f'Postnummeret "{postcode}" skal være 4 cifre.')
    if not town:
        raise PostcodeFileError(file, line, "Bynavnet mangler.")
    try:
        lat, lon = float(lat_text), float(lon_text)
    except ValueError:
        raise PostcodeFileError(
            file, line, "Bredde- og længdegrad skal være decimaltal, fx 56.9557."
        ) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise PostcodeFileError(file, line, "Bredde- eller længdegraden ligger uden for kloden.")
    return PostcodePoint(postcode, town, lat, lon)


@functools.cache
def _default_postcodes() -> Mapping[str, PostcodePoint]:
    return load_postcodes()


def haversine_km(a: PostcodePoint, b: PostcodePoint) -> float:
    """Great-circle distance in kilometres between two points."""
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    d_phi = phi2 - phi1
    d_lambda = math.radians(b.lon - a.lon)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def distance_km(
    from_postcode: str, to_postcode: str, postcodes: Mapping[str, PostcodePoint] | None = None
) -> float | None:
    """Kilometres between two postcodes' town centres; None if either postcode is unknown."""
    table = postcodes if postcodes is not None else _default_postcodes()
    a = table.get(from_postcode.strip())
    b = table.get(to_postcode.strip())
    if a is None or b is None:
        return None
    return haversine_km(a, b)


def rank_offers(
    offers: Iterable[Offer], citizen_postcode: str, postcodes: Mapping[str, PostcodePoint] | None = None
) -> list[tuple[Offer, float | None]]:
    """Offers with their distance from the citizen: nearest first, unknown distance last, ties by name."""
    table = postcodes if postcodes is not None else _default_postcodes()
    ranked = [(offer, distance_km(citizen_postcode, offer.postcode, table)) for offer in offers]
    return sorted(ranked, key=lambda pair: (pair[1] is None, pair[1] or 0.0, danish_sort_key(pair[0].name)))


_DANISH_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}"})  # after "z", in Danish order


def danish_sort_key(text: str) -> str:
    """Sort key that puts æ, ø, å after z, in that order, as a Danish reader expects."""
    return text.casefold().translate(_DANISH_ORDER)


def distance_text(km: float | None) -> str:
    """Plain Danish for a distance: "ca. 23 km", "under 1 km", "Afstand ukendt"."""
    if km is None:
        return "Afstand ukendt"
    if km < 1:
        return "under 1 km"
    return f"ca. {round(km)} km"
