"""Places taken in the offers, counted over every case this laptop knows.

``places_taken(workspace, for_case=...)`` is what the capacity rule (``domain/rules_capacity.py``,
applied by ``services/gate.py``) compares with each offer's capacity. It counts the cases whose
status is granted (recorded through the rules gate), not on the waitlist, with a known offer and
place size. When ``for_case`` is given, that case itself is left out, and if it is decided only the
cases decided before it (same day: lower case number) count, so the first grants keep their places
and a later, over-the-top grant is the one that is blocked.

The sync engineer will add the municipality-wide occupancy fetched from the central store here;
the signature stays ``places_taken(workspace, for_case=None) -> Taken``.
"""

from __future__ import annotations

import datetime as dt

from ..domain.case import CaseFile, CaseStatus
from ..domain.rules_capacity import Taken
from .workspace import Workspace


def _order(case: CaseFile) -> tuple[dt.date, int]:
    return (case.decision.decided_on or dt.date.max, case.id if case.id is not None else 1 << 62)


def count_taken(cases: list[CaseFile], for_case: CaseFile | None = None) -> dict[str, dict[str, int]]:
    """Places held by ``cases`` (see the module text), offer id -> place-size id -> count."""
    limit = _order(for_case) if for_case is not None and for_case.decision.decided_on else None
    counts: dict[str, dict[str, int]] = {}
    for case in cases:
        if case.status != CaseStatus.GRANTED.value or case.placement.waitlist:
            continue
        if for_case is not None and case.id is not None and case.id == for_case.id:
            continue
        if limit is not None and _order(case) >= limit:
            continue
        p = case.placement
        if p.offer_id and p.place:
            sizes = counts.setdefault(p.offer_id, {})
            sizes[p.place] = sizes.get(p.place, 0) + 1
    return counts


def places_taken(workspace: Workspace, for_case: CaseFile | None = None) -> Taken:
    """Places taken per offer and size over the store's granted cases (``for_case`` left out)."""
    repo = workspace.repo
    cases = [
        repo.load_case(summary.id)
        for summary in repo.list_cases()
        if summary.status == CaseStatus.GRANTED.value and (for_case is None or summary.id != for_case.id)
    ]
    return count_taken(cases, for_case)
