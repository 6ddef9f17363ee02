"""Tables of the store. The same models serve the laptop (SQLCipher) and the central store (PostgreSQL).

A case's full content is the ``data`` column (the CaseFile as JSON); the other columns are an index
for lists and searches. Timestamps are timezone-aware UTC.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from visitation_desktop.store.index_rows import SYNC_LOCAL

GENESIS_HASH = "0" * 64


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A datetime stored in UTC; SQLite keeps no offset, so it is put back on reading."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Caseworker(Base):
    __tablename__ = "caseworkers"

    initials: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class Citizen(Base):
    __tablename__ = "citizens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Global id (domain.case.new_uuid). Not unique on a laptop: two cases checked out for one
    # citizen each keep their own row with the central citizen's uuid.
    uuid: Mapped[str] = mapped_column(String(36), index=True, server_default="")
    cpr: Mapped[str] = mapped_column(String(10), default="", index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    town: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Case(Base):
    __tablename__ = "cases"
    # The list's columns, newest change first, beside the bulky JSON (migration 0009): the overview
    # reads this index instead of a page per case.
    __table_args__ = (
        Index(
            "ix_cases_summary",
            "updated_at", "id", "citizen_id", "status", "received", "deadline", "planned_start", "current_page",
            "caseworker",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(
        String(36), unique=True, index=True, server_default=""
    )  # global id, in every store
    # Advanced by every accepted save; a save must name the revision it was loaded at.
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"), index=True)
    caseworker: Mapped[str] = mapped_column(String(16), default="")
    status: Mapped[str] = mapped_column(String(20), default="")
    received: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    channel: Mapped[str] = mapped_column(String(20), default="")
    by_relative: Mapped[bool] = mapped_column(Boolean, default=False)
    standard_id: Mapped[str] = mapped_column(String(100), default="")
    current_page: Mapped[str] = mapped_column(String(40), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    planned_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_by: Mapped[str] = mapped_column(String(16), default="", server_default="")  # initials
    data: Mapped[str] = mapped_column(Text, default="{}")


class PlanVersion(Base):
    __tablename__ = "plan_versions"
    __table_args__ = (UniqueConstraint("case_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, index=True, server_default="")
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str] = mapped_column(Text)


class FollowUp(Base):
    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, index=True, server_default="")
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(16), default="")
    data: Mapped[str] = mapped_column(Text, default="{}")
    # The next follow-up date set at this meeting (``next_date`` in ``data``), so the overview
    # finds every case's next follow-up without decoding a follow-up.
    next_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)




class CaseIndex(Base):
    """What the case list and the overview show of a case beyond ``cases`` and ``citizens``.

    Written by the repository in the same transaction as every save of the case, so the overview
    of all cases is a few queries and never decodes a case's JSON (see ``store/case_index.py``).
    ``sync_state`` belongs to check-out/check-in (``SYNC_LOCAL`` until a case has been synced);
    saving a case leaves it as it is.
    """

    __tablename__ = "case_index"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True, autoincrement=False)
    offer_id: Mapped[str] = mapped_column(String(100), default="")
    place: Mapped[str] = mapped_column(String(40), default="")
    waitlist: Mapped[bool] = mapped_column(Boolean, default=False)
    interim_solution: Mapped[str] = mapped_column(Text, default="")
    delay_notice: Mapped[str] = mapped_column(Text, default="")
    sync_state: Mapped[str] = mapped_column(String(20), default=SYNC_LOCAL, server_default=SYNC_LOCAL)
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # the capacity count's order
    # The case's own standard (``CaseFile.standard_digest``; "" = the active one): the overview's dates.
    standard_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")


class StandardCopy(Base):
    """A copy of a quality standard's file that a case was assessed under (``store/standard_copies.py``).

    Cases name it by ``digest`` (``CaseFile.standard_digest``): a case is judged and printed by the
    standard it was decided under, whatever standard is active later. Never changed, never deleted.
    """

    __tablename__ = "standard_copies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    standard_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(Text)
    municipality: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class FollowUpDraft(Base):
    """The follow-up meeting as written so far (not recorded yet): one per case, saved as it is typed.

    ``data`` is ``{"page": <follow-up page>, "followup": <the follow-up JSON>}``; recording the
    follow-up deletes the row in the same transaction.
    """

    __tablename__ = "followup_drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    created_by: Mapped[str] = mapped_column(String(16), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    data: Mapped[str] = mapped_column(Text, default="{}")


class AccessLog(Base):
    """One row per access to a citizen's data, chained by SHA-256 so edits and deletions show.

    Ids are assigned by the audit module (last id + 1), never by a sequence, so a gap means a deletion.
    Citizen and case ids are plain numbers, not foreign keys: the log outlives what it mentions.
    """

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))  # UTC, ISO 8601
    caseworker: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))
    citizen_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AccessLogHead(Base):
    """The chain's last id and hash (one row), so a cut-off tail is noticed too."""

    __tablename__ = "access_log_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class Handoff(Base):
    """A laptop case handed off to a central store: the id it got there, so a second hand-off updates it.

    ``target`` names the central store (host, port and database; never the user or password), so
    a case handed to two stores keeps one mapping per store. The row is written just before the
    central store commits; ``handed_off_at`` is set once the commit is confirmed (NULL until then).
    """

    __tablename__ = "handoffs"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True, autoincrement=False)
    target: Mapped[str] = mapped_column(String(300), primary_key=True)
    central_id: Mapped[int] = mapped_column(Integer)
    handed_off_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class SyncCase(Base):
    """A case this laptop checked out of (or checked into) the central store: the base of the merge.

    ``central_revision`` and ``base_data`` (the case JSON) are what the central store held at the
    last check-out or check-in; ``synced_revision`` is the laptop's own revision then, so a later
    local save shows as "changed since check-out". ``conflict`` holds the open conflicts of the
    last check-in as JSON ("" when there are none).
    """

    __tablename__ = "sync_cases"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True, autoincrement=False)
    central_revision: Mapped[int] = mapped_column(Integer)
    base_data: Mapped[str] = mapped_column(Text)
    synced_revision: Mapped[int] = mapped_column(Integer)
    checked_out_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    conflict: Mapped[str] = mapped_column(Text, default="")


class SyncMeta(Base):
    """Small facts about the laptop's syncing (last check-in's log id, occupancy refresh time)."""

    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CentralGrant(Base):
    """A granted place in the central store as of the last check-out (every caseworker's grants)."""

    __tablename__ = "central_grants"

    case_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    offer_id: Mapped[str] = mapped_column(String(100))
    place: Mapped[str] = mapped_column(String(20))
