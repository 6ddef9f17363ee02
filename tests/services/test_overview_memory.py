"""The overview keeps one object per distinct value of its few-valued columns, with the values unchanged."""

from __future__ import annotations

import copy
import datetime as dt
from collections import defaultdict

from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo_data import demo_cases
from visitation_desktop.services.overview import OverviewSource
from visitation_desktop.services.workspace import Workspace

TODAY = dt.date(2026, 11, 26)


def test_equal_values_of_the_listed_cases_are_one_object_each(ws: Workspace) -> None:
    templates = demo_cases(ws.standard, ws.catalogue, TODAY)
    service = CaseService(ws)
    saved = {}
    for no in range(3 * len(templates)):  # each template three times: every value repeats
        case = copy.deepcopy(templates[no % len(templates)])
        case.citizen.name = f"{case.citizen.name} {no}"
        service.new_case(case)
        service.save(case)
        assert case.id is not None
        saved[case.id] = case

    rows = OverviewSource(ws).overview(TODAY).rows
    assert len(rows) == len(saved)
    for row in rows:  # the values are the saved ones
        case = saved[row.case_id]
        assert row.summary.status == case.status
        assert row.summary.received == case.application.received
        assert row.summary.current_page == case.current_page
        assert row.sync_state == "local"
    for read in (
        lambda r: r.summary.status,
        lambda r: r.summary.received,
        lambda r: r.summary.current_page,
        lambda r: r.summary.caseworker,
        lambda r: r.sync_state,
        lambda r: r.groups,
    ):
        objects: defaultdict[object, set[int]] = defaultdict(set)
        for row in rows:
            objects[read(row)].add(id(read(row)))
        assert len(objects) < len(rows)  # the column repeats in this store
        assert all(len(ids) == 1 for ids in objects.values())  # and each value is one object, shared
    assert not hasattr(rows[0], "__dict__") and not hasattr(rows[0].summary, "__dict__")  # slots
