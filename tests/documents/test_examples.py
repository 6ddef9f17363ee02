"""The example documents render from the demo cases into a folder of four PDFs."""

from __future__ import annotations

from pathlib import Path

from visitation_desktop.documents.examples import main

from .conftest import Pdf


def test_examples_module_writes_the_six_documents(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "out")]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["afgoerelse-afslag.pdf", "afgoerelse-bevilling.pdf", "forsinkelse.pdf", "handleplan.pdf",
                     "letlaest-afslag.pdf", "letlaest.pdf"]
    refusal = Pdf(tmp_path / "out" / "afgoerelse-afslag.pdf").text
    assert "Du får afslag" in refusal
    assert "Du får ikke et aktivitets- og samværstilbud." in Pdf(tmp_path / "out" / "letlaest-afslag.pdf").text
    delay = Pdf(tmp_path / "out" / "forsinkelse.pdf").text
    assert "Du kan forvente en afgørelse senest 17. december 2026." in delay
    assert "afgoerelse-afslag.pdf" in capsys.readouterr().out


def test_documents_are_reproducible(tmp_path: Path) -> None:
    main([str(tmp_path / "a")])
    main([str(tmp_path / "b")])
    for name in ("handleplan.pdf", "letlaest.pdf", "letlaest-afslag.pdf", "forsinkelse.pdf"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
