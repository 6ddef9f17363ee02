"""Every way of altering the access log behind the program's back is reported by ``audit verify``.

Tampering is done as someone holding the store's key would (raw SQLCipher) or as someone with the
laptop's files would (an older ``keys.json`` put back). Each case runs the real CLI: exit code 4 and
a Danish line naming what was done; the untouched log gives exit code 0.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from visitation_desktop import paths
from visitation_desktop.cli import main
from visitation_desktop.services.workspace import Workspace, unlock
from visitation_desktop.store import audit

from .conftest import PASSWORD, USER


def cli_verify(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["--data-dir", str(data_dir), "--user", USER, "--password-stdin", "audit", "verify"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def sql(data_dir: Path, ws: Workspace, *statements: str) -> None:
    key = ws._data_key
    ws.repo.engine.dispose()
    conn = sqlcipher3.connect(str(paths.store_path(data_dir)))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def last_id(ws: Workspace) -> int:
    return int(audit.head(ws.repo.engine)["last_id"])


def rechain_plain(data_dir: Path, ws: Workspace, from_id: int) -> None:
    """Edit row ``from_id`` and recompute the plain SHA-256 chain from there to the end, head included."""
    rows = audit.rows_since(ws.repo.engine, 0)
    prev = rows[from_id - 2]["mac"] if from_id > 1 else "0" * 64
    statements = []
    for r in rows[from_id - 1 :]:
        who = "XY" if r["id"] == from_id else r["caseworker"]
        digest = audit.row_hash(r["id"], r["at"], who, r["action"], r["citizen_id"], r["case_id"], r["detail"], prev)
        statements.append(
            f"UPDATE access_log SET caseworker = '{who}', prev_hash = '{prev}', hash = '{digest}' WHERE id = {r['id']}"
        )
        prev = digest
    statements.append(f"UPDATE access_log_head SET last_hash = '{prev}'")
    sql(data_dir, ws, *statements)


Tamper = Callable[[Path, Workspace], None]

TAMPERINGS: dict[str, tuple[Tamper, str]] = {
    "edit": (lambda d, ws: sql(d, ws, "UPDATE access_log SET action = 'view' WHERE id = 5"), "ændret"),
    "delete middle": (lambda d, ws: sql(d, ws, "DELETE FROM access_log WHERE id IN (4, 5)"), "Rækkerne 4–5 mangler"),
    "delete tail": (
        lambda d, ws: sql(
            d, ws, f"DELETE FROM access_log WHERE id > {last_id(ws) - 12}", "DELETE FROM access_log_head"
        ),
        "afskåret",
    ),
    "delete all": (lambda d, ws: sql(d, ws, "DELETE FROM access_log", "DELETE FROM access_log_head"), "tømt"),
    "reorder": (
        lambda d, ws: sql(
            d,
            ws,
            "UPDATE access_log SET id = -1 WHERE id = 3",
            "UPDATE access_log SET id = 3 WHERE id = 4",
            "UPDATE access_log SET id = 4 WHERE id = -1",
        ),
        "rækkefølgen er ændret",
    ),
    "re-chain with a recomputed plain hash": (lambda d, ws: rechain_plain(d, ws, 3), "uden programmets nøgle"),
    "head removed from keys.json": (
        lambda d, ws: _edit_keys(d, lambda doc: doc.pop("audit_head")),
        "slutpunkt mangle",
    ),
    "head in keys.json edited": (
        lambda d, ws: _edit_keys(d, lambda doc: doc["audit_head"]["head"].update(last_id=2)),
        "ændret uden om programmet",
    ),
}


def _edit_keys(data_dir: Path, change: Callable[[dict], object]) -> None:
    path = paths.keyring_path(data_dir)
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")


def test_the_untouched_log_verifies(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = cli_verify(data_dir, monkeypatch, capsys)
    assert (code, text.strip()) == (0, "Adgangsloggen er intakt.")


@pytest.mark.parametrize("name", list(TAMPERINGS))
def test_tampering_is_reported(
    name: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper, words = TAMPERINGS[name]
    ws = unlock(data_dir, USER, PASSWORD)
    assert last_id(ws) > 14  # the demo store holds a real log
    tamper(data_dir, ws)
    code, text = cli_verify(data_dir, monkeypatch, capsys)
    sys.__stderr__.write(f"\n[{name}] exit {code}: {text.strip()}\n")
    assert code == 4, text
    assert words in text, text
    # a second check (after the login the first one wrote) still reports it: never rebuilt quietly
    code, text = cli_verify(data_dir, monkeypatch, capsys)
    assert code == 4 and words in text, text


def test_restoring_an_older_key_file_is_reported(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    older = tmp_path / "keys-older.json"
    shutil.copy2(paths.keyring_path(data_dir), older)
    ws = unlock(data_dir, USER, PASSWORD)
    for _ in range(3):
        ws.repo.log(USER, "view", detail="overview")
    ws.close()
    shutil.copy2(older, paths.keyring_path(data_dir))
    code, text = cli_verify(data_dir, monkeypatch, capsys)
    assert code == 4 and "ældre nøglefil" in text, text
    code, text = cli_verify(data_dir, monkeypatch, capsys)
    assert code == 4 and "ældre nøglefil" in text, text
