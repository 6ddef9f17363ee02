"""The FFB catalogue (Fælles Faglige Begreber, KL): the assessment vocabulary.

The project keeps its own catalogue file, ``resources/ffb/catalogue.json``, written
from KL's published code list. ``load_catalogue`` reads it into these objects.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from visitation_desktop.resources import catalogue_file

ACTIVITY_AND_PARTICIPATION = "Aktivitet og deltagelse"
FUNCTIONS_AND_CONDITIONS = "Funktioner og forhold"
ENVIRONMENT = "Omgivelsesfaktorer"


@dataclass(frozen=True)
class Subtheme:
    code: str
    name: str
    definition: str = ""


@dataclass(frozen=True)
class Theme:
    code: str
    name: str
    category: str  # one of the three category names above
    subthemes: tuple[Subtheme, ...]

    @property
    def takes_level(self) -> bool:
        """Only "Aktivitet og deltagelse" subthemes take an ability level (FFB)."""
        return self.category == ACTIVITY_AND_PARTICIPATION


@dataclass(frozen=True)
class Level:
    value: int | None  # 0..4, None = Ikke vurderet
    code: str
    name: str  # "Moderat nedsat funktionsevne"
    short: str  # "Moderat"
    description: str = ""


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    group: str = ""  # target-group codes: "Funktionsnedsættelse" / "Socialt problem"


@dataclass(frozen=True)
class Catalogue:
    version: str
    source: str
    themes: tuple[Theme, ...]
    ability_levels: tuple[Level, ...]  # 0..4 then Ikke vurderet
    support_levels: tuple[Level, ...]
    goal_types: tuple[Code, ...]
    target_groups: tuple[Code, ...]

    def themes_in(self, category: str) -> tuple[Theme, ...]:
        return tuple(t for t in self.themes if t.category == category)

    def theme(self, code: str) -> Theme | None:
        return next((t for t in self.themes if t.code == code), None)

    def subtheme(self, code: str) -> Subtheme | None:
        for t in self.themes:
            for s in t.subthemes:
                if s.code == code:
                    return s
        return None

    def theme_of(self, subtheme_code: str) -> Theme | None:
        return next((t for t in self.themes if any(s.code == subtheme_code for s in t.subthemes)), None)

    def ability_level(self, value: int | None) -> Level:
        return next(lv for lv in self.ability_levels if lv.value == value)

    def support_level(self, value: int | None) -> Level:
        return next(lv for lv in self.support_levels if lv.value == value)

    def goal_type(self, code: str) -> Code | None:
        return next((g for g in self.goal_types if g.code == code), None)

    def target_group(self, code: str) -> Code | None:
        return next((g for g in self.target_groups if g.code == code), None)


NOT_ASSESSED = "Ikke vurderet"


def _short(value: int | None, name: str) -> str:
    """The first word ("Moderat nedsat funktionsevne" -> "Moderat"); "Ikke vurderet" stays whole."""
    return NOT_ASSESSED if value is None else name.split()[0]


def _level(raw: dict[str, Any]) -> Level:
    value = raw["value"]
    return Level(
        value=None if value is None else int(value),
        code=raw["code"],
        name=raw["name"],
        short=_short(value, raw["name"]),
        description=raw.get("description", ""),
    )


def _code(raw: dict[str, Any]) -> Code:
    return Code(code=raw["code"], name=raw["name"], group=raw.get("group", ""))


def _themes(categories: list[dict[str, Any]]) -> tuple[Theme, ...]:
    return tuple(
        Theme(
            code=t["code"],
            name=t["name"],
            category=cat["name"],
            subthemes=tuple(
                Subtheme(code=s["code"], name=s["name"], definition=s.get("definition", ""))
                for s in t["subthemes"]
            ),
        )
        for cat in categories
        for t in cat["themes"]
    )


def _read(path: Path) -> Catalogue:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Catalogue(
        version=raw["version"],
        source=raw["source"],
        themes=_themes(raw["categories"]),
        ability_levels=tuple(_level(r) for r in raw["ability_levels"]),
        support_levels=tuple(_level(r) for r in raw["support_levels"]),
        goal_types=tuple(_code(r) for r in raw["goal_types"]),
        target_groups=tuple(_code(r) for r in raw["target_groups"]),
    )


@functools.lru_cache(maxsize=1)
def _default_catalogue() -> Catalogue:
    return _read(catalogue_file())


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read the FFB catalogue; without a path, the project's own file (read once, then cached)."""
    if path is None:
        return _default_catalogue()
    return _read(path)
