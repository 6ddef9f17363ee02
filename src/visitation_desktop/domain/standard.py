"""A municipality's quality standard (kvalitetsstandard), as typed objects.

The standard is data: ``resources/standards/<id>.toml``, documented in
``docs/standard-format.md``. ``load_standard`` reads and validates a file and raises
``StandardError`` naming the file, the key and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
