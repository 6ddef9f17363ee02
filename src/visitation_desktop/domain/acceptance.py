"""The citizen's acceptance of the plan: which plan it was given to, and whether it still holds.

The acceptance is recorded against a fingerprint of what the handleplan promises (the same parts
``plan_diff`` compares: offer, place, start, waitlist, interim solution, transport, purposes,
activities, courses and the goals). When any of that changes, the fingerprint no longer matches
and the plan needs a new acceptance. Case-handling details (page reached, reasoning) do not count.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import hashlib
import json

from visitation_desktop.domain.case import Acceptance, AcceptanceKind, CaseFile
from visitation_desktop.domain.serialize import to_dict


def plan_digest(case: CaseFile) -> str:
    """A fingerprint of the plan's content; equal plans give equal digests."""
    placement = case.placement
    plan = {
        "offer": placement.offer_id,
        "place": placement.place,
        "planned_start": placement.planned_start,
        "waitlist": placement.waitlist,
        "interim": placement.interim_solution,
        "transport": [placement.transport_needed, placement.transport_note],
        "purposes": sorted(case.purposes.selected),
        "activities": sorted(case.activities.selected),
        "courses": sorted(case.activities.courses),
        "goals": [to_dict(goal) for goal in case.goals],
    }
    text = json.dumps(to_dict(plan), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def acceptance_current(case: CaseFile) -> bool:
    """True when the case holds an acceptance given to the plan as it stands now."""
    acceptance = case.acceptance
    return bool(acceptance and acceptance.kind and acceptance.plan_digest == plan_digest(case))


def record_acceptance(
    case: CaseFile,
    kind: AcceptanceKind,
    by: str,
    on: dt.date,
    recorded_by: str,
    *,
    image: str = "",
    reason: str = "",
    plan_version: int | None = None,
) -> Acceptance:
    """Put an acceptance of the current plan on ``case``; raises ``ValueError`` with a Danish message."""
    if not by.strip():
        raise ValueError("Skriv, hvem der har accepteret planen.")
    if kind is AcceptanceKind.SIGNATURE and not image:
        raise ValueError("Der er ingen underskrift at gemme.")
    if kind is AcceptanceKind.SPOKEN and not reason.strip():
        raise ValueError("Skriv, hvorfor der ikke er en underskrift.")
    acceptance = Acceptance(
        kind=kind.value,
        by=by.strip(),
        on=on,
        reason=reason.strip(),
        image=image if kind is AcceptanceKind.SIGNATURE else "",
        plan_digest=plan_digest(case),
        plan_version=plan_version,
        recorded_by=recorded_by,
    )
    case.acceptance = acceptance
    return acceptance


class AcceptanceState(enum.StrEnum):
    NONE = "none"  # no acceptance recorded
    CURRENT = "current"  # the acceptance covers the plan as it stands
    STALE = "stale"  # the plan changed after the acceptance: a new acceptance is needed


def acceptance_state(case: CaseFile) -> AcceptanceState:
    if case.acceptance is None or not case.acceptance.kind:
        return AcceptanceState.NONE
    return AcceptanceState.CURRENT if acceptance_current(case) else AcceptanceState.STALE


def signature_png(acceptance: Acceptance) -> bytes:
    """The signature's PNG bytes; b"" for a spoken acceptance or an image that is not base64."""
    if not acceptance.image:
        return b""
    try:
        return base64.b64decode(acceptance.image, validate=True)
    except (binascii.Error, ValueError):
        return b""
