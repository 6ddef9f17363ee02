"""A municipality's quality standard (kvalitetsstandard), as typed objects.

The standard is data: ``resources/standards/<id>.toml``, documented in
``docs/standard-format.md``. ``load_standard`` reads and validates a file and raises
``StandardError`` naming the file, the key and what is wrong.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from visitation_desktop.domain.table_reader import TableError, TableReader
from visitation_desktop.resources import standards_dir

FORMAT_VERSION = 1
CRITERION_KINDS = ("min_age", "judgement")
SERVICE_RULES = ("day_offer", "coordinate", "none")
PICTOGRAMS = ("social", "physical", "sensory", "experience", "creative", "competence")


@dataclass(frozen=True)
class LegalBasis:
    law: str  # "Serviceloven"
    paragraph: str  # "§ 104"
    title: str  # "aktivitets- og samværstilbud"
    text: str  # the standard's own sentence about the legal basis


@dataclass(frozen=True)
class Criterion:
    id: str
    text: str  # as the standard writes it, addressed to the citizen
    kind: str  # "min_age" (evaluated from CPR) or "judgement" (caseworker decides)
    min_age: int | None = None


@dataclass(frozen=True)
class Item:
    """A choosable entry: purpose, activity type, development course, exclusion."""

    id: str
    text: str
    ffb_code: str = ""  # e.g. the FFB code of an activity type, where one exists
    pictogram: str = ""  # activity types: key of a pictogram drawn by documents/


@dataclass(frozen=True)
class OtherServiceRule:
    """Another service the citizen may have, and what the standard says about it."""

    id: str
    paragraph: str  # "§ 103"
    title: str  # "Beskyttet beskæftigelse"
    rule: str  # "day_offer" (cannot be combined), "coordinate" (needs coordination), "none"
    explanation: str  # the standard's rule, in Danish, shown with the finding


@dataclass(frozen=True)
class PlaceSize:
    id: str  # "full" / "half"
    label: str  # "Hel plads"
    fraction: float  # 1.0 / 0.5


@dataclass(frozen=True)
class Offer:
    id: str
    name: str
    address: str
    postcode: str
    town: str
    capacity_full: int
    capacity_half: int
    socialtilsynet_approved: bool
    tilbudsportalen_registered: bool
    phone: str = ""
    email: str = ""
    description: str = ""

    @property
    def eligible(self) -> bool:
        """The standard: only offers approved by Socialtilsynet and registered."""
        return self.socialtilsynet_approved and self.tilbudsportalen_registered


@dataclass(frozen=True)
class Contact:
    unit: str  # "Visitationen, Handicap og Socialpsykiatri"
    email: str
    phone: str
    address: str = ""
    website: str = ""


@dataclass(frozen=True)
class Standard:
    id: str  # "thisted-104"
    municipality: str  # "Thisted Kommune"
    title: str
    version: str  # the standard's own version or adoption date
    legal_basis: LegalBasis
    need: str  # "Hvilket behov dækker indsatsen?"
    purpose_intro: str
    purposes: tuple[Item, ...]
    criteria: tuple[Criterion, ...]
    individual_assessment_required: bool
    residence_note: str  # may live in a residence, may receive § 85 at home
    goals_text: str  # SMART goals paragraph
    activities: tuple[Item, ...]
    activities_note: str
    courses: tuple[Item, ...]
    exclusions: tuple[Item, ...]
    other_services: tuple[OtherServiceRule, ...]
    day_offer_rule: str  # the standard's sentence on not combining day offers
    coordination_rule: str  # the standard's sentence on §§ 85, 107, 108
    place_sizes: tuple[PlaceSize, ...]
    scope_text: str  # daytime on weekdays, scope from individual assessment
    duration_text: str  # no fixed duration
    free_choice_of_provider: bool
    provider_text: str
    proximity_text: str
    offers: tuple[Offer, ...]
    staff_competence: str
    free_of_charge: bool
    cost_text: str
    decision_deadline_weeks: int
    first_followup_months: int
    followup_interval_months: int
    followup_text: str
    waitlist_text: str
    contact: Contact
    links: tuple[str, ...] = field(default_factory=tuple)
    application_text: str = ""  # "Ansøgning": how the citizen or a relative applies

    def offer(self, offer_id: str) -> Offer | None:
        return next((o for o in self.offers if o.id == offer_id), None)

    def other_service(self, service_id: str) -> OtherServiceRule | None:
        return next((s for s in self.other_services if s.id == service_id), None)

    def place_size(self, size_id: str) -> PlaceSize | None:
        return next((p for p in self.place_sizes if p.id == size_id), None)

    def purpose(self, purpose_id: str) -> Item | None:
        return next((p for p in self.purposes if p.id == purpose_id), None)

    def activity(self, activity_id: str) -> Item | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    def course(self, course_id: str) -> Item | None:
        return next((c for c in self.courses if c.id == course_id), None)


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
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise StandardError(file, WHOLE_FILE, "Filen er ikke gemt som UTF-8.") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        key = f"linje {found.group(1)}" if found else WHOLE_FILE
        raise StandardError(file, key, f"Filen er ikke gyldig TOML (teknisk besked: {exc}).") from None
    return parse_standard(data, file)


def parse_standard(data: dict[str, Any], file: str) -> Standard:
    """Build a ``Standard`` from parsed TOML; ``file`` names the source in any ``StandardError``."""
    try:
        return _parse(TableReader("", data))
    except TableError as exc:
        raise StandardError(file, exc.key, exc.problem) from None


def _parse(root: TableReader) -> Standard:
    root.only(*_TOP_LEVEL_KEYS)
    if root.integer("format", minimum=1) != FORMAT_VERSION:
        raise root.error("format", f"Programmet kan kun læse format {FORMAT_VERSION}.")
    standard_id = root.ident({})
    links = root.strings("links")
    for number, link in enumerate(links, start=1):
        if not link.startswith(("http://", "https://")):
            raise TableError(f"links[{number}]", 'En henvisning skal begynde med "http://" eller "https://".')
    purpose = root.table("purpose")
    purpose.only("intro", "items")
    target_group = root.table("target_group")
    target_group.only("individual_assessment_required", "residence_note", "criteria")
    activities = root.table("activities")
    activities.only("note", "types", "courses", "exclusions")
    others = root.table("other_services")
    others.only("day_offer_rule", "coordination_rule", "rules")
    scope = root.table("scope")
    scope.only("text", "duration_text", "place_sizes")
    provider = root.table("provider")
    provider.only("free_choice", "text", "proximity_text")
    cost = root.table("cost")
    cost.only("free_of_charge", "text")
    quality = root.table("quality")
    quality.only("decision_deadline_weeks", "waitlist_text")
    followup = root.table("followup")
    followup.only("first_months", "interval_months", "text")
    return Standard(
        id=standard_id,
        municipality=root.text("municipality"),
        title=root.text("title"),
        version=root.text("version"),
        legal_basis=_legal_basis(root.table("legal_basis")),
        need=_single_text(root, "need"),
        purpose_intro=purpose.text("intro"),
        purposes=_items(purpose, "items", required=True),
        criteria=_criteria(target_group),
        individual_assessment_required=target_group.flag("individual_assessment_required"),
        residence_note=target_group.text("residence_note"),
        goals_text=_single_text(root, "goals"),
        application_text=_single_text(root, "application"),
        activities=_items(activities, "types", required=True, activity=True),
        activities_note=activities.text("note"),
        courses=_items(activities, "courses", required=False),
        exclusions=_items(activities, "exclusions", required=False),
        day_offer_rule=others.text("day_offer_rule"),
        coordination_rule=others.text("coordination_rule"),
        other_services=_other_services(others),
        scope_text=scope.text("text"),
        duration_text=scope.text("duration_text"),
        place_sizes=_place_sizes(scope),
        free_choice_of_provider=provider.flag("free_choice"),
        provider_text=provider.text("text"),
        proximity_text=provider.text("proximity_text"),
        offers=_offers(root),
        staff_competence=_single_text(root, "staff", "competence"),
        free_of_charge=cost.flag("free_of_charge"),
        cost_text=cost.text("text"),
        decision_deadline_weeks=quality.integer("decision_deadline_weeks", minimum=1, maximum=52),
        waitlist_text=quality.text("waitlist_text"),
        first_followup_months=followup.integer("first_months", minimum=1, maximum=120),
        followup_interval_months=followup.integer("interval_months", minimum=1, maximum=120),
        followup_text=followup.text("text"),
        contact=_contact(root.table("contact")),
        links=links,
    )


_TOP_LEVEL_KEYS = (
    "format", "id", "municipality", "title", "version", "links", "legal_basis", "need", "purpose",
    "target_group", "goals", "application", "activities", "other_services", "scope", "provider",
    "offers", "staff", "cost", "quality", "followup", "contact",
)  # fmt: skip


def _single_text(root: TableReader, name: str, key: str = "text") -> str:
    table = root.table(name)
    table.only(key)
    return table.text(key)


def _legal_basis(t: TableReader) -> LegalBasis:
    t.only("law", "paragraph", "title", "text")
    return LegalBasis(
        law=t.text("law"), paragraph=t.text("paragraph"), title=t.text("title"), text=t.text("text")
    )


def _items(parent: TableReader, name: str, *, required: bool, activity: bool = False) -> tuple[Item, ...]:
    seen: dict[str, str] = {}
    items = []
    for t in parent.tables(name, required=required):
        if activity:
            t.only("id", "text", "ffb_code", "pictogram")
        else:
            t.only("id", "text")
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
        t.only("id", "text", "kind", "min_age")
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
        t.only("id", "paragraph", "title", "rule", "explanation")
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
    for t in scope.tables("place_sizes", required=True):
        t.only("id", "label", "fraction")
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
        t.only(
            "id", "name", "address", "postcode", "town", "capacity_full", "capacity_half",
            "socialtilsynet_approved", "tilbudsportalen_registered", "phone", "email", "description",
        )  # fmt: skip
        offers.append(
            Offer(
                id=t.ident(seen),
                name=t.text("name"),
                address=t.text("address"),
                postcode=t.postcode("postcode"),
                town=t.text("town"),
                capacity_full=t.integer("capacity_full", minimum=0),
                capacity_half=t.integer("capacity_half", minimum=0),
                socialtilsynet_approved=t.flag("socialtilsynet_approved"),
                tilbudsportalen_registered=t.flag("tilbudsportalen_registered"),
                phone=t.text("phone", optional=True),
                email=t.email("email", optional=True),
                description=t.text("description", optional=True),
            )
        )
    return tuple(offers)


def _contact(t: TableReader) -> Contact:
    t.only("unit", "email", "phone", "address", "website")
    website = t.text("website", optional=True, raw=True)
    if website and not website.startswith(("http://", "https://")):
        raise t.error("website", 'Skal begynde med "http://" eller "https://".')
    return Contact(
        unit=t.text("unit"),
        email=t.email("email"),
        phone=t.text("phone"),
        address=t.text("address", optional=True),
        website=website,
    )
