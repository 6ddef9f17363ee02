"""``render`` reads the store through the driver (``store.direct``) once nothing is due first: the same
PDF, the same access-log rows and the same refusals as the ordinary way, without SQLAlchemy."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.services.cases import case_to_document
from visitation_desktop.services.workspace import unlock
from visitation_desktop.store import direct
from visitation_desktop.store.direct import DirectStore, NotDirect

from .conftest import EXAMPLE, PASSWORD, USER, Run

TODAY = "2026-11-26"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """What each unlock did: "direct", or the reason the store was opened the ordinary way."""
    ways: list[str] = []
    real_open = DirectStore.open.__func__  # type: ignore[attr-defined]

    def spy(cls: type[DirectStore], data_dir: Path, key: bytes) -> DirectStore:
        try:
            store = real_open(cls, data_dir, key)
        except NotDirect as exc:
            ways.append(exc.reason)
            raise
        ways.append("direct")
        return store

    monkeypatch.setattr(DirectStore, "open", classmethod(spy))
    yield ways


@pytest.fixture
def case_id(run: Run, store: Path) -> int:
    """The documentation's example grant, imported (the first command after ``init`` takes the day's backup)."""
    done = run("cases", "import", str(EXAMPLE))
    assert done.code == 0, done.err
    return int(done.out.strip())


def _log(data_dir: Path) -> list[tuple[str, str, int | None, int | None, str]]:
    ws = unlock(data_dir, USER, PASSWORD)
    try:
        rows = ws.repo.access_log(1000)
    finally:
        ws.close()
    return [(r.caseworker, r.action, r.citizen_id, r.case_id, r.detail) for r in reversed(rows)]


def _since(rows: list[tuple[str, str, int | None, int | None, str]], count: int) -> list[tuple[str, ...]]:
    """The rows after the first ``count`` read before, less the logout and login of the two readings."""
    return [(r[1], str(r[3]), r[4]) for r in rows[count + 1:-1]]


def _text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def test_render_reads_the_store_directly_and_logs_what_the_ordinary_way_logs(
    run: Run, store: Path, case_id: int, opened: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = len(_log(store))
    direct_pdf = tmp_path / "direkte.pdf"
    done = run("render", "handleplan", str(case_id), "--out", str(direct_pdf), "--today", TODAY)
    assert done.code == 0, done.err
    assert opened == ["direct"]
    after_direct = _log(store)
    direct_rows = _since(after_direct, before)
    assert direct_rows == [("login", "None", ""), ("view", str(case_id), ""), ("export", str(case_id), "handleplan"),
                           ("logout", "None", "")]

    def refuse(cls: type[DirectStore], data_dir: Path, key: bytes) -> DirectStore:
        raise NotDirect("the test asks for the ordinary way")

    monkeypatch.setattr(DirectStore, "open", classmethod(refuse))
    ordinary_pdf = tmp_path / "almindelig.pdf"
    done = run("render", "handleplan", str(case_id), "--out", str(ordinary_pdf), "--today", TODAY)
    assert done.code == 0, done.err
    ordinary_rows = _since(_log(store), len(after_direct))
    assert ordinary_rows == direct_rows
    assert _text(direct_pdf) == _text(ordinary_pdf)
    assert "Anne Berg" in _text(direct_pdf)  # the caseworker's name, read from the store
    verified = run("audit", "verify")
    assert verified.code == 0, verified.err
    assert "Adgangsloggen er intakt." in verified.out + verified.err


def test_the_access_log_rows_name_the_citizen(run: Run, store: Path, case_id: int, opened: list[str],
                                              tmp_path: Path) -> None:
    assert run("render", "decision", str(case_id), "--out", str(tmp_path / "a.pdf"), "--today", TODAY).code == 0
    assert opened == ["direct"]
    ws = unlock(store, USER, PASSWORD)
    try:
        citizen = ws.repo.citizen_id(case_id)
    finally:
        ws.close()
    exports = [r for r in _log(store) if r[1] == "export"]
    assert exports[-1] == (USER, "export", citizen, case_id, "decision")


def test_a_store_whose_backup_is_due_is_opened_the_ordinary_way_and_backed_up(
    run: Run, store: Path, case_id: int, opened: list[str], tmp_path: Path
) -> None:
    backups = store / "backups"
    for kept in backups.iterdir():
        if kept.is_file():
            kept.unlink()
    done = run("render", "handleplan", str(case_id), "--out", str(tmp_path / "plan.pdf"), "--today", TODAY)
    assert done.code == 0, done.err
    assert opened == ["the day's backup is due"]
    assert any(p.is_file() for p in backups.iterdir())  # the ordinary way took it
    assert run("render", "handleplan", str(case_id), "--out", str(tmp_path / "plan.pdf")).code == 0
    assert opened[-1] == "direct"


def test_the_rules_gate_refuses_a_false_grant_on_the_direct_path(
    run: Run, store: Path, case_id: int, opened: list[str], false_grant: Callable[[str], CaseFile], tmp_path: Path
) -> None:
    from .conftest import write_document

    document = case_to_document(false_grant("17 år"))
    done = run("cases", "import", str(write_document(tmp_path / "sag.json", document)))
    refused_id = int(done.out.strip())
    out = tmp_path / "plan.pdf"
    done = run("render", "handleplan", str(refused_id), "--out", str(out))
    assert opened[-1] == "direct"
    assert done.code == 13, done.err
    assert "Handleplanen kan ikke laves, fordi bevillingen ikke kan registreres. Løs først:" in done.err
    assert "Borgeren er 17 år og er derfor ikke i målgruppen" in done.err
    assert not out.exists()


def test_an_unknown_case_on_the_direct_path(run: Run, store: Path, case_id: int, opened: list[str],
                                            tmp_path: Path) -> None:
    done = run("render", "handleplan", "999", "--out", str(tmp_path / "x.pdf"))
    assert opened == ["direct"]
    assert done.code == 1
    assert done.err.strip() == "visitation-desktop: Sag 999 findes ikke."


def test_render_in_its_own_process_imports_neither_sqlalchemy_nor_alembic(store: Path, case_id: int,
                                                                         tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    program = (
        "import sys\n"
        "from visitation_desktop.cli import main\n"
        f"code = main(['--data-dir', {str(store)!r}, '--user', {USER!r}, '--password-stdin', 'render', "
        f"'handleplan', '{case_id}', '--out', {str(out)!r}])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", program], input=PASSWORD + "\n", capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert "ikke krypteret" in done.stderr
    assert out.is_file() and out.stat().st_size > 10_000


def test_an_altered_head_in_the_key_file_sends_the_store_the_ordinary_way_which_reports_it(
    run: Run, store: Path, case_id: int, tmp_path: Path
) -> None:
    import json

    ws = unlock(store, USER, PASSWORD)
    key = bytes(ws._data_key)
    ws.close()
    keys = store / "keys.json"
    doc = json.loads(keys.read_text(encoding="utf-8"))
    doc["audit_head"]["head"]["count"] += 1  # its MAC no longer fits
    keys.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(NotDirect, match="head is altered"):
        DirectStore.open(store, key)
    assert run("render", "handleplan", str(case_id), "--out", str(tmp_path / "plan.pdf")).code == 0
    verified = run("audit", "verify")
    assert verified.code != 0
    assert "Loggens slutpunkt i nøglefilen er ændret uden om programmet." in verified.out + verified.err


def test_only_a_store_at_the_newest_schema_is_read_directly(store: Path, case_id: int,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    ws = unlock(store, USER, PASSWORD)
    key = bytes(ws._data_key)
    ws.close()
    DirectStore.open(store, key).close()
    monkeypatch.setattr(direct, "script_head", lambda: "9999_a_later_schema")
    with pytest.raises(NotDirect, match="newest schema"):
        DirectStore.open(store, key)


def test_a_wrong_password_is_the_ordinary_message(run: Run, store: Path, case_id: int, opened: list[str],
                                                   tmp_path: Path) -> None:
    done = run("render", "handleplan", str(case_id), "--out", str(tmp_path / "x.pdf"), password="forkert-kodeord-1")
    assert done.code != 0
    assert "Forkerte initialer eller adgangskode" in done.err
    assert not (tmp_path / "x.pdf").exists()
    assert opened == []  # refused before the store was touched
