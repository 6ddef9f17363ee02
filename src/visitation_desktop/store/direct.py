"""The encrypted store through the SQLCipher driver alone: for a command that reads one case and logs,
and for the main window until the ordinary repository is open (``direct_first``).

``render`` reads a case, judges it, makes a PDF and logs who made it. Importing SQLAlchemy and the
ORM costs that command more than the rendering itself, so it reads through this class instead of
``store.repository.Repository``. It offers the few reads and the access-log writes that path calls,
with the repository's names and meaning; the same modules compute what both write (the log's chain
in ``audit_chain``, its keys and head in ``audit_keys``, the connection settings and error messages
in ``sqlite_common``, the case from its row in ``case_rows``).

It only opens a store in the state where nothing else has to happen first: at the newest schema,
the day's backup taken, the access log keyed with its head in ``keys.json``, no re-key half done.
Otherwise ``open`` raises ``NotDirect`` and the caller opens the store the ordinary way, which does
what is due (migrate, back up, key the log) or says what is wrong (a damaged file, a wrong key).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from visitation_desktop import paths
from visitation_desktop.domain.case import CaseFile
from visitation_desktop.store import index_rows, keyfile
from visitation_desktop.store.audit_chain import Row, chain, check_actions
from visitation_desktop.store.audit_keys import HEAD_ID, REKEY_MARK, AuditContext, Head
from visitation_desktop.store.backups import taken_today
from visitation_desktop.store.case_rows import load_case_row
from visitation_desktop.store.errors import AuditHeadError, CaseNotFound, StoreDamaged, StoreError
from visitation_desktop.store.index_rows import FollowUpDates, IndexedCase
from visitation_desktop.store.keyring import normalize_initials
from visitation_desktop.store.records import GrantedPlace, LogEntry
from visitation_desktop.store.schema_head import script_head
from visitation_desktop.store.sqlite_common import BUSY_TIMEOUT_MS, PRAGMAS, sqlcipher_key_literal, translate


class NotDirect(Exception):
    """The store needs the ordinary way in (``reason`` says why, for the debug log; no personal data)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DirectStore:
    """One connection to the laptop's store, for reading cases and appending to the access log."""

    def __init__(self, conn: Any, path: Path, context: AuditContext) -> None:
        self._conn = conn
        self._path = path
        self._context = context
        self._damaged = False

    @classmethod
    def open(cls, data_dir: Path, key: bytes) -> DirectStore:
        """The store in ``data_dir`` under ``key``; ``NotDirect`` when it must be opened the ordinary way."""
        path = paths.store_path(data_dir)
        keys = paths.keyring_path(data_dir)
        if not path.is_file() or path.stat().st_size == 0:
            raise NotDirect("no store file")
        if not taken_today(data_dir):
            raise NotDirect("the day's backup is due")
        try:
            doc = keyfile.read(keys)  # once, for both questions below
        except ValueError:
            raise NotDirect("the key file cannot be read") from None
        if REKEY_MARK in doc:
            raise NotDirect("a re-key is not finished")
        context = AuditContext(key, keys)
        try:
            if context.head_in(doc) is None:
                raise NotDirect("the access log has no head yet")
        except AuditHeadError:
            raise NotDirect("the access log's head is altered") from None
        # Any thread (``direct_first.DirectFirst`` makes its calls one at a time).
        conn = sqlcipher3.connect(
            str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f'PRAGMA key = "{sqlcipher_key_literal(key)}"')
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError:
                raise NotDirect("the key does not open the file") from None
            for pragma in PRAGMAS:
                conn.execute(pragma).fetchall()
            store = cls(conn, path, context)
            store._check_ready()
        except BaseException:
            conn.close()
            context.clear()
            raise
        return store

    def _check_ready(self) -> None:
        try:
            revisions = self._conn.execute("SELECT version_num FROM alembic_version").fetchall()
            head = self._conn.execute("SELECT 1 FROM access_log_head WHERE id = ?", (HEAD_ID,)).fetchone()
        except sqlcipher3.DatabaseError:
            raise NotDirect("the store's tables cannot be read") from None
        newest = script_head()
        if newest is None or [r[0] for r in revisions] != [newest]:
            raise NotDirect("the store is not at the newest schema")
        if head is None:
            raise NotDirect("the access log's head row is missing")

    # -- reading -------------------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return list(self._conn.execute(sql, params).fetchall())
        except sqlcipher3.Error as exc:
            raise self._translated(exc) from None

    def _each(self, sql: str) -> Iterator[Any]:
        """The rows one by one, as the cursor reads them (the overview's 50,000 are never all held raw)."""
        try:
            yield from self._conn.execute(sql)
        except sqlcipher3.Error as exc:
            raise self._translated(exc) from None

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def load_case(self, case_id: int) -> CaseFile:
        row = self._one(
            "SELECT cases.data, cases.uuid, cases.revision, citizens.uuid FROM cases "
            "JOIN citizens ON citizens.id = cases.citizen_id WHERE cases.id = ?",
            (case_id,),
        )
        if row is None:
            raise CaseNotFound(case_id)
        return load_case_row(row[0], case_id, row[1], row[2], row[3])

    def citizen_id(self, case_id: int) -> int:
        row = self._one("SELECT citizen_id FROM cases WHERE id = ?", (case_id,))
        if row is None:
            raise CaseNotFound(case_id)
        return int(row[0])

    def caseworker_name(self, initials: str) -> str | None:
        row = self._one("SELECT name FROM caseworkers WHERE initials = ?", (normalize_initials(initials),))
        return None if row is None else str(row[0])

    def latest_plan_version(self, case_id: int) -> int | None:
        row = self._one("SELECT max(version) FROM plan_versions WHERE case_id = ?", (case_id,))
        return None if row is None or row[0] is None else int(row[0])

    def granted_places(self, granted_status: str) -> list[GrantedPlace]:
        return index_rows.granted_places(self._rows(index_rows.GRANTED_PLACES, (granted_status,)))

    def indexed_cases(self) -> tuple[list[IndexedCase], dict[int, FollowUpDates]]:
        """As ``Repository.indexed_cases``: both queries in one read transaction (one snapshot)."""
        self._rows("BEGIN")
        try:
            return (
                index_rows.indexed_cases(self._each(index_rows.OVERVIEW)),
                index_rows.followup_dates(self._each(index_rows.FOLLOWUP_DATES)),
            )
        finally:
            self._rows("COMMIT")

    def standard_source(self, digest: str) -> str | None:
        row = self._one("SELECT source FROM standard_copies WHERE digest = ?", (digest,))
        return None if row is None else str(row[0])

    def central_grants(self) -> tuple[list[tuple[str, str, str]], dt.datetime | None]:
        rows = self._rows("SELECT case_uuid, offer_id, place FROM central_grants")
        when = self._one("SELECT value FROM sync_meta WHERE key = 'occupancy_refreshed_at'")
        return [(r[0], r[1], r[2]) for r in rows], dt.datetime.fromisoformat(when[0]) if when else None

    def case_uuids(self) -> dict[int, str]:
        return {r[0]: r[1] for r in self._rows("SELECT id, uuid FROM cases")}

    # -- the access log --------------------------------------------------------------------------
    def audit_context(self) -> AuditContext:
        return self._context

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
        """One access-log row in its own transaction, as ``Repository.log`` writes it."""
        return self.log_before_release(LogEntry(caseworker, action, case_id, citizen_id, detail, at))

    def log_before_release(self, entry: LogEntry) -> int:
        """Commit the row before the bytes leave (see ``Repository.log_before_release``)."""
        citizen_id = entry.citizen_id
        if citizen_id is None and entry.case_id is not None:
            row = self._one("SELECT citizen_id FROM cases WHERE id = ?", (entry.case_id,))
            citizen_id = None if row is None else row[0]
        return self._append([(entry.caseworker, entry.action, citizen_id, entry.case_id, entry.detail, entry.at)])[0]

    def _append(self, rows: Sequence[Row]) -> list[int]:
        """``audit.append_many`` through the driver: move the head (taking the write lock), insert the
        chained rows, and write the head to ``keys.json`` before the commit."""
        check_actions(rows)
        n = len(rows)
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                head = conn.execute(
                    "UPDATE access_log_head SET last_id = last_id + ? WHERE id = ? RETURNING last_id, last_hash",
                    (n, HEAD_ID),
                ).fetchone()
                if head is None:
                    raise StoreDamaged(str(self._path), "loggens slutpunkt mangler i datalageret")
                first, prev_hash = head[0] - n + 1, head[1]
                values = chain(self._context, first, prev_hash, rows)
                conn.executemany(
                    "INSERT INTO access_log (id, at, caseworker, action, citizen_id, case_id, detail, prev_hash, hash) "
                    "VALUES (:id, :at, :caseworker, :action, :citizen_id, :case_id, :detail, :prev_hash, :hash)",
                    values,
                )
                digest, last_id = values[-1]["hash"], first + n - 1
                conn.execute("UPDATE access_log_head SET last_hash = ? WHERE id = ?", (digest, HEAD_ID))
                self._context.write_head(Head(first - 1, prev_hash, first - 1), Head(last_id, digest, last_id))
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlcipher3.Error as exc:
            raise self._translated(exc) from None
        return list(range(first, last_id + 1))

    # -- the connection --------------------------------------------------------------------------
    def _translated(self, exc: BaseException) -> Exception:
        found: StoreError | None = translate(exc, str(self._path))
        if isinstance(found, StoreDamaged):
            self._damaged = True
        return found if found is not None else exc  # type: ignore[return-value]

    def is_damaged(self) -> bool:
        """A read met a damaged page: write nothing more (not even the logout)."""
        return self._damaged

    def close(self) -> None:
        """Close the connection and forget the log's keys; idempotent."""
        self._conn.close()
        self._context.clear()
