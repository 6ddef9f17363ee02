"""The case file: everything recorded in a visitation, as plain dataclasses.

The wizard fills it page by page; the store keeps it (encrypted) as one JSON document
beside the indexed columns; documents and rules read it. Identifiers of purposes,
activities, offers and other services are the ``id`` keys of the quality standard file;
FFB identifiers are the codes of the project's FFB catalogue.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field

from .messages import QT_TRANSLATE_NOOP

CASE_FORMAT_VERSION = 1


class CaseStatus(enum.StrEnum):
    OPEN = "open"  # under behandling
    GRANTED = "granted"  # bevilget
    REFUSED = "refused"  # afslag
    ENDED = "ended"  # afsluttet


STATUS_LABELS = {
    CaseStatus.OPEN: "Under behandling",
    CaseStatus.GRANTED: "Bevilget",
    CaseStatus.REFUSED: "Afslag",
    CaseStatus.ENDED: "Afsluttet",
}


class Channel(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in_person"


CHANNEL_LABELS = {Channel.EMAIL: "E-mail", Channel.PHONE: "Telefon", Channel.IN_PERSON: "Personligt fremmøde"}


class WizardPage(enum.StrEnum):
    """The wizard's steps, in order; the case remembers where it stopped."""

    CITIZEN = "citizen"
    TARGET_GROUP = "target_group"
    ASSESSMENT = "assessment"
    PURPOSE = "purpose"
    GOALS = "goals"
    ACTIVITIES = "activities"
    OTHER_SERVICES = "other_services"
    OFFER = "offer"
    DECISION = "decision"
    SUMMARY = "summary"


# Marked for the GUI's translation: a finding that names a page (``domain/messages.py``).
PAGE_TITLES = {
    WizardPage.CITIZEN: QT_TRANSLATE_NOOP("Messages", "Borger og henvendelse"),
    WizardPage.TARGET_GROUP: QT_TRANSLATE_NOOP("Messages", "Målgruppe"),
    WizardPage.ASSESSMENT: QT_TRANSLATE_NOOP("Messages", "Ressourcer og behov"),
    WizardPage.PURPOSE: QT_TRANSLATE_NOOP("Messages", "Formål"),
    WizardPage.GOALS: QT_TRANSLATE_NOOP("Messages", "Mål (SMART)"),
    WizardPage.ACTIVITIES: QT_TRANSLATE_NOOP("Messages", "Aktiviteter"),
    WizardPage.OTHER_SERVICES: QT_TRANSLATE_NOOP("Messages", "Andre indsatser"),
    WizardPage.OFFER: QT_TRANSLATE_NOOP("Messages", "Tilbud og plads"),
    WizardPage.DECISION: QT_TRANSLATE_NOOP("Messages", "Afgørelse"),
    WizardPage.SUMMARY: QT_TRANSLATE_NOOP("Messages", "Opsummering"),
}


def new_uuid() -> str:
    """A global id made where a citizen, case, plan version or follow-up is created (UUID, 36 chars)."""
    return str(uuid.uuid4())


@dataclass
class Citizen:
    uuid: str = field(default_factory=new_uuid)  # the same person in every store (one per CPR centrally)
    cpr: str = ""  # ten digits, no dash
    name: str = ""
    address: str = ""
    postcode: str = ""
    town: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class Application:
    received: dt.date | None = None
    channel: str = ""  # a Channel value
    by_relative: bool = False  # a relative applied on the citizen's behalf
    relative_name: str = ""
    relative_relation: str = ""
    relative_contact: str = ""


@dataclass
class Consent:
    """Retssikkerhedsloven § 11 a: specific consent to obtain information."""

    status: str = ""  # "" not recorded, "given", "declined"
    information: str = ""  # which information
    sources: str = ""  # from whom
    recorded_on: dt.date | None = None


@dataclass
class TargetGroup:
    # criterion id (from the standard) -> the caseworker's judgement; None = not judged yet.
    # The age criterion is evaluated from the CPR by the rules, not stored here.
    criteria: dict[str, bool | None] = field(default_factory=dict)
    codes: list[str] = field(default_factory=list)  # FFB target-group codes
    individual_assessment: str = ""


@dataclass
class ThemeAssessment:
    levels: dict[str, int | None] = field(default_factory=dict)  # subtheme code -> 0..4, None = Ikke vurderet
    resources: str = ""
    challenges: str = ""
    own_words: str = ""


