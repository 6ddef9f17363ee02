"""The access log: who viewed, changed, printed or exported which citizen's case, and when.

Each row carries the SHA-256 of its own fields and of the previous row's hash, so a row edited or
deleted afterwards breaks the chain. Ids are consecutive (assigned here, never by a sequence) and
the last id and hash are also kept in ``access_log_head``: a gap shows a deleted row, a head that
does not match the last row shows a cut-off or extended tail. ``detail`` must hold no personal data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from visitation_desktop.store.models import GENESIS_HASH, AccessLog, AccessLogHead

ACTIONS = frozenset(
    {
        "view",
        "create",
        "edit",
        "print",
        "export",
        "import",
        "login",
        "login_failed",
        "logout",
        "lock",
        "unlock",
        "password_change",
        "render",
    }
)
HEAD_ID = 1


@dataclass(frozen=True)
class AuditProblem:
    row_id: int
    problem: str  # Danish, for the person checking the log


def row_hash(
    row_id: int,
    at: str,
    caseworker: str,
    action: str,
    citizen_id: int | None,
    case_id: int | None,
    detail: str,
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        [row_id, at, caseworker, action, citizen_id, case_id, detail, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def utc_iso(at: dt.datetime | str | None = None) -> str:
    """A UTC timestamp as ISO 8601 text; ``at`` may be a tz-aware datetime or ISO text with an offset."""
    if at is None:
        moment = dt.datetime.now(dt.UTC)
    elif isinstance(at, str):
        moment = dt.datetime.fromisoformat(at)
    else:
        moment = at
    if moment.tzinfo is None:
        raise ValueError("the access log needs a time with a UTC offset")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def append(
    session: Session,
    caseworker: str,
    action: str,
    citizen_id: int | None = None,
    case_id: int | None = None,
    detail: str = "",
    *,
    at: dt.datetime | str | None = None,
) -> int:
    """Add one row to the chain in the session's transaction; return its id. The caller commits.

    ``at`` (default now) lets failed unlocks be logged with the time they happened.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown access-log action {action!r}")
    at_text = utc_iso(at)
    # Moving the head first takes the write lock (and on PostgreSQL the row lock) before reading.
    head = session.execute(
        update(AccessLogHead)
        .where(AccessLogHead.id == HEAD_ID)
        .values(last_id=AccessLogHead.last_id + 1)
        .returning(AccessLogHead.last_id, AccessLogHead.last_hash)
    ).one_or_none()
    if head is None:
        last = session.execute(
            select(AccessLog.id, AccessLog.hash).order_by(AccessLog.id.desc()).limit(1)
        ).one_or_none()
        row_id, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
        session.execute(insert(AccessLogHead).values(id=HEAD_ID, last_id=row_id, last_hash=prev_hash))
    else:
        row_id, prev_hash = head[0], head[1]
    digest = row_hash(row_id, at_text, caseworker, action, citizen_id, case_id, detail, prev_hash)
    session.execute(
        insert(AccessLog).values(
            id=row_id,
            at=at_text,
            caseworker=caseworker,
            action=action,
            citizen_id=citizen_id,
            case_id=case_id,
            detail=detail,
            prev_hash=prev_hash,
            hash=digest,
        )
    )
    session.execute(update(AccessLogHead).where(AccessLogHead.id == HEAD_ID).values(last_hash=digest))
    return row_id


def verify(engine: Engine) -> list[AuditProblem]:
    """Check the whole chain; return one problem per place where it was altered (empty if intact)."""
    problems: list[AuditProblem] = []
    prev_id, prev_hash = 0, GENESIS_HASH
    with Session(engine) as session:
        rows = session.execute(select(AccessLog).order_by(AccessLog.id)).scalars()
        for row in rows:
            if row.id != prev_id + 1:
                problems.append(AuditProblem(row.id, f"{_rows(prev_id + 1, row.id - 1)} mangler (slettet)."))
            elif row.prev_hash != prev_hash:
                problems.append(
                    AuditProblem(row.id, "Kæden er brudt her: rækken før denne er ændret eller udskiftet.")
                )
            expected = row_hash(
                row.id,
                row.at,
                row.caseworker,
                row.action,
                row.citizen_id,
                row.case_id,
                row.detail,
                row.prev_hash,
            )
            if expected != row.hash:
                problems.append(AuditProblem(row.id, "Rækken er ændret, efter den blev skrevet."))
            prev_id, prev_hash = row.id, row.hash
        head = session.get(AccessLogHead, HEAD_ID)
    if head is None:
        problems.append(AuditProblem(prev_id, "Loggens slutpunkt mangler; afskårne rækker kan ikke opdages."))
    elif head.last_id > prev_id:
        problems.append(
            AuditProblem(head.last_id, f"{_rows(prev_id + 1, head.last_id)} mangler i slutningen.")
        )
    elif head.last_id < prev_id:
        problems.append(
            AuditProblem(prev_id, f"{_rows(head.last_id + 1, prev_id)} er tilføjet uden om programmet.")
        )
    elif head.last_hash != prev_hash:
        problems.append(AuditProblem(prev_id, "Den sidste række passer ikke med loggens slutpunkt."))
    return problems


def _rows(first: int, last: int) -> str:
    return f"Række {first}" if first == last else f"Rækkerne {first}–{last}"
