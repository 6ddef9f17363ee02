"""Broken case documents: how a script writer's file can be wrong, and the key the refusal must name."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .conftest import example_document

Document = dict[str, Any]


@dataclass(frozen=True)
class Broken:
    name: str
    change: Callable[[Document], None]
    key: str  # the key the Danish message names
    problem: str  # part of the Danish message
    schema_refuses: bool = True  # False: a rule JSON Schema cannot express (the importer still refuses)

    def document(self) -> Document:
        document = copy.deepcopy(example_document())
        self.change(document)
        return document


def _first_theme(d: Document) -> dict[str, Any]:
    theme: dict[str, Any] = next(iter(d["assessment"]["themes"].values()))
    return theme


def _set_first_level(d: Document, value: Any) -> None:
    levels = _first_theme(d)["levels"]
    levels[next(iter(levels))] = value


def _first_level_key(d: Document) -> str:
    theme_code = next(iter(d["assessment"]["themes"]))
    return f"$.assessment.themes.{theme_code}.levels.{next(iter(_first_theme(d)['levels']))}"


_EXAMPLE = example_document()

BROKEN: list[Broken] = [
    Broken(
        "misspelt key",
        lambda d: d["citizen"].update(naem=d["citizen"].pop("name")),
        "$.citizen.naem",
        "ukendt felt (mente du »name«?)",
    ),
    Broken("unknown top-level key", lambda d: d.update(notes="x"), "$.notes", "ukendt felt"),
    Broken("case number given", lambda d: d.update(id=7), "$.id", "ukendt felt"),
    Broken("kind missing", lambda d: d.pop("kind"), "$.kind", "nøglen mangler"),
    Broken(
        "not a case", lambda d: d.update(kind="visitation-desktop/standard"), "$.kind", "filen er ikke en sag"
    ),
    Broken("newer format", lambda d: d.update(format_version=2), "$.format_version", "kendes ikke"),
    Broken(
        "level as text",
        lambda d: d["assessment"].update(support_level="2"),
        "$.assessment.support_level",
        "forventede et heltal",
    ),
    Broken("level 5", lambda d: _set_first_level(d, 5), _first_level_key(_EXAMPLE), "niveauet skal være 0-4"),
    Broken(
        "goal level -1",
        lambda d: d["goals"][1].update(target_level=-1),
        "$.goals[1].target_level",
        "niveauet skal være 0-4",
    ),
    Broken(
        "attainment step 3",
        lambda d: d["goals"][0]["attainment_levels"].update({"3": "Alt"}),
        "$.goals[0].attainment_levels.3",
        "trinnet skal være -2, -1, 0, 1 eller 2",
    ),
    Broken(
        "attainment step not a number",
        lambda d: d["goals"][0]["attainment_levels"].update({"høj": "Alt"}),
        "$.goals[0].attainment_levels.høj",
        "nøglen skal være et heltal",
    ),
    Broken(
        "Danish date",
        lambda d: d["application"].update(received="12-01-2026"),
        "$.application.received",
        "ugyldig dato",
    ),
    Broken(
        "channel", lambda d: d["application"].update(channel="fax"), "$.application.channel", "ugyldig værdi"
    ),
    Broken("consent status", lambda d: d["consent"].update(status="ja"), "$.consent.status", "ugyldig værdi"),
    Broken(
        "outcome", lambda d: d["decision"].update(outcome="bevilling"), "$.decision.outcome", "ugyldig værdi"
    ),
    Broken(
        "other-service status",
        lambda d: d["other_services"][0].update(status="had"),
        "$.other_services[0].status",
        "ugyldig værdi",
    ),
    Broken("page", lambda d: d.update(current_page="slut"), "$.current_page", "ugyldig værdi"),
    Broken(
        "criterion as text",
        lambda d: d["target_group"]["criteria"].update(funktionsevne="ja"),
        "$.target_group.criteria.funktionsevne",
        "forventede true eller false",
    ),
    Broken("goals not a list", lambda d: d.update(goals={}), "$.goals", "forventede en liste"),
    Broken(
        "name missing value",
        lambda d: d["citizen"].update(name=None),
        "$.citizen.name",
        "forventede en tekst",
    ),
    Broken(
        "same goal id twice",
        lambda d: d["goals"][1].update(id=d["goals"][0]["id"]),
        "$.goals[1].id",
        "samme id som goals[0]",
        schema_refuses=False,
    ),
]
