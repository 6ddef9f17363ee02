"""Hand-off: copy cases from the laptop's store to the municipality's central store (PostgreSQL).

This is the one feature that uses the network. For each case the citizen, the case (its JSON and
index columns), the handleplan versions and the follow-ups are written to the central store in one
transaction, with an "import" row in the central access log; the laptop records the central case
id (table ``handoffs``) and an "export" row in its own access log. A case handed off again updates
its central case instead of adding a second one. Nothing on the central side is ever deleted.

The URL may hold a password: it is only ever shown masked, and never logged.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from ..domain.case import CaseStatus
from ..store import audit
from ..store.db import create_engine_for_url
from ..store.errors import CaseNotFound, StoreError
from ..store.models import Base, Case, Caseworker, Citizen, FollowUp, Handoff, PlanVersion, utc_now
from .workspace import Workspace

log = logging.getLogger(__name__)

__all__ = [
    "DECIDED_STATUSES",
    "CentralUrlError",
    "HandedOff",
    "HandoffError",
    "HandoffReport",
    "HandoffService",
    "central_url",
    "connect_central",
    "mask_url",
    "target_of",
    "tls_warning",
]

DECIDED_STATUSES = frozenset({CaseStatus.GRANTED.value, CaseStatus.REFUSED.value, CaseStatus.ENDED.value})
CONNECT_TIMEOUT_SECONDS = 15
SAFE_SSLMODES = frozenset({"require", "verify-ca", "verify-full"})
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
HANDOFF_DETAIL = "handoff"
NETWORK_ADVICE = "Tjek, at computeren er på kommunens netværk (evt. VPN), og prøv igen."
RETRY_SAFE = "Sagen kan overføres igen senere uden at blive oprettet to gange centralt."


class CentralUrlError(ValueError):
    """The central store's address is not usable (Danish message, password masked)."""


class HandoffError(Exception):
    """A hand-off stopped; ``done`` lists the cases that were handed off before it stopped."""

    def __init__(self, message: str, done: Sequence[HandedOff] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.done = list(done)


@dataclass(frozen=True)
class HandedOff:
    case_id: int  # on the laptop
    central_id: int
    citizen_name: str
    created: bool  # False: an earlier hand-off was updated
    new_plan_versions: int
    new_followups: int


@dataclass
class HandoffReport:
    target: str  # the masked URL
    cases: list[HandedOff] = field(default_factory=list)


def mask_url(url: str | URL) -> str:
    """The URL as it may be shown: any password replaced by ***; unreadable text is not echoed."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(ugyldig adresse)"


def central_url(url: str) -> URL:
    """Parse and check the central store's address; only PostgreSQL (psycopg 3) is accepted."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        raise CentralUrlError(
            "Adressen til den centrale database kan ikke læses. Den skal have formen "
            "postgresql://bruger@server/database?sslmode=verify-full"
        ) from None
    if parsed.get_backend_name() != "postgresql":
        raise CentralUrlError(
            f"Den centrale database skal være PostgreSQL (postgresql://…), ikke {parsed.get_backend_name()}."
        )
    parsed = parsed.set(drivername="postgresql+psycopg")  # the one driver the program ships
    if not parsed.host or not parsed.database:
        raise CentralUrlError(f"Adressen {mask_url(parsed)} mangler server eller databasenavn.")
    return parsed


def target_of(url: URL) -> str:
    """Which central store: host, port and database; the same store gives the same text for any user."""
    return f"{(url.host or '').lower()}:{url.port or 5432}/{url.database or ''}"


def tls_warning(url: URL) -> str | None:
    """A Danish warning when a remote server is reached without required encryption (TLS)."""
    mode = url.query.get("sslmode")
    mode = mode[-1] if isinstance(mode, tuple) else mode
    if (url.host or "").lower() in LOCAL_HOSTS or mode in SAFE_SSLMODES:
        return None
    return (
        f"Advarsel: forbindelsen kræver ikke kryptering (sslmode={mode or 'prefer'}). "
        "Brug sslmode=verify-full i adressen, så borgernes data kun sendes krypteret til den rigtige server."
    )


def connect_central(url: URL) -> Engine:
    """An engine on the central store, migrated to the newest schema; network trouble -> ``HandoffError``."""
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    with _central_errors(url, "Kunne ikke forbinde til den centrale database"):
        try:
            return create_engine_for_url(url, connect_args=connect_args, pool_pre_ping=True)
        except ImportError:
            raise HandoffError(
                "Programmet mangler PostgreSQL-driveren (psycopg) og kan ikke overføre sager. Kontakt IT."
            ) from None
        except StoreError as exc:
            raise HandoffError(f"Den centrale database: {exc}") from None


