"""The quality standard's typed objects (what ``domain/standard.py`` reads a file into).

Every attribute comes from one key of the format in ``docs/standard-format.md``; a key the
standard may leave out has its documented default here. Texts the standard does not state are
``""`` and are then not printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CRITERION_KINDS = ("min_age", "judgement")
SERVICE_RULES = ("day_offer", "coordinate", "none")
PICTOGRAMS = ("social", "physical", "sensory", "experience", "creative", "competence")
CONTACT_CHANNELS = ("phone", "email", "digital_post", "letter", "address")

DEFAULT_FIRST_FOLLOWUP_MONTHS = 3
DEFAULT_FOLLOWUP_INTERVAL_MONTHS = 12


@dataclass(frozen=True)
class LegalBasis:
    """One legal basis, as whole phrases the documents print unchanged (no grammar in code)."""

    reference: str  # "Servicelovens § 104": reads after "efter" ("... efter Servicelovens § 104")
    title: str  # "aktivitets- og samværstilbud": what the paragraph is about ("... om <title>")
    text: str = ""  # the standard's own sentence about this legal basis

    @property
    def name(self) -> str:
        """ "Servicelovens § 104 om aktivitets- og samværstilbud"."""
        return f"{self.reference} om {self.title}"


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


DEFAULT_PLACE_SIZES = (PlaceSize(id="full", label="Hel plads", fraction=1.0),)


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
    """How the citizen reaches the municipality; each channel optional, at least one given."""

    unit: str  # "Visitationen, Handicap og Socialpsykiatri"
    phone: str = ""  # "99 17 19 20", as printed
    email: str = ""
    digital_post: str = ""  # how to write by Digital Post, e.g. "Skriv til Handicap via borger.dk"
    letter: str = ""  # the postal address letters go to, one line
    address: str = ""  # where the unit can be visited, one line
    website: str = ""

    def channels(self) -> tuple[tuple[str, str], ...]:
        """The channels given, in the format's order: ("phone", "99 17 19 20"), ..."""
        return tuple((name, value) for name in CONTACT_CHANNELS if (value := getattr(self, name)))


@dataclass(frozen=True)
class Standard:
    id: str  # "thisted-104"
    municipality: str  # "Thisted Kommune"
    title: str
    version: str  # the standard's own version or adoption date
    legal_bases: tuple[LegalBasis, ...]  # at least one; the first is the service's own
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
    cost_exceptions: tuple[str, ...] = ()  # what the citizen pays for although the offer is free
    duties_text: str = ""  # the citizen's duties (e.g. to tell about changes)
    first_contact_days: int | None = None  # days from the application to the first contact
    # Not format keys: the file's text as read, and its SHA-256 (identifies this exact copy).
    source: str = field(default="", repr=False, compare=False)
    digest: str = field(default="", compare=False)

    @property
    def legal_basis(self) -> LegalBasis:
        """The service's own legal basis (the first one)."""
        return self.legal_bases[0]

    @property
    def service_title(self) -> str:
        """What is granted: "aktivitets- og samværstilbud"."""
        return self.legal_bases[0].title

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
