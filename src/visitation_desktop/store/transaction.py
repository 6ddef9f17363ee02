"""One transaction for a change and its access-log rows: both are committed, or neither is.

Services never write a change and then log it separately (a crash in between would leave a
change nobody can see in the log). They either pass the log rows to a repository write method::

    repo.save_case(case, log=[LogEntry("AB", "edit", case_id=case.id, detail="goals")])

or, for several changes at once, open a transaction and log inside it::

    with repo.transaction("AB") as tx:
        tx.save_case(case)
        version = tx.add_plan_version(case.id, case, "AB", note)
        tx.log("create", case_id=case.id, detail=f"plan version {version}")

The rows are appended in the same SQLAlchemy session just before it commits. A ``LogEntry``
without a case id, given to ``create_case``, is filled in with the new case's id; a row with a
case but no citizen gets the case's citizen. Outgoing bytes (a PDF saved or printed, a case
exported) are logged *before* they leave: see ``Repository.log_before_release``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from visitation_desktop.domain.case import CaseFile, new_uuid
from visitation_desktop.domain.merge import changed_fields
from visitation_desktop.domain.serialize import to_dict
from visitation_desktop.store import audit, case_index
from visitation_desktop.store.case_rows import load_case_row
from visitation_desktop.store.errors import CaseChangedElsewhere, CaseNotFound, StoreError
from visitation_desktop.store.models import Case, Citizen, FollowUp, FollowUpDraft, PlanVersion, utc_now
from visitation_desktop.store.records import LogEntry  # noqa: F401 - re-exported: services import it from here


class _Keep(enum.Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP  # ``save_case(deadline=KEEP)``: leave the stored deadline as it is


def dump_case(case: CaseFile, case_id: int, revision: int | None = None) -> str:
    doc = to_dict(case)
    doc["id"] = case_id
    if revision is not None:
        doc["revision"] = revision
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def citizen_values(case: CaseFile) -> dict[str, Any]:
    c = case.citizen
    return {
        "uuid": c.uuid,
        "cpr": c.cpr,
        "name": c.name,
        "address": c.address,
        "postcode": c.postcode,
        "town": c.town,
        "phone": c.phone,
        "email": c.email,
    }


def case_values(case: CaseFile) -> dict[str, Any]:
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


def new_case_row(
    case: CaseFile, citizen_id: int, caseworker: str, deadline: dt.date | None, now: dt.datetime
) -> dict[str, Any]:
    """The ``cases`` row of a case being created: revision 1; ``data`` is written once the id is known."""
    return {
        "uuid": case.uuid,
        "revision": 1,
        "citizen_id": citizen_id,
        "deadline": deadline,
        "created_at": now,
        "updated_at": now,
        "updated_by": caseworker,
        "data": "{}",
        **case_values(case),
    }


def insert_new_case(s: Session, case: CaseFile, caseworker: str, deadline: dt.date | None) -> int:
    """Insert a new case's citizen and case rows, then its JSON with its id; return the case id."""
    citizen_id = s.execute(insert(Citizen).values(**citizen_values(case)).returning(Citizen.id)).scalar_one()
    row = new_case_row(case, citizen_id, caseworker, deadline, utc_now())
    case_id = s.execute(insert(Case).values(**row).returning(Case.id)).scalar_one()
    s.execute(update(Case).where(Case.id == case_id).values(data=dump_case(case, case_id, 1)))
    return case_id


CASE_ROW = select(Case.data, Case.uuid, Case.revision, Citizen.uuid.label("citizen_uuid")).join(
    Citizen, Citizen.id == Case.citizen_id
)


def changed_elsewhere(s: Session, case: CaseFile) -> StoreError:
    """The error for a save against an old revision: the stored case, and which fields differ."""
    case_id = case.id
    row = s.execute(CASE_ROW.add_columns(Case.updated_at, Case.updated_by).where(Case.id == case_id)).first()
    if row is None or case_id is None:
        return CaseNotFound(case_id)
    current = load_case_row(row.data, case_id, row.uuid, row.revision, row.citizen_uuid)
    return CaseChangedElsewhere(
        case_id, case.revision, current, changed_fields(case, current), row.updated_by, row.updated_at
    )


