"""A throw-away PostgreSQL cluster for the session, as the municipality's central store.

It runs as the system user ``postgres`` in a temporary folder on a free local port, and is
stopped and removed at the end. Without root or without PostgreSQL's binaries the tests that
need it are skipped, with the reason (the start scripts install PostgreSQL and CI runs as root).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url

from visitation_desktop.cli import main
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.workspace import Workspace, init_store, unlock
from visitation_desktop.store.db import create_engine_for_url

PG_ROOT = Path("/usr/lib/postgresql")
PG_USER = "postgres"


def _pg_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder holding initdb and pg_ctl."""
    candidates = sorted(
        (p for p in PG_ROOT.glob("*/bin") if (p / "initdb").exists() and (p / "pg_ctl").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    return candidates[-1] if candidates else None


def _as_postgres(*argv: str) -> subprocess.CompletedProcess[str]:
    runuser = shutil.which("runuser")
    command = [runuser, "-u", PG_USER, "--", *argv] if runuser else ["su", PG_USER, "-c", " ".join(argv)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[URL]:
    """The cluster's URL (database ``postgres``); stopped and removed after the session."""
    if os.geteuid() != 0:
        pytest.skip("PostgreSQL tests start a cluster as user postgres and must run as root")
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip(f"PostgreSQL is not installed (no initdb/pg_ctl under {PG_ROOT}/*/bin)")
    try:
        pg = pwd.getpwnam(PG_USER)
    except KeyError:
        pytest.skip("the system user postgres does not exist")
    root = Path(tempfile.mkdtemp(prefix="vd-pg-"))
    data, sockets, logfile = root / "data", root / "sockets", root / "server.log"
    sockets.mkdir()
    for path in (root, sockets):
        os.chown(path, pg.pw_uid, pg.pw_gid)
    port = free_port()
    try:
        done = _as_postgres(
            str(bin_dir / "initdb"),
            "-A",
            "trust",
            "-U",
            PG_USER,
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "-D",
            str(data),
        )
        if done.returncode != 0:
            pytest.fail(f"initdb failed: {done.stderr}")
        options = f"-c listen_addresses=127.0.0.1 -c fsync=off -p {port} -k {sockets}"
        done = _as_postgres(
            str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(logfile), "-o", options, "-w", "start"
        )
        if done.returncode != 0:
            log = logfile.read_text(errors="replace") if logfile.exists() else ""
            pytest.fail(f"pg_ctl start failed: {done.stderr}\n{log}")
        try:
            yield URL.create(
                "postgresql+psycopg", username=PG_USER, host="127.0.0.1", port=port, database="postgres"
            )
        finally:
            _as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_url(pg_server: URL) -> str:
    """A database created once for the session, as a URL string."""
    return _create_database(pg_server, "visitation_session")


@pytest.fixture
def fresh_pg_url(pg_server: URL) -> Iterator[str]:
    """An empty database of its own for one test, dropped afterwards."""
    name = f"vd_{uuid.uuid4().hex[:12]}"
    url = _create_database(pg_server, name)
    yield url
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def central(fresh_pg_url: str) -> Iterator[Engine]:
    """The central store: a fresh database migrated to the newest schema."""
    engine = create_engine_for_url(fresh_pg_url)
    yield engine
    engine.dispose()


def _create_database(server: URL, name: str) -> str:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    finally:
        admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


# -- the laptop ------------------------------------------------------------------------------------

LAPTOP_USER = "MLH"
LAPTOP_PASSWORD = "korrekt-hest-batteri"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="session")
def _laptop_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A laptop store with the demo cases, built once (Argon2 is slow) and copied per test."""
    data_dir = tmp_path_factory.mktemp("laptop") / "data"
    ws = init_store(data_dir, LAPTOP_USER, "Mette Lund Holm", LAPTOP_PASSWORD)
    fill_demo(ws, TODAY)
    ws.close()
    return data_dir


@pytest.fixture
def laptop_dir(_laptop_template: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "laptop"
    shutil.copytree(_laptop_template, data_dir)
    return data_dir


@pytest.fixture
def laptop(laptop_dir: Path) -> Iterator[Workspace]:
    """The caseworker's unlocked laptop store, filled with the fictional demo cases."""
    ws = unlock(laptop_dir, LAPTOP_USER, LAPTOP_PASSWORD)
    yield ws
    ws.close()


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], laptop_dir: Path) -> Run:
    """``run("handoff", …)``: the real entry point on the laptop store, password on standard input."""

    def invoke(*args: str) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(LAPTOP_PASSWORD + "\n"))
        code = main(["--data-dir", str(laptop_dir), "--user", LAPTOP_USER, "--password-stdin", *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke
