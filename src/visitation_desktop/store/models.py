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
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

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
    cpr: Mapped[str] = mapped_column(String(10), default="", index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    town: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
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
    data: Mapped[str] = mapped_column(Text, default="{}")


class PlanVersion(Base):
    __tablename__ = "plan_versions"
    __table_args__ = (UniqueConstraint("case_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str] = mapped_column(Text)


class FollowUp(Base):
    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(16), default="")
    data: Mapped[str] = mapped_column(Text, default="{}")
    # The next follow-up date set at this meeting (``next_date`` in ``data``), so the overview
    # finds every case's next follow-up without decoding a follow-up.
    next_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


SYNC_LOCAL = "local"  # case_index.sync_state: the case exists only on this laptop


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
