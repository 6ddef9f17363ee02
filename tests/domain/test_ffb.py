"""The project's FFB catalogue against KL's published code list, walked here in the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from visitation_desktop.domain.ffb import (
    ACTIVITY_AND_PARTICIPATION,
    ENVIRONMENT,
    FUNCTIONS_AND_CONDITIONS,
    Catalogue,
    load_catalogue,
)
from visitation_desktop.paths import resource_path

KL_FILE = "ffb-codesystem-20240530.json"


def _find_kl_code_list() -> Path | None:
    kept = Path(__file__).resolve().parents[1] / "reference" / KL_FILE
    if kept.is_file():
        return kept
    for folder in Path(__file__).resolve().parents:
        candidate = folder / "shared" / "reference" / KL_FILE
        if candidate.is_file():
            return candidate
    return None


@pytest.fixture(scope="module")
def kl() -> list[dict[str, Any]]:
    path = _find_kl_code_list()
    if path is None:
        pytest.skip(f"KL's code list {KL_FILE} is not beside the repository")
    return json.loads(path.read_text(encoding="utf-8"))["concept"]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def _child(concepts: list[dict[str, Any]], name: str) -> dict[str, Any]:
    matches = [c for c in concepts if c["display"] == name]
    assert len(matches) == 1, name
    return matches[0]


def _descendants(concept: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for child in concept.get("concept", []):
        found.append(child)
        found.extend(_descendants(child))
    return found


def test_every_subtheme_of_kl_is_under_its_theme(kl: list[dict[str, Any]], catalogue: Catalogue) -> None:
    expected: dict[str, tuple[str, str, str]] = {}  # subtheme code -> (name, theme code, category name)
    for category in _child(kl, "FFB tilstande")["concept"]:
        for theme in category["concept"]:
            for sub in theme["concept"]:
                expected[sub["code"]] = (sub["display"], theme["code"], category["display"])
    assert len(expected) == 67

    actual = {s.code: (s.name, t.code, t.category) for t in catalogue.themes for s in t.subthemes}
    assert actual == expected


def test_themes_and_their_categories(kl: list[dict[str, Any]], catalogue: Catalogue) -> None:
    kl_themes = {
        theme["code"]: (theme["display"], category["display"])
        for category in _child(kl, "FFB tilstande")["concept"]
        for theme in category["concept"]
    }
    assert {t.code: (t.name, t.category) for t in catalogue.themes} == kl_themes
    assert len(catalogue.themes) == 11
    categories = (FUNCTIONS_AND_CONDITIONS, ACTIVITY_AND_PARTICIPATION, ENVIRONMENT)
    assert [len(catalogue.themes_in(c)) for c in categories] == [4, 6, 1]


def test_activity_themes_in_the_order_ffb_presents_them(catalogue: Catalogue) -> None:
    assert [t.name for t in catalogue.themes_in(ACTIVITY_AND_PARTICIPATION)] == [
        "Egenomsorg",
        "Praktiske opgaver",
        "Mobilitet",
        "Kommunikation",
        "Samfundsliv",
        "Relationer",
    ]


def test_subthemes_are_in_danish_alphabetical_order(catalogue: Catalogue) -> None:
    mobility = next(t for t in catalogue.themes if t.name == "Mobilitet")
    # Æ sorts after the Latin letters in Danish.
    assert [s.name for s in mobility.subthemes] == [
        "Bære, flytte og håndtere genstande",
        "Færdes med transportmidler",
        "Gå og bevæge sig",
        "Ændre og opretholde kropsstilling",
    ]


def test_only_activity_and_participation_themes_take_a_level(catalogue: Catalogue) -> None:
    with_level = {t.name for t in catalogue.themes if t.takes_level}
    assert with_level == {t.name for t in catalogue.themes_in(ACTIVITY_AND_PARTICIPATION)}
    assert not any(t.takes_level for t in catalogue.themes_in(FUNCTIONS_AND_CONDITIONS))
    assert not any(t.takes_level for t in catalogue.themes_in(ENVIRONMENT))


def test_subthemes_carry_a_short_definition(catalogue: Catalogue) -> None:
    assert all(s.definition.endswith(".") for t in catalogue.themes for s in t.subthemes)
    eating = next(s for t in catalogue.themes for s in t.subthemes if s.name == "Spise")
    assert eating.definition.startswith("At spise er en aktivitet")
    shopping = next(s for t in catalogue.themes for s in t.subthemes if s.name == "Købe ind")
    assert catalogue.subtheme(shopping.code) == shopping
    theme = catalogue.theme_of(shopping.code)
    assert theme is not None and theme.name == "Praktiske opgaver"


def test_ability_levels(kl: list[dict[str, Any]], catalogue: Catalogue) -> None:
    kl_codes = {c["display"]: c["code"] for c in _child(kl, "Funktionsevneniveau")["concept"]}
    levels = catalogue.ability_levels
    assert [(lv.value, lv.name, lv.short) for lv in levels] == [
        (0, "Ingen nedsat funktionsevne", "Ingen"),
        (1, "Let nedsat funktionsevne", "Let"),
        (2, "Moderat nedsat funktionsevne", "Moderat"),
        (3, "Svært nedsat funktionsevne", "Svært"),
        (4, "Fuldstændig nedsat funktionsevne", "Fuldstændig"),
        (None, "Ikke vurderet", "Ikke vurderet"),
    ]
    assert {lv.name: lv.code for lv in levels} == kl_codes
    assert all(lv.description for lv in levels)
    assert catalogue.ability_level(2).short == "Moderat"
    assert catalogue.ability_level(None).name == "Ikke vurderet"


def test_support_levels(kl: list[dict[str, Any]], catalogue: Catalogue) -> None:
    kl_codes = {c["display"]: c["code"] for c in _child(kl, "Støttebehovsniveau")["concept"]}
    levels = catalogue.support_levels
    assert [(lv.value, lv.name, lv.short) for lv in levels] == [
        (0, "Intet støttebehov", "Intet"),
        (1, "Let støttebehov", "Let"),
        (2, "Moderat støttebehov", "Moderat"),
        (3, "Højt støttebehov", "Højt"),
        (4, "Fuldstændigt støttebehov", "Fuldstændigt"),
        (None, "Ikke vurderet", "Ikke vurderet"),
    ]
    assert {lv.name: lv.code for lv in levels} == kl_codes
    assert all(lv.description for lv in levels)
    assert catalogue.support_level(3).name == "Højt støttebehov"


def test_goal_types(kl: list[dict[str, Any]], catalogue: Catalogue) -> None:
    kl_codes = {c["display"]: c["code"] for c in _child(kl, "Måltype")["concept"]}
    assert [g.name for g in catalogue.goal_types] == [
        "Udvikle funktionsevne",
        "Fastholde funktionsevne",
        "Begrænse tab af funktionsevne",
    ]
    assert {g.name: g.code for g in catalogue.goal_types} == kl_codes
    assert catalogue.goal_type(kl_codes["Fastholde funktionsevne"]) == catalogue.goal_types[1]


def test_target_groups_flatten_both_branches(kl: list[dict[str, Any]], catalogue: Catalogue) -> None:
    target = _child(_child(kl, "Social indsats")["concept"], "Målgruppe")
    expected = {
        c["code"]: (c["display"], branch)
        for branch in ("Funktionsnedsættelse", "Socialt problem")
        for c in _descendants(_child(target["concept"], branch))
    }
    assert {g.code: (g.name, g.group) for g in catalogue.target_groups} == expected
    assert len(catalogue.target_groups) == len(expected)  # no code twice
    autism = next(g for g in catalogue.target_groups if g.name == "Autismespektrum")
    assert catalogue.target_group(autism.code) == autism
    assert autism.group == "Funktionsnedsættelse"


def test_version_and_source(catalogue: Catalogue) -> None:
    assert catalogue.version == "20240530"
    assert "KL" in catalogue.source and "Fælles Faglige Begreber" in catalogue.source


def test_default_load_is_cached_and_a_given_path_is_read(tmp_path: Path) -> None:
    assert load_catalogue() is load_catalogue()
    raw = json.loads(resource_path("ffb", "catalogue.json").read_text(encoding="utf-8"))
    raw["version"] = "test"
    raw["categories"] = raw["categories"][1:2]
    copy = tmp_path / "catalogue.json"
    copy.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    other = load_catalogue(copy)
    assert other.version == "test"
    assert [t.category for t in other.themes] == [ACTIVITY_AND_PARTICIPATION] * 6
    assert load_catalogue().version == "20240530"
