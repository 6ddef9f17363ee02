"""The case document's JSON Schema (draft 2020-12), generated from the CaseFile dataclasses.

Types, nesting and field names come from the dataclasses' type hints, so the schema follows the
model. What a type hint cannot say (allowed values, the 0–4 levels, the −2..+2 attainment steps)
is written once here, in ``ALLOWED`` and friends, and used twice: to write the schema and, through
``check_values``, to refuse an imported case that breaks it. ``docs/case.schema.json`` is this
schema written out; refresh it with ``python -m visitation_desktop.domain.case_schema``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import types
import typing
import uuid
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from visitation_desktop.domain.case import (
    CASE_FORMAT_VERSION,
    Acceptance,
    AcceptanceKind,
    Application,
    Assessment,
    CaseFile,
    CaseStatus,
    Channel,
    Consent,
    Decision,
    Goal,
    OtherService,
    Outcome,
    ThemeAssessment,
    WizardPage,
)
from visitation_desktop.domain.serialize import SerializationError

CASE_DOCUMENT_KIND = "visitation-desktop/case"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

LEVELS = (0, 1, 2, 3, 4)  # FFB ability and support levels; None (null) = "Ikke vurderet"
ATTAINMENT_STEPS = (-2, -1, 0, 1, 2)  # goal-attainment scale
CONSENT_STATES = ("", "given", "declined")
OTHER_SERVICE_STATES = ("has", "applied")

Key = tuple[type, str]  # (dataclass, field name)

# Text fields that take one of a few values.
ALLOWED: dict[Key, tuple[str, ...]] = {
    (CaseFile, "status"): tuple(s.value for s in CaseStatus),
    (CaseFile, "current_page"): tuple(p.value for p in WizardPage),
    (Application, "channel"): ("", *(c.value for c in Channel)),
    (Consent, "status"): CONSENT_STATES,
    (OtherService, "status"): OTHER_SERVICE_STATES,
    (Decision, "outcome"): ("", *(o.value for o in Outcome)),
    (Acceptance, "kind"): ("", *(k.value for k in AcceptanceKind)),
}
# Fields holding an FFB level (or a dict whose values are levels).
LEVEL_FIELDS: frozenset[Key] = frozenset(
    {
        (ThemeAssessment, "levels"),
        (Assessment, "support_level"),
        (Goal, "current_level"),
        (Goal, "target_level"),
    }
)
ATTAINMENT_FIELDS: frozenset[Key] = frozenset({(Goal, "attainment_levels")})
NON_EMPTY: frozenset[Key] = frozenset({(Goal, "id")})
CONSTANT: dict[Key, object] = {(CaseFile, "format_version"): CASE_FORMAT_VERSION}

DESCRIPTIONS: dict[str, str] = {
    "CaseFile.uuid": "The case's global id (UUID), made where the case was created and kept in every store.",
    "Citizen.uuid": "The citizen's global id (UUID); one per CPR number in the central store.",
    "CaseFile.format_version": "Version of this document format.",
    "CaseFile.status": "Derived from the decision when the case is saved: open, granted, refused; 'ended' is kept.",
    "CaseFile.standard_id": "The id of the quality standard the case follows (top-level 'id' of its TOML file).",
    "CaseFile.standard_version": "The 'version' of that standard the case was assessed under ('' = not recorded).",
    "CaseFile.standard_digest": "SHA-256 of that standard's file; the store keeps a copy ('' = not recorded).",
    "CaseFile.caseworker": "Initials of the responsible caseworker.",
    "CaseFile.current_page": "The wizard page where the case stopped.",
    "CaseFile.citizen": "The citizen.",
    "CaseFile.application": "The application; its received date starts the decision deadline.",
    "CaseFile.consent": "Consent to obtain information (retssikkerhedsloven § 11 a).",
    "CaseFile.target_group": "The target-group criteria as judged by the caseworker.",
    "CaseFile.assessment": "Resources and needs, in the FFB vocabulary.",
    "CaseFile.purposes": "Purposes of the offer, from the quality standard.",
    "CaseFile.goals": "SMART goals drafted with the citizen.",
    "CaseFile.activities": "Activities and courses, from the quality standard.",
    "CaseFile.other_services": "Other services the citizen has or has applied for.",
    "CaseFile.coordination": "How the providers coordinate (SEL §§ 85, 107, 108).",
    "CaseFile.placement": "The offer, the place size and the start.",
    "CaseFile.decision": "The decision with its reasoning (forvaltningsloven §§ 22-24).",
    "CaseFile.acceptance": "The citizen's acceptance of the plan (null = not accepted).",
    "Acceptance.kind": "'signature' (signed on the screen) or 'spoken' (accepted aloud, reason recorded).",
    "Acceptance.by": "Who accepted: the citizen or the representative, by name.",
    "Acceptance.on": "The day of the acceptance.",
    "Acceptance.reason": "For a spoken acceptance: why there is no signature.",
    "Acceptance.image": "For a signature: the signature as a PNG image, base64.",
    "Acceptance.plan_digest": "Fingerprint of the plan accepted; a changed plan needs a new acceptance.",
    "Acceptance.plan_version": "The handleplan version accepted, when one was kept.",
    "Acceptance.recorded_by": "Initials of the caseworker who recorded the acceptance.",
    "Citizen.cpr": "CPR number, ten digits (DDMMYYSSSS).",
    "Citizen.postcode": "Danish postcode, four digits.",
    "Application.received": "The day the application was received.",
    "Application.channel": "How the application came: email, phone or in_person ('' = not recorded).",
    "Application.by_relative": "A relative applied on the citizen's behalf.",
    "Consent.status": "'' not recorded, 'given' or 'declined'.",
    "Consent.information": "Which information may be obtained.",
    "Consent.sources": "From whom it may be obtained.",
    "TargetGroup.criteria": "Criterion id (from the standard) -> met (true), not met (false), not judged (null).",
    "TargetGroup.codes": "FFB target-group codes.",
    "TargetGroup.individual_assessment": "The caseworker's individual assessment.",
    "ThemeAssessment.levels": "FFB subtheme code -> ability level 0-4, null = not assessed.",
    "ThemeAssessment.own_words": "The citizen's own words.",
    "Assessment.themes": "FFB theme code ('Aktivitet og deltagelse') -> the assessment of that theme.",
    "Assessment.descriptions": "Other FFB subtheme code -> described text.",
    "Assessment.support_level": "FFB support level 0-4, null = not assessed.",
    "Purposes.selected": "Purpose ids from the standard's [[purpose.items]].",
    "Goal.id": "Identifier of the goal, unique within the case.",
    "Goal.text": "The goal in the citizen's own words.",
    "Goal.subtheme": "FFB subtheme code the goal is about.",
    "Goal.goal_type": "FFB goal-type code (develop, maintain, limit loss).",
    "Goal.current_level": "Ability level today, 0-4.",
    "Goal.target_level": "Ability level aimed at, 0-4.",
    "Goal.due": "When the goal should be reached.",
    "Goal.evaluation_date": "When the goal is evaluated.",
    "Goal.attainment_levels": "Goal-attainment scale: step '-2'..'2' -> description.",
    "Activities.selected": "Activity-type ids from the standard's [[activities.types]].",
    "Activities.courses": "Course ids from the standard's [[activities.courses]].",
    "OtherService.kind": "An id from the standard's [[other_services.rules]], or 'other'.",
    "OtherService.status": "'has' (receives it) or 'applied' (has applied for it).",
    "Placement.offer_id": "Offer id from the standard's [[offers]].",
    "Placement.place": "Place-size id from the standard's [[scope.place_sizes]].",
    "Placement.transport_needed": "Transport needed: true, false, or null = not decided.",
    "Decision.outcome": "'' undecided, 'grant' or 'refusal'.",
    "Decision.decided_on": "The day of the decision.",
    "Decision.overrun_reason": "Why the decision came after the deadline.",
    "Decision.delay_notice": "The written notice given when the deadline cannot be met.",
    "Decision.expected_on": "When the citizen can expect the decision, as the delay notice tells them.",
}

_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def _optional_inner(tp: Any) -> Any | None:
    """``X | None`` -> X; anything else -> None."""
    if get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(get_args(tp)) == 2:
            return args[0]
    return None


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if isinstance(schema.get("type"), str):
        out = dict(schema, type=[schema["type"], "null"])
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        return out
    return {"anyOf": [schema, {"type": "null"}]}


def _type_schema(tp: Any, defs: dict[str, Any], key: Key | None) -> dict[str, Any]:
    inner = _optional_inner(tp)
    if inner is not None:
        return _nullable(_type_schema(inner, defs, key))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # reserve the name first: no recursion on self-reference
            defs[name] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    origin = get_origin(tp)
    if origin is list:
        (item,) = get_args(tp)
        return {"type": "array", "items": _type_schema(item, defs, None)}
    if origin is dict:
        key_t, value_t = get_args(tp)
        out: dict[str, Any] = {"type": "object"}
        if key in ATTAINMENT_FIELDS:
            out["propertyNames"] = {"enum": [str(step) for step in ATTAINMENT_STEPS]}
        elif key_t is int:
            out["propertyNames"] = {"pattern": "^-?(0|[1-9][0-9]*)$"}
        out["additionalProperties"] = _value_schema(value_t, defs, key)
        return out
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": _DATE_PATTERN}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is str:
        return {"type": "string"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _value_schema(tp: Any, defs: dict[str, Any], key: Key | None) -> dict[str, Any]:
    """The schema of a field's value (or of a dict field's values), with the value rules applied."""
    schema = _type_schema(tp, defs, key)
    if key in LEVEL_FIELDS and get_origin(tp) is not dict:
        schema = dict(schema, enum=[*LEVELS, None] if _optional_inner(tp) is not None else list(LEVELS))
    return schema


def _field_schema(cls: type, f: dataclasses.Field[Any], hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    key: Key = (cls, f.name)
    schema = _value_schema(hint, defs, key)
    if key in ALLOWED:
        schema = dict(schema, enum=list(ALLOWED[key]))
    if key in NON_EMPTY:
        schema = dict(schema, minLength=1)
    if key in CONSTANT:
        schema = dict(schema, const=CONSTANT[key])
    description = DESCRIPTIONS.get(f"{cls.__name__}.{f.name}")
    if description:
        schema = {"description": description, **schema}
    if f.default is not dataclasses.MISSING and not isinstance(f.default, dt.date):
        schema["default"] = f.default
    return schema


def _object_schema(cls: type, defs: dict[str, Any], skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    hints = get_type_hints(cls)
    properties = {
        f.name: _field_schema(cls, f, hints[f.name], defs)
        for f in dataclasses.fields(cls)
        if f.name not in skip
    }
    return {"type": "object", "properties": properties, "additionalProperties": False}


def case_json_schema() -> dict[str, Any]:
    """The JSON Schema of a case document as ``cases export`` writes and ``cases import`` reads."""
    defs: dict[str, Any] = {}
    body = _object_schema(CaseFile, defs, skip=frozenset({"id", "revision"}))
    properties = {
        "$schema": {"description": "Optional: where an editor finds this schema.", "type": "string"},
        "kind": {"description": "Marks the file as a Visitation Desktop case.", "const": CASE_DOCUMENT_KIND},
        **body["properties"],
    }
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "Visitation Desktop case",
        "description": (
            "One citizen's case (CaseFile) as written by 'visitation-desktop cases export' and read by "
            "'cases import'. Generated from the program's dataclasses; see docs/case-format.md. "
            "Keys left out take their default value."
        ),
        "type": "object",
        "required": ["kind"],
        "properties": properties,
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def schema_text() -> str:
    """The schema as written to ``docs/case.schema.json``."""
    return json.dumps(case_json_schema(), ensure_ascii=False, indent=2) + "\n"


# -- checking a case read from a document -----------------------------------------------------


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _check_field(key: Key, value: Any, path: str) -> None:
    if key in CONSTANT and value != CONSTANT[key]:
        raise SerializationError(
            path, f"formatet {_json(value)} kendes ikke; programmet læser format {_json(CONSTANT[key])}"
        )
    if key in ALLOWED and value not in ALLOWED[key]:
        allowed = ", ".join(_json(v) for v in ALLOWED[key])
        raise SerializationError(path, f"ugyldig værdi {_json(value)} (tilladt: {allowed})")
    if key in NON_EMPTY and not value:
        raise SerializationError(path, "må ikke være tom")
    if key in LEVEL_FIELDS:
        for sub_path, level in _level_values(value, path):
            if level is not None and level not in LEVELS:
                raise SerializationError(sub_path, f"niveauet skal være 0-4 eller null, ikke {_json(level)}")
    if key in ATTAINMENT_FIELDS:
        for step in value:
            if step not in ATTAINMENT_STEPS:
                raise SerializationError(
                    f"{path}.{step}", f"trinnet skal være -2, -1, 0, 1 eller 2, ikke {_json(str(step))}"
                )


def _level_values(value: Any, path: str) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [(f"{path}.{k}", v) for k, v in value.items()]
    return [(path, value)]


def _walk(obj: Any, path: str) -> None:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            sub = f"{path}.{f.name}"
            _check_field((type(obj), f.name), value, sub)
            _walk(value, sub)
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            _walk(item, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for k, item in obj.items():
            _walk(item, f"{path}.{k}")


NIL_EXAMPLE = "3f2c5a8e-1d4b-4c6a-9e7f-0a1b2c3d4e5f"


def is_uuid(value: object) -> bool:
    """A UUID in its canonical text form (36 characters, lower-case hex and dashes)."""
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def check_values(case: CaseFile, path: str = "$") -> None:
    """Raise ``SerializationError`` naming the first key whose value breaks the format's rules.

    The types are already checked by ``serialize.from_dict``; this adds the allowed values, the
    0–4 levels, the −2..+2 attainment steps, the format version and unique goal ids.
    """
    _walk(case, path)
    for sub, value in ((f"{path}.uuid", case.uuid), (f"{path}.citizen.uuid", case.citizen.uuid)):
        if not is_uuid(value):
            raise SerializationError(sub, f'skal være et UUID (fx "{NIL_EXAMPLE}"), ikke {_json(value)}')
    if case.revision < 0:
        raise SerializationError(f"{path}.revision", "må ikke være negativ")
    seen: dict[str, int] = {}
    for i, goal in enumerate(case.goals):
        if goal.id in seen:
            raise SerializationError(f"{path}.goals[{i}].id", f"samme id som goals[{seen[goal.id]}]")
        seen[goal.id] = i


def main(argv: list[str] | None = None) -> int:
    """Write the schema to the file given (default: docs/case.schema.json in the checkout)."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else Path(__file__).resolve().parents[3] / "docs" / "case.schema.json"
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