@dataclass
class _Snapshot:
    """One laptop case as rows: column values without the laptop's own ids."""

    case_id: int
    citizen_id: int
    citizen_name: str
    case: dict[str, Any]
    citizen: dict[str, Any]
    plan_versions: list[dict[str, Any]]
    followups: list[dict[str, Any]]
    caseworkers: list[tuple[str, str]]
    central_id: int | None


class HandoffService:
    def __init__(self, workspace: Workspace, connect: Callable[[URL], Engine] = connect_central) -> None:
        self.ws = workspace
        self._connect = connect

    def decided_case_ids(self) -> list[int]:
        """Cases with a decision (granted, refused or ended), oldest id first."""
        return sorted(s.id for s in self.ws.repo.list_cases() if s.status in DECIDED_STATUSES)

    def hand_off(self, url: str, case_ids: Sequence[int]) -> HandoffReport:
        """Copy the cases to the central store at ``url``, one central transaction per case.

        Raises ``CentralUrlError`` for an unusable address, ``CaseNotFound`` for an unknown case
        (both before any network use) and ``HandoffError`` when the central store fails; cases
        handed off before that are committed on both sides and listed in ``HandoffError.done``.
        """
        parsed = central_url(url)
        ids = list(dict.fromkeys(case_ids))
        for case_id in ids:
            self.ws.repo.citizen_id(case_id)  # raises CaseNotFound
        report = HandoffReport(target=mask_url(parsed))
        if not ids:
            return report
        engine = self._connect(parsed)
        try:
            for case_id in ids:
                try:
                    report.cases.append(self._hand_off_one(engine, parsed, case_id))
                except HandoffError as exc:
                    raise HandoffError(exc.message, report.cases) from None
        finally:
            engine.dispose()
        log.info("handoff: %d case(s) handed off", len(report.cases))
        return report

    def _hand_off_one(self, central: Engine, url: URL, case_id: int) -> HandedOff:
        """Central rows first (uncommitted), then the laptop notes the central id, then both commit.

        Noting the id before the central commit means a commit whose answer is lost on the network
        is repaired by handing off again: the case is then updated, not added twice.
        """
        target = target_of(url)
        snap = self._snapshot(case_id, target)
        with Session(central) as cs:
            with _central_errors(
                url, f"Sag {case_id} blev ikke overført; intet er skrevet i den centrale database"
            ):
                result = _write_central(cs, snap, self.ws.caseworker)
            with _laptop_errors(
                f"Sag {case_id} blev ikke overført; intet er skrevet i den centrale database"
            ):
                self._remember(case_id, target, result.central_id)
            with _central_errors(
                url, f"Sag {case_id} blev ikke gemt færdigt i den centrale database", RETRY_SAFE
            ):
                cs.commit()
        with _laptop_errors(
            f"Sag {case_id} er overført som central sag {result.central_id}, men computeren kunne ikke "
            f"skrive det i adgangsloggen. {RETRY_SAFE}"
        ):
            self._confirm(snap, target)
        return result

    def _remember(self, case_id: int, target: str, central_id: int) -> None:
        with Session(self.ws.repo.engine) as s, s.begin():
            mapping = s.get(Handoff, (case_id, target))
            if mapping is None:
                s.add(Handoff(case_id=case_id, target=target, central_id=central_id))
            else:
                mapping.central_id = central_id

    def _confirm(self, snap: _Snapshot, target: str) -> None:
        with Session(self.ws.repo.engine) as s, s.begin():
            s.get_one(Handoff, (snap.case_id, target)).handed_off_at = utc_now()
            audit.append(s, self.ws.caseworker, "export", snap.citizen_id, snap.case_id, HANDOFF_DETAIL)

    def _snapshot(self, case_id: int, target: str) -> _Snapshot:
        with Session(self.ws.repo.engine) as s:
            case = s.get(Case, case_id)
            if case is None:
                raise CaseNotFound(case_id)
            citizen = s.get_one(Citizen, case.citizen_id)
            versions = s.scalars(
                select(PlanVersion).where(PlanVersion.case_id == case_id).order_by(PlanVersion.version)
            )
            followups = s.scalars(select(FollowUp).where(FollowUp.case_id == case_id).order_by(FollowUp.id))
            initials = {case.caseworker, self.ws.caseworker} - {""}
            workers = s.execute(
                select(Caseworker.initials, Caseworker.name).where(Caseworker.initials.in_(initials))
            ).all()
            mapping = s.get(Handoff, (case_id, target))
            return _Snapshot(
                case_id=case_id,
                citizen_id=citizen.id,
                citizen_name=citizen.name,
                case=_columns(case, "id", "citizen_id"),
                citizen=_columns(citizen, "id"),
                plan_versions=[_columns(v, "id", "case_id") for v in versions],
                followups=[_columns(f, "id", "case_id") for f in followups],
                caseworkers=[(i, n) for i, n in workers],
                central_id=mapping.central_id if mapping else None,
            )


