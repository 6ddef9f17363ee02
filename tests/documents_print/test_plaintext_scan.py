"""Plaintext scan after a scripted meeting that prints through CUPS and forces a crash.

Searched: the data folder (every file but the encrypted store itself, the store's WAL included),
its logs, this test's temp folder and every new file in /tmp, the CUPS spool /var/spool/cups, and
core files (the child's working folder, /var/crash, /var/lib/systemd/coredump). Each file is read
raw (UTF-8, UTF-16, Latin-1) and, when it is a PDF, through pdftotext. The CUPS-PDF output folder
is the printer's paper and is not searched.

The program leaves nothing. The spooler is another matter: when CUPS keeps job files
(``PreserveJobFiles``, a day by default in CUPS 2.x) the printed document stays in
/var/spool/cups — the program said so before printing, with the line IT must change
(docs/security.md); that is the only place a hit may be, and only while the setting keeps jobs.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

from visitation_desktop.services.spool_check import cups_problem

from .conftest import PASSWORD, USER, CliRun, CupsQueue, DemoStore

SPOOL = Path("/var/spool/cups")
CORE_PLACES = [Path("/var/crash"), Path("/var/lib/systemd/coredump")]


def needles(name: str, cpr: str, goal: str) -> list[bytes]:
    texts = [name, name.split()[-1], cpr, f"{cpr[:6]}-{cpr[6:]}", goal[:40]]
    out: list[bytes] = []
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "latin-1"):
            with contextlib.suppress(UnicodeEncodeError):
                out.append(text.encode(encoding))
    return out


def hits(path: Path, wanted: list[bytes], words: list[str]) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if any(n in data for n in wanted):
        return True
    if data.startswith(b"%PDF"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=False).stdout
        flat = "".join(ch for ch in text.decode("utf-8", "replace").casefold() if ch.isalnum())
        return any(w in flat for w in words)
    return False


def test_a_meeting_that_prints_and_crashes_leaves_no_plaintext(
    cups_queue: CupsQueue, cli: CliRun, demo_store: DemoStore, private_tmp: Path, tmp_path: Path
) -> None:
    case_id = next(iter(demo_store.ids.values()))
    for name, cid in demo_store.ids.items():
        if name.startswith("Mette"):
            case_id = cid
    shown = cli("cases", "export", str(case_id))
    assert shown.returncode == 0, shown.stderr
    import json

    case = json.loads(shown.stdout)
    name, cpr, goal = case["citizen"]["name"], case["citizen"]["cpr"], case["goals"][0]["text"]
    wanted = needles(name, cpr, goal)
    words = ["".join(ch for ch in w.casefold() if ch.isalnum()) for w in (name.split()[-1], cpr, goal[:30])]
    tmp_before = set(os.listdir("/tmp"))
    spool_before = set(SPOOL.iterdir()) if SPOOL.is_dir() else set()

    # the meeting: the list, the case checked, the due follow-ups, the handleplan printed
    for args in (("cases", "list", "--json"), ("cases", "check", str(case_id)), ("followups", "due")):
        done = cli(*args)
        assert done.returncode == 0, (args, done.stderr)
    before = cups_queue.outputs()
    printed = cli("print", str(case_id), "--document", "handleplan", "--printer", cups_queue.name)
    assert printed.returncode == 0, printed.stderr
    cups_queue.wait_for_job(before)
    spool_warning = cups_problem()
    if spool_warning:
        assert spool_warning in printed.stderr  # said before the job left

    # a crash with the case decrypted in memory
    crash_dir = tmp_path / "crash"
    crash_dir.mkdir()
    code = (
        "import os, sys; from visitation_desktop.hardening import harden_process; harden_process(); "
        "from visitation_desktop.services.workspace import unlock; "
        f"ws = unlock(__import__('pathlib').Path({str(demo_store.data_dir)!r}), {USER!r}, {PASSWORD!r}); "
        f"case = ws.repo.load_case({case_id}); os.abort()"
    )
    crashed = subprocess.run([sys.executable, "-c", code], cwd=crash_dir, capture_output=True, timeout=120,
                             check=False, env={**os.environ, "TMPDIR": str(private_tmp)})
    assert crashed.returncode < 0, crashed.stderr

    searched: list[Path] = [p for p in demo_store.data_dir.rglob("*") if p.is_file() and p.name != "store.db"]
    searched += [p for p in private_tmp.rglob("*") if p.is_file()]
    for entry in sorted(set(os.listdir("/tmp")) - tmp_before):
        path = Path("/tmp") / entry
        searched += [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    searched += [p for p in crash_dir.rglob("*") if p.is_file()]
    for place in CORE_PLACES:
        if place.is_dir():
            searched += [p for p in place.rglob("*") if p.is_file()]
    assert any(p.name == "visitation.log" for p in searched) or any("logs" in p.parts for p in searched)
    leaks = [str(p) for p in searched if hits(p, wanted, words)]
    assert leaks == [], leaks
    assert [p for p in crash_dir.iterdir() if p.name.startswith("core")] == []

    spool_new = sorted(set(SPOOL.iterdir()) - spool_before) if SPOOL.is_dir() else []
    spool_hits = [str(p) for p in spool_new if p.is_file() and hits(p, wanted, words)]
    if spool_warning is None:
        assert spool_hits == []  # CUPS keeps no job files: nothing of the meeting outside the store
    sys.__stderr__.write(
        f"\n[plaintext scan] searched {len(searched)} files outside the store: {len(leaks)} hits; "
        f"CUPS spool: {len(spool_hits)} of {len(spool_new)} new files hold the document "
        f"(PreserveJobFiles warning given: {spool_warning is not None})\n"
    )
