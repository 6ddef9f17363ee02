"""Fill a store with the fictional demo citizens (never real people)."""

from __future__ import annotations

import datetime as dt

from .cases import CaseService
from .demo_data import demo_cases
from .workspace import Workspace


def fill_demo(ws: Workspace, today: dt.date) -> list[int]:
    service = CaseService(ws)
    ids: list[int] = []
    for case in demo_cases(ws.standard, ws.catalogue, today):
        service.new_case(case)
        service.save(case)
        assert case.id is not None
        ids.append(case.id)
    return ids
