"""The store's doorway for services: short sessions in, plain domain objects out.

Every method opens its own ``with Session(engine)`` block and returns CaseFile or the records in
``store.records``, never an ORM object. A case is stored as its whole CaseFile (JSON) plus the
columns the case list needs; each case has its own citizen row.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.serialize import from_dict, to_dict
from visitation_desktop.store import audit
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
    utc_now,
)
from visitation_desktop.store.records import AccessLogEntry, CaseSummary, FollowUpRecord, PlanVersionInfo

__all__ = [
    "KEEP",
    "AccessLogEntry",
    "CaseNotFound",
    "CaseSummary",
    "FollowUpRecord",
    "PlanVersionInfo",
    "PlanVersionNotFound",
    "Repository",
]


class _Keep(enum.Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP  # ``save_case(deadline=KEEP)``: leave the stored deadline as it is


def _dump(case: CaseFile, case_id: int) -> str:
    doc = to_dict(case)
    doc["id"] = case_id
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _load(text: str, case_id: int) -> CaseFile:
    case = from_dict(CaseFile, json.loads(text))
    case.id = case_id
    return case


def _citizen_values(case: CaseFile) -> dict[str, Any]:
    c = case.citizen
    return {
        "cpr": c.cpr,
        "name": c.name,
        "address": c.address,
        "postcode": c.postcode,
        "town": c.town,
        "phone": c.phone,
        "email": c.email,
    }


def _case_values(case: CaseFile) -> dict[str, Any]:
    return {
        "caseworker": case.caseworker,
        "status": case.status,
        "received": case.application.received,
        "channel": case.application.channel,
        "by_relative": case.application.by_relative,
        "standard_id": case.standard_id,
        "current_page": case.current_page,
        "planned_start": case.placement.planned_start,
    }


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

    def add_caseworker(self, initials: str, name: str) -> None:
        """Register a caseworker, or rename one already registered."""
        with Session(self.engine) as s, s.begin():
            row = s.get(Caseworker, normalize_initials(initials))
            if row is None:
                s.add(Caseworker(initials=normalize_initials(initials), name=name))
            else:
                row.name = name

    def caseworker_name(self, initials: str) -> str | None:
        with Session(self.engine) as s:
            return s.scalar(
                select(Caseworker.name).where(Caseworker.initials == normalize_initials(initials))
            )

    def caseworkers(self) -> list[tuple[str, str]]:
        with Session(self.engine) as s:
            rows = s.execute(select(Caseworker.initials, Caseworker.name).order_by(Caseworker.initials))
            return [(initials, name) for initials, name in rows]

    # Cases

    def create_case(self, case: CaseFile, *, deadline: dt.date | None = None) -> int:
        """Store a new case with its own citizen row; set and return ``case.id``."""
        with Session(self.engine) as s, s.begin():
            citizen_id = s.execute(
                insert(Citizen).values(**_citizen_values(case)).returning(Citizen.id)
            ).scalar_one()
            now = utc_now()
            case_id = s.execute(
                insert(Case)
                .values(
                    citizen_id=citizen_id,
                    deadline=deadline,
                    created_at=now,
                    updated_at=now,
                    data="{}",
                    **_case_values(case),
                )
                .returning(Case.id)
            ).scalar_one()
            s.execute(update(Case).where(Case.id == case_id).values(data=_dump(case, case_id)))
        case.id = case_id
        return case_id

    def save_case(self, case: CaseFile, *, deadline: dt.date | None | _Keep = KEEP) -> None:
        """Write the whole case (one UPDATE per table); ``deadline`` is stored unless left as ``KEEP``."""
        with Session(self.engine) as s, s.begin():
            self._save_case(s, case, deadline)

    @staticmethod
    def _save_case(s: Session, case: CaseFile, deadline: dt.date | None | _Keep) -> None:
        if case.id is None:
            raise CaseNotFound(None)
        values = _case_values(case)
        if deadline is not KEEP:
            values["deadline"] = deadline
        updated = s.execute(
            update(Case)
            .where(Case.id == case.id)
            .values(data=_dump(case, case.id), updated_at=utc_now(), **values)
        ).rowcount  # type: ignore[attr-defined]
        if updated != 1:
            raise CaseNotFound(case.id)
        s.execute(
            update(Citizen)
            .where(Citizen.id == select(Case.citizen_id).where(Case.id == case.id).scalar_subquery())
            .values(**_citizen_values(case))
        )

    def load_case(self, case_id: int) -> CaseFile:
        with Session(self.engine) as s:
            data = s.scalar(select(Case.data).where(Case.id == case_id))
        if data is None:
            raise CaseNotFound(case_id)
        return _load(data, case_id)

    def citizen_id(self, case_id: int) -> int:
        with Session(self.engine) as s:
            found = s.scalar(select(Case.citizen_id).where(Case.id == case_id))
        if found is None:
            raise CaseNotFound(case_id)
        return found

    def list_cases(self, query: str = "") -> list[CaseSummary]:
        """Cases, most recently changed first, filtered by name words or CPR prefix."""
        stmt = (
            select(
                Case.id,
                Citizen.name,
                Citizen.cpr,
                Case.status,
                Case.received,
                Case.deadline,
                Case.planned_start,
                Case.current_page,
                Case.updated_at,
                Case.citizen_id,
                Case.caseworker,
            )
            .join(Citizen, Citizen.id == Case.citizen_id)
            .order_by(Case.updated_at.desc(), Case.id.desc())
        )
        with Session(self.engine) as s:
            rows = s.execute(stmt).all()
        return [CaseSummary(*row) for row in rows if matches(query, row[1], row[2])]

    # Plan versions and follow-ups

    def add_plan_version(self, case_id: int, case: CaseFile, created_by: str, note: str = "") -> int:
        """Keep a copy of the case as the handleplan version given to the citizen; return its number."""
        with Session(self.engine) as s, s.begin():
            self._require_case(s, case_id)
            return self._add_plan_version(s, case_id, case, created_by, note)

    @staticmethod
    def _add_plan_version(s: Session, case_id: int, case: CaseFile, created_by: str, note: str) -> int:
        latest = s.scalar(select(func.max(PlanVersion.version)).where(PlanVersion.case_id == case_id))
        version = (latest or 0) + 1
        s.add(
            PlanVersion(
                case_id=case_id,
                version=version,
                created_by=created_by,
                note=note,
                data=_dump(case, case_id),
            )
        )
        s.flush()
        return version

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

    def load_plan_version(self, case_id: int, version: int) -> CaseFile:
        with Session(self.engine) as s:
            data = s.scalar(
                select(PlanVersion.data).where(PlanVersion.case_id == case_id, PlanVersion.version == version)
            )
        if data is None:
            raise PlanVersionNotFound(case_id, version)
        return _load(data, case_id)

    def add_followup(self, case_id: int, held_on: dt.date, created_by: str, data: dict[str, Any]) -> int:
        with Session(self.engine) as s, s.begin():
            self._require_case(s, case_id)
            return self._add_followup(s, case_id, held_on, created_by, data)

    @staticmethod
    def _add_followup(s: Session, case_id: int, held_on: dt.date, created_by: str, data: dict[str, Any]) -> int:
        row = FollowUp(
            case_id=case_id,
            held_on=held_on,
            created_by=created_by,
            data=json.dumps(data, ensure_ascii=False),
        )
        s.add(row)
        s.flush()
        return row.id

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
        version of it when ``new_plan_version_note`` is given, and deletes the case's follow-up
        draft. Returns the follow-up's id and the new version's number (None when none was added).
        """
        if case.id != case_id:
            raise ValueError(f"the case saved must be case {case_id}, not {case.id}")
        with Session(self.engine) as s, s.begin():
            self._require_case(s, case_id)
            followup_id = self._add_followup(s, case_id, held_on, created_by, data)
            self._save_case(s, case, KEEP)
            version = None
            if new_plan_version_note is not None:
                version = self._add_plan_version(s, case_id, case, created_by, new_plan_version_note)
            s.execute(delete(FollowUpDraft).where(FollowUpDraft.case_id == case_id))
        return followup_id, version

    def followups(self, case_id: int) -> list[FollowUpRecord]:
        stmt = select(FollowUp).where(FollowUp.case_id == case_id).order_by(FollowUp.held_on, FollowUp.id)
        with Session(self.engine) as s:
            return [
                FollowUpRecord(r.id, r.case_id, r.held_on, r.created_by, r.created_at, json.loads(r.data))
                for r in s.scalars(stmt)
            ]

    # Follow-up drafts

    def save_followup_draft(self, case_id: int, created_by: str, data: dict[str, Any]) -> None:
        """Keep the case's follow-up draft as written so far (one per case: replaces the earlier one)."""
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        with Session(self.engine) as s, s.begin():
            self._require_case(s, case_id)
            row = s.scalar(select(FollowUpDraft).where(FollowUpDraft.case_id == case_id))
            if row is None:
                s.add(FollowUpDraft(case_id=case_id, created_by=created_by, updated_at=utc_now(), data=text))
            else:
                row.updated_at, row.data = utc_now(), text  # created_by stays who began it

    def load_followup_draft(self, case_id: int) -> dict[str, Any] | None:
        """The case's follow-up draft, or None when there is none."""
        with Session(self.engine) as s:
            text = s.scalar(select(FollowUpDraft.data).where(FollowUpDraft.case_id == case_id))
        return None if text is None else dict(json.loads(text))

    def delete_followup_draft(self, case_id: int) -> bool:
        """Throw the case's follow-up draft away; False when there was none."""
        with Session(self.engine) as s, s.begin():
            deleted = s.execute(delete(FollowUpDraft).where(FollowUpDraft.case_id == case_id)).rowcount  # type: ignore[attr-defined]
        return bool(deleted)

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
        """Write one access-log row in its own transaction; the citizen is found from the case if not given."""
        with Session(self.engine) as s, s.begin():
            if citizen_id is None and case_id is not None:
                citizen_id = s.scalar(select(Case.citizen_id).where(Case.id == case_id))
            return audit.append(s, caseworker, action, citizen_id, case_id, detail, at=at)

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

    @staticmethod
    def _require_case(s: Session, case_id: int) -> None:
        if s.scalar(select(Case.id).where(Case.id == case_id)) is None:
            raise CaseNotFound(case_id)
