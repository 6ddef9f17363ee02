"""The access log's chain, computed without a database: each row's check value over its fields and
the previous row's. ``store.audit`` writes it through SQLAlchemy; ``store.direct`` (the render
command's store) through the driver. Both call ``chain`` so a row means the same whichever wrote it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from typing import Any

from visitation_desktop.store.audit_keys import AuditContext

ACTIONS = frozenset(
    {
        "view",
        "search",
        "create",
        "edit",
        "delete",
        "print",
        "export",
        "import",
        "login",
        "login_failed",
        "logout",
        "lock",
        "unlock",
        "password_change",
        "recovery",
        "rekey",
        "audit_upgrade",
        "render",
    }
)
def _canonical(fields: list[Any]) -> bytes:
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# A row's fields in the order they are hashed: id, at, caseworker, action, citizen id, case id, detail, prev hash.
RowFields = tuple[int, str, str, str, int | None, int | None, str, str]


def row_hash(*fields: *RowFields) -> str:
    """The unkeyed SHA-256 of a row (the central store's chain, and the laptop's before it was keyed)."""
    return hashlib.sha256(_canonical(list(fields))).hexdigest()


def row_mac(context: AuditContext | None, *fields: *RowFields) -> str:
    """The row's check value: HMAC under the laptop's row key, or the plain hash without a context."""
    if context is None:
        return row_hash(*fields)
    return context.row_mac(_canonical(["v1", *fields]))


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


# A row to append: (caseworker, action, citizen id, case id, detail, at); ``at`` None is now.
Row = tuple[str, str, int | None, int | None, str, dt.datetime | str | None]


def check_actions(rows: Sequence[Row]) -> None:
    for row in rows:
        if row[1] not in ACTIONS:
            raise ValueError(f"unknown access-log action {row[1]!r}")


def chain(context: AuditContext | None, first_id: int, prev_hash: str, rows: Sequence[Row]) -> list[dict[str, Any]]:
    """The stored values of ``rows`` appended after a row whose check value is ``prev_hash``, with ids
    from ``first_id``: each row's ``hash`` covers its fields and the previous row's (``prev_hash``)."""
    values = []
    for row_id, (caseworker, action, citizen_id, case_id, detail, at) in enumerate(rows, start=first_id):
        at_text = utc_iso(at)
        digest = row_mac(context, row_id, at_text, caseworker, action, citizen_id, case_id, detail, prev_hash)
        values.append({"id": row_id, "at": at_text, "caseworker": caseworker, "action": action,
                       "citizen_id": citizen_id, "case_id": case_id, "detail": detail,
                       "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    return values
