"""Opening a case to look at it: read it and log the view. Shared by ``CaseService`` and ``render``.

Imports no SQLAlchemy: the render command opens the case through ``store.direct`` with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.case import CaseFile
    from .workspace import Workspace


def open_case(ws: Workspace, case_id: int) -> CaseFile:
    """The stored case; its view is logged. ``CaseNotFound`` when there is none."""
    case = ws.repo.load_case(case_id)
    log_case(ws, "view", case)
    return case


def log_case(ws: Workspace, action: str, case: CaseFile, detail: str = "") -> None:
    """An access-log row about ``case`` (and its citizen) by the workspace's caseworker."""
    citizen_id = ws.repo.citizen_id(case.id) if case.id is not None else None
    ws.repo.log(ws.caseworker, action, citizen_id=citizen_id, case_id=case.id, detail=detail)
