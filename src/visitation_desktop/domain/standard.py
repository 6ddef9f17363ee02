"""A municipality's quality standard (kvalitetsstandard), as typed objects.

The standard is data: ``resources/standards/<id>.toml`` (shipped) or any file chosen in the
settings, documented in ``docs/standard-format.md``. ``load_standard`` reads and validates a file
and raises ``StandardError`` naming the file, the key and what is wrong. The typed objects live in
``standard_model.py`` and are re-exported here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import tomllib
from pathlib import Path
from typing import Any

from visitation_desktop.domain.standard_model import (
    CONTACT_CHANNELS,
    CRITERION_KINDS,
    DEFAULT_FIRST_FOLLOWUP_MONTHS,
    DEFAULT_FOLLOWUP_INTERVAL_MONTHS,
    DEFAULT_PLACE_SIZES,
    PICTOGRAMS,
    SERVICE_RULES,
    Contact,
    Criterion,
    Item,
    LegalBasis,
    Offer,
    OtherServiceRule,
    PlaceSize,
    Standard,
)
from visitation_desktop.domain.table_reader import TableError, TableReader, normalise_text
from visitation_desktop.resources import standards_dir

__all__ = [
    "CONTACT_CHANNELS", "CRITERION_KINDS", "FORMAT_KEYS", "FORMAT_VERSION", "PICTOGRAMS", "SERVICE_RULES",
    "Contact", "Criterion", "Item", "LegalBasis", "Offer", "OtherServiceRule", "PlaceSize", "Standard",
    "StandardError", "default_standard_path", "list_standards", "load_standard", "parse_source", "parse_standard",
]  # fmt: skip

FORMAT_VERSION = 2

# Every key of the format, by table ("offers[]" is each [[offers]] entry). The loader refuses any
# other key; tests/domain/test_standard_keys.py fails on a key here that nothing in the program reads.
FORMAT_KEYS: dict[str, tuple[str, ...]] = {
    "": ("format", "id", "municipality", "title", "version", "links", "legal_basis", "need", "purpose",
         "target_group", "goals", "application", "activities", "other_services", "scope", "provider",
         "offers", "staff", "cost", "quality", "followup", "contact", "duties"),
    "legal_basis[]": ("reference", "title", "text"),
    "need": ("text",),
    "purpose": ("intro", "items"),
    "purpose.items[]": ("id", "text"),
    "target_group": ("individual_assessment_required", "residence_note", "criteria"),
    "target_group.criteria[]": ("id", "text", "kind", "min_age"),
    "goals": ("text",),
    "application": ("text",),
    "activities": ("note", "types", "courses", "exclusions"),
    "activities.types[]": ("id", "text", "ffb_code", "pictogram"),
    "activities.courses[]": ("id", "text"),
    "activities.exclusions[]": ("id", "text"),
    "other_services": ("day_offer_rule", "coordination_rule", "rules"),
    "other_services.rules[]": ("id", "paragraph", "title", "rule", "explanation"),
    "scope": ("text", "duration_text", "place_sizes"),
    "scope.place_sizes[]": ("id", "label", "fraction"),
    "provider": ("free_choice", "text", "proximity_text"),
    "offers[]": ("id", "name", "address", "postcode", "town", "capacity_full", "capacity_half",
                 "socialtilsynet_approved", "tilbudsportalen_registered", "phone", "email", "description"),
    "staff": ("competence",),
    "cost": ("free_of_charge", "text", "exceptions"),
    "quality": ("decision_deadline_weeks", "first_contact_days", "waitlist_text"),
    "followup": ("first_months", "interval_months", "text"),
    "contact": ("unit", *CONTACT_CHANNELS, "website"),
    "duties": ("text",),
}  # fmt: skip


class StandardError(ValueError):
    """A standard file that cannot be used: which file, which key, what is wrong."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        super().__init__(f"{file}: {key}: {problem}")
        self.file = file
        self.key = key
        self.problem = problem


WHOLE_FILE = "(hele filen)"  # the key named when the problem is the file itself

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TOML_LINE = re.compile(r"line (\d+)")


def default_standard_path() -> Path:
    return standards_dir() / "thisted-104.toml"


def list_standards(directory: Path | None = None) -> list[Path]:
    """The standard files shipped with the program (or in ``directory``), sorted by name."""
    folder = directory if directory is not None else standards_dir()
    return sorted(folder.glob("*.toml"))


