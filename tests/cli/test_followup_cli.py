"""``followups due`` and ``followup record`` as a script would use them, on the demo data."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from visitation_desktop.domain.deadlines import add_months
from visitation_desktop.domain.findings import danish_date

from .conftest import ROOT, Run

FOLLOWUP_EXAMPLE = ROOT / "docs" / "examples" / "followup-example.json"


def _demo(run: Run) -> None:
    result = run("demo", "--name", "Anne Berg")
    assert result.code == 0, result.err


def test_followups_due_as_json_and_text(run: Run) -> None:
    _demo(run)
    today = dt.date.today()
    anders_due = add_months(today - dt.timedelta(days=60), 3)  # demo: Anders started 60 days ago
    days = (anders_due - today).days
    result = run("followups", "due", "--within", str(days), "--json")
    assert result.code == 0, result.err
    rows = result.json()
    assert [(r["citizen"], r["due"], r["days_left"], r["overdue"], r["first"]) for r in rows] == [
        ("Anders Hvidberg Kjær", anders_due.isoformat(), days, False, True)
    ]
    assert rows[0]["cpr"].endswith("-xxxx"), "the CPR number is masked"
    text = run("followups", "due", "--within", str(days))
    assert text.out.strip().endswith(f"Anders Hvidberg Kjær\tførste opfølgning\t{danish_date(anders_due)} (om {days} dage)")
    none = run("followups", "due", "--within", str(days - 1))
    assert none.out.strip() == f"Ingen opfølgninger forfalder inden for {days - 1} dage."


def test_record_the_documented_example_then_the_plan_is_version_2(run: Run) -> None:
    _demo(run)
    result = run("followup", "record", "1", str(FOLLOWUP_EXAMPLE))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Opfølgningen er registreret (nr. 1)."
    assert "Beslutning: Indsatsen tilpasses." in lines
    assert "T-score: 50,0 – Målene er nået som forventet." in lines
    assert "Handleplanen er gemt som version 2. Ændringer:" in lines
    assert "- Plads: Hel plads → Halv plads" in lines
    # demo: Mette started 14 days ago, so this meeting is one as needed: the 3-month follow-up stays due
    next_date = add_months(dt.date.today() - dt.timedelta(days=14), 3)
    assert lines[-1] == f"Næste opfølgning: senest {danish_date(next_date)}."
    exported = json.loads(run("cases", "export", "1").out)
    assert exported["placement"]["place"] == "half"

    again = run("followup", "record", "1", str(FOLLOWUP_EXAMPLE))
    assert again.code == 1
    assert "intet er ændret" in again.err and "Opfølgningen kan ikke registreres endnu" in again.err


def test_record_refuses_bad_input_in_danish(run: Run, tmp_path: Path) -> None:
    _demo(run)
    missing = run("followup", "record", "1", str(tmp_path / "findes-ikke.json"))
    assert missing.code == 1 and "findes ikke" in missing.err
    wrong_key = tmp_path / "forkert.json"
    wrong_key.write_text(json.dumps({"kind": "visitation-desktop/followup", "scorer": {}}), encoding="utf-8")
    bad = run("followup", "record", "1", str(wrong_key))
    assert bad.code == 1 and "$.scorer: ukendt felt" in bad.err
    no_case = run("followup", "record", "99", str(FOLLOWUP_EXAMPLE))
    assert no_case.code == 1 and "Sag 99 findes ikke." in no_case.err
    negative = run("followups", "due", "--within", "-1")
    assert negative.code == 2 and "--within" in negative.err


def test_list_the_followups_held_with_their_t_score(run: Run) -> None:
    _demo(run)
    empty = run("followup", "list", "1")
    assert empty.code == 0 and empty.out.strip() == "Sag 1 har ingen registrerede opfølgninger."
    assert run("followup", "record", "1", str(FOLLOWUP_EXAMPLE)).code == 0
    listed = run("followup", "list", "1", "--json")
    assert listed.code == 0, listed.err
    rows = listed.json()
    assert [(r["id"], r["outcome"], r["t_score"]) for r in rows] == [(1, "adjust", 50.0)]
    text = run("followup", "list", "1")
    held = dt.date.fromisoformat(rows[0]["held_on"])
    assert text.out.strip() == f"{danish_date(held)}: Indsatsen tilpasses. T-score 50,0 – Målene er nået som forventet."
    missing = run("followup", "list", "99")
    assert missing.code == 1 and "Sag 99 findes ikke." in missing.err
