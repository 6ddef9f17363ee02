"""Fixtures for rendering, saving and printing documents: a demo store, the CLI, real CUPS, temp-file watch.

The demo store is built once per session and copied for each test (Argon2 and ten demo cases are slow).
``cups_queue`` starts a real CUPS scheduler with a CUPS-PDF queue when the machine allows it.
"""

from __future__ import annotations

import datetime as dt
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from visitation_desktop.domain.case import CaseFile, CaseStatus
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.demo_data import MAIN_EXAMPLE
from visitation_desktop.services.workspace import Workspace, init_store, unlock

PASSWORD = "korrekt-hest-batteri"
USER = "AB"
TODAY = dt.date(2026, 11, 26)
QUEUE = "CUPS-PDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
SYSTEM_TMP = Path("/tmp")


# -- the store -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DemoStore:
    data_dir: Path
    ids: dict[str, int]  # citizen name -> case id


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> DemoStore:
    data_dir = tmp_path_factory.mktemp("template") / "data"
    ws = init_store(data_dir, USER, "Anne Berg", PASSWORD)
    fill_demo(ws, TODAY)
    ids = {row.citizen_name: row.id for row in ws.repo.list_cases()}
    ws.close()
    return DemoStore(data_dir, ids)


@pytest.fixture
def demo_store(_template: DemoStore, tmp_path: Path) -> DemoStore:
    """A private copy of the demo store for this test."""
    data_dir = tmp_path / "data"
    shutil.copytree(_template.data_dir, data_dir)
    return DemoStore(data_dir, _template.ids)


@pytest.fixture
def workspace(demo_store: DemoStore) -> Iterator[Workspace]:
    ws = unlock(demo_store.data_dir, USER, PASSWORD)
    yield ws
    ws.close()


@pytest.fixture
def main_case(workspace: Workspace, demo_store: DemoStore) -> CaseFile:
    """The granted demo case the example documents show (Mette Sønderby Thomsen)."""
    return CaseService(workspace).open_case(demo_store.ids[MAIN_EXAMPLE])


@pytest.fixture
def goal_text(main_case: CaseFile) -> str:
    return main_case.goals[0].text


@pytest.fixture
def unreasoned_refusal(workspace: Workspace) -> CaseFile:
    """The refused demo case with its reasoning wiped, saved: its decision letter must not be made."""
    service = CaseService(workspace)
    row = next(r for r in service.list_cases() if r.status == CaseStatus.REFUSED.value)
    case = service.open_case(row.id)
    case.decision.rules_applied = ""
    case.decision.facts = ""
    case.decision.considerations = ""
    service.save(case)
    return case


def actions(ws: Workspace, case: CaseFile) -> list[tuple[str, str]]:
    """(action, detail) of the case's access-log rows, oldest first."""
    return [(e.action, e.detail) for e in reversed(ws.repo.access_log(1000)) if e.case_id == case.id]


# -- reading PDFs back -----------------------------------------------------------------------------

def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def pdf_pages(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)", done.stdout, re.MULTILINE)
    assert found, done.stdout
    return int(found.group(1))


def flat(text: str) -> str:
    """Words run together, lower case: text compared across line breaks and hyphenation."""
    return re.sub(r"[\W_]+", "", text).casefold()


def ascii_letters(text: str) -> str:
    """Only ASCII letters and digits, lower case. CUPS-PDF prints through Ghostscript, which keeps the
    glyphs of æ, ø, å and § on the page but drops them from the text layer pdftotext reads."""
    return re.sub(r"[^a-z0-9]", "", text.casefold())


# -- the command line as a user runs it -----------------------------------------------------------

CliRun = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(demo_store: DemoStore, private_tmp: Path) -> CliRun:
    """``cli("render", "handleplan", "1", "--out", f)``: the real program in a child process."""

    def run(*args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "TMPDIR": str(private_tmp)}
        if path is not None:
            env["PATH"] = path
        return subprocess.run(
            [sys.executable, "-m", "visitation_desktop", "--data-dir", str(demo_store.data_dir),
             "--user", USER, "--password-stdin", *args],
            input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120, check=False,
        )

    return run


# -- temp files ------------------------------------------------------------------------------------

