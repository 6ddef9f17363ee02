"""The overview of the caseworker's cases: by status, decision deadlines, follow-ups due, waitlist.

One ``Overview`` feeds the main window's groups and ``visitation-desktop followups due``. Rows are
plain data (the main window words them); reading it is like the case list (names and CPR), not a
view of each case, so it writes no access-log row. Writing the delay notice is an edit and is logged.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from ..domain.case import CaseFile, CaseStatus
from ..domain.deadlines import DeadlineState, deadline_state_until, decision_deadline
from ..domain.findings import danish_date
from ..domain.followup import DueFollowUp, FollowUpPlan, followups_due
from ..domain.standard import Standard
from ..limits import FOLLOWUP_SOON_DAYS
from ..store.index_rows import SYNC_LOCAL, FollowUpDates, IndexedCase
from ..store.records import CaseSummary, LogEntry
from .search import SearchIndex
from .standards import by_digest
from .workspace import Workspace

_ANY_DAYS = 100 * 366  # every next follow-up, however far ahead


class Group(enum.StrEnum):
    ALL = "all"
    DEADLINE = "deadline"  # open, deadline near or passed
    FOLLOWUP = "followup"  # granted, follow-up overdue or soon
    WAITLIST = "waitlist"  # waiting for a place, with an interim solution
    OPEN = CaseStatus.OPEN.value
    GRANTED = CaseStatus.GRANTED.value
    REFUSED = CaseStatus.REFUSED.value
    ENDED = CaseStatus.ENDED.value


_GROUP_OF = {g.value: g for g in Group}  # a dict lookup: ``Group(value)`` costs microseconds a row
# One frozenset per combination of groups (at most 2^8), shared by every row holding it: a set
# of its own in each row is 200 bytes a case.
_GROUP_SETS: dict[frozenset[Group], frozenset[Group]] = {}


def _shared(groups: set[Group]) -> frozenset[Group]:
    key = frozenset(groups)
    return _GROUP_SETS.setdefault(key, key)

GROUP_LABELS = {
    Group.ALL: "Alle",
    Group.DEADLINE: "Frist snart/overskredet",
    Group.FOLLOWUP: "Opfølgning forfalden/snart",
    Group.WAITLIST: "Venteliste",
    Group.OPEN: "Under behandling",
    Group.GRANTED: "Bevilget",
    Group.REFUSED: "Afslag",
    Group.ENDED: "Afsluttet",
}


@dataclass(frozen=True, slots=True)  # one per case listed: no __dict__ each
class OverviewRow:
    summary: CaseSummary
    deadline_state: str = ""  # a DeadlineState value while the decision is pending, else ""
    deadline_days_left: int | None = None
    delay_notice: str = ""
    followup: DueFollowUp | None = None  # the next follow-up of a granted service
    followup_soon: bool = False  # overdue or within the "soon" window
    waitlist: bool = False
    interim_solution: str = ""
    offer: str = ""  # the offer's name
    place: str = ""  # "Hel plads" / "Halv plads"
    groups: frozenset[Group] = field(default_factory=frozenset)
    address: str = ""  # "Storegade 4, 7700 Thisted"
    sync_state: str = SYNC_LOCAL  # see store.models.CaseIndex

    @property
    def case_id(self) -> int:
        return self.summary.id


@dataclass(frozen=True)
class Overview:
    today: dt.date
    rows: list[OverviewRow]

    def rows_in(self, group: Group | str) -> list[OverviewRow]:
        return [r for r in self.rows if Group(group) in r.groups]

    def counts(self) -> dict[Group, int]:
        return {group: len(self.rows_in(group)) for group in Group}


class _OwnStandard:
    """One standard as the overview reads it: its offers' names and place sizes' labels, looked up once."""

    def __init__(self, standard: Standard) -> None:
        self.standard = standard
        self._offers = {o.id: o.name for o in standard.offers}
        self._places: dict[str, str] = {}

    def offer_name(self, offer_id: str) -> str:
        return self._offers.get(offer_id, "") if offer_id else ""

    def place_label(self, place: str) -> str:
        if not place:
            return ""
        if place not in self._places:
            size = self.standard.place_size(place)
            self._places[place] = size.label if size else ""
        return self._places[place]


class OverviewSource:
    """Builds overviews from the case index: two queries for all cases, no case file decoded.

    What the groups and remarks need is kept beside each case in the store (``store/case_index.py``),
    written in the same transaction as the case and its follow-ups, so an overview is always as
    fresh as the store. Safe to call from a worker thread: each call opens its own session.
    """

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def overview(self, today: dt.date, query: str = "", soon_days: int = FOLLOWUP_SOON_DAYS) -> Overview:
        """Every case (filtered by ``query`` as the main window's search filters) with its groups.

        Each case is dated by its own standard (the copy it was started under, parsed once per
        standard): the decision deadline was set by it when the case was saved, and its follow-up
        months, offers and place sizes are read from it here.
        """
        indexed, dates = self.ws.repo.indexed_cases()
        if query.strip():
            found = SearchIndex(indexed).matching(query)  # as the main window's search (services/search.py)
            indexed = [indexed[i] for i in found] if found is not None else indexed
        own: dict[str, _OwnStandard] = {}
        rows = []
        for entry in indexed:
            s = entry.summary
            standard = own.get(entry.standard_digest)
            if standard is None:
                standard = own[entry.standard_digest] = _OwnStandard(by_digest(self.ws, entry.standard_digest))
            rows.append(self._row(entry, dates.get(s.id), standard, today, soon_days))
        return Overview(today, rows)

    def _row(
        self,
        entry: IndexedCase,
        dates: FollowUpDates | None,
        own: _OwnStandard,
        today: dt.date,
        soon_days: int,
    ) -> OverviewRow:
        summary = entry.summary
        groups = {Group.ALL}
        status_group = _GROUP_OF.get(summary.status)
        if status_group is not None:
            groups.add(status_group)
        if summary.status not in (CaseStatus.OPEN, CaseStatus.GRANTED):
            return OverviewRow(
                summary, groups=_shared(groups), address=entry.address, sync_state=entry.sync_state
            )
        state, days_left = "", None
        if summary.status == CaseStatus.OPEN and summary.received is not None:
            deadline = summary.deadline or decision_deadline(summary.received, own.standard.decision_deadline_weeks)
            status = deadline_state_until(summary.received, deadline, today)
            state, days_left = status.state.value, status.days_left
            if status.state != DeadlineState.OK:
                groups.add(Group.DEADLINE)
        due = None
        if summary.status == CaseStatus.GRANTED and summary.planned_start is not None:
            plan = FollowUpPlan(
                summary.id,
                summary.status,
                summary.planned_start,
                dates.held if dates else (),
                dates.planned if dates else None,
            )
            found = followups_due([plan], own.standard, today, _ANY_DAYS)
            due = found[0] if found else None
        soon = due is not None and due.days_left <= soon_days
        if soon:
            groups.add(Group.FOLLOWUP)
        if entry.waitlist:
            groups.add(Group.WAITLIST)
        return OverviewRow(
            summary,
            deadline_state=state,
            deadline_days_left=days_left,
            delay_notice=entry.delay_notice,
            followup=due,
            followup_soon=soon,
            waitlist=entry.waitlist,
            interim_solution=entry.interim_solution,
            offer=own.offer_name(entry.offer_id),
            place=own.place_label(entry.place),
            groups=_shared(groups),
            address=entry.address,
            sync_state=entry.sync_state,
        )


def overview(ws: Workspace, today: dt.date, query: str = "", soon_days: int = FOLLOWUP_SOON_DAYS) -> Overview:
    """Every case with its groups, read afresh (the CLI; the main window keeps an ``OverviewSource``)."""
    return OverviewSource(ws).overview(today, query, soon_days)


def due_followups(ws: Workspace, today: dt.date, within_days: int) -> list[tuple[DueFollowUp, CaseSummary]]:
    """Follow-ups overdue or due within ``within_days`` days, the earliest first, with their case."""
    rows = [r for r in overview(ws, today, soon_days=within_days).rows if r.followup is not None]
    due = [(r.followup, r.summary) for r in rows if r.followup_soon and r.followup is not None]
    return sorted(due, key=lambda pair: (pair[0].due, pair[0].case_id))


def suggest_delay_notice(
    case: CaseFile, weeks: int, today: dt.date, expected_on: dt.date | None = None, reason: str = ""
) -> str:
    """The notice as sent: when, the deadline that cannot be met, when the decision comes and why."""
    received = case.application.received
    deadline = f" ({danish_date(decision_deadline(received, weeks))})" if received else ""
    expected = expected_on or case.decision.expected_on
    when = (f"Du kan forvente en afgørelse senest {danish_date(expected)}." if expected
            else "Vi giver dig besked om, hvornår du kan forvente en afgørelse.")
    why = (reason or case.decision.overrun_reason).strip()
    because = f" Årsagen er: {why}" if why else ""
    return (
        f"Besked sendt {danish_date(today)}: Vi kan ikke nå at træffe afgørelse inden for fristen på "
        f"{weeks} uger{deadline}. {when}{because}"
    )


def open_for_delay_notice(ws: Workspace, case_id: int) -> CaseFile:
    """The case whose delay notice is to be written (logged as a view)."""
    case = ws.repo.load_case(case_id)
    ws.repo.log(ws.caseworker, "view", case_id=case_id, detail="delay notice")
    return case


def save_delay_notice(
    ws: Workspace, case_id: int, text: str | None, *, expected_on: dt.date | None = None, reason: str | None = None
) -> CaseFile:
    """Store the notice of when the citizen can expect a decision, and that date and the reason
    (what the delay-notice letter prints); one save, logged as an edit. ``None`` keeps a field."""
    case = ws.repo.load_case(case_id)
    if text is not None:
        case.decision.delay_notice = text.strip()
    if expected_on is not None:
        case.decision.expected_on = expected_on
    if reason is not None:
        case.decision.overrun_reason = reason.strip()
    ws.repo.save_case(case, log=[LogEntry(ws.caseworker, "edit", case_id=case_id, detail="delay notice")])
    return case