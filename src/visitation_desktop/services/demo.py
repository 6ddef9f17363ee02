"""Fill a store with the fictional demo citizens (never real people)."""

from __future__ import annotations

import datetime as dt

from .cases import CaseService
from .demo_data import demo_cases
from .workspace import Workspace


def fill_demo(ws: Workspace, today: dt.date) -> list[int]:
    """Create the demo cases through the rules gate, in one transaction (``CaseService.create_many``)."""
    cases = CaseService(ws).create_many(demo_cases(ws.standard, ws.catalogue, today))
    return [case.id for case in cases if case.id is not None]
