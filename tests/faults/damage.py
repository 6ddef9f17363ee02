"""Damage scenarios: a file of the data folder damaged the ways a laptop damages them, and what the
caseworker then sees in the CLI and the GUI.

Used by ``test_damage.py`` (one test per scenario) and as a script that prints the table:

    .venv/bin/python tests/faults/damage.py        # markdown: scenario | CLI | GUI | data lost

Each scenario starts from a copy of one store holding the ten demo cases. "Data lost" compares every
file in the data folder (logs aside) before and after the attempt: the program must not overwrite,
move or delete anything while it reports the damage.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PASSWORD = "korrekt-hest-batteri"
PAGE = 4096


@dataclass(frozen=True)
class Scenario:
    name: str  # what was done to the folder, in English
    damage: Callable[[Path], None]
    kind: str  # "store", "settings", "standard", "keys"
    expect: str  # a word the CLI's message must hold
    usable: bool = False  # the program still works (defaults used) and says so
    code: int = 5  # the exit code when it does not work


def _flip(offset_of: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(d: Path) -> None:
        path = d / "store.db"
        data = bytearray(path.read_bytes())
        data[offset_of(len(data))] ^= 0x5A
        path.write_bytes(bytes(data))

    return damage


def _truncate(size_of: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(d: Path) -> None:
        path = d / "store.db"
        os.truncate(path, size_of(path.stat().st_size))

    return damage


def _write(name: str, data: bytes) -> Callable[[Path], None]:
    return lambda d: (d / name).write_bytes(data)


def _settings(value: object) -> Callable[[Path], None]:
    return _write("settings.json", json.dumps(value).encode())


def _keys(change: Callable[[dict], object]) -> Callable[[Path], None]:  # type: ignore[type-arg]
    def damage(d: Path) -> None:
        doc = json.loads((d / "keys.json").read_text())
        doc = change(doc) or doc
        (d / "keys.json").write_text(json.dumps(doc))

    return damage


def _user(doc: dict, **kdf: object) -> None:  # type: ignore[type-arg]
    for entry in doc["users"].values():
        entry["kdf"].update(kdf)


def _plain_sqlite(d: Path) -> None:
    import sqlite3

    (d / "store.db").unlink()
    conn = sqlite3.connect(d / "store.db")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _other_store(d: Path) -> None:
    from visitation_desktop.services.workspace import init_store

    other = d.parent / "other"
    init_store(other, "AB", "Anne Berg", PASSWORD).close()
    shutil.copy(other / "store.db", d / "store.db")


SCENARIOS = [
    Scenario("a byte flipped in the salt (first 16 bytes of store.db)", _flip(lambda n: 5), "store", "keys.json"),
    Scenario("a byte flipped in store page 1", _flip(lambda n: 300), "store", "beskadiget"),
    Scenario("a byte flipped in the last store page", _flip(lambda n: n - 2000), "store", "beskadiget"),
    Scenario("store.db truncated to half (on a page boundary)", _truncate(lambda n: (n // PAGE // 2) * PAGE), "store", "beskadiget"),
    Scenario("store.db truncated mid-page", _truncate(lambda n: n - 1000), "store", "afkortet"),
    Scenario("store.db emptied (0 bytes)", _truncate(lambda n: 0), "store", "tom"),
    Scenario("store.db deleted (keys.json kept)", lambda d: (d / "store.db").unlink(), "store", "findes ikke"),
    Scenario("store.db replaced by a text file", _write("store.db", b"ikke en database\n" * 400), "store", "keys.json"),
    Scenario("store.db replaced by a plain SQLite file", _plain_sqlite, "store", "ukrypteret"),
    Scenario("store.db from another laptop's store", _other_store, "store", "keys.json"),
    Scenario("settings.json is a list", _settings([1, 2]), "settings", "ét JSON-objekt", usable=True),
    Scenario("settings.json is not JSON", _write("settings.json", b'{"language": "da",'), "settings", "gyldig JSON", usable=True),
    Scenario("settings.json is not UTF-8", _write("settings.json", b'{"language": "\xe6"}'), "settings", "UTF-8", usable=True),
    Scenario("settings.json has values of the wrong type", _settings({"idle_lock_minutes": "fem", "language": 3}), "settings", "idle_lock_minutes", usable=True),
    Scenario("settings.json names a missing standard", _settings({"standard_file": "/ingen/sådan/standard.toml"}), "standard", "findes ikke", usable=True),
    Scenario("settings.json names a refused standard (not TOML)", lambda d: (
        (d / "std.toml").write_text("[[[ ikke toml"), _settings({"standard_file": str(d / "std.toml")})(d)), "standard", "TOML", usable=True),
    Scenario("keys.json emptied", _write("keys.json", b""), "keys", "Nøglefilen", code=9),
    Scenario("keys.json truncated", lambda d: (d / "keys.json").write_bytes((d / "keys.json").read_bytes()[:57]), "keys", "Nøglefilen", code=9),
    Scenario("keys.json is a list", _write("keys.json", b"[]"), "keys", "Nøglefilen", code=9),
    Scenario("keys.json memory_cost 2^40", _keys(lambda doc: _user(doc, memory_cost_kib=2**40)), "keys", "Nøglefilen", code=9),
    Scenario("keys.json time_cost 0", _keys(lambda doc: _user(doc, time_cost=0)), "keys", "Nøglefilen", code=9),
    Scenario("keys.json salt not base64", _keys(lambda doc: _user(doc, salt="ikke base64!")), "keys", "Nøglefilen", code=9),
    Scenario("keys.json naive date in the failure streak", _keys(lambda doc: doc.update(
        failure_streaks={"AB": {"count": 2, "last_at": "2026-03-02T10:00:00"}})), "keys", "", usable=True),
    Scenario("keys.json malformed date in the failure streak", _keys(lambda doc: doc.update(
        failure_streaks={"AB": {"count": 2, "last_at": "i går"}})), "keys", "", usable=True),
    Scenario("keys.json deleted, then init", lambda d: (d / "keys.json").unlink(), "keys", "keys.json", code=9),
]


def make_base(folder: Path) -> Path:
    """A store with the ten demo cases (made once; scenarios copy it)."""
    from visitation_desktop.services.demo import fill_demo
    from visitation_desktop.services.workspace import init_store

    ws = init_store(folder, "AB", "Anne Berg", PASSWORD)
    fill_demo(ws, dt.date(2026, 3, 2))
    ws.close()
    return folder


def fingerprint(d: Path) -> dict[str, str]:
    return {
        str(p.relative_to(d)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(d.rglob("*"))
        if p.is_file() and "logs" not in p.relative_to(d).parts
    }


@dataclass
class Outcome:
    code: int
    message: str  # what the CLI wrote on standard error (first line)
    cases: int | None  # cases listed, when the command worked
    traceback: bool
    changed: list[str]  # files the attempt changed (should be none)


def run_cli(d: Path, scenario: Scenario) -> Outcome:
    from visitation_desktop.cli import main

    argv = ["--data-dir", str(d), "--user", "AB", "--password-stdin"]
    argv += ["init", "--name", "Anne Berg"] if scenario.name.endswith("then init") else ["cases", "list", "--json"]
    before = fingerprint(d)
    err, out = io.StringIO(), io.StringIO()
    raised = False
    stdin = sys.stdin
    sys.stdin = io.StringIO(PASSWORD + "\n")
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = main(argv)
    except BaseException as exc:  # a traceback would have reached the user
        raised, code = True, -1
        err.write(f"{type(exc).__name__}: {exc}")
    finally:
        sys.stdin = stdin
    after = fingerprint(d)
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    if scenario.name.endswith("then init"):
        changed = [c for c in changed if c != "keys.json" or "keys.json" in before]
    cases = len(json.loads(out.getvalue())) if code == 0 and out.getvalue().startswith("[") else None
    lines = [line for line in err.getvalue().splitlines() if line.strip()]
    return Outcome(code, " / ".join(lines), cases, raised or "Traceback" in err.getvalue(), changed)


def table(root: Path) -> str:
    base = make_base(root / "base")
    rows = ["| # | scenario | CLI: exit code and message | data lost |", "|---|---|---|---|"]
    for number, scenario in enumerate(SCENARIOS, start=1):
        d = root / f"s{number}"
        shutil.copytree(base, d)
        scenario.damage(d)
        o = run_cli(d, scenario)
        lost = "0 (no file changed)" if not o.changed else f"CHANGED: {', '.join(o.changed)}"
        listed = f" ({o.cases} cases listed)" if o.cases is not None else ""
        tb = " TRACEBACK" if o.traceback else ""
        rows.append(f"| {number} | {scenario.name} | {o.code}{tb}: {o.message}{listed} | {lost} |")
    return "\n".join(rows)


if __name__ == "__main__":
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        print(table(Path(tmp)))
