"""Places taken in the offers, counted over every case this laptop knows.

``places_taken(workspace, for_case=...)`` is what the capacity rule (``domain/rules_capacity.py``,
applied by ``services/gate.py``) compares with each offer's capacity. It counts the cases whose
status is granted (recorded through the rules gate), not on the waitlist, with a known offer and
place size. When ``for_case`` is given, that case itself is left out, and if it is decided only the
cases decided before it (same day: lower case number) count, so the first grants keep their places
and a later, over-the-top grant is the one that is blocked.

Municipality-wide: the places granted in the central store as of the last check-out (every
caseworker's grants, ``store.sync_local.central_grants``) are added, except those of cases this
laptop holds itself (the laptop's copy is counted, or not, as it stands now: never twice).
``refreshed_at`` says when they were fetched, to be shown beside the count.
"""

from __future__ import annotations

import bisect
import contextvars
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..domain.case import CaseFile, CaseStatus
from ..domain.rules_capacity import Taken
from .workspace import Workspace


def _order(decided_on: dt.date | None, case_id: int | None) -> tuple[dt.date, int]:
    return (decided_on or dt.date.max, case_id if case_id is not None else 1 << 62)


def _case_order(case: CaseFile) -> tuple[dt.date, int]:
    return _order(case.decision.decided_on, case.id)


def places_taken(workspace: Workspace, for_case: CaseFile | None = None) -> Taken:
    """Places taken per offer and size: the store's granted cases (``for_case`` left out) and the
    central store's grants of cases not on this laptop. Read from the case index (no case decoded),
    so the wizard may ask on every change; inside ``snapshot(workspace)`` the store is read once for
    many questions (a check-in asks for every case it sends)."""
    holder = _snapshot.get()
    if holder is not None and holder.workspace is workspace:
        if holder.snap is None:
            holder.snap = _Snapshot(workspace)  # read at the first question, then reused
        return holder.snap.taken(for_case)
    return _Snapshot(workspace).taken(for_case)


class _Snapshot:
    """The granted places read once: per offer and size, their decision order, sorted (bisect per question)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.orders: dict[tuple[str, str], list[tuple[dt.date, int]]] = {}
        self.ids: dict[int, tuple[str, str, tuple[dt.date, int]]] = {}
        for held in workspace.repo.granted_places(CaseStatus.GRANTED.value):
            order = _order(held.decided_on, held.case_id)
            self.orders.setdefault((held.offer_id, held.place), []).append(order)
            self.ids[held.case_id] = (held.offer_id, held.place, order)
        for orders in self.orders.values():
            orders.sort()
        self.pending = 1 << 61  # the stand-in ids of cases held by ``hold``
        grants, _when = workspace.repo.central_grants()
        here = set(workspace.repo.case_uuids().values()) if grants else set()
        self.central_of = {u: (o, p) for u, o, p in grants if u not in here}  # other laptops' grants
        self.central: dict[tuple[str, str], int] = {}
        for key in self.central_of.values():
            self.central[key] = self.central.get(key, 0) + 1

    def hold(self, case: CaseFile) -> None:
        """Count a case about to be created in the same batch as if it were stored already (see ``batch``)."""
        central = self.central_of.pop(case.uuid, None)
        if central is not None:  # its central grant is now counted through the laptop's copy, or not at all
            self.central[central] -= 1
        p = case.placement
        if case.status != CaseStatus.GRANTED.value or p.waitlist or not p.offer_id or not p.place:
            return
        self.pending += 1  # below the id a case still without one is judged with: it counts as earlier
        bisect.insort(self.orders.setdefault((p.offer_id, p.place), []), _order(case.decision.decided_on, self.pending))

    def taken(self, for_case: CaseFile | None) -> Taken:
        limit = _case_order(for_case) if for_case is not None and for_case.decision.decided_on else None
        own = self.ids.get(for_case.id if for_case is not None and for_case.id is not None else -1)
        central_own = self.central_of.get(for_case.uuid) if for_case is not None else None
        counts: dict[str, dict[str, int]] = {}
        for key in set(self.orders) | set(self.central):
            orders = self.orders.get(key, [])
            n = bisect.bisect_left(orders, limit) if limit is not None else len(orders)
            if own is not None and own[:2] == key and (limit is None or own[2] < limit):
                n -= 1  # the case itself, as stored
            n += self.central.get(key, 0) - (1 if central_own == key else 0)
            if n:
                counts.setdefault(key[0], {})[key[1]] = n
        return counts


class _Holder:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.snap: _Snapshot | None = None


_snapshot: contextvars.ContextVar[_Holder | None] = contextvars.ContextVar("occupancy_snapshot", default=None)


@contextmanager
def snapshot(workspace: Workspace) -> Iterator[None]:
    """Answer ``places_taken`` from one reading of the store while the block runs (nothing is saved
    meanwhile); the store is read only when the first question is asked."""
    token = _snapshot.set(_Holder(workspace))
    try:
        yield
    finally:
        _snapshot.reset(token)


@contextmanager
def batch(workspace: Workspace) -> Iterator[Callable[[CaseFile], None]]:
    """A snapshot for preparing many new cases in order (``CaseService.create_many``): call the
    yielded ``hold(case)`` once the gate has set each case's status, so the cases before it in the
    batch count as they would had each been saved on its own (a grant takes its place)."""
    with snapshot(workspace):
        holder = _snapshot.get()
        assert holder is not None

        def hold(case: CaseFile) -> None:
            if holder.snap is None:
                holder.snap = _Snapshot(workspace)
            holder.snap.hold(case)

        yield hold


def central_places(workspace: Workspace, exclude_uuid: str | None = None) -> list[tuple[str, str]]:
    """(offer id, place size) of every central grant whose case this laptop does not hold."""
    grants, _when = workspace.repo.central_grants()
    if not grants:
        return []
    here = set(workspace.repo.case_uuids().values())
    return [
        (offer, place)
        for case_uuid, offer, place in grants
        if case_uuid not in here and case_uuid != exclude_uuid
    ]


def refreshed_at(workspace: Workspace) -> dt.datetime | None:
    """When the municipality's grants were last fetched (a check-out); None if never."""
    return workspace.repo.central_grants()[1]
