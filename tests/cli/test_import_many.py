"""`cases import FILE...`: many case files in one go, all or none."""

from __future__ import annotations

from pathlib import Path

from .conftest import EXAMPLE, Run, example_document, write_document


def test_many_files_import_as_many_cases_in_order(run: Run, store: Path, tmp_path: Path) -> None:
    second = example_document()
    second["citizen"] = {**second["citizen"], "name": "Kim Larsen", "cpr": "0906842034"}
    del second["uuid"]
    result = run("cases", "import", str(EXAMPLE), str(write_document(tmp_path / "kim.json", second)))
    assert (result.code, result.out, result.err) == (0, "1\n2\n", "")
    listed = run("cases", "list", "--json").json()
    assert sorted((c["id"], c["citizen"]) for c in listed) == [(1, example_document()["citizen"]["name"]), (2, "Kim Larsen")]
    verify = run("audit", "verify")
    assert verify.code == 0, verify.err


def test_one_bad_file_imports_none_and_names_that_file(run: Run, store: Path, tmp_path: Path) -> None:
    bad = write_document(tmp_path / "bad.json", {"kind": "visitation-desktop/case", "citizen": {"name": 5}})
    result = run("cases", "import", str(EXAMPLE), str(bad))
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith(f"visitation-desktop: {bad}: Fejl i sagsfilen ved $.citizen.name")
    assert run("cases", "list", "--json").json() == []


def test_a_file_for_another_standard_imports_none(run: Run, store: Path, tmp_path: Path) -> None:
    other = example_document()
    other["standard_id"], other["standard_digest"] = "odense-104", ""
    path = write_document(tmp_path / "odense.json", other)
    result = run("cases", "import", str(EXAMPLE), str(path))
    assert result.code == 1
    assert result.err.startswith(f"visitation-desktop: {path}: Fejl i sagsfilen ved $.standard_id")
    assert run("cases", "list", "--json").json() == []
