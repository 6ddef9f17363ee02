"""The access log's keys tied to an engine, and its head written before every commit that added rows.

The keys and the head itself are ``store.audit_keys`` (no SQLAlchemy there). An engine without a
registered context (the central store) keeps an unkeyed chain and no head file.
"""

from __future__ import annotations

import weakref
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from visitation_desktop.store.audit_keys import (  # noqa: F401 - re-exported: the names callers use
    HEAD_FIELD,
    HEAD_FORMAT,
    HEAD_LABEL,
    ROW_LABEL,
    AuditContext,
    Head,
    StoredHead,
    derive,
)

_contexts: weakref.WeakKeyDictionary[Engine, AuditContext] = weakref.WeakKeyDictionary()


def register(engine: Engine, context: AuditContext) -> None:
    _contexts[engine] = context


def context_for(engine: Any) -> AuditContext | None:
    if isinstance(engine, Engine):
        return _contexts.get(engine)
    inner = getattr(engine, "engine", None)  # a Connection
    return _contexts.get(inner) if isinstance(inner, Engine) else None


def session_context(session: Session) -> AuditContext | None:
    return context_for(session.get_bind())


# -- the head follows every transaction that wrote rows ---------------------------------------------

_BEFORE = "audit_head_before"
_AFTER = "audit_head_after"


def note_append(session: Session, before: Head, after: Head) -> None:
    """Called by ``audit.append``: remember the end before the transaction's first row and after its last."""
    session.info.setdefault(_BEFORE, before)
    session.info[_AFTER] = after


@event.listens_for(Session, "before_commit")
def _write_pending_head(session: Session) -> None:
    after = session.info.get(_AFTER)
    if after is None:
        return
    context = session_context(session)
    if context is not None:
        context.write_head(session.info[_BEFORE], after)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_BEFORE, None)
    session.info.pop(_AFTER, None)
