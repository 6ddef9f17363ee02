"""Check-out and check-in against a local PostgreSQL: seconds and round trips per case, by size.

    .venv/bin/python benchmarks/sync.py [--sizes 1000 10000] [--url postgresql://user@localhost/db]

Without ``--url`` a throw-away PostgreSQL cluster is started as the system user ``postgres`` (as
the tests do; needs root and PostgreSQL's binaries) and removed afterwards. Per size, in a fresh
central database (``central init``): laptop A, filled with fictional cases (``scale_cases``) on
/dev/shm, checks them all in as new; laptop B checks them all out; B changes every case (its
citizen's phone number and the caseworker's note) and checks them all in again ("changed"), which
is the goal figure: 10,000 changed cases within 10 s on loopback. Round trips are the statements
and commits the central connection sends, counted with SQLAlchemy events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scale_cases import scale_cases  # noqa: E402
from sqlalchemy import create_engine, event, text  # noqa: E402
from sqlalchemy.engine import URL, Engine, make_url  # noqa: E402

from visitation_desktop.domain.case import new_uuid  # noqa: E402
from visitation_desktop.services import central  # noqa: E402
from visitation_desktop.services.sync import SyncService  # noqa: E402
from visitation_desktop.services.workspace import Workspace, init_store  # noqa: E402
from visitation_desktop.store.central import admin  # noqa: E402
from visitation_desktop.store.transaction import dump_case, load_case_row  # noqa: E402

PASSWORD = "benchmark-kodeord-langt"


@contextmanager
def throwaway_cluster() -> Iterator[URL]:
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if os.geteuid() != 0 or not bins:
        raise SystemExit("give --url, or run as root with PostgreSQL installed")
    bin_dir = bins[-1].parent
    pg = pwd.getpwnam("postgres")
    root = Path(tempfile.mkdtemp(prefix="vd-bench-pg-"))
    sockets = root / "s"
    sockets.mkdir()
    for p in (root, sockets):
        os.chown(p, pg.pw_uid, pg.pw_gid)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    def as_pg(*argv: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *argv], check=True, capture_output=True, timeout=120
        )

    as_pg(
        str(bin_dir / "initdb"),
        "-A",
        "trust",
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--locale=C",
        "-D",
        str(root / "d"),
    )
    as_pg(
        str(bin_dir / "pg_ctl"),
        "-D",
        str(root / "d"),
        "-l",
        str(root / "log"),
        "-w",
        "start",
        "-o",
        f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets}",
    )
    try:
        yield URL.create(
            "postgresql+psycopg", username="postgres", host="127.0.0.1", port=port, database="postgres"
        )
    finally:
        as_pg(str(bin_dir / "pg_ctl"), "-D", str(root / "d"), "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(server: URL) -> str:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin_engine = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin_engine.dispose()
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    admin.upgrade(engine)
    engine.dispose()
    return url


def laptop(parent: Path, name: str, cases: int) -> Workspace:
    ws = init_store(parent / name, "MLH", "Mette Lund Holm", PASSWORD)
    for first in range(0, cases, 500):
        with ws.repo.transaction(ws.caseworker) as tx:
            for case in scale_cases(
                ws.standard, ws.catalogue, dt.date.today(), first, min(500, cases - first)
            ):
                case.uuid, case.citizen.uuid = new_uuid(), new_uuid()  # each case made on its own
                tx.create_case(case)
                if case.status == "granted":
                    tx.add_plan_version(case.id or 0, case, ws.caseworker, "Handleplanen ved bevillingen")
    return ws


class Counted:
    """A connect function that counts what the central connection sends."""

    def __init__(self) -> None:
        self.trips = 0

    def __call__(self, url: URL, password: str | None = None) -> Engine:
        engine = central.connect(url, password)
        event.listen(engine, "before_cursor_execute", self._one)
        event.listen(engine, "commit", self._one)
        return engine

    def _one(self, *_: Any) -> None:
        self.trips += 1


def change_every_case(ws: Workspace) -> None:
    """What a day's work does to each case: the citizen's phone and the note, saved (fast, in bulk)."""
    from sqlalchemy.orm import Session

    from visitation_desktop.store.models import Case

    with Session(ws.repo.engine) as s, s.begin():
        for row in s.query(Case):
            case = load_case_row(row.data, row.id, row.uuid, row.revision)
            case.citizen.phone = "12 34 56 78"
            case.activities.note = "Ændret på turen"
            row.revision += 1
            row.data = dump_case(case, row.id, row.revision)


def timed(what: str, n: int, work: Any, counter: Counted) -> None:
    counter.trips = 0
    started = time.perf_counter()
    report = work()
    seconds = time.perf_counter() - started
    done = len(
        getattr(report, "written", None) or getattr(report, "new", []) or getattr(report, "refreshed", [])
    )
    print(
        f"  {what:<28} {seconds:7.2f} s   {counter.trips / max(n, 1):6.3f} round trips per case   ({done} cases)"
    )


def run_size(server: URL, n: int, parent: Path) -> None:
    url = central.central_url(fresh_database(server))
    print(f"{n} cases:")
    a = laptop(parent, f"a{n}", n)
    b = init_store(parent / f"b{n}", "KB", "Karin Bak", PASSWORD)
    try:
        counter = Counted()
        timed("check-in, new (laptop A)", n, lambda: SyncService(a, url, connect=counter).push(), counter)
        uuids = [a.repo.load_case(s.id).uuid for s in a.repo.list_cases()]
        timed("check-out (laptop B)", n, lambda: SyncService(b, url, connect=counter).pull(uuids), counter)
        change_every_case(b)
        timed("check-in, changed (laptop B)", n, lambda: SyncService(b, url, connect=counter).push(), counter)
    finally:
        a.close()
        b.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--url", help="a PostgreSQL server to make throw-away databases on")
    args = parser.parse_args()
    parent = Path(
        tempfile.mkdtemp(prefix="vd-bench-sync-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None)
    )
    try:
        if args.url:
            for n in args.sizes:
                run_size(make_url(args.url), n, parent)
        else:
            with throwaway_cluster() as server:
                for n in args.sizes:
                    run_size(server, n, parent)
    finally:
        shutil.rmtree(parent, ignore_errors=True)


if __name__ == "__main__":
    main()
