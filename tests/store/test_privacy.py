"""A lost laptop must reveal nothing: no name or CPR in any file the program leaves behind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from visitation_desktop import paths
from visitation_desktop.store.db import open_store
from visitation_desktop.store.migrate import backup_database
from visitation_desktop.store.repository import Repository

from .conftest import CPR, NAME, full_case

SECRETS = [NAME, "Ærø", "Ølsted", "Testperson", CPR, f"{CPR[:6]}-{CPR[6:]}", "Storegade", "Jeg vil deltage"]


def _leaks(root: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        content = path.read_bytes()
        for secret in SECRETS:
            for encoding in ("utf-8", "utf-16-le", "latin-1"):
                needle = secret.encode(encoding, errors="ignore")
                # Encrypted pages are random bytes: a 3-byte needle ("Ærø" in latin-1) turns up by
                # chance in a few MB about once in four runs. Five bytes and more cannot.
                if len(needle) >= 5 and needle in content:
                    found.append((path.name, secret))
    return found


def test_citizen_data_appears_in_no_file(data_dir: Path, key: bytes) -> None:
    engine = open_store(data_dir, key)
    repo = Repository(engine)
    repo.add_caseworker("AB", "Anne Berg")
    case = full_case()
    case_id = repo.create_case(case, deadline=dt.date(2025, 4, 28))
    case.citizen.address = "Storegade 2"
    repo.save_case(case)
    repo.add_plan_version(case_id, case, "AB", "første plan")
    repo.add_followup(case_id, dt.date(2025, 7, 1), "AB", {"note": "Jeg vil deltage mere"})
    repo.log("AB", "view", case_id=case_id)
    backup_database(engine, paths.backup_dir(data_dir), key, label="test")
    paths.log_dir(data_dir).mkdir()
    assert repo.list_cases("Ølsted")[0].cpr == CPR  # the data is really there, decrypted on reading

    files_while_open = {p.name for p in data_dir.rglob("*") if p.is_file()}
    assert {"store.db", "store.db-wal", "keys.json"} <= files_while_open
    assert _leaks(data_dir) == []

    engine.dispose()
    assert _leaks(data_dir) == []
    assert not list(data_dir.rglob("*-journal"))