class Transaction:
    """Writes inside one open session; ``log`` rows commit with them. Made by ``Repository.transaction``."""

    def __init__(self, session: Session, caseworker: str) -> None:
        self.session = session
        self.caseworker = caseworker
        # Revisions given to the saved CaseFile objects once the transaction has committed
        # (a rolled-back save leaves the object at the revision it was loaded at).
        self.revisions: list[tuple[CaseFile, int]] = []
        self.citizens: dict[int, int] = {}  # case id -> citizen id, of cases created in this transaction

    def committed(self) -> None:
        for case, revision in self.revisions:
            case.revision = revision
        self.revisions.clear()

    # -- the log ---------------------------------------------------------------------------------
    def log(
        self,
        action: str,
        case_id: int | None = None,
        citizen_id: int | None = None,
        detail: str = "",
        *,
        caseworker: str | None = None,
        at: dt.datetime | str | None = None,
    ) -> int:
        """Append one access-log row in this transaction; return its id."""
        return self.write(LogEntry(caseworker or self.caseworker, action, case_id, citizen_id, detail, at))

    def write(self, entry: LogEntry) -> int:
        citizen_id = entry.citizen_id
        if citizen_id is None and entry.case_id is not None:
            citizen_id = self.session.scalar(select(Case.citizen_id).where(Case.id == entry.case_id))
        return audit.append(
            self.session, entry.caseworker, entry.action, citizen_id, entry.case_id, entry.detail, at=entry.at
        )

    def write_all(self, entries: Iterable[LogEntry], case_id: int | None = None) -> None:
        """Append ``entries``; those without a case id get ``case_id`` (a case created just now)."""
        for entry in entries:
            if entry.case_id is None and case_id is not None:
                entry = replace(entry, case_id=case_id)
            self.write(entry)

    # -- cases -----------------------------------------------------------------------------------
    def create_case(self, case: CaseFile, *, deadline: dt.date | None = None) -> int:
        """Store a new case (revision 1) with its own citizen row; set and return ``case.id``.

        A case whose uuid the store already holds (an exported case imported again) gets a new uuid.
        """
        s = self.session
        if s.scalar(select(Case.id).where(Case.uuid == case.uuid)) is not None:
            case.uuid = new_uuid()
        case_id = insert_new_case(s, case, self.caseworker, deadline)
        case_index.write(s, case_id, case)
        case.id = case_id
        self.revisions.append((case, 1))
        return case_id

    def save_case(self, case: CaseFile, *, deadline: dt.date | None | _Keep = KEEP) -> int:
        """Write the whole case (one UPDATE per table); ``deadline`` is stored unless left as ``KEEP``.

        Optimistic concurrency: the save names the revision the case was loaded at
        (``case.revision``). If the store holds another one, nothing is written and
        ``CaseChangedElsewhere`` says what changed; otherwise the revision advances by one
        (``case.revision`` follows when the transaction commits). Returns the new revision.
        """
        s = self.session
        if case.id is None:
            raise CaseNotFound(None)
        values = case_values(case)
        if deadline is not KEEP:
            values["deadline"] = deadline
        revision = case.revision + 1
        updated = s.execute(
            update(Case)
            .where(Case.id == case.id, Case.revision == case.revision)
            .values(
                data=dump_case(case, case.id, revision),
                revision=revision,
                updated_at=utc_now(),
                updated_by=self.caseworker,
                **values,
            )
        ).rowcount  # type: ignore[attr-defined]
        if updated != 1:
            raise changed_elsewhere(s, case)
        s.execute(
            update(Citizen)
            .where(Citizen.id == select(Case.citizen_id).where(Case.id == case.id).scalar_subquery())
            .values(**citizen_values(case))
        )
        case_index.write(s, case.id, case)
        self.revisions.append((case, revision))
        return revision

    def require_case(self, case_id: int) -> None:
        if self.session.scalar(select(Case.id).where(Case.id == case_id)) is None:
            raise CaseNotFound(case_id)

    # -- plan versions and follow-ups ------------------------------------------------------------
    def add_plan_version(self, case_id: int, case: CaseFile, created_by: str, note: str = "") -> int:
        """Keep a copy of the case as the handleplan version given to the citizen; return its number."""
        s = self.session
        self.require_case(case_id)
        latest = s.scalar(select(func.max(PlanVersion.version)).where(PlanVersion.case_id == case_id))
        version = (latest or 0) + 1
        s.add(
            PlanVersion(
                uuid=new_uuid(),
                case_id=case_id,
                version=version,
                created_by=created_by,
                note=note,
                data=dump_case(case, case_id),
            )
        )
        s.flush()
        return version

    def has_plan_version(self, case_id: int) -> bool:
        return (
            self.session.scalar(select(PlanVersion.id).where(PlanVersion.case_id == case_id).limit(1))
            is not None
        )

    def add_followup(self, case_id: int, held_on: dt.date, created_by: str, data: dict[str, Any]) -> int:
        self.require_case(case_id)
        row = FollowUp(
            uuid=new_uuid(),
            case_id=case_id,
            held_on=held_on,
            created_by=created_by,
            data=json.dumps(data, ensure_ascii=False),
            next_date=case_index.next_date_of(data),
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def save_followup_draft(self, case_id: int, created_by: str, data: dict[str, Any]) -> None:
        """Keep the case's follow-up draft as written so far (one per case: replaces the earlier one)."""
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        s = self.session
        self.require_case(case_id)
        row = s.scalar(select(FollowUpDraft).where(FollowUpDraft.case_id == case_id))
        if row is None:
            s.add(FollowUpDraft(case_id=case_id, created_by=created_by, updated_at=utc_now(), data=text))
        else:
            row.updated_at, row.data = utc_now(), text  # created_by stays who began it
        s.flush()

    def delete_followup_draft(self, case_id: int) -> bool:
        deleted = self.session.execute(delete(FollowUpDraft).where(FollowUpDraft.case_id == case_id)).rowcount  # type: ignore[attr-defined]
        return bool(deleted)
