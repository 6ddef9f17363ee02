"""Handleplan versions: every version given to the citizen is kept, never overwritten.

Version 1 is the plan at the grant; a follow-up that changes the plan adds the next version.
Reading versions and comparing two of them is logged like any view of the citizen's case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.case import CaseFile, CaseStatus
from ..domain.plan_diff import Change, plan_diff
from ..store.records import PlanVersionInfo
from .workspace import Workspace

if TYPE_CHECKING:  # SQLAlchemy's: the main window opens without it (store/direct_first.py)
    from ..store.transaction import Transaction

FIRST_VERSION_NOTE = "Handleplanen ved bevillingen"


def ensure_first_plan_version(ws: Workspace, case: CaseFile) -> int | None:
    """Keep the plan as version 1 the first time the case is saved as granted; the new number, or None.

    Called by ``CaseService.save``: a granted case without any version gets one; otherwise nothing.
    """
    with ws.repo.transaction(ws.caseworker) as tx:
        return first_plan_version_in(tx, case)


def first_plan_version_in(tx: Transaction, case: CaseFile) -> int | None:
    """``ensure_first_plan_version`` inside an open transaction: the version and its log row commit with it."""
    if case.id is None or case.status != CaseStatus.GRANTED or tx.has_plan_version(case.id):
        return None
    version = tx.add_plan_version(case.id, case, tx.caseworker, FIRST_VERSION_NOTE)
    tx.log("create", case_id=case.id, detail=f"plan version {version}")
    return version


def list_versions(ws: Workspace, case_id: int) -> list[PlanVersionInfo]:
    """The versions of the case's handleplan, oldest first."""
    return ws.repo.plan_versions(case_id)


def latest_version(ws: Workspace, case_id: int) -> tuple[int, CaseFile] | None:
    """The newest version's number and plan; None before the grant."""
    versions = ws.repo.plan_versions(case_id)
    if not versions:
        return None
    number = versions[-1].version
    return number, ws.repo.load_plan_version(case_id, number)


def load_version(ws: Workspace, case_id: int, version: int) -> CaseFile:
    """One version's plan (``PlanVersionNotFound`` if there is none); logged as a view."""
    plan = ws.repo.load_plan_version(case_id, version)
    ws.repo.log(ws.caseworker, "view", case_id=case_id, detail=f"plan version {version}")
    return plan


def compare_versions(ws: Workspace, case_id: int, old: int, new: int) -> list[Change]:
    """What changed from version ``old`` to version ``new``, in Danish lines; logged as a view."""
    before = ws.repo.load_plan_version(case_id, old)
    after = ws.repo.load_plan_version(case_id, new)
    ws.repo.log(ws.caseworker, "view", case_id=case_id, detail=f"plan versions {old} and {new}")
    return plan_diff(before, after, ws.standard, ws.catalogue)
