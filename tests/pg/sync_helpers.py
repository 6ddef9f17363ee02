"""Two laptops and a central store for the sync tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import OperationalError

from visitation_desktop.services import central
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.sync import SyncService
from visitation_desktop.services.workspace import Workspace
from visitation_desktop.store.central import admin
from visitation_desktop.store.central.ops import cases_t, citizens_t, followups_t, versions_t


def central_engine(url: str) -> Engine:
    engine = create_engine(url)
    admin.upgrade(engine)
    return engine


def sync_service(ws: Workspace, url: str, **kwargs: Any) -> SyncService:
    return SyncService(ws, central.central_url(url), **kwargs)


def case_by_name(ws: Workspace, name: str) -> Any:
    case_id = next(s.id for s in ws.repo.list_cases() if s.citizen_name == name)
    return CaseService(ws).open_case(case_id)


def central_case(engine: Engine, case_uuid: str) -> dict[str, Any]:
    import json

    with engine.connect() as conn:
        row = conn.execute(
            select(cases_t.c.data, cases_t.c.revision).where(cases_t.c.uuid == case_uuid)
        ).one()
    return {**json.loads(row[0]), "_revision": row[1]}


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t.name: conn.execute(select(text("count(*)")).select_from(t)).scalar_one()
            for t in (cases_t, citizens_t, versions_t, followups_t)
        }


def snapshot(engine: Engine) -> dict[str, Any]:
    """Everything in the central store's case tables, ordered, without timestamps."""
    with engine.connect() as conn:
        return {
            "cases": [
                tuple(r)
                for r in conn.execute(
                    select(cases_t.c.uuid, cases_t.c.revision, cases_t.c.data, cases_t.c.status).order_by(
                        cases_t.c.uuid
                    )
                )
            ],
            "citizens": [
                tuple(r)
                for r in conn.execute(
                    select(citizens_t.c.uuid, citizens_t.c.cpr, citizens_t.c.name).order_by(citizens_t.c.uuid)
                )
            ],
            "versions": [
                tuple(r)
                for r in conn.execute(
                    select(versions_t.c.uuid, versions_t.c.case_uuid, versions_t.c.version).order_by(
                        versions_t.c.uuid
                    )
                )
            ],
            "followups": [
                tuple(r)
                for r in conn.execute(
                    select(followups_t.c.uuid, followups_t.c.case_uuid).order_by(followups_t.c.uuid)
                )
            ],
        }


class CutAfter:
    """A connect function whose engine loses the connection at its n-th statement (a network cut)."""

    def __init__(self, statements: int) -> None:
        self.statements = statements
        self.seen = 0

    def __call__(self, url: URL, password: str | None = None) -> Engine:
        engine = central.connect(url, password)

        @event.listens_for(engine, "before_cursor_execute")
        def _cut(*_args: Any) -> None:
            self.seen += 1
            if self.seen == self.statements:
                raise OperationalError("INSERT", {}, ConnectionResetError("connection reset by peer"))

        return engine


def today() -> dt.date:
    return dt.date.today()


def url_of(url: str) -> str:
    return make_url(url).render_as_string(hide_password=False)


def iterate(xs: Iterator[Any]) -> list[Any]:
    return list(xs)
