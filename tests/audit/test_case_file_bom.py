"""A case file saved by Windows Notepad as "UTF-8 with BOM" imports like any other."""

from __future__ import annotations

from pathlib import Path

from .conftest import AADALEN, CITIZENS, PASSWORD, Cli


def test_a_case_file_with_a_byte_order_mark_is_imported(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "data")
    assert cli("init", "--name", "Aase Ubbesen", stdin=f"{PASSWORD}\n{PASSWORD}\n").code == 0
    assert cli("standards", "use", str(AADALEN)).code == 0
    bom = tmp_path / "sag.json"
    bom.write_text((CITIZENS / "soeren-aage.json").read_text(encoding="utf-8"), encoding="utf-8-sig")
    result = cli("cases", "import", str(bom))
    assert (result.code, result.out.strip(), result.err) == (0, "1", "")
