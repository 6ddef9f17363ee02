"""Failed unlocks: counted per caseworker, kept in two files, read leniently, locked out after a limit.

While the store is locked nothing can be MAC'd (the keys come from the data key), so the record of
failed attempts is kept twice — in ``keys.json`` and in ``attempts.json`` beside it — and the larger
count of the two wins: restoring an old ``keys.json`` does not reset it. Each failure also raises
``seq``, a counter of every failure ever recorded; at the next successful unlock ``seq`` is compared
with the value authenticated in the access log's head, so restoring *both* files is noticed and
logged (see ``services.workspace``).

The rule (documented in ``docs/security.md``): the first ``FREE_ATTEMPTS`` failures cost nothing;
after that each failure makes the next attempt wait 2, 4, 8 … (at most ``MAX_DELAY_SECONDS``)
seconds; after ``LOCKOUT_AFTER`` failures in a row the caseworker is locked out until another
caseworker lifts it (``users unblock``) or IT uses the recovery code (``recover``).

Times in the files are read leniently: a naive time is taken as UTC, a malformed one as "now",
so a damaged file never blocks a login nor crashes it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from visitation_desktop.files import write_atomic

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60.0
LOCKOUT_AFTER = 10
MAX_PENDING = 200
MIRROR_NAME = "attempts.json"
MAX_INITIALS = 10


@dataclass
class Streak:
    count: int
    last_at: dt.datetime


@dataclass
class FailureRecord:
    streaks: dict[str, Streak] = field(default_factory=dict)
    pending: list[tuple[str, str]] = field(default_factory=list)  # (UTC ISO time, initials) not yet logged
    seq: int = 0

    # -- the rule ----------------------------------------------------------------------------------
    def add(self, who: str, now: dt.datetime) -> int:
        streak = self.streaks.get(who)
        count = (streak.count if streak else 0) + 1
        self.streaks[who] = Streak(count, now)
        self.pending.append((now.isoformat(timespec="seconds"), who))
        del self.pending[:-MAX_PENDING]
        self.seq += 1
        return count

    def count(self, who: str) -> int:
        streak = self.streaks.get(who)
        return streak.count if streak else 0

    def locked_out(self, who: str) -> bool:
        return self.count(who) >= LOCKOUT_AFTER

    def delay(self, who: str, now: dt.datetime) -> float:
        streak = self.streaks.get(who)
        if streak is None or streak.count <= FREE_ATTEMPTS:
            return 0.0
        wait = min(MAX_DELAY_SECONDS, 2.0 ** (streak.count - FREE_ATTEMPTS))
        elapsed = (now - streak.last_at).total_seconds()
        return max(0.0, min(wait, wait - elapsed))

    # -- the two copies ----------------------------------------------------------------------------
    def merge(self, other: FailureRecord) -> FailureRecord:
        """The record that keeps the most of both: larger counts, every pending failure, the larger seq."""
        streaks = dict(self.streaks)
        for who, st in other.streaks.items():
            mine = streaks.get(who)
            if mine is None or st.count > mine.count or (st.count == mine.count and st.last_at > mine.last_at):
                streaks[who] = st
        pending = list(other.pending if len(other.pending) > len(self.pending) else self.pending)
        return FailureRecord(streaks, pending, max(self.seq, other.seq))

    def to_doc(self) -> dict[str, Any]:
        return {
            "failures": [{"at": at, "initials": who} for at, who in self.pending],
            "failure_streaks": {
                who: {"count": st.count, "last_at": st.last_at.isoformat()} for who, st in sorted(self.streaks.items())
            },
            "failure_seq": self.seq,
        }

    @classmethod
    def from_doc(cls, doc: Any, now: dt.datetime) -> FailureRecord:
        """Read leniently: anything unreadable is skipped or taken as now, never raised."""
        if not isinstance(doc, dict):
            return cls()
        streaks: dict[str, Streak] = {}
        raw_streaks = doc.get("failure_streaks")
        if isinstance(raw_streaks, dict):
            for who, value in raw_streaks.items():
                if not isinstance(value, dict):
                    continue
                count = _int(value.get("count"))
                if count > 0:
                    streaks[str(who)[:MAX_INITIALS]] = Streak(count, parse_time(value.get("last_at"), now))
        pending = []
        raw_pending = doc.get("failures")
        if isinstance(raw_pending, list):
            for item in raw_pending[-MAX_PENDING:]:
                if isinstance(item, dict):
                    pending.append((str(item.get("at", "")), str(item.get("initials", ""))))
        return cls(streaks, pending, _int(doc.get("failure_seq")))


def parse_time(value: Any, now: dt.datetime) -> dt.datetime:
    """A stored time; naive means UTC; malformed, missing or in the future means ``now``."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return now
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return min(moment, now)


def _int(value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return 0
    return max(0, min(number, 10**9))


def mirror_path(keyring_path: Path) -> Path:
    return keyring_path.with_name(MIRROR_NAME)


def read_mirror(keyring_path: Path, now: dt.datetime) -> FailureRecord:
    try:
        doc = json.loads(mirror_path(keyring_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return FailureRecord()
    return FailureRecord.from_doc(doc, now)


def write_mirror(keyring_path: Path, record: FailureRecord) -> None:
    data = json.dumps(record.to_doc(), indent=2, ensure_ascii=False).encode("utf-8")
    write_atomic(mirror_path(keyring_path), data)
