"""Check-out (pull) and check-in (push) between the laptop and the central store, merged per field.

**Check-out** copies chosen central cases (with their plan versions and follow-ups) into the
encrypted laptop store and keeps, per case, the central revision and content it had: the base of
the next merge. The central store records who checked out which case to which laptop, and when.
The municipality's granted places come along, for the capacity check.

**Check-in** sends what changed on the laptop, in batches of whole cases, one central
transaction per batch. Per case: the central store unchanged since the base -> the laptop's case
is written; changed -> a three-way merge per field (``domain.merge``): one-sided changes merge,
fields changed differently on both sides are a conflict and nothing of that case is written
until the caseworker has chosen (``resolve``). A case created on the laptop goes in as new; a
CPR number the central store knows links it to that citizen (the other cases are reported as a
possible duplicate). Plan versions and follow-ups are added by uuid, never replaced. The access
log's new rows and head go along. Only after the central commit does the laptop mark its cases
checked in, so a cut connection leaves whole cases done or not at all, and a rerun completes it
without duplicates. Nothing on the laptop is deleted unless the central store has confirmed it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from ..domain.case import CaseFile
from ..domain.merge import NOT_MERGED, Side, three_way
from ..store import audit, sync_local
from ..store.central import ops
from ..store.sync_local import Bundle
from . import central
from .cases import CaseService
from .occupancy import snapshot
from .sync_offline import DECIDED_STATUSES as DECIDED_STATUSES
from .sync_offline import CaseConflict as CaseConflict  # re-exported: services.sync is the doorway
from .sync_offline import ReleaseReport as ReleaseReport
from .sync_offline import decided_case_ids as decided_case_ids
from .sync_offline import open_conflicts as open_conflicts
from .sync_offline import releasable as releasable
from .sync_offline import release as release
from .sync_offline import release_cases as release_cases
from .sync_offline import release_checked_in
from .sync_offline import resolve as resolve
from .workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine

log = logging.getLogger(__name__)

BATCH = 500
GATED_KEYS = ("decision", "status", "placement")  # and the CPR number; see SyncService._gated
LOG_CHUNK = 2000
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class SyncCancelled(Exception):
    """The caseworker cancelled; the batches done before are committed on both sides."""


@dataclass
class PullReport:
    new: list[int] = field(default_factory=list)  # laptop case ids
    refreshed: list[int] = field(default_factory=list)
    kept: list[int] = field(default_factory=list)  # changed here: left for the next check-in
    elsewhere: dict[str, tuple[str, dt.datetime]] = field(default_factory=dict)  # also checked out by
    occupancy_refreshed_at: dt.datetime | None = None


@dataclass
class PushReport:
    written: list[int] = field(default_factory=list)  # laptop case ids now checked in
    merged: list[int] = field(default_factory=list)  # among them: central changes taken in
    conflicts: list[CaseConflict] = field(default_factory=list)
    duplicates: dict[int, list[str]] = field(default_factory=dict)  # case id -> other central case uuids
    log_rows: int = 0
    released: list[int] = field(default_factory=list)
    refused: dict[int, str] = field(
        default_factory=dict
    )  # case id -> the rules gate's Danish reason  # checked in long ago: removed (release_after_days)


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same content (the store's own keys aside); plain dict equality, as fast as it gets."""
    return {k: v for k, v in a.items() if k not in NOT_MERGED} == {
        k: v for k, v in b.items() if k not in NOT_MERGED
    }


