"""The copies of quality standards kept in the (encrypted) store, by the SHA-256 of their text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from visitation_desktop.store.models import StandardCopy


@dataclass(frozen=True)
class KeptStandard:
    digest: str
    standard_id: str
    version: str
    municipality: str
    stored_at: dt.datetime


def keep(engine: Engine, digest: str, standard_id: str, version: str, municipality: str, source: str) -> bool:
    """Keep a copy unless one with ``digest`` is there already; True when it was added."""
    with Session(engine) as s, s.begin():
        if s.scalar(select(StandardCopy.id).where(StandardCopy.digest == digest)) is not None:
            return False
        s.add(StandardCopy(digest=digest, standard_id=standard_id, version=version, municipality=municipality,
                           source=source, stored_at=dt.datetime.now(dt.UTC)))
        return True


def source(engine: Engine, digest: str) -> str | None:
    """The text of the copy with ``digest``, or None."""
    with Session(engine) as s:
        return s.scalar(select(StandardCopy.source).where(StandardCopy.digest == digest))


def standard_id_of(engine: Engine, digest: str) -> str | None:
    """The ``id`` of the standard kept with ``digest``, or None when there is no such copy."""
    with Session(engine) as s:
        return s.scalar(select(StandardCopy.standard_id).where(StandardCopy.digest == digest))


def find(engine: Engine, standard_id: str, version: str) -> str | None:
    """The digest of the newest copy of ``standard_id`` at ``version``, or None."""
    with Session(engine) as s:
        return s.scalar(
            select(StandardCopy.digest)
            .where(StandardCopy.standard_id == standard_id, StandardCopy.version == version)
            .order_by(StandardCopy.id.desc())
        )


def kept(engine: Engine) -> list[KeptStandard]:
    """Every copy, oldest first."""
    with Session(engine) as s:
        rows = s.execute(select(StandardCopy).order_by(StandardCopy.id)).scalars()
        return [KeptStandard(r.digest, r.standard_id, r.version, r.municipality, r.stored_at) for r in rows]
