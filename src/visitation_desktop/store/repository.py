"""The store's doorway for services: short sessions in, plain domain objects out.

Every method opens its own ``with Session(engine)`` block and returns CaseFile or the records in
``store.records``, never an ORM object. A case is stored as its whole CaseFile (JSON) plus the
columns the case list needs; each case has its own citizen row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.store import audit_head, case_index, db, standard_copies, sync_local
from visitation_desktop.store.audit_keys import AuditContext
from visitation_desktop.store.case_index import FollowUpDates, IndexedCase
from visitation_desktop.store.errors import CaseNotFound, PlanVersionNotFound
from visitation_desktop.store.keyring import normalize_initials
from visitation_desktop.store.models import (
    AccessLog,
    Case,
    Caseworker,
    Citizen,
    FollowUp,
    FollowUpDraft,
    PlanVersion,
)
from visitation_desktop.store.records import AccessLogEntry, CaseSummary, FollowUpRecord, PlanVersionInfo
from visitation_desktop.store.transaction import CASE_ROW, KEEP, LogEntry, Transaction, _Keep, load_case_row

T = TypeVar("T")
Log = Sequence[LogEntry]

__all__ = [
    "KEEP",
    "AccessLogEntry",
    "LogEntry",
    "Transaction",
    "CaseNotFound",
    "CaseSummary",
    "FollowUpRecord",
    "PlanVersionInfo",
    "PlanVersionNotFound",
    "Repository",
]


_load = load_case_row


def matches(query: str, name: str, cpr: str) -> bool:
    """Case-list search: digits (dash and spaces allowed) match a CPR prefix; words must all occur in the name."""
    text = query.strip()
    if not text:
        return True
    if any(ch.isdigit() for ch in text) and all(ch.isdigit() or ch in "- " for ch in text):
        return cpr.startswith("".join(ch for ch in text if ch.isdigit()))
    folded = name.casefold()
    return all(word in folded for word in text.casefold().split())


class Repository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # Caseworkers

    def add_caseworker(self, initials: str, name: str, *, log: Log = ()) -> None:
        """Register a caseworker, or rename one already registered."""
        with self.transaction(log[0].caseworker if log else "") as tx:
            row = tx.session.get(Caseworker, normalize_initials(initials))
            if row is None:
                tx.session.add(Caseworker(initials=normalize_initials(initials), name=name))
            else:
                row.name = name
            tx.session.flush()
            tx.write_all(log)

    def caseworker_name(self, initials: str) -> str | None:
        with Session(self.engine) as s:
            return s.scalar(
                select(Caseworker.name).where(Caseworker.initials == normalize_initials(initials))
            )

    def caseworkers(self) -> list[tuple[str, str]]:
        with Session(self.engine) as s:
            rows = s.execute(select(Caseworker.initials, Caseworker.name).order_by(Caseworker.initials))
            return [(initials, name) for initials, name in rows]

    # Transactions: a change and its access-log rows commit together (see store.transaction)

    @contextmanager
    def transaction(self, caseworker: str) -> Iterator[Transaction]:
        """One transaction; ``tx.log(...)`` rows commit with the changes made through ``tx``, or neither does."""
        with Session(self.engine) as s, s.begin():
            tx = Transaction(s, normalize_initials(caseworker))
            yield tx
        tx.committed()

    def _write(self, log: Log, work: Callable[[Transaction], T], case_id: int | None = None) -> T:
        caseworker = log[0].caseworker if log else ""
        with self.transaction(caseworker) as tx:
            result = work(tx)
            tx.write_all(log, case_id)
        return result

    def log_before_release(self, entry: LogEntry) -> int:
        """Log bytes about to leave the program (PDF saved or printed, case exported) BEFORE they leave.

        Commit the row first, then write the file or start the print: a crash in between leaves a row
        for an export that did not happen, never an export nobody can see.
        """
        return self._write([], lambda tx: tx.write(entry))

    # Cases

    def create_case(
        self, case: CaseFile, *, deadline: dt.date | None = None, log: Log = (), by: str = ""
    ) -> int:
        """Store a new case with its own citizen row; set and return ``case.id``.

        ``log`` rows without a case id are written for the new case, in the same transaction.
        """
        with self.transaction(by or (log[0].caseworker if log else "")) as tx:
            case_id = tx.create_case(case, deadline=deadline)
            tx.write_all(log, case_id)
        return case_id

    def save_case(
        self, case: CaseFile, *, deadline: dt.date | None | _Keep = KEEP, log: Log = (), by: str = ""
    ) -> None:
        """Write the whole case (one UPDATE per table); ``deadline`` is stored unless left as ``KEEP``.

        The save is refused with ``CaseChangedElsewhere`` (nothing written) when the store holds a
        newer revision than ``case.revision``; ``by`` (or the log's caseworker) is kept as who saved.
        """
        with self.transaction(by or (log[0].caseworker if log else "")) as tx:
            tx.save_case(case, deadline=deadline)
            tx.write_all(log, case.id)

    def load_case(self, case_id: int) -> CaseFile:
        with Session(self.engine) as s:
            row = s.execute(CASE_ROW.where(Case.id == case_id)).first()
        if row is None:
            raise CaseNotFound(case_id)
        return load_case_row(row.data, case_id, row.uuid, row.revision, row.citizen_uuid)

    def case_revision(self, case_id: int) -> tuple[int, dt.datetime, str]:
        """The stored revision of a case, when it was saved and by whom (initials)."""
        with Session(self.engine) as s:
            row = s.execute(
                select(Case.revision, Case.updated_at, Case.updated_by).where(Case.id == case_id)
            ).first()
        if row is None:
            raise CaseNotFound(case_id)
        return row[0], row[1], row[2]

    def citizen_id(self, case_id: int) -> int:
        with Session(self.engine) as s:
            found = s.scalar(select(Case.citizen_id).where(Case.id == case_id))
        if found is None:
            raise CaseNotFound(case_id)
        return found

    def list_cases(self, query: str = "") -> list[CaseSummary]:
        """Cases, most recently changed first, filtered by name words or CPR prefix."""
        stmt = (
            select(*case_index.SUMMARY_COLUMNS)
            .join(Citizen, Citizen.id == Case.citizen_id)
            .order_by(Case.updated_at.desc(), Case.id.desc())
        )
        with Session(self.engine) as s:
            rows = s.execute(stmt).all()
        return [CaseSummary(*row) for row in rows if matches(query, row[1], row[2])]

    def indexed_cases(self) -> tuple[list[IndexedCase], dict[int, FollowUpDates]]:
        """Every case's overview line and follow-up dates: two queries, no case decoded."""
        with Session(self.engine) as s:
            return case_index.indexed_cases(s), case_index.followup_dates(s)

    def granted_places(self, granted_status: str) -> list[case_index.GrantedPlace]:
        """The places held by granted cases, from the case index (one query, no case decoded)."""
        with Session(self.engine) as s:
            return case_index.granted_places(s, granted_status)

    # Plan versions and follow-ups

    def add_plan_version(
        self, case_id: int, case: CaseFile, created_by: str, note: str = "", *, log: Log = ()
    ) -> int:
        """Keep a copy of the case as the handleplan version given to the citizen; return its number."""
        return self._write(log, lambda tx: tx.add_plan_version(case_id, case, created_by, note), case_id)

    def plan_versions(self, case_id: int) -> list[PlanVersionInfo]:
        stmt = (
            select(
                PlanVersion.case_id,
                PlanVersion.version,
                PlanVersion.created_at,
                PlanVersion.created_by,
                PlanVersion.note,
            )
            .where(PlanVersion.case_id == case_id)
            .order_by(PlanVersion.version)
        )
        with Session(self.engine) as s:
            return [PlanVersionInfo(*row) for row in s.execute(stmt)]

    def latest_plan_version(self, case_id: int) -> int | None:
        """The highest handleplan version kept for the case; None before the first."""
        with Session(self.engine) as s:
            return s.scalar(select(func.max(PlanVersion.version)).where(PlanVersion.case_id == case_id))

    def load_plan_version(self, case_id: int, version: int) -> CaseFile:
        with Session(self.engine) as s:
            data = s.scalar(
                select(PlanVersion.data).where(PlanVersion.case_id == case_id, PlanVersion.version == version)
            )
        if data is None:
            raise PlanVersionNotFound(case_id, version)
        return _load(data, case_id)

    def add_followup(
        self, case_id: int, held_on: dt.date, created_by: str, data: dict[str, Any], *, log: Log = ()
    ) -> int:
        return self._write(log, lambda tx: tx.add_followup(case_id, held_on, created_by, data), case_id)

    def record_followup(
        self,
        case_id: int,
        held_on: dt.date,
        created_by: str,
        data: dict[str, Any],
        case: CaseFile,
        new_plan_version_note: str | None,
    ) -> tuple[int, int | None]:
        """Store a held follow-up as ONE transaction: all of it is written, or nothing.

        Adds the follow-up row, saves ``case`` as it stands after the meeting, adds a handleplan
        version of it when ``new_plan_version_note`` is given, deletes the case's follow-up
        draft, and logs the follow-up (and the version) as ``created_by``. Returns the follow-up's id and the new version's number (None when none was added).
        """
        if case.id != case_id:
            raise ValueError(f"the case saved must be case {case_id}, not {case.id}")
        with self.transaction(created_by) as tx:
            tx.save_case(case)  # first: a case saved elsewhere meanwhile refuses it all
            followup_id = tx.add_followup(case_id, held_on, created_by, data)
            version = None
            if new_plan_version_note is not None:
                version = tx.add_plan_version(case_id, case, created_by, new_plan_version_note)
            tx.delete_followup_draft(case_id)
            tx.log("create", case_id=case_id, detail=f"followup {followup_id}")
            tx.log("edit", case_id=case_id, detail=f"followup {followup_id}")
            if version is not None:
                tx.log("create", case_id=case_id, detail=f"plan version {version}")
        return followup_id, version

    def followups(self, case_id: int) -> list[FollowUpRecord]:
        stmt = select(FollowUp).where(FollowUp.case_id == case_id).order_by(FollowUp.held_on, FollowUp.id)
        with Session(self.engine) as s:
            return [
                FollowUpRecord(
                    r.id, r.case_id, r.held_on, r.created_by, r.created_at, json.loads(r.data), r.uuid
                )
                for r in s.scalars(stmt)
            ]

    # Follow-up drafts

    def save_followup_draft(
        self, case_id: int, created_by: str, data: dict[str, Any], *, log: Log = ()
    ) -> None:
        """Keep the case's follow-up draft as written so far (one per case: replaces the earlier one)."""
        self._write(log, lambda tx: tx.save_followup_draft(case_id, created_by, data), case_id)

    def load_followup_draft(self, case_id: int) -> dict[str, Any] | None:
        """The case's follow-up draft, or None when there is none."""
        with Session(self.engine) as s:
            text = s.scalar(select(FollowUpDraft.data).where(FollowUpDraft.case_id == case_id))
        return None if text is None else dict(json.loads(text))

    def delete_followup_draft(self, case_id: int) -> bool:
        """Throw the case's follow-up draft away; False when there was none."""
        return self._write([], lambda tx: tx.delete_followup_draft(case_id))

    # Access log

    def log(
        self,
        caseworker: str,
        action: str,
        citizen_id: int | None = None,
        case_id: int | None = None,
        detail: str = "",
        *,
        at: dt.datetime | str | None = None,
    ) -> int:
        """Write one access-log row in its own transaction (a view, a login: no change goes with it).

        A row that belongs to a change is passed to the write method instead (``log=``), or written
        with ``transaction()``. The citizen is found from the case if not given.
        """
        return self.log_before_release(LogEntry(caseworker, action, case_id, citizen_id, detail, at))

    def logged_since_login(self, caseworker: str, action: str, case_id: int, detail: str) -> bool:
        """Whether ``caseworker`` has such a row for the case since their latest login (this session)."""
        with Session(self.engine) as s:
            login = s.scalar(
                select(AccessLog.id)
                .where(AccessLog.caseworker == caseworker, AccessLog.action == "login")
                .order_by(AccessLog.id.desc())
                .limit(1)
            )
            found = s.scalar(
                select(AccessLog.id)
                .where(
                    AccessLog.case_id == case_id,
                    AccessLog.id > (login or 0),
                    AccessLog.caseworker == caseworker,
                    AccessLog.action == action,
                    AccessLog.detail == detail,
                )
                .limit(1)
            )
        return found is not None

    def access_log(self, limit: int = 200, *, citizen_id: int | None = None) -> list[AccessLogEntry]:
        """The newest rows first."""
        stmt = select(AccessLog).order_by(AccessLog.id.desc()).limit(limit)
        if citizen_id is not None:
            stmt = stmt.where(AccessLog.citizen_id == citizen_id)
        with Session(self.engine) as s:
            return [
                AccessLogEntry(r.id, r.at, r.caseworker, r.action, r.citizen_id, r.case_id, r.detail)
                for r in s.scalars(stmt)
            ]

    # What the services ask of the store besides cases (``store.direct.DirectStore`` answers the same)

    def standard_source(self, digest: str) -> str | None:
        """The text of the kept standard with ``digest``, or None."""
        return standard_copies.source(self.engine, digest)

    def central_grants(self) -> tuple[list[tuple[str, str, str]], dt.datetime | None]:
        """The central store's granted places as of the last check-out, and when that was."""
        return sync_local.central_grants(self.engine)

    def case_uuids(self) -> dict[int, str]:
        return sync_local.case_uuids(self.engine)

    def audit_context(self) -> AuditContext | None:
        """The access log's keys (None for a store without a keyed log: the central store)."""
        return audit_head.context_for(self.engine)

    def is_damaged(self) -> bool:
        """A read met a damaged page: write nothing more (not even the logout) into this store."""
        return db.is_damaged(self.engine)

    def close(self) -> None:
        """Close every connection (the engine refuses new ones) and forget the log's keys."""
        db.close_store(self.engine)
        context = audit_head.context_for(self.engine)
        if context is not None:
            context.clear()
