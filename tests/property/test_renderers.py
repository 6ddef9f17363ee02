"""The documents rendered from a case whose texts, names and numbers are anything a caseworker could
type: PDF bytes, or ``DocumentIncomplete`` naming what is missing."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from visitation_desktop.documents import DocumentContext, DocumentIncomplete, DocumentKind, render
from visitation_desktop.domain.ffb import load_catalogue
from visitation_desktop.domain.inputs import clean_text
from visitation_desktop.domain.standard import default_standard_path, load_standard
from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases

from .guard import attempt

TODAY = dt.date(2026, 11, 26)
STANDARD = load_standard(default_standard_path())
CATALOGUE = load_catalogue()
MAIN = next(c for c in demo_cases(STANDARD, CATALOGUE, TODAY) if c.citizen.name == MAIN_EXAMPLE)
FEW = max(12, settings.default.max_examples // 4)  # a render takes a tenth of a second

typed = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400
).map(lambda t: clean_text(t)[0])  # what reaches a case: the GUI and the importers refuse the rest
FIELDS = [
    ("citizen", "name"), ("citizen", "address"), ("citizen", "town"), ("decision", "facts"),
    ("decision", "considerations"), ("purposes", "citizen_wishes"), ("activities", "note"),
    ("placement", "transport_note"),
]


def _with_texts(values: list[str]) -> Any:
    case = copy.deepcopy(MAIN)
    for (part, name), value in zip(FIELDS, values, strict=False):
        holder = getattr(case, part)
        assert hasattr(holder, name), f"{part}.{name}"
        setattr(holder, name, value)
    for goal, value in zip(case.goals, values, strict=False):
        goal.text = value
    return case


@settings(max_examples=FEW)
@given(st.lists(typed, min_size=len(FIELDS), max_size=len(FIELDS) + 4), st.sampled_from(list(DocumentKind)))
def test_every_document_renders_any_typed_text(values: list[str], kind: DocumentKind) -> None:
    ctx = DocumentContext(_with_texts(values), STANDARD, CATALOGUE, "Marianne Lund Holm", "MLH", TODAY, 2)
    pdf, _error = attempt(f"render {kind.value}", lambda: render(kind, ctx), (DocumentIncomplete,))
    if pdf is not None:
        assert pdf.startswith(b"%PDF")


@settings(max_examples=FEW)
@given(st.integers(min_value=-(10**6), max_value=10**6), st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)))
def test_documents_render_with_any_plan_version_and_day(version: int, day: dt.date) -> None:
    ctx = dataclasses.replace(
        DocumentContext(copy.deepcopy(MAIN), STANDARD, CATALOGUE, "Marianne Lund Holm", "MLH", TODAY, 2),
        plan_version=version, today=day,
    )
    pdf, _error = attempt("render handleplan (version, day)", lambda: render(DocumentKind.HANDLEPLAN, ctx), (DocumentIncomplete,))
    if pdf is not None:
        assert pdf.startswith(b"%PDF")
