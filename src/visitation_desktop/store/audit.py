"""The access log: who viewed, changed, printed or exported which citizen's case, and when.

Each row is authenticated: on the laptop its ``hash`` column holds an HMAC-SHA256, under a key
derived from the data key (``audit_head``), of its own fields and the previous row's MAC, so a row
edited, deleted, moved or re-chained without a caseworker's password is caught. Ids are consecutive
(assigned here, never by a sequence). The end of the log (last id, last MAC, count) is kept in
``access_log_head`` and, MAC'd, in ``keys.json``: a tail cut off, a log wiped, a head missing or
older than the log is reported. The central store, without the data key, keeps an unkeyed SHA-256
chain of the rows it receives. ``detail`` must hold no personal data.

``verify`` names what is wrong; ``rows_since`` and ``head`` give the sync what to send.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from visitation_desktop.store import audit_head, keyfile
from visitation_desktop.store.audit_chain import (  # noqa: F401 - re-exported: the names callers use
    ACTIONS,
    Row,
    RowFields,
    _canonical,
    chain,
    check_actions,
    row_hash,
    row_mac,
    utc_iso,
)
from visitation_desktop.store.audit_head import AuditContext, Head
from visitation_desktop.store.audit_keys import HEAD_ID, REKEY_MARK
from visitation_desktop.store.errors import AuditHeadError
from visitation_desktop.store.models import GENESIS_HASH, AccessLog, AccessLogHead

REORDER_WINDOW = 64  # a row that fails is tried under ids this far away, to tell "moved" from "edited"


@dataclass(frozen=True)
class AuditProblem:
    row_id: int
    problem: str  # Danish, for the person checking the log


def _fields_of(row: AccessLog, row_id: int | None = None) -> RowFields:
    """A stored row's fields (as if written as ``row_id``: where a moved row came from)."""
    rid = row.id if row_id is None else row_id
    return (rid, row.at, row.caseworker, row.action, row.citizen_id, row.case_id, row.detail, row.prev_hash)


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
    return append_many(session, [(caseworker, action, citizen_id, case_id, detail, at)])[0]


def append_many(session: Session, rows: Sequence[Row]) -> list[int]:
    """Add rows ``(caseworker, action, citizen_id, case_id, detail, at)`` to the chain, in order, in the
    session's transaction: one move of the head, one multi-row insert. Return their ids."""
    if not rows:
        return []
    check_actions(rows)
    n = len(rows)
    # Moving the head first takes the write lock (and on PostgreSQL the row lock) before reading.
    head = session.execute(
        update(AccessLogHead)
        .where(AccessLogHead.id == HEAD_ID)
        .values(last_id=AccessLogHead.last_id + n)
        .returning(AccessLogHead.last_id, AccessLogHead.last_hash)
    ).one_or_none()
    if head is None:
        last = session.execute(
            select(AccessLog.id, AccessLog.hash).order_by(AccessLog.id.desc()).limit(1)
        ).one_or_none()
        first, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
        session.execute(insert(AccessLogHead).values(id=HEAD_ID, last_id=first + n - 1, last_hash=prev_hash))
    else:
        first, prev_hash = head[0] - n + 1, head[1]
    values = chain(audit_head.session_context(session), first, prev_hash, rows)
    digest = values[-1]["hash"]
    session.connection().execute(insert(AccessLog.__table__), values)  # type: ignore[arg-type]
    session.execute(update(AccessLogHead).where(AccessLogHead.id == HEAD_ID).values(last_hash=digest))
    last_id = first + n - 1
    audit_head.note_append(session, Head(first - 1, prev_hash, first - 1), Head(last_id, digest, last_id))
    return list(range(first, last_id + 1))