class SyncService:
    def __init__(
        self,
        workspace: Workspace,
        url: URL,
        password: str | None = None,
        connect: Callable[..., Engine] = central.connect,
    ) -> None:
        self.ws = workspace
        self.url = url
        self._password = password
        self._connect = connect
        self.cases = CaseService(workspace)

    def _engine(self) -> Engine:
        return self._connect(self.url, self._password)

    def _errors(self, what: str):  # type: ignore[no-untyped-def]
        return central.central_errors(self.url, what)

    # -- finding -------------------------------------------------------------------------------------
    def find(self, query: str = "", *, mine: bool = False) -> list[ops.Found]:
        engine = self._engine()
        try:
            with self._errors("Kunne ikke søge i den centrale database"), engine.connect() as conn:
                return ops.find(conn, query=query, caseworker=self.ws.caseworker if mine else "")
        finally:
            engine.dispose()

    # -- check-out ----------------------------------------------------------------------------------
    def pull(
        self,
        uuids: Sequence[str] | None = None,
        *,
        mine: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> PullReport:
        report = PullReport()
        laptop = sync_local.laptop_id(self.ws.repo.engine)
        engine = self._engine()
        try:
            with self._errors("Sagerne blev ikke hentet færdigt"), engine.connect() as conn, conn.begin():
                wanted = list(uuids or [])
                if mine:
                    wanted += [f.uuid for f in ops.find(conn, caseworker=self.ws.caseworker, limit=100_000)]
                wanted = list(dict.fromkeys(wanted))
                done = 0
                for batch in _chunks(wanted, BATCH):
                    if cancelled and cancelled():
                        raise SyncCancelled()
                    self._pull_batch(conn, batch, laptop, report)
                    done += len(batch)
                    if progress:
                        progress(done, len(wanted))
                grants = ops.granted_places(conn)
                now = dt.datetime.now(dt.UTC)
                with Session(self.ws.repo.engine) as s, s.begin():
                    sync_local.replace_central_grants(s, grants, now)
                report.occupancy_refreshed_at = now
        finally:
            engine.dispose()
        log.info(
            "pull: %d new, %d refreshed, %d kept", len(report.new), len(report.refreshed), len(report.kept)
        )
        return report

    def _pull_batch(self, conn: Connection, batch: Sequence[str], laptop: str, report: PullReport) -> None:
        fetched = ops.fetch(conn, batch, lock=False)
        versions, followups = ops.records(conn, list(fetched))
        report.elsewhere.update(ops.checkouts_elsewhere(conn, list(fetched), laptop))
        me = self.ws.caseworker
        bases: list[sync_local.Base] = []
        fresh: list[tuple[Bundle, CaseFile, dt.date | None, int]] = []  # not on this laptop yet
        with Session(self.ws.repo.engine) as s, s.begin():
            held = sync_local.local_ids_by_uuid(s, fetched)
            for case_uuid, row in fetched.items():
                data = {k: v for k, v in row.data.items() if k != "revision"}
                bundle = Bundle(
                    case_uuid,
                    data,
                    plan_versions=versions.get(case_uuid, []),
                    followups=followups.get(case_uuid, []),
                )
                local = held.get(case_uuid)
                if local is not None and (local[2] is None or local[1] != local[2] or local[3]):
                    sync_local.add_records(s, local[0], bundle)  # changed here: merged at check-in
                    report.kept.append(local[0])
                    continue
                case = bundle.case
                if local is None:
                    fresh.append((bundle, case, self.cases.deadline(case), row.revision))
                    continue
                case_id = sync_local.write_case(
                    s,
                    bundle,
                    me,
                    local_id=local[0],
                    local_revision=local[1],
                    deadline=self.cases.deadline(case),
                )
                bases.append(sync_local.Base(case_id, row.revision, data, local[1] + 1))
                report.refreshed.append(case_id)
            new_ids = sync_local.insert_new(s, [(b, c, d) for b, c, d, _ in fresh], me)
            for case_id, (b, _c, _d, central_revision) in zip(new_ids, fresh, strict=True):
                bases.append(sync_local.Base(case_id, central_revision, b.data, 1))
            report.new.extend(new_ids)
            sync_local.set_bases(s, bases, state=sync_local.SYNC_CHECKED_OUT, checked_in=False)
            if bases:
                ids = [b.case_id for b in bases]
                audit.append(s, me, "import", None, None, f"check-out of cases {sync_local.id_ranges(ids)}")
            ops.add_checkouts(conn, list(fetched), me, laptop)

    # -- check-in -----------------------------------------------------------------------------------
    def push(
        self,
        case_ids: Sequence[int] | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        batch_size: int = BATCH,
    ) -> PushReport:
        engine_l = self.ws.repo.engine
        ids = list(case_ids) if case_ids is not None else sync_local.pending_case_ids(engine_l)
        report = PushReport()
        laptop = sync_local.laptop_id(engine_l)
        engine = self._engine()
        try:
            with snapshot(self.ws):  # the gate's capacity counts: one reading per push, if asked
                done = 0
                for batch in _chunks(ids, batch_size):
                    if cancelled and cancelled():
                        raise SyncCancelled()
                    bundles = self._gated(sync_local.read_bundles(engine_l, batch), report)
                    with (
                        self._errors(
                            "Sagerne blev ikke sendt færdigt; de sager, der ikke er meldt sendt, kan sendes igen"
                        ),
                        engine.connect() as conn,
                        conn.begin(),
                    ):
                        outcome = self._push_batch(conn, bundles, laptop, report)
                    self._confirm(outcome, report)
                    done += len(batch)
                    if progress:
                        progress(done, len(ids))
            with self._errors("Adgangsloggen blev ikke sendt; den sendes ved næste afsendelse"):
                report.log_rows = self._send_log(engine, laptop)
            days = self.ws.settings.release_after_days
            if days > 0:
                report.released = release_checked_in(self.ws, days)
        finally:
            engine.dispose()
        log.info("push: %d written, %d conflicts", len(report.written), len(report.conflicts))
        return report

    def _gated(self, bundles: list[Bundle], report: PushReport) -> list[Bundle]:
        """The cases the rules gate lets through (``services/gate.py``); the others stay, reported.

        The gate is asked for each case new on this laptop or whose decision, status, placement or
        CPR number changed here since its base: what the standard's rules judge a decision by (a case
        whose decision the central store accepted and that changed only elsewhere was gated then).
        """
        from .gate import Gate

        return self._gate_each(Gate(self.ws), bundles, report)

    @staticmethod
    def _gate_each(gate: Any, bundles: list[Bundle], report: PushReport) -> list[Bundle]:
        allowed = []
        for b in bundles:
            base = b.base_data or {}
            cpr_changed = b.data.get("citizen", {}).get("cpr") != (base.get("citizen") or {}).get("cpr")
            if cpr_changed or any(b.data.get(key) != base.get(key) for key in GATED_KEYS):
                verdict = gate.check_in(b.case)
                if not verdict.allowed:
                    report.refused[b.local_id or 0] = verdict.message
                    continue
            allowed.append(b)
        return allowed

    def _push_batch(
        self, conn: Connection, bundles: list[Bundle], laptop: str, report: PushReport
    ) -> list[tuple[Bundle, int, dict[str, Any], Any]]:
        """Central writes for one batch (not committed here); what the laptop must note after the commit."""
        fetched = ops.fetch(conn, [b.uuid for b in bundles], lock=True)
        new = [b for b in bundles if b.uuid not in fetched]
        links, known = ops.link_citizens(conn, [(b.uuid, b.data["citizen"]) for b in new])
        others = ops.other_cases_of(conn, [citizen_id for citizen_id, _ in known.values()])
        now = dt.datetime.now(dt.UTC)
        me = self.ws.caseworker
        new_rows: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        citizens: list[dict[str, Any]] = []
        versions: list[dict[str, Any]] = []
        followups: list[dict[str, Any]] = []
        notes: list[tuple[Bundle, int, dict[str, Any], dict[str, Any] | None]] = []
        for b in bundles:
            row = fetched.get(b.uuid)
            if row is None:
                citizen_id, citizen_uuid = links[b.uuid]
                if b.data["citizen"].get("cpr") in known:
                    report.duplicates[b.local_id or 0] = others.get(citizen_id, [])
                data = {**b.data, "citizen": {**b.data["citizen"], "uuid": citizen_uuid}}
                new_rows.append(
                    {
                        "uuid": b.uuid,
                        "citizen_id": citizen_id,
                        "revision": 1,
                        "data": json.dumps({**data, "revision": 1}, ensure_ascii=False, default=str),
                        "created_at": now,
                        "updated_at": now,
                        "updated_by": me,
                        "updated_from": laptop,
                        **ops.case_columns(data),
                    }
                )
                written, revision = data, 1
            else:
                fast = b.base_revision == row.revision  # nothing changed centrally since the base
                theirs: dict[str, Any] = {}
                if fast:
                    written = b.data
                else:
                    theirs = {k: v for k, v in row.data.items() if k != "revision"}
                    result = three_way(
                        b.base_data if b.base_revision is not None else None,
                        b.data,
                        theirs,
                        mine_side=Side(b.updated_by, b.updated_at),
                        theirs_side=Side(row.updated_by, row.updated_at),
                    )
                    if result.conflicts:
                        report.conflicts.append(
                            CaseConflict(
                                b.local_id or 0,
                                b.data["citizen"].get("name", ""),
                                result.conflicts,
                                result.mine_side,
                                result.theirs_side,
                            )
                        )
                        notes.append(
                            (
                                b,
                                row.revision,
                                theirs,
                                {
                                    "central_revision": row.revision,
                                    "central": theirs,
                                    "by": row.updated_by,
                                    "at": row.updated_at.isoformat(),
                                },
                            )
                        )
                        continue
                    written = {**result.merged, "uuid": b.uuid}
                citizen_id = row.citizen_id
                written = {**written, "citizen": {**written["citizen"], "uuid": row.citizen_uuid}}
                revision = row.revision
                if fast or not _same(written, theirs):
                    revision = row.revision + 1
                    updates.append(
                        {
                            "uuid": b.uuid,
                            "revision": revision,
                            "data": json.dumps(
                                {**written, "revision": revision}, ensure_ascii=False, default=str
                            ),
                            "updated_at": now,
                            "updated_by": me,
                            "updated_from": laptop,
                            **ops.case_columns(written),
                        }
                    )
                citizens.append(
                    {
                        "id": citizen_id,
                        **{
                            k: written["citizen"].get(k, "")
                            for k in ("name", "address", "postcode", "town", "phone", "email")
                        },
                    }
                )
            versions += [{**v, "case_uuid": b.uuid} for v in b.plan_versions]
            followups += [{**f, "case_uuid": b.uuid} for f in b.followups]
            notes.append((b, revision, written, None))
        ops.add_cases(conn, new_rows)
        ops.update_cases(conn, updates)
        ops.update_citizens(conn, citizens)
        ops.add_records(conn, versions, followups)
        ops.close_checkouts(conn, [b.uuid for b, _, _, conflict in notes if conflict is None], laptop)
        return notes

    def _confirm(
        self, notes: list[tuple[Bundle, int, dict[str, Any], dict[str, Any] | None]], report: PushReport
    ) -> None:
        """After the central commit: mark the batch's cases checked in (or in conflict), one transaction.

        A case the laptop holds differently from what was written (merged, or linked to the central
        citizen) is brought up to date, unless it was saved here meanwhile: then it stays changed
        and the next check-in merges it.
        """
        bases: list[sync_local.Base] = []
        with Session(self.ws.repo.engine) as s, s.begin():
            for b, revision, written, conflict in notes:
                assert b.local_id is not None
                if conflict is not None:
                    sync_local.set_conflict(
                        s, b.local_id, json.dumps(conflict, ensure_ascii=False, default=str)
                    )
                    continue
                local_revision: int | None = b.local_revision
                if written["citizen"]["uuid"] != b.data["citizen"]["uuid"] or not _same(written, b.data):
                    local_revision = sync_local.overwrite_if_unchanged(
                        s, b.local_id, b.local_revision, written, self.ws.caseworker
                    )
                    if local_revision is None:
                        continue
                    report.merged.append(b.local_id)
                assert local_revision is not None
                bases.append(sync_local.Base(b.local_id, revision, written, local_revision))
            sync_local.set_bases(s, bases, state=sync_local.SYNC_CHECKED_IN, checked_in=True)
            if bases:
                ids = [b.case_id for b in bases]
                audit.append(
                    s,
                    self.ws.caseworker,
                    "export",
                    None,
                    None,
                    f"check-in of cases {sync_local.id_ranges(ids)}",
                )
                report.written.extend(ids)

    def _send_log(self, engine: Engine, laptop: str) -> int:
        engine_l = self.ws.repo.engine
        after = int(sync_local.meta(engine_l, "log_sent_id") or 0)
        rows = audit.rows_since(engine_l, after)
        head = audit.head(engine_l)
        uuids = sync_local.case_uuids(engine_l)
        with engine.connect() as conn, conn.begin():
            for chunk in _chunks(rows, LOG_CHUNK) or [[]]:
                ops.add_log(conn, laptop, chunk, head, uuids)
        if rows:
            with Session(engine_l) as s, s.begin():
                sync_local.set_meta(s, "log_sent_id", str(rows[-1]["id"]))
        return len(rows)
