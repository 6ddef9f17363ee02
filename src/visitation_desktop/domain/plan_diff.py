"""What changed in the handleplan between two versions, as plain Danish lines.

Only what the handleplan promises the citizen is compared: status, offer, place, start,
waitlist and interim solution, transport, purposes, activities and courses, and the goals
(added, removed, or changed field by field). Case-handling details (page reached, reasoning
texts) are not part of the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from visitation_desktop.domain.case import STATUS_LABELS, CaseFile, CaseStatus, Goal
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.findings import danish_date
from visitation_desktop.domain.standard import Standard

ARROW = "→"
EMPTY = "(ingen)"
_QUOTE_WORDS = 8


@dataclass(frozen=True)
class Change:
    section: str  # "Plads", "Tilbud", "Mål", ...
    text: str  # the whole line, e.g. "Plads: Hel plads → Halv plads"

    def __str__(self) -> str:
        return self.text


def quote(text: str, words: int = _QUOTE_WORDS) -> str:
    """ "»Jeg vil lave et varmt måltid …«": a text named in a line, shortened to a few words."""
    parts = text.split()
    if not parts:
        return EMPTY
    return "»" + " ".join(parts[:words]) + (" …" if len(parts) > words else "") + "«"


def _date(day: dt.date | None) -> str:
    return danish_date(day) if day else EMPTY


def _yes_no(value: bool | None) -> str:
    return "ikke oplyst" if value is None else ("ja" if value else "nej")


def _changed(section: str, old: str, new: str, label: str = "") -> Change:
    return Change(section, f"{label or section}: {old} {ARROW} {new}")


class _Names:
    """Danish names for the ids a case holds."""

    def __init__(self, standard: Standard, catalogue: Catalogue) -> None:
        self.standard = standard
        self.catalogue = catalogue

    def status(self, value: str) -> str:
        try:
            return STATUS_LABELS[CaseStatus(value)]
        except ValueError:
            return value

    def offer(self, offer_id: str) -> str:
        offer = self.standard.offer(offer_id) if offer_id else None
        return offer.name if offer else (offer_id or EMPTY)

    def place(self, place_id: str) -> str:
        place = self.standard.place_size(place_id) if place_id else None
        return place.label if place else (place_id or EMPTY)

    def purpose(self, item_id: str) -> str:
        item = self.standard.purpose(item_id)
        return quote(item.text) if item else item_id

    def activity(self, item_id: str) -> str:
        item = self.standard.activity(item_id)
        return item.text if item else item_id

    def course(self, item_id: str) -> str:
        item = self.standard.course(item_id)
        return item.text if item else item_id

    def subtheme(self, code: str) -> str:
        found = self.catalogue.subtheme(code) if code else None
        return found.name if found else (code or EMPTY)

    def goal_type(self, code: str) -> str:
        found = self.catalogue.goal_type(code) if code else None
        return found.name if found else (code or EMPTY)

    def level(self, value: int | None) -> str:
        if value is None:
            return "ikke vurderet"
        found = next((lv for lv in self.catalogue.ability_levels if lv.value == value), None)
        return f"{value} ({found.short})" if found else str(value)


def plan_diff(old: CaseFile, new: CaseFile, standard: Standard, catalogue: Catalogue) -> list[Change]:
    """The changes from ``old`` to ``new``, in the order the handleplan tells them; [] when equal."""
    names = _Names(standard, catalogue)
    changes: list[Change] = []
    if old.status != new.status:
        changes.append(_changed("Status", names.status(old.status), names.status(new.status)))
    changes += _placement(old, new, names)
    changes += _members("Formål", old.purposes.selected, new.purposes.selected, names.purpose)
    changes += _members("Aktivitet", old.activities.selected, new.activities.selected, names.activity)
    changes += _members("Forløb", old.activities.courses, new.activities.courses, names.course)
    changes += _goals(old.goals, new.goals, names)
    return changes


def _placement(old: CaseFile, new: CaseFile, names: _Names) -> list[Change]:
    a, b = old.placement, new.placement
    out: list[Change] = []
    if a.offer_id != b.offer_id:
        out.append(_changed("Tilbud", names.offer(a.offer_id), names.offer(b.offer_id)))
    if a.place != b.place:
        out.append(_changed("Plads", names.place(a.place), names.place(b.place)))
    if a.planned_start != b.planned_start:
        out.append(_changed("Start", _date(a.planned_start), _date(b.planned_start), "Planlagt start"))
    if a.waitlist != b.waitlist:
        out.append(_changed("Venteliste", _yes_no(a.waitlist), _yes_no(b.waitlist)))
    if a.interim_solution.strip() != b.interim_solution.strip():
        out.append(_changed("Foreløbig løsning", quote(a.interim_solution), quote(b.interim_solution)))
    if a.transport_needed != b.transport_needed:
        out.append(_changed("Befordring", _yes_no(a.transport_needed), _yes_no(b.transport_needed)))
    return out


def _members(section: str, old: list[str], new: list[str], name: Callable[[str], str]) -> list[Change]:
    added = [Change(section, f"{section} tilføjet: {name(i)}") for i in new if i not in old]
    removed = [Change(section, f"{section} fjernet: {name(i)}") for i in old if i not in new]
    return added + removed


_GOAL_FIELDS: tuple[tuple[str, str], ...] = (
    ("text", "tekst"),
    ("subtheme", "undertema"),
    ("goal_type", "måltype"),
    ("current_level", "niveau i dag"),
    ("target_level", "målniveau"),
    ("measure", "sådan måles det"),
    ("due", "nås senest"),
    ("evaluation", "sådan evalueres det"),
    ("evaluation_date", "evalueres"),
    ("accepted", "accepteret af borgeren"),
)


def _goal_value(goal: Goal, attr: str, names: _Names) -> str:
    value = getattr(goal, attr)
    if attr == "subtheme":
        return names.subtheme(value)
    if attr == "goal_type":
        return names.goal_type(value)
    if attr in ("current_level", "target_level"):
        return names.level(value)
    if attr in ("due", "evaluation_date"):
        return _date(value)
    if attr == "accepted":
        return _yes_no(value)
    return quote(value)


def _goals(old: list[Goal], new: list[Goal], names: _Names) -> list[Change]:
    before = {g.id: g for g in old}
    after = {g.id: g for g in new}
    out: list[Change] = []
    for goal in old:
        if goal.id not in after:
            out.append(Change("Mål", f"Mål fjernet: {quote(goal.text)}"))
            continue
        revised = after[goal.id]
        for attr, label in _GOAL_FIELDS:
            if getattr(goal, attr) != getattr(revised, attr):
                out.append(
                    Change(
                        "Mål",
                        f"Mål {quote(goal.text, 5)} – {label}: "
                        f"{_goal_value(goal, attr, names)} {ARROW} {_goal_value(revised, attr, names)}",
                    )
                )
        if goal.attainment_levels != revised.attainment_levels:
            out.append(Change("Mål", f"Mål {quote(goal.text, 5)} – målopfyldelsesskalaen er ændret"))
    for goal in new:
        if goal.id not in before:
            out.append(Change("Mål", f"Nyt mål: {quote(goal.text)}"))
    return out
