"""Hand-off to the central store: what arrives, what a second hand-off does, and what failures leave."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session

from visitation_desktop.domain.serialize import to_dict
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.handoff import (
    CentralUrlError,
    HandoffError,
    HandoffService,
    central_url,
    mask_url,
    tls_warning,
)
from visitation_desktop.services.workspace import Workspace
from visitation_desktop.store.audit import verify
from visitation_desktop.store.models import Case, Citizen, FollowUp, Handoff, PlanVersion
from visitation_desktop.store.repository import Repository

from .conftest import LAPTOP_USER, Run, free_port

DECIDED = {
    "Mette Sønderby Thomsen",
    "Anders Hvidberg Kjær",
    "Hanne Lykke Dalsgaard",
    "Kasper Møller Nørgaard",
    "Poul Erik Damgaard",
}


def _laptop_id(ws: Workspace, name: str) -> int:
    return next(s.id for s in ws.repo.list_cases() if s.citizen_name == name)


def _handoffs(ws: Workspace) -> dict[int, tuple[int, dt.datetime | None]]:
    with Session(ws.repo.engine) as s:
        return {h.case_id: (h.central_id, h.handed_off_at) for h in s.scalars(select(Handoff))}


def _rows(engine: Engine, model: Any, **where: Any) -> list[dict[str, Any]]:
    with Session(engine) as s:
        rows = s.scalars(select(model).filter_by(**where).order_by(model.id))
        return [{c.key: getattr(r, c.key) for c in model.__table__.columns} for r in rows]


def _count(engine: Engine, model: Any) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _assert_central_holds_laptop_case(
    laptop: Workspace, central: Engine, case_id: int, central_id: int
) -> None:
    """Every column of the case, its citizen, plan versions and follow-ups, ids aside."""
    (l_case,) = _rows(laptop.repo.engine, Case, id=case_id)
    (c_case,) = _rows(central, Case, id=central_id)
    assert json.loads(c_case.pop("data")) == {**json.loads(l_case.pop("data")), "id": central_id}
    l_citizen, c_citizen = l_case.pop("citizen_id"), c_case.pop("citizen_id")
    assert {**c_case, "id": None} == {**l_case, "id": None}
    (l_cit,) = _rows(laptop.repo.engine, Citizen, id=l_citizen)
    (c_cit,) = _rows(central, Citizen, id=c_citizen)
    assert {**c_cit, "id": None} == {**l_cit, "id": None}
    for model in (PlanVersion, FollowUp):
        laptop_rows = _rows(laptop.repo.engine, model, case_id=case_id)
        central_rows = _rows(central, model, case_id=central_id)
        assert len(central_rows) == len(laptop_rows)
        for l_row, c_row in zip(laptop_rows, central_rows, strict=True):
            if model is PlanVersion:
                assert json.loads(c_row.pop("data")) == {**json.loads(l_row.pop("data")), "id": central_id}
            assert {**c_row, "id": None, "case_id": None} == {**l_row, "id": None, "case_id": None}


def test_all_decided_cases_are_handed_off_with_a_danish_summary(
    run: Run, laptop: Workspace, central: Engine, fresh_pg_url: str
) -> None:
    decided = sorted((s.id, s.citizen_name) for s in laptop.repo.list_cases() if s.citizen_name in DECIDED)

    result = run("handoff", "--url", fresh_pg_url, "--all-decided")

    assert result.code == 0, result.err
    assert result.err == ""  # a local server needs no TLS warning
    masked = make_url(fresh_pg_url).render_as_string(hide_password=True)
    lines = [f"Overført til den centrale database {masked}:"]
    for number, (case_id, name) in enumerate(decided, start=1):
        versions = len(laptop.repo.plan_versions(case_id))
        plural = "ny handleplanversion" if versions == 1 else "nye handleplanversioner"
        lines.append(
            f"  Sag {case_id} ({name}): ny central sag nr. {number}; {versions} {plural} og 0 nye opfølgninger."
        )
    lines.append("I alt 5 sager: 5 nye og 0 opdaterede.")
    assert result.out.splitlines() == lines

    repo = Repository(central)
    assert {s.citizen_name for s in repo.list_cases()} == DECIDED
    for entry in repo.access_log():
        assert (entry.caseworker, entry.action, entry.detail) == (LAPTOP_USER, "import", "handoff")
    assert len(repo.access_log()) == 5
    assert verify(central) == []


def test_central_rows_hold_what_the_laptop_holds(
    laptop: Workspace, central: Engine, fresh_pg_url: str
) -> None:
    service = CaseService(laptop)
    case_id = _laptop_id(laptop, "Mette Sønderby Thomsen")
    case = service.open_case(case_id)
    laptop.repo.add_plan_version(case_id, case, LAPTOP_USER, "Udleveret ved mødet")
    laptop.repo.add_followup(
        case_id, dt.date(2026, 12, 1), LAPTOP_USER, {"note": "Trives.", "scores": {"g1": 1}}
    )

    versions = len(laptop.repo.plan_versions(case_id))

    report = HandoffService(laptop).hand_off(fresh_pg_url, [case_id])

    (done,) = report.cases
    assert (done.case_id, done.created, done.new_plan_versions, done.new_followups) == (
        case_id,
        True,
        versions,
        1,
    )
    _assert_central_holds_laptop_case(laptop, central, case_id, done.central_id)
    central_case = Repository(central).load_case(done.central_id)
    assert {**to_dict(central_case), "id": None} == {**to_dict(case), "id": None}
    latest = Repository(central).load_plan_version(done.central_id, versions)
    assert latest.citizen.name == "Mette Sønderby Thomsen"
    assert [v.note for v in Repository(central).plan_versions(done.central_id)][-1] == "Udleveret ved mødet"

    mapping = _handoffs(laptop)[case_id]
    assert mapping[0] == done.central_id and mapping[1] is not None
    export = laptop.repo.access_log(limit=1)[0]
    assert (export.action, export.detail, export.case_id) == ("export", "handoff", case_id)
    assert export.citizen_id == laptop.repo.citizen_id(case_id)
    assert verify(laptop.repo.engine) == []


def test_second_hand_off_after_an_edit_updates_and_does_not_duplicate(
    laptop: Workspace, central: Engine, fresh_pg_url: str
) -> None:
    service = HandoffService(laptop)
    ids = service.decided_case_ids()
    first = service.hand_off(fresh_pg_url, ids)
    assert all(r.created for r in first.cases)

    cases = CaseService(laptop)
    case_id = _laptop_id(laptop, "Anders Hvidberg Kjær")
    case = cases.open_case(case_id)
    case.citizen.phone = "22 33 44 55"
    case.goals[0].text = "Jeg vil cykle til værkstedet to gange om ugen."
    cases.save(case)
    laptop.repo.add_plan_version(case_id, case, LAPTOP_USER, "Justeret efter opfølgning")
    laptop.repo.add_followup(case_id, dt.date(2027, 2, 26), LAPTOP_USER, {"note": "Målet er nået."})

    second = service.hand_off(fresh_pg_url, ids)

    assert [r.created for r in second.cases] == [False] * len(ids)
    assert [r.central_id for r in second.cases] == [r.central_id for r in first.cases]
    edited = next(r for r in second.cases if r.case_id == case_id)
    assert (edited.new_plan_versions, edited.new_followups) == (1, 1)
    assert _count(central, Case) == len(ids) == _count(central, Citizen)
    assert _count(central, PlanVersion) == _count(laptop.repo.engine, PlanVersion)
    assert _count(central, FollowUp) == _count(laptop.repo.engine, FollowUp) == 1
    central_case = Repository(central).load_case(edited.central_id)
    assert central_case.citizen.phone == "22 33 44 55"
    assert central_case.goals[0].text == "Jeg vil cykle til værkstedet to gange om ugen."
    _assert_central_holds_laptop_case(laptop, central, case_id, edited.central_id)

    third = service.hand_off(fresh_pg_url, [case_id])
    assert (third.cases[0].created, third.cases[0].new_plan_versions, third.cases[0].new_followups) == (
        False,
        0,
        0,
    )
    assert _count(central, PlanVersion) == _count(laptop.repo.engine, PlanVersion)
    assert _count(central, FollowUp) == 1
    assert len(Repository(central).access_log(limit=100)) == 2 * len(ids) + 1
    exports = [e for e in laptop.repo.access_log(limit=100) if e.action == "export"]
    assert len(exports) == 2 * len(ids) + 1 and {e.detail for e in exports} == {"handoff"}
    assert verify(central) == [] and verify(laptop.repo.engine) == []


def test_unreachable_central_store_gives_a_danish_message_and_changes_nothing(
    run: Run, laptop: Workspace
) -> None:
    url = f"postgresql://mlh:hemmelig-kode@127.0.0.1:{free_port()}/visitation"
    log_before = laptop.repo.access_log(limit=1000)

    result = run("handoff", "--url", url, "--all-decided")

    assert result.code == 7
    assert result.out == ""
    assert (
        "visitation-desktop: Kunne ikke forbinde til den centrale database "
        "(postgresql+psycopg://mlh:***@127.0.0.1:" in result.err
    )
    assert "Tjek, at computeren er på kommunens netværk (evt. VPN), og prøv igen." in result.err
    assert "hemmelig-kode" not in result.err
    assert _handoffs(laptop) == {}
    new_rows = laptop.repo.access_log(limit=1000)[: -len(log_before)]
    assert "export" not in [e.action for e in new_rows]


def test_refusal_inside_the_central_transaction_leaves_nothing_half_written(
    laptop: Workspace, central: Engine, fresh_pg_url: str
) -> None:
    with central.begin() as conn:
        conn.execute(
            text(
                "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$"
            )
        )
        # The import row is the last one a hand-off writes: everything else was sent before it fails.
        conn.execute(
            text("CREATE TRIGGER refuse BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION refuse()")
        )
    case_id = _laptop_id(laptop, "Hanne Lykke Dalsgaard")
    laptop.repo.add_plan_version(case_id, CaseService(laptop).open_case(case_id), LAPTOP_USER)

    with pytest.raises(HandoffError) as caught:
        HandoffService(laptop).hand_off(fresh_pg_url, [case_id])

    assert caught.value.message == (
        f"Sag {case_id} blev ikke overført; intet er skrevet i den centrale database: den centrale database "
        "afviste skrivningen (RaiseException). Kontakt IT."
    )
    assert caught.value.done == []
    for model in (Case, Citizen, PlanVersion, FollowUp):
        assert _count(central, model) == 0
    assert _handoffs(laptop) == {}
    assert laptop.repo.access_log(limit=1)[0].action != "export"


def test_failed_central_commit_is_repaired_by_handing_off_again(
    laptop: Workspace, central: Engine, fresh_pg_url: str
) -> None:
    with central.begin() as conn:
        conn.execute(
            text(
                "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$"
            )
        )
        conn.execute(
            text(
                "CREATE CONSTRAINT TRIGGER refuse AFTER INSERT ON cases DEFERRABLE INITIALLY DEFERRED "
                "FOR EACH ROW EXECUTE FUNCTION refuse()"
            )
        )
    case_id = _laptop_id(laptop, "Kasper Møller Nørgaard")
    service = HandoffService(laptop)

    with pytest.raises(HandoffError, match=f"Sag {case_id} blev ikke gemt færdigt i den centrale database"):
        service.hand_off(fresh_pg_url, [case_id])

    assert _count(central, Case) == 0
    ((noted_central_id, confirmed),) = _handoffs(laptop).values()
    assert confirmed is None  # noted before the commit, never confirmed
    assert laptop.repo.access_log(limit=1)[0].action != "export"

    with central.begin() as conn:
        conn.execute(text("DROP TRIGGER refuse ON cases"))
    (done,) = service.hand_off(fresh_pg_url, [case_id]).cases
    assert done.created and done.central_id != noted_central_id
    assert _count(central, Case) == 1
    assert _handoffs(laptop)[case_id][0] == done.central_id


def test_a_central_case_that_is_not_this_case_is_never_overwritten(
    laptop: Workspace, central: Engine, fresh_pg_url: str
) -> None:
    """If the central store was restored from a backup, a noted id may now belong to another case."""
    service = HandoffService(laptop)
    first_id = _laptop_id(laptop, "Mette Sønderby Thomsen")
    other_id = _laptop_id(laptop, "Anders Hvidberg Kjær")
    service.hand_off(fresh_pg_url, [first_id])
    central_repo = Repository(central)
    stranger = central_repo.create_case(central_repo.load_case(1))  # a case the laptop never handed off
    with Session(laptop.repo.engine) as s, s.begin():
        s.add(Handoff(case_id=other_id, target=_target(fresh_pg_url), central_id=stranger))

    (done,) = service.hand_off(fresh_pg_url, [other_id]).cases

    assert done.created and done.central_id != stranger
    assert central_repo.load_case(stranger).citizen.name == "Mette Sønderby Thomsen"
    assert central_repo.load_case(done.central_id).citizen.name == "Anders Hvidberg Kjær"


def _target(url: str) -> str:
    parsed = make_url(url)
    return f"{parsed.host}:{parsed.port}/{parsed.database}"


def test_selection_and_address_are_checked_before_any_network_use(run: Run) -> None:
    nothing = run("handoff", "--url", "postgresql://central.thisted.dk/visitation")
    assert (nothing.code, nothing.err) == (
        2,
        "visitation-desktop: Vælg sager med --case SAG … eller --all-decided.\n",
    )
    sqlite = run("handoff", "--url", "sqlite:////tmp/kopi.db", "--case", "1")
    assert sqlite.code == 2
    assert "Den centrale database skal være PostgreSQL (postgresql://…), ikke sqlite." in sqlite.err
    unknown = run("handoff", "--url", "postgresql://central.thisted.dk/visitation", "--case", "1", "99")
    assert unknown.code == 1
    assert "Sag 99 findes ikke. Ingen sager er overført." in unknown.err


def test_url_helpers_mask_the_password_and_warn_without_tls() -> None:
    url = central_url("postgresql://mlh:hemmelig@central.thisted.dk/visitation")
    assert url.drivername == "postgresql+psycopg"
    assert mask_url(url) == "postgresql+psycopg://mlh:***@central.thisted.dk/visitation"
    warning = tls_warning(url)
    assert warning is not None and warning.startswith(
        "Advarsel: forbindelsen kræver ikke kryptering (sslmode=prefer)."
    )
    assert (
        tls_warning(central_url("postgresql://mlh@central.thisted.dk/visitation?sslmode=verify-full")) is None
    )
    with pytest.raises(CentralUrlError, match="mangler server eller databasenavn"):
        central_url("postgresql://mlh:hemmelig@/visitation")
    with pytest.raises(CentralUrlError) as caught:
        central_url("ikke en adresse")
    assert "hemmelig" not in str(caught.value)
