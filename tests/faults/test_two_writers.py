"""Two processes writing one store wait for each other's lock: no ``database is locked``, nothing lost,
the access log's chain intact."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from visitation_desktop.domain.case import CaseFile, Citizen
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import init_store, unlock
from visitation_desktop.store.audit import verify

PASSWORD = "korrekt-hest-batteri"
DRIVER = Path(__file__).with_name("two_writers.py")
PER_PROCESS = 80


def test_two_processes_recording_followups_never_meet_a_locked_store(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    ws = init_store(data_dir, "AB", "Anne Berg", PASSWORD)
    case = CaseFile(citizen=Citizen(cpr="0101901234", name="Inge Holm"))
    case_id = CaseService(ws).new_case(case).id
    assert case_id is not None
    ws.close()
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, str(DRIVER), str(data_dir), str(case_id), str(PER_PROCESS), str(go)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(2)
    ]
    for p in procs:
        assert p.stdin is not None
        p.stdin.write(PASSWORD + "\n")
        p.stdin.close()
    go.touch()
    assert all(p.stdout is not None and p.stderr is not None for p in procs)
    for p in procs:
        p.wait(timeout=300)
    outputs = [(p.stdout.read(), p.stderr.read()) for p in procs]  # type: ignore[union-attr]

    for (out, err), p in zip(outputs, procs, strict=True):
        assert p.returncode == 0, err
        assert out.splitlines()[0].startswith(f"DONE {PER_PROCESS} ERRORS 0 "), out
        assert "database is locked" not in out + err
    ws = unlock(data_dir, "AB", PASSWORD)
    try:
        assert len(ws.repo.followups(case_id)) == 2 * PER_PROCESS
        assert [v.version for v in ws.repo.plan_versions(case_id)] == list(range(1, 2 * PER_PROCESS + 1))
        assert verify(ws.repo.engine) == []
    finally:
        ws.close()
