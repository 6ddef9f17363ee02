"""`cases import / export / check / list` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import EXAMPLE, EXAMPLE_TODAY, Run, example_document, same_digest, write_document
from .documents import BROKEN, Broken


def test_example_imports_and_exports_as_the_same_document(run: Run, store: Path, tmp_path: Path) -> None:
    imported = run("cases", "import", str(EXAMPLE))
    assert (imported.code, imported.out, imported.err) == (0, "1\n", "")

    exported = run("cases", "export", "1")
    assert exported.code == 0
    assert json.loads(same_digest(exported.out)) == example_document()
    assert same_digest(exported.out) == EXAMPLE.read_text(encoding="utf-8")  # the example is what export writes

    out = tmp_path / "sag.json"
    written = run("cases", "export", "1", "--out", str(out))
    assert written.code == 0
    assert written.out == ""
    assert "Bemærk: filen er ikke krypteret." in written.err
    assert json.loads(same_digest(out.read_text(encoding="utf-8"))) == example_document()

    again = run("cases", "import", str(out))
    assert again.out == "2\n"
    second = run("cases", "export", "2").json()
    assert second["uuid"] != example_document()["uuid"]  # one store holds a uuid once: the copy gets its own
    assert {**second, "uuid": None} == {**example_document(), "uuid": None}


def test_example_has_no_blocking_finding_on_the_documented_day(run: Run, store: Path) -> None:
    run("cases", "import", str(EXAMPLE))
    result = run("cases", "check", "1", "--json", "--today", EXAMPLE_TODAY)
    assert result.code == 0
    findings = result.json()
    assert [(f["code"], f["severity"]) for f in findings] == [("target_group.age_met", "info")]
    assert findings[0]["page"] == "target_group"
    assert "Borgeren er 41 år" in findings[0]["message"]

    plain = run("cases", "check", "1", "--today", EXAMPLE_TODAY)
    assert plain.out.startswith("[info] target_group.age_met: Borgeren er 41 år")


def test_sheltered_employment_beside_the_offer_is_blocking(run: Run, store: Path, tmp_path: Path) -> None:
    document = example_document()
    document["other_services"].append(
        {
            "kind": "sel103",
            "description": "Pakkeopgaver 4 dage om ugen.",
            "provider": "Thy Produktion",
            "status": "has",
        }
    )
    run("cases", "import", str(write_document(tmp_path / "sel103.json", document)))

    findings = run("cases", "check", "1", "--json", "--today", EXAMPLE_TODAY).json()
    conflict = [f for f in findings if f["code"] == "other_services.day_offer_conflict"]
    assert conflict == [
        {
            "code": "other_services.day_offer_conflict",
            "severity": "blocking",
            "page": "other_services",
            "field": "other_services[1].kind",
            "message": conflict[0]["message"],
        }
    ]
    assert conflict[0]["message"].startswith("Borgeren har beskyttet beskæftigelse (§ 103).")
    grant = [f for f in findings if f["code"] == "decision.grant_blocked"]
    assert [f["severity"] for f in grant] == ["blocking"]
    assert "Der kan ikke gives bevilling" in grant[0]["message"]


def test_list_json_names_the_imported_case(run: Run, store: Path) -> None:
    assert run("cases", "list", "--json").json() == []
    run("cases", "import", str(EXAMPLE))
    document = example_document()
    cpr = document["citizen"]["cpr"]
    assert run("cases", "list", "--json").json() == [
        {
            "id": 1,
            "citizen": "Lene Skovgaard Poulsen",
            "cpr": f"{cpr[:6]}-{cpr[6:]}",
            "status": "granted",
            "received": "2026-01-12",
            "deadline": "2026-03-09",  # 8 weeks, from the standard
            "planned_start": "2026-03-09",
            "page": "summary",
        }
    ]
    assert [row["id"] for row in run("cases", "list", "--json", "--search", "skovgaard").json()] == [1]
    assert run("cases", "list", "--json", "--search", "Hansen").json() == []


def test_status_is_recomputed_from_the_decision(run: Run, store: Path, tmp_path: Path) -> None:
    document = example_document()
    document["status"] = "open"  # a grant with a date is "granted", whatever the file says
    run("cases", "import", str(write_document(tmp_path / "status.json", document)))
    assert run("cases", "export", "1").json()["status"] == "granted"

    document["decision"]["decided_on"] = None
    run("cases", "import", str(write_document(tmp_path / "undecided.json", document)))
    assert run("cases", "export", "2").json()["status"] == "open"


def test_a_minimal_document_takes_the_defaults(run: Run, store: Path, tmp_path: Path) -> None:
    minimal = {"kind": "visitation-desktop/case", "citizen": {"cpr": "0906842034", "name": "Kim Larsen"}}
    result = run("cases", "import", str(write_document(tmp_path / "minimal.json", minimal)))
    assert result.code == 0, result.err
    exported = run("cases", "export", "1").json()
    assert exported["citizen"]["name"] == "Kim Larsen"
    assert exported["standard_id"] == "thisted-104"  # filled in from the store's standard
    assert exported["caseworker"] == "AB"  # the caseworker who imported it
    assert (exported["status"], exported["current_page"], exported["goals"]) == ("open", "citizen", [])


@pytest.mark.parametrize("broken", BROKEN, ids=lambda b: b.name)
def test_a_broken_document_is_refused_naming_the_key(
    run: Run, store: Path, tmp_path: Path, broken: Broken
) -> None:
    path = write_document(tmp_path / "sag.json", broken.document())
    result = run("cases", "import", str(path))
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith(f"visitation-desktop: {path}: Fejl i sagsfilen ved {broken.key}: ")
    assert broken.problem in result.err
    assert "Traceback" not in result.err
    assert run("cases", "list", "--json").json() == []  # nothing half-imported


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            '{"kind": "visitation-desktop/case",\n  "citizen": {"name": "A" "cpr": "1"}}',
            "ikke gyldig JSON (linje 2)",
        ),
        ('{"kind": "visitation-desktop/case", "goals": [], "goals": []}', 'Nøglen "goals" står to gange'),
        ('["visitation-desktop/case"]', "Filen skal indeholde ét JSON-objekt"),
    ],
    ids=["syntax", "duplicate key", "not an object"],
)
def test_a_file_that_is_not_a_case_object_is_refused(
    run: Run, store: Path, tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "sag.json"
    path.write_text(text, encoding="utf-8")
    result = run("cases", "import", str(path))
    assert (result.code, result.out) == (1, "")
    assert problem in result.err


def test_unreadable_files_are_refused_in_danish(run: Run, store: Path, tmp_path: Path) -> None:
    missing = run("cases", "import", str(tmp_path / "findes-ikke.json"))
    assert (missing.code, missing.err) == (
        1,
        f"visitation-desktop: Filen {tmp_path / 'findes-ikke.json'} findes ikke.\n",
    )

    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"kind": "visitation-desktop/case", "citizen": {"name": "Søren"}}'.encode("latin-1"))
    result = run("cases", "import", str(latin1))
    assert (result.code, result.err) == (1, f"visitation-desktop: {latin1}: filen er ikke gemt som UTF-8.\n")

    folder = run("cases", "import", str(tmp_path))  # a folder named by mistake: not the system's English
    assert (folder.code, folder.err) == (1, f"visitation-desktop: {tmp_path} er en mappe, ikke en fil.\n")


def test_a_case_for_another_standard_is_refused(run: Run, store: Path, tmp_path: Path) -> None:
    document = example_document()
    document["standard_id"] = "morsoe-104"
    result = run("cases", "import", str(write_document(tmp_path / "mors.json", document)))
    assert result.code == 1
    assert "Fejl i sagsfilen ved $.standard_id: sagen følger kvalitetsstandarden »morsoe-104«" in result.err
    assert run("cases", "list", "--json").json() == []


def test_export_and_check_of_a_missing_case(run: Run, store: Path) -> None:
    assert run("cases", "export", "9").err == "visitation-desktop: Sag 9 findes ikke.\n"
    checked = run("cases", "check", "9", "--json")
    assert (checked.code, checked.err) == (1, "visitation-desktop: Sag 9 findes ikke.\n")