def _columns(row: Base, *leave_out: str) -> dict[str, Any]:
    return {a.key: getattr(row, a.key) for a in inspect(type(row)).column_attrs if a.key not in leave_out}


def _with_id(data: str, case_id: int) -> str:
    """The case JSON with the id it has in this store (as the repository writes it)."""
    doc = json.loads(data)
    doc["id"] = case_id
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _write_central(s: Session, snap: _Snapshot, caseworker: str) -> HandedOff:
    for initials, name in snap.caseworkers:
        if s.get(Caseworker, initials) is None:
            s.add(Caseworker(initials=initials, name=name))
    case = s.get(Case, snap.central_id) if snap.central_id is not None else None
    if case is not None and case.created_at != snap.case["created_at"]:
        case = None  # not this case (the central store was restored from a backup): never overwrite it
    created = case is None
    if case is None:
        citizen = Citizen(**snap.citizen)
        s.add(citizen)
        s.flush()
        case = Case(citizen_id=citizen.id, **snap.case)
        s.add(case)
        s.flush()
    else:
        citizen = s.get_one(Citizen, case.citizen_id)
        _assign(citizen, snap.citizen)
        _assign(case, snap.case)
    case.data = _with_id(snap.case["data"], case.id)

    versions = {v.version: v for v in s.scalars(select(PlanVersion).where(PlanVersion.case_id == case.id))}
    new_versions = 0
    for values in snap.plan_versions:
        values = {**values, "data": _with_id(values["data"], case.id)}
        if values["version"] in versions:
            _assign(versions[values["version"]], values)
        else:
            s.add(PlanVersion(case_id=case.id, **values))
            new_versions += 1

    followups = s.scalars(select(FollowUp).where(FollowUp.case_id == case.id))
    existing = {_followup_key(_columns(f)): f for f in followups}
    new_followups = 0
    for values in snap.followups:
        if _followup_key(values) in existing:
            _assign(existing[_followup_key(values)], values)
        else:
            s.add(FollowUp(case_id=case.id, **values))
            new_followups += 1
    audit.append(s, caseworker, "import", citizen.id, case.id, HANDOFF_DETAIL)
    s.flush()
    return HandedOff(snap.case_id, case.id, snap.citizen_name, created, new_versions, new_followups)


def _followup_key(values: dict[str, Any]) -> tuple[dt.date, dt.datetime, str]:
    """Follow-ups have no number of their own: the date held, the moment written and who wrote it."""
    return values["held_on"], values["created_at"], values["created_by"]


def _assign(row: Base, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(row, key, value)


@contextmanager
def _central_errors(url: URL, what: str, then: str = "") -> Iterator[None]:
    """Turn the central store's errors into a Danish ``HandoffError``; no citizen data, no password.

    A network or login failure names the driver's first line (connection facts only); any other
    refusal is named without the server's text, which may quote the rejected values.
    """
    then = f" {then}" if then else ""
    try:
        yield
    except (OperationalError, InterfaceError) as exc:
        raise HandoffError(
            f"{what} ({mask_url(url)}). {NETWORK_ADVICE} Teknisk årsag: {_reason(exc, url)}{then}"
        ) from None
    except DisconnectionError:
        raise HandoffError(
            f"{what} ({mask_url(url)}): forbindelsen blev afbrudt. {NETWORK_ADVICE}{then}"
        ) from None
    except OSError as exc:
        raise HandoffError(
            f"{what} ({mask_url(url)}). {NETWORK_ADVICE} Teknisk årsag: {exc.strerror or type(exc).__name__}{then}"
        ) from None
    except DBAPIError as exc:
        raise HandoffError(
            f"{what}: den centrale database afviste skrivningen ({type(exc.orig).__name__}). Kontakt IT.{then}"
        ) from None


@contextmanager
def _laptop_errors(what: str) -> Iterator[None]:
    try:
        yield
    except DBAPIError:
        raise HandoffError(f"{what} (computerens datalager kunne ikke skrive).") from None


def _reason(exc: DBAPIError, url: URL) -> str:
    lines = str(exc.orig).strip().splitlines()
    reason = lines[0] if lines else type(exc.orig).__name__
    if url.password:
        reason = reason.replace(str(url.password), "***")
    return reason
