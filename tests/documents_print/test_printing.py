"""services.printing without a scheduler: stand-in ``lp``/``lpstat`` programs record what they were given.

The stand-ins are shell scripts on PATH, as CUPS's own programs would be; the real CUPS run is in
test_cups.py.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from visitation_desktop.services.print_options import PrintOptions
from visitation_desktop.services.printing import PrintError, list_queues, send_pdf

PDF = b"%PDF-1.4\n% a tiny stand-in document\n%%EOF\n"


def _script(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture
def fake_cups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH with ``lpstat`` listing two queues and an ``lp`` that keeps its arguments and input."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _script(bin_dir, "lpstat", 'printf "Kontor\\nKoekken-printer\\n"\n')
    _script(bin_dir, "lp", f'printf "%s\\n" "$@" > "{tmp_path}/args"\n/bin/cat > "{tmp_path}/stdin"\n'
                           'echo "request id is Kontor-17 (1 file(s))"\n')
    monkeypatch.setenv("PATH", str(bin_dir))
    return tmp_path


def test_the_pdf_goes_to_lp_on_standard_input(fake_cups: Path) -> None:
    job = send_pdf(PDF, "Kontor", "Handleplan sag 12", 2)
    assert job == "Kontor-17"
    assert (fake_cups / "stdin").read_bytes() == PDF
    assert (fake_cups / "args").read_text().splitlines() == [
        "-d", "Kontor", "-t", "Handleplan sag 12", "-n", "2", "-o", "collate=true", "-"]


def test_the_dialogs_choices_reach_lp_as_job_options(fake_cups: Path) -> None:
    options = PrintOptions(copies=1, pages=((1, 2),), sides="two-sided-long-edge", grayscale=True)
    send_pdf(PDF, "Kontor", "Handleplan sag 12", options=options)
    assert (fake_cups / "args").read_text().splitlines() == [
        "-d", "Kontor", "-t", "Handleplan sag 12", "-n", "1", "-o", "page-ranges=1-2",
        "-o", "sides=two-sided-long-edge", "-o", "ColorModel=Gray", "-o", "print-color-mode=monochrome", "-"]


def test_queues_come_from_lpstat(fake_cups: Path) -> None:
    assert list_queues() == ["Kontor", "Koekken-printer"]


def test_an_unknown_queue_is_named_with_the_known_ones(fake_cups: Path) -> None:
    with pytest.raises(PrintError) as caught:
        send_pdf(PDF, "Biblioteket", "Handleplan sag 12", 1)
    assert caught.value.message == (
        "Printeren »Biblioteket« findes ikke på denne computer. Kendte printere: Kontor, Koekken-printer."
    )
    assert not (fake_cups / "stdin").exists()


def test_lp_failing_shows_what_lp_said(fake_cups: Path) -> None:
    _script(fake_cups / "bin", "lp", '/bin/cat > /dev/null\necho "lp: Forbidden" >&2\nexit 1\n')
    with pytest.raises(PrintError) as caught:
        send_pdf(PDF, "Kontor", "Handleplan sag 12", 1)
    assert caught.value.message == "Udskrivningen til »Kontor« mislykkedes: lp: Forbidden"


def test_without_cups_there_are_no_queues_and_printing_says_why(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert list_queues() == []
    with pytest.raises(PrintError, match="Udskrivning er ikke installeret på denne computer"):
        send_pdf(PDF, "Kontor", "Handleplan sag 12", 1)


@pytest.mark.parametrize("copies", [0, 100])
def test_copies_out_of_range_are_refused(fake_cups: Path, copies: int) -> None:
    with pytest.raises(PrintError, match="Antal kopier skal være mellem 1 og 99"):
        send_pdf(PDF, "Kontor", "Handleplan sag 12", copies)
    assert not (fake_cups / "args").exists()
