"""Tables of the central store. Unlike a laptop's store, rows are keyed by the global ids (UUIDs).

One citizen row per CPR number; each case carries the revision the central store advances on
every accepted change; plan versions and follow-ups are added by their uuid and never replaced;
``checkouts`` says who took which case to which laptop and when; ``access_log`` keeps the rows
the laptops send, exactly as each laptop stored them, with each laptop's log head beside them.
The granted places per offer (occupancy) are read from ``cases`` (``status``, ``offer_id``,
``place``), which are kept with every write.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from visitation_desktop.store.models import NAMING_CONVENTION, UtcDateTime, utc_now

VERSION_TABLE = "central_alembic_version"


class CentralBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class CentralCitizen(CentralBase):
    __tablename__ = "citizens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    cpr: Mapped[str | None] = mapped_column(
        String(10), unique=True, nullable=True
    )  # one per CPR; NULL unknown
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    town: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class CentralCase(CentralBase):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    caseworker: Mapped[str] = mapped_column(String(16), default="", index=True)
    status: Mapped[str] = mapped_column(String(20), default="")
    offer_id: Mapped[str] = mapped_column(String(100), default="", index=True)
    place: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_by: Mapped[str] = mapped_column(String(16), default="")
    updated_from: Mapped[str] = mapped_column(String(36), default="")  # the laptop's id
    data: Mapped[str] = mapped_column(Text)  # the case JSON (CaseFile), as on the laptops


class CentralPlanVersion(CentralBase):
    __tablename__ = "plan_versions"
    __table_args__ = (UniqueConstraint("case_uuid", "version"),)

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_uuid: Mapped[str] = mapped_column(ForeignKey("cases.uuid"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str] = mapped_column(Text)


class CentralFollowUp(CentralBase):
    __tablename__ = "follow_ups"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_uuid: Mapped[str] = mapped_column(ForeignKey("cases.uuid"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(16), default="")
    data: Mapped[str] = mapped_column(Text)


class Checkout(CentralBase):
    """A case checked out to a laptop: by whom, to which laptop, when; when it came back."""

    __tablename__ = "checkouts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_uuid: Mapped[str] = mapped_column(ForeignKey("cases.uuid"), index=True)
    caseworker: Mapped[str] = mapped_column(String(16))
    laptop: Mapped[str] = mapped_column(String(36), index=True)
    checked_out_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class CentralAccessLog(CentralBase):
    """An access-log row received from a laptop, as the laptop stored it (its MAC included)."""

    __tablename__ = "access_log"

    laptop: Mapped[str] = mapped_column(String(36), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    caseworker: Mapped[str] = mapped_column(String(16), index=True)
    action: Mapped[str] = mapped_column(String(32))
    case_uuid: Mapped[str] = mapped_column(String(36), default="", index=True)
    row: Mapped[str] = mapped_column(Text)  # the row as sent (JSON)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class CentralLogHead(CentralBase):
    """The newest log head each laptop sent (last id, last MAC, count)."""

    __tablename__ = "access_log_heads"

    laptop: Mapped[str] = mapped_column(String(36), primary_key=True)
    head: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