def load_standard(path: Path) -> Standard:
    """Read and validate a standard file; every problem becomes a ``StandardError``."""
    file = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise StandardError(file, WHOLE_FILE, "Filen findes ikke.") from None
    except OSError as exc:
        raise StandardError(file, WHOLE_FILE, f"Filen kan ikke læses ({exc.strerror}).") from None
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark (Windows Notepad's "UTF-8 med BOM") is let through
    except UnicodeDecodeError:
        raise StandardError(file, WHOLE_FILE, "Filen er ikke gemt som UTF-8. Gem den igen med kodningen UTF-8 "
                            "(i Notesblok: Gem som ... og vælg Kodning: UTF-8).") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        key = f"linje {found.group(1)}" if found else WHOLE_FILE
        raise StandardError(file, key, f"Filen er ikke gyldig TOML (teknisk besked: {exc}).") from None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return dataclasses.replace(parse_standard(data, file), source=text, digest=digest)


def parse_source(text: str, file: str) -> Standard:
    """A standard from its TOML text (a copy kept in the store); ``StandardError`` as ``load_standard``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StandardError(file, WHOLE_FILE, f"Teksten er ikke gyldig TOML (teknisk besked: {exc}).") from None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return dataclasses.replace(parse_standard(data, file), source=text, digest=digest)


def parse_standard(data: dict[str, Any], file: str) -> Standard:
    """Build a ``Standard`` from parsed TOML; ``file`` names the source in any ``StandardError``."""
    try:
        return _parse(TableReader("", data))
    except TableError as exc:
        raise StandardError(file, exc.key, exc.problem) from None


def _keys(t: TableReader, table: str) -> None:
    t.only(*FORMAT_KEYS[table])


def _parse(root: TableReader) -> Standard:
    _keys(root, "")
    if root.integer("format", minimum=1) != FORMAT_VERSION:
        raise root.error(
            "format",
            f"Programmet kan kun læse format {FORMAT_VERSION}. Se docs/standard-format.md om, hvad der er ændret.",
        )
    standard_id = root.ident({})
    links = root.strings("links")
    for number, link in enumerate(links, start=1):
        if not link.startswith(("http://", "https://")):
            raise TableError(f"links[{number}]", 'En henvisning skal begynde med "http://" eller "https://".')
    purpose = root.table("purpose")
    _keys(purpose, "purpose")
    target_group = root.table("target_group")
    _keys(target_group, "target_group")
    activities = root.table("activities")
    _keys(activities, "activities")
    others = root.table("other_services", optional=True)
    _keys(others, "other_services")
    scope = root.table("scope")
    _keys(scope, "scope")
    provider = root.table("provider")
    _keys(provider, "provider")
    cost = root.table("cost")
    _keys(cost, "cost")
    quality = root.table("quality")
    _keys(quality, "quality")
    followup = root.table("followup", optional=True)
    _keys(followup, "followup")
    return Standard(
        id=standard_id,
        municipality=root.text("municipality"),
        title=root.text("title"),
        version=root.text("version"),
        legal_bases=_legal_bases(root),
        need=_single_text(root, "need"),
        purpose_intro=purpose.text("intro"),
        purposes=_items(purpose, "items", required=True),
        criteria=_criteria(target_group),
        individual_assessment_required=target_group.flag("individual_assessment_required")
        if target_group.has("individual_assessment_required")
        else True,
        residence_note=target_group.text("residence_note", optional=True),
        goals_text=_single_text(root, "goals"),
        application_text=_single_text(root, "application"),
        activities=_items(activities, "types", required=True),
        activities_note=activities.text("note", optional=True),
        courses=_items(activities, "courses", required=False),
        exclusions=_items(activities, "exclusions", required=False),
        day_offer_rule=others.text("day_offer_rule", optional=True),
        coordination_rule=others.text("coordination_rule", optional=True),
        other_services=_other_services(others),
        scope_text=scope.text("text"),
        duration_text=scope.text("duration_text", optional=True),
        place_sizes=_place_sizes(scope),
        free_choice_of_provider=provider.flag("free_choice") if provider.has("free_choice") else False,
        provider_text=provider.text("text"),
        proximity_text=provider.text("proximity_text", optional=True),
        offers=_offers(root),
        staff_competence=_single_text(root, "staff", "competence"),
        free_of_charge=cost.flag("free_of_charge"),
        cost_text=cost.text("text"),
        cost_exceptions=_texts(cost, "exceptions"),
        decision_deadline_weeks=quality.integer("decision_deadline_weeks", minimum=1, maximum=52),
        first_contact_days=quality.optional_integer("first_contact_days", minimum=1, maximum=365),
        waitlist_text=quality.text("waitlist_text", optional=True),
        first_followup_months=followup.optional_integer("first_months", minimum=1, maximum=120)
        or DEFAULT_FIRST_FOLLOWUP_MONTHS,
        followup_interval_months=followup.optional_integer("interval_months", minimum=1, maximum=120)
        or DEFAULT_FOLLOWUP_INTERVAL_MONTHS,
        followup_text=followup.text("text", optional=True),
        contact=_contact(root.table("contact")),
        duties_text=_single_text(root, "duties"),
        links=links,
    )


def _single_text(root: TableReader, name: str, key: str = "text") -> str:
    """An optional one-key table (``[need] text = ...``); left out -> ""."""
    table = root.table(name, optional=True)
    _keys(table, name)
    if root.has(name) and not table.has(key):
        raise table.error(key, "Nøglen mangler. Udelad hele tabellen, hvis der ikke er noget at skrive.")
    return table.text(key, optional=True)


def _texts(t: TableReader, name: str) -> tuple[str, ...]:
    return tuple(normalise_text(text) for text in t.strings(name))


def _legal_bases(root: TableReader) -> tuple[LegalBasis, ...]:
    bases = []
    for t in root.tables("legal_basis", required=True):
        _keys(t, "legal_basis[]")
        bases.append(
            LegalBasis(reference=t.text("reference"), title=t.text("title"), text=t.text("text", optional=True))
        )
    return tuple(bases)


def _items(parent: TableReader, name: str, *, required: bool) -> tuple[Item, ...]:
    seen: dict[str, str] = {}
    items = []
    for t in parent.tables(name, required=required):
        _keys(t, f"{parent.path}.{name}[]")
        item_id = t.ident(seen)
        code = t.text("ffb_code", optional=True, raw=True)
        if code and not _UUID.fullmatch(code):
            raise t.error("ffb_code", f'"{code}" er ikke en FFB-kode (36 tegn, fx "7e419926-bb04-4829-...").')
        pictogram = t.choice("pictogram", PICTOGRAMS, optional=True)
        items.append(Item(id=item_id, text=t.text("text"), ffb_code=code, pictogram=pictogram))
    return tuple(items)


def _criteria(target_group: TableReader) -> tuple[Criterion, ...]:
    seen: dict[str, str] = {}
    criteria: list[Criterion] = []
    for t in target_group.tables("criteria", required=True):
        _keys(t, "target_group.criteria[]")
        criterion_id = t.ident(seen)
        text = t.text("text")
        kind = t.choice("kind", CRITERION_KINDS)
        min_age = None
        if kind == "min_age":
            if any(c.kind == "min_age" for c in criteria):
                raise t.error("kind", 'Der må kun være ét kriterium med kind = "min_age".')
            min_age = t.integer("min_age", minimum=0, maximum=130)
        elif t.has("min_age"):
            raise t.error("min_age", 'Kun et kriterium med kind = "min_age" kan have en min_age.')
        criteria.append(Criterion(id=criterion_id, text=text, kind=kind, min_age=min_age))
    return tuple(criteria)


def _other_services(others: TableReader) -> tuple[OtherServiceRule, ...]:
    seen: dict[str, str] = {}
    rules = []
    for t in others.tables("rules", required=False):
        _keys(t, "other_services.rules[]")
        rules.append(
            OtherServiceRule(
                id=t.ident(seen),
                paragraph=t.text("paragraph", optional=True),
                title=t.text("title"),
                rule=t.choice("rule", SERVICE_RULES),
                explanation=t.text("explanation"),
            )
        )
    return tuple(rules)


def _place_sizes(scope: TableReader) -> tuple[PlaceSize, ...]:
    seen: dict[str, str] = {}
    sizes = []
    if not scope.has("place_sizes"):
        return DEFAULT_PLACE_SIZES
    for t in scope.tables("place_sizes", required=True):
        _keys(t, "scope.place_sizes[]")
        size_id = t.ident(seen)
        label = t.text("label")
        fraction = t.number("fraction")
        if not 0 < fraction <= 1:
            raise t.error("fraction", "Skal være større end 0 og højst 1 (1.0 er en hel plads).")
        sizes.append(PlaceSize(id=size_id, label=label, fraction=fraction))
    return tuple(sizes)


def _offers(root: TableReader) -> tuple[Offer, ...]:
    seen: dict[str, str] = {}
    offers = []
    for t in root.tables("offers", required=True):
        _keys(t, "offers[]")
        offers.append(
            Offer(
                id=t.ident(seen),
                name=t.text("name"),
                address=t.text("address"),
                postcode=t.postcode("postcode"),
                town=t.text("town"),
                capacity_full=t.integer("capacity_full", minimum=0),
                capacity_half=t.optional_integer("capacity_half", minimum=0) or 0,
                socialtilsynet_approved=t.flag("socialtilsynet_approved"),
                tilbudsportalen_registered=t.flag("tilbudsportalen_registered"),
                phone=t.text("phone", optional=True),
                email=t.email("email", optional=True),
                description=t.text("description", optional=True),
            )
        )
    return tuple(offers)


def _contact(t: TableReader) -> Contact:
    _keys(t, "contact")
    website = t.text("website", optional=True, raw=True)
    if website and not website.startswith(("http://", "https://")):
        raise t.error("website", 'Skal begynde med "http://" eller "https://".')
    contact = Contact(
        unit=t.text("unit"),
        phone=t.text("phone", optional=True),
        email=t.email("email", optional=True),
        digital_post=t.text("digital_post", optional=True),
        letter=t.text("letter", optional=True),
        address=t.text("address", optional=True),
        website=website,
    )
    if not contact.channels():
        raise t.error(
            CONTACT_CHANNELS[0],
            "Der skal være mindst én måde at kontakte kommunen på: " + ", ".join(CONTACT_CHANNELS) + ".",
        )
    return contact
