"""The standard loader and the case and follow-up importers, fed any document: the result, or the
documented error with a Danish message (never RecursionError, UnicodeEncodeError, TypeError …)."""

from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from visitation_desktop.domain.standard import (
    StandardError,
    default_standard_path,
    load_standard,
    parse_standard,
)
from visitation_desktop.services.cases import CaseFormatError, read_case_file
from visitation_desktop.services.followups import FollowUpFormatError, read_followup_file

from .guard import attempt

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
CASE = json.loads((EXAMPLES / "case-example.json").read_text(encoding="utf-8"))
FOLLOWUP = json.loads((EXAMPLES / "followup-example.json").read_text(encoding="utf-8"))
STANDARD = tomllib.loads(default_standard_path().read_text(encoding="utf-8"))

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20), st.sampled_from(["\ud800", "a\x00b", "\x1b[31m", "2026-02-30", "99999-01-01", "-1"]),
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)),
    max_leaves=20,
)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            found += _paths(v, (*prefix, i))
    return found


def _mutate(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    doc = copy.deepcopy(doc)
    if not path:
        return value
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return doc


def mutated(original: Any) -> st.SearchStrategy[Any]:
    """The real document with one value anywhere in it replaced by anything."""
    return st.tuples(st.sampled_from(_paths(original)), json_values).map(lambda pv: _mutate(original, *pv))


def texts(doc: st.SearchStrategy[Any]) -> st.SearchStrategy[str]:
    deep = st.integers(min_value=30, max_value=50_000).map(lambda n: "[" * n + "]" * n)
    long_number = st.integers(min_value=4000, max_value=6000).map(lambda n: '{"kind": 1' + "0" * n + "}")
    return st.one_of(
        doc.map(lambda d: json.dumps(d, ensure_ascii=False)), doc.map(json.dumps), deep, long_number, st.text(max_size=50)
    )


@given(texts(st.one_of(mutated(CASE), json_values)))
def test_the_case_importer_imports_or_names_the_problem(text: str) -> None:
    attempt("case import", lambda: read_case_file(text), (CaseFormatError,))


@given(texts(st.one_of(mutated(FOLLOWUP), json_values)))
def test_the_followup_importer_imports_or_names_the_problem(text: str) -> None:
    attempt("follow-up import", lambda: read_followup_file(text), (FollowUpFormatError,))


@given(st.one_of(mutated(STANDARD), json_values))
def test_the_standard_loader_loads_or_names_the_key(data: Any) -> None:
    document = data if isinstance(data, dict) else {"x": data}
    _standard, error = attempt("standard loader", lambda: parse_standard(document, "std.toml"), (StandardError,))
    if isinstance(error, StandardError):
        assert error.file == "std.toml" and error.problem.strip()


@given(st.binary(max_size=200) | texts(mutated(STANDARD)).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_the_standard_file_reader_takes_any_bytes(tmp_path_factory: Any, data: bytes) -> None:
    path = tmp_path_factory.mktemp("std") / "standard.toml"
    path.write_bytes(data)
    attempt("standard file", lambda: load_standard(path), (StandardError,))
