"""Every key of the standard format is read by a document, the GUI or a rule, or it leaves the format.

The loader (``domain/standard.py``) turns each key into an attribute; this test scans the
program's source (outside the loader and the model) for code that reads that attribute. A key
nobody reads is standard text that never reaches the citizen: print it, use it, or drop it from
``FORMAT_KEYS`` and ``docs/standard-format.md``.

``PENDING`` lists keys that still lack a reader; each is a strict xfail, so the test turns red the
moment a reader appears and the key must then leave ``PENDING``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from visitation_desktop.domain.standard import FORMAT_KEYS

SRC = Path(__file__).resolve().parents[2] / "src" / "visitation_desktop"
LOADER = {SRC / "domain" / "standard.py", SRC / "domain" / "standard_model.py"}

# The loader itself uses these: the format number, the tables holding other keys, and the ids
# that cases store (checked by the rules through Standard.offer()/place_size()/... look-ups).
STRUCTURAL = {
    ".format", ".legal_basis", ".purpose", ".target_group", ".activities", ".other_services", ".scope",
    ".provider", ".staff", ".cost", ".quality", ".followup", ".contact", ".duties", ".need", ".goals",
    ".application",
}  # fmt: skip

_CHANNELS = r"\.channels\(\)|contact_lines\("

# format key -> a regular expression for the code that reads its attribute.
READERS: dict[str, str] = {
    ".id": r"\bstandard_id\b",
    ".municipality": r"\.municipality\b",
    ".title": r"(standard|std)\.title\b",
    ".version": r"(standard|std)\.version\b",
    ".links": r"\.links\b",
    "legal_basis[].reference": r"\.reference\b",
    "legal_basis[].title": r"legal_basis\.title|service_title|basis\.title|legal_basis\.name|basis\.name",
    "legal_basis[].text": r"(legal_basis|basis|b)\.text\b",
    "need.text": r"\.need\b",
    "purpose.intro": r"\.purpose_intro\b",
    "purpose.items": r"\.purposes\b",
    "purpose.items[].id": r"\.purpose\(",
    "purpose.items[].text": r"\.purposes\b",
    "target_group.individual_assessment_required": r"\.individual_assessment_required\b",
    "target_group.residence_note": r"\.residence_note\b",
    "target_group.criteria": r"\.criteria\b",
    "target_group.criteria[].id": r"criteria\.get\(\w+\.id\)",
    "target_group.criteria[].text": r"criterion\.text\b|c\.text\b",
    "target_group.criteria[].kind": r"\.kind == \"min_age\"",
    "target_group.criteria[].min_age": r"\.min_age\b",
    "goals.text": r"\.goals_text\b",
    "application.text": r"\.application_text\b",
    "activities.note": r"\.activities_note\b",
    "activities.types": r"standard\.activities\b|std\.activities\b",
    "activities.types[].id": r"\.activity\(",
    "activities.types[].text": r"\ba\.text\b",
    "activities.types[].ffb_code": r"\.ffb_code\b",
    "activities.types[].pictogram": r"\.pictogram\b",
    "activities.courses": r"\.courses\b",
    "activities.courses[].id": r"\.course\(",
    "activities.courses[].text": r"\.course\(",
    "activities.exclusions": r"\.exclusions\b",
    "activities.exclusions[].id": r"\.exclusions\b",
    "activities.exclusions[].text": r"\.exclusions\b",
    "other_services.day_offer_rule": r"\.day_offer_rule\b",
    "other_services.coordination_rule": r"\.coordination_rule\b",
    "other_services.rules": r"(standard|std)\.other_services\b",
    "other_services.rules[].id": r"\.other_service\(",
    "other_services.rules[].paragraph": r"\.paragraph\b",
    "other_services.rules[].title": r"rule\.title\b",
    "other_services.rules[].rule": r"\.rule == \"(day_offer|coordinate)\"",
    "other_services.rules[].explanation": r"\.explanation\b",
    "scope.text": r"\.scope_text\b",
    "scope.duration_text": r"\.duration_text\b",
    "scope.place_sizes": r"\.place_sizes\b",
    "scope.place_sizes[].id": r"\.place_size\(",
    "scope.place_sizes[].label": r"size\.label\b|\.place_size\([^)]*\)\.label",
    "scope.place_sizes[].fraction": r"\.fraction\b",
    "provider.free_choice": r"\.free_choice_of_provider\b",
    "provider.text": r"\.provider_text\b",
    "provider.proximity_text": r"\.proximity_text\b",
    ".offers": r"\.offers\b",
    "offers[].id": r"\.offer\(",
    "offers[].name": r"offer\.name\b|o\.name\b",
    "offers[].address": r"offer\.address\b|o\.address\b",
    "offers[].postcode": r"\.postcode == |offer\.postcode\b|o\.postcode\b",
    "offers[].town": r"offer\.town\b|o\.town\b",
    "offers[].capacity_full": r"\.capacity_full\b",
    "offers[].capacity_half": r"\.capacity_half\b",
    "offers[].socialtilsynet_approved": r"\.eligible\b|\.socialtilsynet_approved\b",
    "offers[].tilbudsportalen_registered": r"\.eligible\b|\.tilbudsportalen_registered\b",
    "offers[].phone": r"offer\.phone\b|o\.phone\b",
    "offers[].email": r"offer\.email\b|o\.email\b",
    "offers[].description": r"offer\.description\b|o\.description\b",
    "staff.competence": r"\.staff_competence\b",
    "cost.free_of_charge": r"\.free_of_charge\b",
    "cost.text": r"\.cost_text\b",
    "cost.exceptions": r"\.cost_exceptions\b",
    "quality.decision_deadline_weeks": r"\.decision_deadline_weeks\b",
    "quality.first_contact_days": r"\.first_contact_days\b",
    "quality.waitlist_text": r"\.waitlist_text\b",
    "followup.first_months": r"\.first_followup_months\b",
    "followup.interval_months": r"\.followup_interval_months\b",
    "followup.text": r"\.followup_text\b",
    "contact.unit": r"\.unit\b",
    "contact.phone": _CHANNELS,
    "contact.email": _CHANNELS,
    "contact.digital_post": _CHANNELS,
    "contact.letter": _CHANNELS,
    "contact.address": r"contact\.address\b|c\.address\b",
    "contact.website": r"\.website\b",
    "duties.text": r"\.duties_text\b",
}

# Keys that no document, screen or rule reads yet (the documents engineer is making the documents
# print them). Remove a key from here when its reader lands: the strict xfail turns red until then.
PENDING = {
    "activities.types[].ffb_code": "handoff/sync: the FFB code of each activity type",
}


def _all_keys() -> list[str]:
    keys = []
    for table, names in FORMAT_KEYS.items():
        keys += [f"{table}.{name}" for name in names]
    return keys


def _source() -> str:
    files = sorted(p for p in SRC.rglob("*.py") if p not in LOADER and "generated" not in p.parts)
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


SOURCE = _source()


def test_every_key_has_a_reader_rule_or_is_structural() -> None:
    unknown = [k for k in _all_keys() if k not in READERS and k not in STRUCTURAL]
    assert not unknown, f"new keys need an entry in READERS (and a reader in the program): {unknown}"
    stale = [k for k in [*READERS, *STRUCTURAL] if k not in _all_keys()]
    assert not stale, f"READERS/STRUCTURAL name keys that left the format: {stale}"


def _params() -> list[object]:
    out: list[object] = []
    for key, pattern in READERS.items():
        marks = [pytest.mark.xfail(strict=True, reason=PENDING[key])] if key in PENDING else []
        out.append(pytest.param(key, pattern, id=key, marks=marks))
    return out


@pytest.mark.parametrize(("key", "pattern"), _params())
def test_key_is_read_by_the_program(key: str, pattern: str) -> None:
    assert re.search(pattern, SOURCE), f"nothing in the program reads the standard's key {key}"
