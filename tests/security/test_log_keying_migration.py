"""A store whose log was a plain SHA-256 chain (before rows were MAC'd) is keyed once, at unlock."""

from __future__ import annotations

import json
from pathlib import Path

import sqlcipher3

from visitation_desktop import paths
from visitation_desktop.services.workspace import unlock
from visitation_desktop.store import audit

from .conftest import PASSWORD, USER


def make_legacy(data_dir: Path, *, break_row: int | None = None) -> int:
    """Turn the store into one written by the earlier program: plain chain, no head in keys.json."""
    ws = unlock(data_dir, USER, PASSWORD)
    key = bytes(ws._data_key)
    rows = audit.rows_since(ws.repo.engine, 0)
    ws.repo.engine.dispose()
    conn = sqlcipher3.connect(str(paths.store_path(data_dir)))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    prev = "0" * 64
    for r in rows:
        digest = audit.row_hash(r["id"], r["at"], r["caseworker"], r["action"], r["citizen_id"], r["case_id"], r["detail"], prev)
        if r["id"] == break_row:
            conn.execute("UPDATE access_log SET detail = 'changed' WHERE id = ?", (r["id"],))
        conn.execute("UPDATE access_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, r["id"]))
        prev = digest
    conn.execute("UPDATE access_log_head SET last_hash = ?", (prev,))
    conn.commit()
    conn.close()
    path = paths.keyring_path(data_dir)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("audit_head")
    path.write_text(json.dumps(doc), encoding="utf-8")
    return len(rows)


def test_an_intact_plain_chain_is_keyed_once_and_verifies(data_dir: Path) -> None:
    count = make_legacy(data_dir)
    ws = unlock(data_dir, USER, PASSWORD)
    try:
        assert audit.verify(ws.repo.engine) == []
        upgrade = [e for e in ws.repo.access_log(500) if e.action == "audit_upgrade"]
        assert [(e.id, e.detail) for e in upgrade] == [(count + 1, "old chain intact")]
        assert audit.key_existing_log(ws.repo.engine) is False  # once only
    finally:
        ws.close()


def test_a_broken_plain_chain_is_keyed_but_stays_on_record(data_dir: Path) -> None:
    make_legacy(data_dir, break_row=3)
    ws = unlock(data_dir, USER, PASSWORD)
    try:
        upgrade = [e for e in ws.repo.access_log(500) if e.action == "audit_upgrade"]
        assert [e.detail for e in upgrade] == ["old chain broken at rows 3"]
    finally:
        ws.close()
