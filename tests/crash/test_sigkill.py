"""Crash safety: a wizard process killed with SIGKILL keeps what autosave had written.

Autosave writes the whole case in one transaction 300 ms after the last change, with
``synchronous=FULL``. So after a hard kill the store holds every field that was typed before the
last autosave, and at most the field being typed when the process died is lost.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from visitation_desktop.domain import cpr
from visitation_desktop.domain.case import CaseFile
from visitation_desktop.services.workspace import init_store, unlock
from visitation_desktop.store.audit import verify

from . import driver

PASSWORD = "korrekt-hest-batteri"
DRIVER = Path(driver.__file__)
START_TIMEOUT_S = 120.0

Start = Callable[[Path, str], "subprocess.Popen[bytes]"]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    init_store(path, driver.USER, "Anne Berg", PASSWORD).close()
    return path


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Start]:
    started: list[subprocess.Popen[bytes]] = []

    def run(data_dir: Path, mode: str) -> subprocess.Popen[bytes]:
        stderr = (tmp_path / f"driver-{mode}.err").open("wb")
        proc = subprocess.Popen(
            [sys.executable, str(DRIVER), str(data_dir), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"},
        )
        stderr.close()
        started.append(proc)
        assert proc.stdin is not None
        proc.stdin.write(PASSWORD.encode() + b"\n")
        proc.stdin.close()
        return proc

    yield run
    for proc in started:  # only the processes this test started
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _wait_for_ready(proc: subprocess.Popen[bytes], err_file: Path) -> None:
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    seen = b""
    deadline = time.monotonic() + START_TIMEOUT_S
    while b"READY\n" not in seen:
        left = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(0.0, left))
        chunk = os.read(fd, 4096) if ready else b""
        if not chunk:
            proc.kill()
            proc.wait()
            raise AssertionError(
                f"driver did not get ready: {seen!r}\n{err_file.read_text(errors='replace')}"
            )
        seen += chunk


def _sigkill(proc: subprocess.Popen[bytes]) -> float:
    """Kill the process the hard way; return when the signal was sent (time.monotonic)."""
    os.kill(proc.pid, signal.SIGKILL)
    sent = time.monotonic()
    assert proc.wait(timeout=30) == -signal.SIGKILL
    return sent


def _the_only_case(data_dir: Path) -> CaseFile:
    ws = unlock(data_dir, driver.USER, PASSWORD)
    try:
        assert verify(ws.repo.engine) == []  # the access log's chain survived the kill
        rows = ws.repo.list_cases()
        assert len(rows) == 1
        return ws.repo.load_case(rows[0].id)
    finally:
        ws.close()


def test_every_typed_field_survives_sigkill(data_dir: Path, start: Start, tmp_path: Path) -> None:
    proc = start(data_dir, "settled")
    _wait_for_ready(proc, tmp_path / "driver-settled.err")
    _sigkill(proc)

    case = _the_only_case(data_dir)
    assert cpr.normalize(case.citizen.cpr) == cpr.normalize(driver.CPR)
    assert case.citizen.name == driver.NAME
    assert case.citizen.address == driver.ADDRESS
    assert case.application.received == driver.RECEIVED
    assert case.current_page == "citizen"
    assert case.caseworker == driver.USER


def test_a_kill_while_typing_loses_at_most_that_field(data_dir: Path, start: Start, tmp_path: Path) -> None:
    proc = start(data_dir, "typing")
    _wait_for_ready(proc, tmp_path / "driver-typing.err")
    ready_at = time.monotonic()
    assert _sigkill(proc) - ready_at < 0.05  # killed within 50 ms of the last keystroke

    case = _the_only_case(data_dir)
    # Everything typed before the last autosave is there ...
    assert cpr.normalize(case.citizen.cpr) == cpr.normalize(driver.CPR)
    assert case.citizen.name == driver.NAME
    assert case.application.received == driver.RECEIVED
    assert case.current_page == "citizen"
    # ... and the field being typed is either lost or, at most, cut short: never garbled.
    assert driver.ADDRESS.startswith(case.citizen.address)