@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point Python's and Qt's temp directory at an empty folder of this test's own."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@dataclass
class TempWatch:
    """What the program left behind: anything in the private temp folder, and any new file in /tmp
    that is a PDF or holds the citizen's name or goal (other programs may write /tmp meanwhile)."""

    private: Path
    needles: list[bytes]
    before: set[str]

    def leftovers(self) -> list[str]:
        found = [str(p) for p in self.private.rglob("*")]
        for name in sorted(set(os.listdir(SYSTEM_TMP)) - self.before):
            entry = SYSTEM_TMP / name
            files = [entry] if entry.is_file() else [p for p in entry.rglob("*") if p.is_file()]
            found += [str(f) for f in files if self._sensitive(f)]
        return found

    def _sensitive(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError:
            return False
        return data.startswith(b"%PDF") or any(n in data for n in self.needles)


@pytest.fixture
def temp_watch(private_tmp: Path, main_case: CaseFile) -> TempWatch:
    needles = [main_case.citizen.name.encode(), main_case.citizen.cpr.encode(), main_case.goals[0].text.encode()]
    return TempWatch(private_tmp, needles, set(os.listdir(SYSTEM_TMP)))


# -- real CUPS ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CupsQueue:
    name: str
    out_dir: Path  # where CUPS-PDF writes the jobs of this user

    def wait_for_job(self, before: set[Path], timeout: float = 60.0) -> Path:
        """Poll until a new PDF has landed in ``out_dir`` and is complete; return it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = sorted(set(self.out_dir.glob("*.pdf")) - before) if self.out_dir.is_dir() else []
            if new and _complete_pdf(new[0]):
                return new[0]
            time.sleep(0.25)
        raise AssertionError(f"no printed PDF appeared in {self.out_dir} within {timeout:.0f} s")

    def outputs(self) -> set[Path]:
        return set(self.out_dir.glob("*.pdf")) if self.out_dir.is_dir() else set()


def _complete_pdf(path: Path) -> bool:
    try:
        return path.stat().st_size > 0 and b"%%EOF" in path.read_bytes()[-1024:]
    except OSError:
        return False


def _cups_pdf_out_dir() -> Path:
    """The ``Out`` directory of /etc/cups/cups-pdf.conf for jobs sent by this user."""
    home = pwd.getpwuid(os.getuid()).pw_dir
    user = pwd.getpwuid(os.getuid()).pw_name
    out = f"/var/spool/cups-pdf/{user}"
    if CUPS_PDF_CONF.is_file():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.strip().split(None, 1)
            if len(parts) == 2 and parts[0] == "Out":
                out = parts[1].strip()
    return Path(out.replace("${HOME}", home).replace("${USER}", user))


def _scheduler_running() -> bool:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    return done.returncode == 0 and "not running" not in done.stdout and "is running" in done.stdout


def _wait(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not happen within {timeout:.0f} s")


def _queue_enabled() -> bool:
    done = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True, check=False)
    return done.returncode == 0 and "enabled" in done.stdout


@pytest.fixture(scope="session")
def cups_queue() -> Iterator[CupsQueue]:
    """A CUPS-PDF print queue on a running scheduler; skips when the machine cannot have one."""
    if os.geteuid() != 0:
        pytest.skip("printing through real CUPS needs root (to start cupsd and add a queue)")
    missing = [tool for tool in ("/usr/sbin/cupsd", "/usr/sbin/lpadmin") if not Path(tool).exists()]
    missing += [tool for tool in ("lp", "lpstat", "lpinfo", "pdftotext") if shutil.which(tool) is None]
    if missing:
        pytest.skip("CUPS is not installed (missing: " + ", ".join(missing) + "); apt: cups cups-client "
                    "printer-driver-cups-pdf poppler-utils")
    scheduler: subprocess.Popen[bytes] | None = None
    if not _scheduler_running():
        scheduler = subprocess.Popen(["/usr/sbin/cupsd", "-f"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        _wait(_scheduler_running, 20, "cupsd starting")
    added_queue = False
    queue: CupsQueue | None = None
    before: set[Path] = set()
    try:
        models = subprocess.run(["lpinfo", "-m"], capture_output=True, text=True, check=False).stdout
        if PPD not in models:
            pytest.skip(f"the CUPS-PDF driver {PPD} is not installed (apt: printer-driver-cups-pdf)")
        added_queue = QUEUE not in subprocess.run(["lpstat", "-e"], capture_output=True, text=True).stdout.split()
        subprocess.run(["/usr/sbin/lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-m", PPD, "-E"],
                       capture_output=True, check=True)
        _wait(_queue_enabled, 20, f"queue {QUEUE} being enabled")
        queue = CupsQueue(QUEUE, _cups_pdf_out_dir())
        before = queue.outputs()
        yield queue
    finally:
        if queue is not None:  # the printed demo documents are test output: leave no copies behind
            for printed in queue.outputs() - before:
                printed.unlink(missing_ok=True)
        if added_queue:
            subprocess.run(["/usr/sbin/lpadmin", "-x", QUEUE], capture_output=True, check=False)
        if scheduler is not None:
            scheduler.terminate()
            try:
                scheduler.wait(timeout=15)
            except subprocess.TimeoutExpired:
                scheduler.kill()
                scheduler.wait()


def rendered(qtbot: Any, preview: Any) -> Any:
    """Wait until the preview's document, rendered in its worker thread, is shown; return the preview."""
    qtbot.waitUntil(lambda: not preview.rendering, timeout=60_000)
    return preview
