"""The keys that authenticate the access log, and its head kept in ``keys.json``: no database here.

Both keys are derived from the data key with HKDF-SHA256 under their own labels, so nobody without
a caseworker's password can compute them:

- the **row key** MACs every access-log row (HMAC-SHA256 over its fields and the previous row's MAC);
- the **head key** MACs the head written to ``keys.json``: the last row's id and MAC and the row
  count, as committed (``head``) and as about to be committed (``pending``).

The head is written inside the store's write transaction, just before it commits, while the store's
write lock is held: ``keys.json`` then names either the transaction's new end (``pending``, once it
committed) or the end before it (``head``, when it did not). Any other end — a shorter log, a
longer one, a missing or an older head — is tampering, never rebuilt quietly.

``audit_head`` ties a context to an SQLAlchemy engine and writes the head before each commit;
``store.direct`` (the render command's store without SQLAlchemy) does the same by hand.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from visitation_desktop.store import keyfile
from visitation_desktop.store.errors import AuditHeadError

ROW_LABEL = b"visitation-desktop access log rows v1"
HEAD_LABEL = b"visitation-desktop access log head v1"
HEAD_FIELD = "audit_head"
HEAD_FORMAT = 1
HEAD_ID = 1  # the one row of the table ``access_log_head``
REKEY_MARK = "audit_rekeyed"  # in keys.json between a re-key and the re-MAC of the log under the new key


def derive(data_key: bytes | bytearray, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(bytes(data_key))


@dataclass(frozen=True)
class Head:
    last_id: int
    last_mac: str
    count: int

    def as_doc(self) -> dict[str, Any]:
        return {"last_id": self.last_id, "last_mac": self.last_mac, "count": self.count}

    @classmethod
    def from_doc(cls, doc: Any) -> Head:
        if not isinstance(doc, dict):
            raise ValueError("slutpunktet er ikke et objekt")
        return cls(int(doc["last_id"]), str(doc["last_mac"]), int(doc["count"]))


@dataclass(frozen=True)
class StoredHead:
    head: Head
    pending: Head | None
    failure_seq: int  # failed unlocks counted so far (see keyring): restoring an older file lowers it
    tampered: str = ""  # evidence kept once a write found the log's end not where the head said

    def ends(self) -> list[Head]:
        return [self.head] + ([self.pending] if self.pending else [])


class AuditContext:
    """What an engine on the laptop needs to MAC rows and keep the head: the two keys and the file."""

    def __init__(self, data_key: bytes | bytearray, keyring_path: Path | None) -> None:
        self._row_key = bytearray(derive(data_key, ROW_LABEL))
        self._head_key = bytearray(derive(data_key, HEAD_LABEL))
        self.keyring_path = keyring_path

    def row_mac(self, canonical: bytes) -> str:
        return hmac.new(bytes(self._row_key), canonical, hashlib.sha256).hexdigest()

    def _head_mac(self, body: dict[str, Any]) -> str:
        text = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
        return hmac.new(bytes(self._head_key), text, hashlib.sha256).hexdigest()

    def read_head(self) -> StoredHead | None:
        """The head in ``keys.json``; None when there is none; ``AuditHeadError`` when it was altered."""
        if self.keyring_path is None or not self.keyring_path.is_file():
            return None
        try:
            doc = keyfile.read(self.keyring_path)
        except ValueError as exc:
            raise AuditHeadError(f"Nøglefilen kan ikke læses: {exc}") from None
        return self.head_in(doc)

    def head_in(self, doc: dict[str, Any]) -> StoredHead | None:
        """The head in ``keys.json``'s content ``doc`` (read already); ``AuditHeadError`` when it was altered."""
        return self._parse(doc.get(HEAD_FIELD))

    def _parse(self, raw: Any) -> StoredHead | None:
        if raw is None:
            return None
        try:
            body = {k: raw[k] for k in ("format", "head", "pending", "failure_seq", "tampered")}
            ok = hmac.compare_digest(self._head_mac(body), str(raw["mac"]))
            head = Head.from_doc(body["head"])
            pending = None if body["pending"] is None else Head.from_doc(body["pending"])
            seq = int(body["failure_seq"])
        except (KeyError, TypeError, ValueError):
            raise AuditHeadError("Loggens slutpunkt i nøglefilen er ødelagt eller ændret.") from None
        if not ok:
            raise AuditHeadError("Loggens slutpunkt i nøglefilen er ændret uden om programmet.")
        return StoredHead(head, pending, seq, str(body["tampered"] or ""))

    def write_head(
        self, head: Head, pending: Head | None, failure_seq: int | None = None, *, fresh: bool = False
    ) -> None:
        """Put a new head in ``keys.json`` (keeping the rest of the file); ``failure_seq`` None keeps it.

        ``head`` is where the log ended before this transaction. When the stored head does not name
        that end (rows cut off or a head removed behind the program's back), the new head is still
        written — work goes on — but the finding is kept in it for ``verify`` to report, always.
        ``fresh`` (a new log, a re-keyed one) starts without such a finding.
        """
        if self.keyring_path is None or not self.keyring_path.is_file():
            return

        def change(doc: dict[str, Any]) -> None:
            seq, tampered = failure_seq, ""
            try:
                doc_before = dict(doc)
                stored = self._parse(doc_before.get(HEAD_FIELD))
            except AuditHeadError as exc:
                stored, tampered = None, str(exc)
            if stored is not None:
                tampered = stored.tampered
                if seq is None:
                    seq = stored.failure_seq
                if not any(h.last_id == head.last_id and h.last_mac == head.last_mac for h in stored.ends()):
                    tampered = tampered or _finding(head, max(stored.ends(), key=lambda h: h.last_id))
            elif head.last_id > 0 and not tampered:
                tampered = f"Loggens slutpunkt manglede i nøglefilen, da række {head.last_id + 1} blev skrevet."
            if fresh:
                tampered = ""
            body = {
                "format": HEAD_FORMAT,
                "head": head.as_doc(),
                "pending": pending.as_doc() if pending else None,
                "failure_seq": seq or 0,
                "tampered": tampered,
            }
            doc[HEAD_FIELD] = {**body, "mac": self._head_mac(body)}

        keyfile.update(self.keyring_path, change)

    def set_failure_seq(self, seq: int) -> None:
        """Authenticate the failure counter seen at a successful unlock (keeps the head as it is)."""
        try:
            stored = self.read_head()
        except AuditHeadError:
            return  # verify reports it
        if stored is not None and stored.failure_seq != seq:
            self.write_head(stored.head, stored.pending, seq)

    def clear(self) -> None:
        """Overwrite the derived keys in memory (best effort: copies made by ``bytes()`` are not reached)."""
        for buf in (self._row_key, self._head_key):
            buf[:] = bytes(len(buf))


def _finding(end: Head, newest: Head) -> str:
    """What a write found: the log's end (``end``) is not the end the head in ``keys.json`` names."""
    at = f"Da række {end.last_id + 1} blev skrevet"
    if end.last_id == 0:
        return f"{at}, var loggen tømt: alle {newest.count} rækker var slettet."
    if end.last_id < newest.last_id:
        return f"{at}, manglede rækkerne {end.last_id + 1}–{newest.last_id} i slutningen (afskåret)."
    if end.last_id > newest.last_id:
        return (
            f"{at}, var nøglefilens slutpunkt (række {newest.last_id}) ældre end loggen (række {end.last_id}): "
            "en ældre nøglefil er lagt tilbage."
        )
    return f"{at}, passede den sidste række ikke med nøglefilens slutpunkt: den er ændret eller udskiftet."
