"""A check-in asks the capacity rule for every case: the snapshot answers as one reading each time would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.occupancy import places_taken, snapshot
from visitation_desktop.services.workspace import init_store
from visitation_desktop.store import sync_local


def test_the_snapshot_gives_the_same_places_as_reading_the_store_for_every_case(tmp_path: Path) -> None:
    ws = init_store(tmp_path / "d", "AB", "Anne Berg", "korrekt-hest-batteri")
    try:
        fill_demo(ws, dt.date.today())
        cases = [ws.repo.load_case(s.id) for s in ws.repo.list_cases()]
        held = next(c for c in cases if c.status == "granted" and c.placement.offer_id)
        with Session(ws.repo.engine) as s, s.begin():  # other laptops' grants, and one of a case held here
            sync_local.replace_central_grants(
                s,
                [
                    ("a" * 8 + "-0000-4000-8000-" + "0" * 12, held.placement.offer_id, "full"),
                    (held.uuid, held.placement.offer_id, held.placement.place),
                ],
                dt.datetime.now(dt.UTC),
            )
        moved = cases[0]
        moved.decision.decided_on = dt.date(2020, 1, 1)  # decided earlier in memory than as stored
        expected = [places_taken(ws, c) for c in [*cases, None]]  # type: ignore[list-item]
        with snapshot(ws):
            assert [places_taken(ws, c) for c in [*cases, None]] == expected  # type: ignore[list-item]
        assert expected[-1][held.placement.offer_id]["full"] >= 1
    finally:
        ws.close()
