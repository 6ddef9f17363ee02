"""The case JSON Schema: generated from the dataclasses, committed, and agreeing with the importer."""

from __future__ import annotations

import json

import jsonschema
import pytest

from visitation_desktop.domain.case_schema import case_json_schema, schema_text
from visitation_desktop.services.cases import CaseFormatError, case_from_document

from .conftest import ROOT, example_document
from .documents import BROKEN, Broken

SCHEMA_FILE = ROOT / "docs" / "case.schema.json"
REFRESH = "python -m visitation_desktop.domain.case_schema"


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_committed_schema_is_up_to_date() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        f"docs/case.schema.json is stale: run `.venv/bin/{REFRESH}`"
    )


def test_example_validates_against_the_schema() -> None:
    errors = [e.message for e in _validator().iter_errors(example_document())]
    assert errors == []


def test_schema_lists_the_allowed_values() -> None:
    schema = case_json_schema()
    defs = schema["$defs"]
    assert schema["properties"]["kind"] == {
        "description": "Marks the file as a Visitation Desktop case.",
        "const": "visitation-desktop/case",
    }
    assert defs["Application"]["properties"]["channel"]["enum"] == ["", "email", "phone", "in_person"]
    assert defs["Consent"]["properties"]["status"]["enum"] == ["", "given", "declined"]
    assert defs["Decision"]["properties"]["outcome"]["enum"] == ["", "grant", "refusal"]
    assert defs["OtherService"]["properties"]["status"]["enum"] == ["has", "applied"]
    assert defs["Goal"]["properties"]["attainment_levels"]["propertyNames"] == {
        "enum": ["-2", "-1", "0", "1", "2"]
    }
    assert defs["ThemeAssessment"]["properties"]["levels"]["additionalProperties"]["enum"] == [
        0,
        1,
        2,
        3,
        4,
        None,
    ]
    assert defs["Goal"]["properties"]["due"]["format"] == "date"
    assert all(d["additionalProperties"] is False for d in defs.values())
    assert "id" not in schema["properties"]  # the case number is the store's, never the file's


@pytest.mark.parametrize("broken", BROKEN, ids=lambda b: b.name)
def test_schema_and_importer_refuse_the_same_documents(broken: Broken) -> None:
    document = broken.document()
    with pytest.raises(CaseFormatError) as refused:
        case_from_document(document)
    assert f"ved {broken.key}: " in str(refused.value)
    schema_errors = list(_validator().iter_errors(document))
    assert bool(schema_errors) == broken.schema_refuses