def verify(engine: Engine) -> list[AuditProblem]:
    """Check the whole log; return one problem per place where it was altered (empty if intact).

    Names what was done: a row edited (or re-chained with a hash computed without the key), rows
    deleted from the middle, moved (reordered), cut off at the end, the whole log wiped, and a head
    in ``keys.json`` that is missing, altered or older than the log (an older key file restored).
    """
    context = audit_head.context_for(engine)
    problems: list[AuditProblem] = []
    with Session(engine) as session:
        rows = list(session.execute(select(AccessLog).order_by(AccessLog.id)).scalars())
        db_head = session.get(AccessLogHead, HEAD_ID)
    by_id = {row.id: row for row in rows}
    prev_id, prev_hash = 0, GENESIS_HASH
    for row in rows:
        if row.id != prev_id + 1:
            problems.append(AuditProblem(row.id, f"{_rows(prev_id + 1, row.id - 1)} mangler (slettet)."))
        own_ok = row.hash == _mac_of(context, row, row.id)
        if not own_ok:
            problems.append(AuditProblem(row.id, _why_bad(context, row, by_id)))
        elif row.id == prev_id + 1 and row.prev_hash != prev_hash:
            problems.append(AuditProblem(row.id, "Kæden er brudt her: rækken før denne er ændret eller udskiftet."))
        prev_id, prev_hash = row.id, row.hash
    end = Head(prev_id, prev_hash, len(rows))
    if context is None:
        problems += _check_db_head(db_head, end)
    else:
        problems += _check_file_head(context, end)
    return problems


def _mac_of(context: AuditContext | None, row: AccessLog, row_id: int) -> str:
    return row_mac(context, *_fields_of(row, row_id))


def _why_bad(context: AuditContext | None, row: AccessLog, by_id: dict[int, AccessLog]) -> str:
    for other in range(max(1, row.id - REORDER_WINDOW), row.id + REORDER_WINDOW + 1):
        if other != row.id and row.hash == _mac_of(context, row, other):
            return f"Rækken står et forkert sted: den blev skrevet som række {other} (rækkefølgen er ændret)."
    plain = row_hash(*_fields_of(row))
    if context is not None and row.hash == plain:
        return (
            "Rækken er ændret, efter den blev skrevet: dens kontrolværdi er regnet om uden "
            "programmets nøgle (kæden er lavet om)."
        )
    return "Rækken er ændret, efter den blev skrevet."


def _check_db_head(db_head: AccessLogHead | None, end: Head) -> list[AuditProblem]:
    """The central store's check: the head row in the same database."""
    if db_head is None:
        return [AuditProblem(end.last_id, "Loggens slutpunkt mangler; afskårne rækker kan ikke opdages.")]
    if db_head.last_id > end.last_id:
        return [AuditProblem(db_head.last_id, f"{_rows(end.last_id + 1, db_head.last_id)} mangler i slutningen.")]
    if db_head.last_id < end.last_id:
        return [AuditProblem(end.last_id, f"{_rows(db_head.last_id + 1, end.last_id)} er tilføjet uden om programmet.")]
    if db_head.last_hash != end.last_mac:
        return [AuditProblem(end.last_id, "Den sidste række passer ikke med loggens slutpunkt.")]
    return []


def _check_file_head(context: AuditContext, end: Head) -> list[AuditProblem]:
    """The laptop's check: the MAC'd head in ``keys.json``, written with every transaction."""
    try:
        stored = context.read_head()
    except AuditHeadError as exc:
        return [AuditProblem(end.last_id, str(exc))]
    if stored is None:
        return [
            AuditProblem(
                end.last_id,
                "Loggens slutpunkt mangler i nøglefilen (slettet eller en gammel nøglefil er lagt tilbage); "
                "afskårne eller slettede rækker kan ikke udelukkes.",
            )
        ]
    problems = []
    if stored.tampered:
        problems.append(AuditProblem(end.last_id, stored.tampered))
    if any(h.last_id == end.last_id and h.last_mac == end.last_mac for h in stored.ends()):
        return problems
    newest = max(stored.ends(), key=lambda h: h.last_id)
    if end.last_id == 0:
        problems.append(AuditProblem(newest.last_id, f"Loggen er tømt: alle {newest.count} rækker er slettet."))
    elif newest.last_id > end.last_id:
        problems.append(
            AuditProblem(newest.last_id, f"{_rows(end.last_id + 1, newest.last_id)} mangler i slutningen (afskåret).")
        )
    elif newest.last_id < end.last_id:
        problems.append(
            AuditProblem(
                end.last_id,
                f"Nøglefilens slutpunkt (række {newest.last_id}) er ældre end loggen (række {end.last_id}): "
                "en ældre nøglefil er lagt tilbage, eller rækker er tilføjet uden om programmet.",
            )
        )
    else:
        problems.append(AuditProblem(end.last_id, "Den sidste række passer ikke med loggens slutpunkt i nøglefilen."))
    return problems


