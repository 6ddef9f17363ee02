"""Creating the store, unlocking it, checking a standard file, and the access log's chain."""

from __future__ import annotations

import re
from pathlib import Path

import sqlcipher3

from visitation_desktop import paths
from visitation_desktop.store.keyring import Keyring

from .conftest import EXAMPLE, PASSWORD, STANDARD, USER, Run

WRONG = "Forkerte initialer eller adgangskode. Datalageret er ikke ændret."


def test_init_creates_an_encrypted_store(run: Run, data_dir: Path) -> None:
    result = run("init", "--name", "Anne Berg")
    assert (result.code, result.err) == (0, "")
    first, second = result.out.splitlines()
    assert first == f"Datalageret er oprettet i {data_dir} med sagsbehandler AB."
    assert re.fullmatch(r"Gendannelseskode \(.*IT's pengeskab.*\): ([A-Z2-9]{5}-){4}[A-Z2-9]{5}", second)
    assert paths.store_path(data_dir).read_bytes()[:16] != b"SQLite format 3\x00"  # not plain SQLite
    assert run("users", "list").out == "AB\tAnne Berg\n"

    again = run("init", "--name", "Anne Berg")
    assert (again.code, again.err) == (
        1,
        "visitation-desktop: Der er allerede oprettet et datalager i denne mappe.\n",
    )


def test_a_wrong_password_exits_3_with_a_danish_message(run: Run, store: Path) -> None:
    result = run("cases", "list", password="forkert-kodeord-42")
    assert result.code == 3
    assert result.out == ""
    assert result.err == f"visitation-desktop: {WRONG}\n"

    unknown = run("cases", "list", user="ZZ")
    assert (unknown.code, unknown.err) == (3, f"visitation-desktop: {WRONG}\n")
    assert run("cases", "list").code == 0  # the right password still opens it


def test_no_store_yet(run: Run) -> None:
    result = run("cases", "list")
    assert result.code == 3
    assert "Der er ikke oprettet et datalager endnu." in result.err


def test_standards_check_accepts_thisted(run: Run) -> None:
    result = run("standards", "check", str(STANDARD))
    assert result.code == 0
    assert result.out == (f"{STANDARD}: OK - Thisted Kommune, Servicelovens § 104, 6 tilbud, 5 formål.\n")


def test_standards_check_names_the_key_of_a_broken_copy(run: Run, tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    text = STANDARD.read_text(encoding="utf-8")
    assert "\ncapacity_full = 40\n" in text
    broken.write_text(text.replace("\ncapacity_full = 40\n", "\ncapasity_full = 40\n"), encoding="utf-8")
    result = run("standards", "check", str(broken))
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith(
        f'{broken}: fejl ved offers[1].capasity_full: Ukendt nøgle. Mente du "capacity_full"?'
    )

    broken.write_text(text.replace('postcode = "7760"', 'postcode = "776"'), encoding="utf-8")
    result = run("standards", "check", str(broken))
    assert result.code == 1
    assert result.err.startswith(f"{broken}: fejl ved offers[2].postcode: ")


def _tamper(data_dir: Path, row_id: int) -> None:
    """Change one access-log row behind the program's back, as someone holding the key could."""
    key = Keyring.load(paths.keyring_path(data_dir)).unlock(USER, PASSWORD)
    conn = sqlcipher3.connect(str(paths.store_path(data_dir)))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        before = conn.execute("SELECT action FROM access_log WHERE id = ?", (row_id,)).fetchone()
        assert before is not None and before[0] != "view"
        conn.execute("UPDATE access_log SET action = 'view' WHERE id = ?", (row_id,))
        conn.commit()
    finally:
        conn.close()


def test_audit_verify_names_a_changed_row(run: Run, store: Path) -> None:
    run("cases", "import", str(EXAMPLE))
    intact = run("audit", "verify")
    assert (intact.code, intact.out) == (0, "Adgangsloggen er intakt.\n")

    _tamper(store, 2)
    result = run("audit", "verify")
    assert result.code == 4
    assert result.out == "Række 2: Rækken er ændret, efter den blev skrevet.\n"
