"""A municipality corrects its standard's file without changing its version: a case assessed before is told
so in words that make sense (not "another standard than the active one", naming the same one twice)."""

from __future__ import annotations

from pathlib import Path

from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.standards import note_for, use_standard
from visitation_desktop.services.workspace import init_store

from .conftest import AADALEN, PASSWORD, USER


def test_a_case_under_an_earlier_edition_of_the_same_file_says_so(tmp_path: Path) -> None:
    own = tmp_path / "aadalen-104.toml"
    own.write_text(AADALEN.read_text(encoding="utf-8"), encoding="utf-8")
    ws = init_store(tmp_path / "data", USER, "Aase Ubbesen", PASSWORD)
    try:
        use_standard(ws, own)
        case = CaseService(ws).new_case()
        assert note_for(ws, case) == ""
        own.write_text(own.read_text(encoding="utf-8").replace("Stilletid i sanserummet", "Stilletid i sanserum"),
                       encoding="utf-8")
        use_standard(ws, own)
        note = note_for(ws, case)
        assert note.startswith("Sagen er vurderet efter en tidligere udgave af filen med Ådalen Kommunes "
                               "kvalitetsstandard (Revideret udgave, vedtaget af Socialudvalget 17. september 2026)")
        assert "ikke den aktive" not in note
    finally:
        ws.close()