def _rows(first: int, last: int) -> str:
    return f"Række {first}" if first == last else f"Rækkerne {first}–{last}"


# -- for the sync: what to send to the central store ------------------------------------------------


def rows_since(engine: Engine, after_id: int = 0) -> list[dict[str, Any]]:
    """Access-log rows with id > ``after_id``, oldest first, as plain dicts (with their MACs)."""
    with Session(engine) as s:
        rows = s.scalars(select(AccessLog).where(AccessLog.id > after_id).order_by(AccessLog.id))
        return [
            {
                "id": r.id,
                "at": r.at,
                "caseworker": r.caseworker,
                "action": r.action,
                "citizen_id": r.citizen_id,
                "case_id": r.case_id,
                "detail": r.detail,
                "prev_mac": r.prev_hash,
                "mac": r.hash,
            }
            for r in rows
        ]


def head(engine: Engine) -> dict[str, Any]:
    """The log's end as the store has it: last id, last MAC and row count (send it with the rows)."""
    with Session(engine) as s:
        last = s.execute(select(AccessLog.id, AccessLog.hash).order_by(AccessLog.id.desc()).limit(1)).one_or_none()
        count = s.scalar(select(func.count()).select_from(AccessLog)) or 0
    last_id, last_mac = (last[0], last[1]) if last else (0, GENESIS_HASH)
    return {"last_id": last_id, "last_mac": last_mac, "count": count}


# -- once per store: key a log written before rows were MAC'd ---------------------------------------


def key_existing_log(engine: Engine) -> bool:
    """Re-MAC a log kept as a plain SHA-256 chain (stores made before keyed logs); True when done.

    Runs once, at the first unlock after the upgrade: when ``keys.json`` has no head yet and the
    rows are not MAC'd. Also right after a re-key (``REKEY_MARK`` in ``keys.json``; the log was
    verified under the old key just before): the rows are re-MAC'd under the new key. The old chain is checked first; what it found is logged in an
    ``audit_upgrade`` row (so a broken old chain stays on record). A store whose rows are already
    MAC'd but whose head is missing is left alone: ``verify`` reports the missing head.
    """
    context = audit_head.context_for(engine)
    if context is None or context.keyring_path is None or not context.keyring_path.is_file():
        return False
    try:
        if context.read_head() is not None:
            return False
    except AuditHeadError:
        return False
    rekeyed = REKEY_MARK in keyfile.read(context.keyring_path)
    with Session(engine) as s, s.begin():
        rows = list(s.scalars(select(AccessLog).order_by(AccessLog.id)))
        if not rows or rows[0].hash == _mac_of(context, rows[0], rows[0].id):
            return False
        broken = [] if rekeyed else _plain_chain_problems(rows)
        prev = GENESIS_HASH
        for row in rows:
            row.prev_hash = prev
            row.hash = prev = _mac_of(context, row, row.id)
        s.execute(update(AccessLogHead).where(AccessLogHead.id == HEAD_ID).values(last_id=rows[-1].id, last_hash=prev))
        s.flush()
        context.write_head(Head(rows[-1].id, prev, len(rows)), None, fresh=True)
        detail = "old chain intact" if not broken else "old chain broken at rows " + ", ".join(map(str, broken[:50]))
        if rekeyed:
            detail = "log re-MAC'd under the new data key (checked under the old one first)"
        append(s, "", "audit_upgrade", detail=detail)
    if rekeyed:
        keyfile.update(context.keyring_path, lambda doc: doc.pop(REKEY_MARK, None))
    return True


def _plain_chain_problems(rows: list[AccessLog]) -> list[int]:
    bad, prev_id, prev_hash = [], 0, GENESIS_HASH
    for r in rows:
        expected = row_hash(*_fields_of(r))
        if r.id != prev_id + 1 or r.prev_hash != prev_hash or r.hash != expected:
            bad.append(r.id)
        prev_id, prev_hash = r.id, r.hash
    return bad
