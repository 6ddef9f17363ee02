"""A fresh encrypted store per test, in tmp_path."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import MetaData, Table, text
from sqlalchemy.engine import Connection, Engine

from visitation_desktop import paths
from visitation_desktop.domain.case import (
    Activities,
    Application,
    Assessment,
    CaseFile,
    Citizen,
    Consent,
    Coordination,
    Decision,
    Goal,
    OtherService,
    Placement,
    Purposes,
    TargetGroup,
    ThemeAssessment,
)
from visitation_desktop.domain.serialize import to_dict
from visitation_desktop.store.db import open_store
from visitation_desktop.store.keyring import Keyring
from visitation_desktop.store.repository import Repository

PASSWORD = "korrekt hest batteri"
NAME = "Testperson Ærø Ølsted"
CPR = "0101901234"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def key(data_dir: Path) -> bytes:
    """The data key of a keyring made for caseworker "AB"."""
    return Keyring.create(paths.keyring_path(data_dir), "AB", PASSWORD)


@pytest.fixture
def engine(data_dir: Path, key: bytes) -> Iterator[Engine]:
    engine = open_store(data_dir, key)
    yield engine
    engine.dispose()


@pytest.fixture
def repo(engine: Engine) -> Repository:
    return Repository(engine)


def raw_connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    """A connection behind the program's back, as someone holding the key could make."""
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def file_hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def full_case(name: str = NAME, cpr: str = CPR) -> CaseFile:
    """A case with every part filled in, as after a finished visitation."""
    return CaseFile(
        status="granted",
        standard_id="thisted-104",
        caseworker="AB",
        current_page="summary",
        citizen=Citizen(
            cpr=cpr,
            name=name,
            address="Storegade 1, 1. tv.",
            postcode="7760",
            town="Hurup Thy",
            phone="12345678",
            email="test@example.invalid",
        ),
        application=Application(
            received=dt.date(2025, 3, 3),
            channel="phone",
            by_relative=True,
            relative_name="Pårørende Testesen",
            relative_relation="søster",
            relative_contact="87654321",
        ),
        consent=Consent(
            status="given",
            information="lægeoplysninger",
            sources="egen læge",
            recorded_on=dt.date(2025, 3, 10),
        ),
        target_group=TargetGroup(
            criteria={"age": True, "reduced_ability": None}, codes=["tg1"], individual_assessment="Vurderet."
        ),
        assessment=Assessment(
            themes={
                "A1": ThemeAssessment(
                    levels={"A1.1": 2, "A1.2": None},
                    resources="Kan lide at gå ture.",
                    challenges="Bliver hurtigt træt.",
                    own_words="Jeg vil gerne ud blandt andre.",
                )
            },
            descriptions={"B2": "Bor alene."},
            support_level=3,
        ),
        purposes=Purposes(selected=["social"], citizen_wishes="Møde andre."),
        goals=[
            Goal(
                id="g1",
                text="Jeg vil deltage i madlavning en gang om ugen.",
                subtheme="A1.1",
                goal_type="develop",
                current_level=2,
                target_level=1,
                measure="Antal gange",
                due=dt.date(2025, 9, 1),
                evaluation="Samtale",
                evaluation_date=dt.date(2025, 6, 1),
                accepted=True,
                acceptance_note="Sagt ja ved mødet.",
                realistic_reason="Har gjort det før.",
                attainment_levels={-2: "Ingen gange", 0: "En gang om ugen", 2: "To gange om ugen"},
            )
        ],
        activities=Activities(selected=["cooking"], courses=["course1"], note="Om formiddagen."),
        other_services=[
            OtherService(kind="sel85", description="Bostøtte", provider="Kommunen", status="has")
        ],
        coordination=Coordination(providers="Bostøtten", agreement="Ugentligt møde."),
        placement=Placement(
            offer_id="daghuset",
            place="half",
            waitlist=False,
            interim_solution="",
            transport_needed=True,
            transport_note="Flextrafik",
            planned_start=dt.date(2025, 4, 1),
        ),
        decision=Decision(
            outcome="grant",
            rules_applied="SEL § 104",
            facts="Fakta.",
            considerations="Overvejelser.",
            decided_on=dt.date(2025, 3, 20),
        ),
    )


def insert_as_old_program(conn: Connection, table: str, **values: Any) -> int:
    """Insert a row as a program of an older schema would: only the columns the table has now."""
    reflected = Table(table, MetaData(), autoload_with=conn)
    row = {k: v for k, v in values.items() if k in reflected.c}
    return int(conn.execute(reflected.insert().values(**row)).inserted_primary_key[0])


def old_program_case(engine: Engine, case: CaseFile) -> int:
    """Store a case as the program before migration 0004 (no uuid, no revision) did; return its id."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with engine.begin() as conn:
        citizen_id = insert_as_old_program(
            conn,
            "citizens",
            cpr=case.citizen.cpr,
            name=case.citizen.name,
            address=case.citizen.address,
            postcode=case.citizen.postcode,
            town=case.citizen.town,
            phone=case.citizen.phone,
            email=case.citizen.email,
        )
        doc = to_dict(case)
        for key in ("uuid", "revision"):
            doc.pop(key)
        doc["citizen"].pop("uuid")
        case_id = insert_as_old_program(
            conn,
            "cases",
            citizen_id=citizen_id,
            caseworker=case.caseworker,
            status=case.status,
            received=case.application.received,
            channel=case.application.channel,
            by_relative=False,
            standard_id=case.standard_id,
            current_page=case.current_page,
            created_at=now,
            updated_at=now,
            data="{}",
        )
        doc["id"] = case_id
        conn.execute(text("UPDATE cases SET data = :d WHERE id = :i"), {"d": json.dumps(doc), "i": case_id})
    return case_id


def old_program_followup(
    engine: Engine, case_id: int, held_on: dt.date, by: str, data: dict[str, Any]
) -> int:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with engine.begin() as conn:
        return insert_as_old_program(
            conn,
            "follow_ups",
            case_id=case_id,
            held_on=held_on,
            created_at=now,
            created_by=by,
            data=json.dumps(data),
        )
