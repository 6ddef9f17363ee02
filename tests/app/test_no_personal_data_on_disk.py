"""A lost laptop reveals nothing: no name or CPR number in any file under the data directory."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from pathlib import Path

from visitation_desktop.domain.case import CaseFile, Citizen
from visitation_desktop.logging_setup import configure_logging
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import AccessDenied, unlock

from .conftest import PASSWORD

NAME = "Gunnhild Ærøskøbing-Thygesen"
CPR = "0712814459"


def _needles() -> list[bytes]:
    texts = [NAME, "Ærøskøbing", CPR, f"{CPR[:6]}-{CPR[6:]}", "Thygesen"]
    found: list[bytes] = []
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "latin-1"):
            with contextlib.suppress(UnicodeEncodeError):
                found.append(text.encode(encoding))
    return found


def test_name_and_cpr_never_reach_a_file(data_dir: Path, workspace) -> None:  # type: ignore[no-untyped-def]
    configure_logging(data_dir)
    service = CaseService(workspace)
    case = CaseFile(citizen=Citizen(cpr=CPR, name=NAME, address="Strandvejen 1", postcode="7760", town="Hurup Thy"))
    case.application.received = dt.date.today()
    service.new_case(case)
    case.goals_text = None  # type: ignore[attr-defined]  # an unknown attribute is never stored
    service.save(case)
    service.open_case(case.id or 0)
    logging.getLogger("visitation_desktop.test").warning("looked at %s", CPR)  # a careless log call
    with __import__("pytest").raises(AccessDenied):
        unlock(data_dir, "AB", "forkert-adgangskode")
    workspace.close()
    ws = unlock(data_dir, "AB", PASSWORD)
    ws.close()
    for handler in logging.getLogger().handlers:
        handler.flush()

    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "store.db" for p in files)
    assert any(p.suffix == ".log" for p in files)
    leaks = [
        f"{p.relative_to(data_dir)} holds {needle!r}"
        for p in files
        for needle in _needles()
        if needle in p.read_bytes()
    ]
    assert leaks == []
    assert b"071281-xxxx" in (data_dir / "logs" / "visitation.log").read_bytes()