@dataclass
class Assessment:
    themes: dict[str, ThemeAssessment] = field(default_factory=dict)  # A&D theme code -> assessment
    descriptions: dict[str, str] = field(default_factory=dict)  # other FFB code -> described text
    support_level: int | None = None  # 0..4, None = Ikke vurderet

    def theme(self, code: str) -> ThemeAssessment:
        return self.themes.setdefault(code, ThemeAssessment())


@dataclass
class Purposes:
    selected: list[str] = field(default_factory=list)  # purpose ids from the standard
    citizen_wishes: str = ""


def new_goal_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class Goal:
    id: str = field(default_factory=new_goal_id)
    text: str = ""  # in the citizen's own words
    subtheme: str = ""  # FFB subtheme code
    second_subtheme: str = ""
    goal_type: str = ""  # FFB goal-type code
    current_level: int | None = None
    target_level: int | None = None
    measure: str = ""  # how it is measured
    due: dt.date | None = None  # when it should be reached
    evaluation: str = ""  # how it is evaluated
    evaluation_date: dt.date | None = None  # when it is evaluated
    accepted: bool = False
    acceptance_note: str = ""  # how the citizen accepted
    realistic_reason: str = ""
    attainment_levels: dict[int, str] = field(default_factory=dict)  # -2..+2 -> description


@dataclass
class Activities:
    selected: list[str] = field(default_factory=list)  # activity-type ids
    courses: list[str] = field(default_factory=list)  # development-course ids
    note: str = ""


@dataclass
class OtherService:
    kind: str = ""  # id of an other-service entry in the standard, or "other"
    description: str = ""
    provider: str = ""
    status: str = "has"  # "has" or "applied"


@dataclass
class Coordination:
    providers: str = ""
    agreement: str = ""


@dataclass
class Placement:
    offer_id: str = ""
    place: str = ""  # a place-size id from the standard, e.g. "full" / "half"
    waitlist: bool = False
    interim_solution: str = ""
    transport_needed: bool | None = None
    transport_note: str = ""
    planned_start: dt.date | None = None


class Outcome(enum.StrEnum):
    GRANT = "grant"
    REFUSAL = "refusal"


@dataclass
class Decision:
    outcome: str = ""  # an Outcome value, or "" while undecided
    rules_applied: str = ""
    facts: str = ""
    considerations: str = ""
    decided_on: dt.date | None = None
    overrun_reason: str = ""
    delay_notice: str = ""  # written notice when the deadline cannot be met
    expected_on: dt.date | None = None  # when the citizen can expect the decision (the delay notice)


class AcceptanceKind(enum.StrEnum):
    SIGNATURE = "signature"  # signed on the screen
    SPOKEN = "spoken"  # accepted aloud, recorded by the caseworker with the reason there is no signature


@dataclass
class Acceptance:
    """The citizen's (or representative's) acceptance of the plan as it stood (``plan_digest``).

    A changed plan no longer matches the digest and needs a new acceptance
    (``domain.acceptance.acceptance_current``).
    """

    kind: str = ""  # an AcceptanceKind value
    by: str = ""  # who accepted: the citizen or the representative, by name
    on: dt.date | None = None
    reason: str = ""  # spoken: why there is no signature
    image: str = ""  # signature: the strokes as a PNG, base64
    plan_digest: str = ""  # fingerprint of the plan accepted (domain.acceptance.plan_digest)
    plan_version: int | None = None  # the handleplan version when one was kept, else None
    recorded_by: str = ""  # initials of the caseworker who recorded it


@dataclass
class CaseFile:
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)  # the same case in every store
    revision: int = 0  # the store's revision the case was loaded at; each accepted save advances it
    format_version: int = CASE_FORMAT_VERSION
    status: str = CaseStatus.OPEN.value
    standard_id: str = ""
    standard_version: str = ""  # the standard's ``version`` the case is assessed under
    standard_digest: str = ""  # SHA-256 of that standard's file; its copy is kept in the store
    caseworker: str = ""  # initials
    current_page: str = WizardPage.CITIZEN.value
    citizen: Citizen = field(default_factory=Citizen)
    application: Application = field(default_factory=Application)
    consent: Consent = field(default_factory=Consent)
    target_group: TargetGroup = field(default_factory=TargetGroup)
    assessment: Assessment = field(default_factory=Assessment)
    purposes: Purposes = field(default_factory=Purposes)
    goals: list[Goal] = field(default_factory=list)
    activities: Activities = field(default_factory=Activities)
    other_services: list[OtherService] = field(default_factory=list)
    coordination: Coordination = field(default_factory=Coordination)
    placement: Placement = field(default_factory=Placement)
    decision: Decision = field(default_factory=Decision)
    acceptance: Acceptance | None = None  # None = the plan has not been accepted
