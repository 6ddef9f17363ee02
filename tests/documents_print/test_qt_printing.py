"""One printing path on every platform: what is chosen on the QPrinter (the print dialog's choices)
is what reaches the printer — on CUPS as job options with the PDF itself, elsewhere as painted pages."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageRanges
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from visitation_desktop.documents import DocumentIncomplete, DocumentKind
from visitation_desktop.domain.case import CaseFile
from visitation_desktop.gui.preview import DocumentPreview
from visitation_desktop.gui.printer import has_colour, options_from, paint_pages, sides_for
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.documents import DocumentService
from visitation_desktop.services.print_options import PageRangeError, PrintOptions, parse_pages
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, CliRun, CupsQueue, TempWatch, actions, pdf_pages, pdf_text, rendered


@pytest.fixture
def preview(qtbot: QtBot, workspace: Workspace, main_case: CaseFile) -> DocumentPreview:
    dialog = DocumentPreview(DocumentService(workspace), main_case, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return rendered(qtbot, dialog)


def _choose_pages(printer: QPrinter, first: int, last: int) -> None:
    """What the dialog does when the caseworker types a page range."""
    ranges = QPageRanges()
    ranges.addRange(first, last)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(ranges)


def _images(pdf: Path) -> list[dict[str, str]]:
    """``pdfimages -list``: one row per image with its colour space and resolution."""
    done = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    header = lines[0].split()
    return [dict(zip(header, line.split(), strict=False)) for line in lines[2:] if line.strip()]


def _words(pdf: bytes, first: int = 1, last: int = 0) -> set[str]:
    """The all-ASCII words (6+ letters) of pages ``first``-``last`` (0: the end), lower case. CUPS-PDF's
    Ghostscript drops æ, ø and å from the text layer, so only words without them are compared."""
    done = subprocess.run(["pdftotext", "-f", str(first), "-l", str(last), "-", "-"],
                          input=pdf, capture_output=True, check=True)
    return {w.casefold() for w in re.findall(r"\w+", done.stdout.decode()) if re.fullmatch(r"[A-Za-z]{6,}", w)}


def _page_count(pdf: bytes) -> int:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.count(b"\f")


@pytest.fixture
def three_page_case(workspace: Workspace) -> CaseFile:
    """A demo case whose handleplan has three pages."""
    service, documents = CaseService(workspace), DocumentService(workspace)
    for row in service.list_cases():
        case = service.open_case(row.id)
        try:
            pdf = documents.render(case, DocumentKind.HANDLEPLAN, TODAY)
        except DocumentIncomplete:
            continue
        if _page_count(pdf) == 3:
            return case
    raise AssertionError("no demo case has a three-page handleplan")


def test_pages_1_to_2_of_a_3_page_handleplan_reach_the_cups_pdf_queue_as_a_2_page_pdf(
    qtbot: QtBot, cups_queue: CupsQueue, workspace: Workspace, three_page_case: CaseFile,
    monkeypatch: pytest.MonkeyPatch, temp_watch: TempWatch,
) -> None:
    preview = DocumentPreview(DocumentService(workspace), three_page_case, today=TODAY)
    qtbot.addWidget(preview)
    preview.show()
    rendered(qtbot, preview)
    assert preview.page_count() == 3 and preview.pdf is not None

    def choose(dialog: QPrintDialog) -> int:
        dialog.printer().setPrinterName(cups_queue.name)
        _choose_pages(dialog.printer(), 1, 2)
        dialog.printer().setCopyCount(1)
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", choose)
    before = cups_queue.outputs()
    preview.print_button.click()
    printed = cups_queue.wait_for_job(before)

    assert pdf_pages(printed) == 2
    got = _words(printed.read_bytes())
    first_two = _words(preview.pdf, 1, 2)
    only_third = _words(preview.pdf, 3, 3) - first_two
    assert len(first_two) > 20 and only_third
    assert first_two <= got, "the text of pages 1-2 is in the print"
    assert not only_third & got, "page 3 was left out"
    assert actions(workspace, three_page_case)[-1] == (
        "print", f"handleplan; printer {cups_queue.name}, copies 1, pages 1-2")
    assert preview.status.text().startswith(f"Sendt til {cups_queue.name} (job {cups_queue.name}-")
    assert temp_watch.leftovers() == []


def _pdf_printer(out: Path) -> QPrinter:
    """A printer Qt paints on, as on Windows: here Qt's own PDF printer, at a laser printer's 600 dpi."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(600)
    return printer


def test_a_printer_without_cups_gets_the_chosen_pages_and_copies_painted_at_600_dpi(
    preview: DocumentPreview, workspace: Workspace, main_case: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "painted.pdf"
    printer = _pdf_printer(out)
    _choose_pages(printer, 2, 3)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    printer.setColorMode(QPrinter.ColorMode.Color)
    assert preview.print_to(printer)
    assert pdf_pages(out) == 4, "pages 2-3, twice"
    images = _images(out)
    assert min(int(row["x-ppi"]) for row in images) >= 600
    assert "rgb" in {row["color"] for row in images}, "the handleplan's colours are kept"
    size = out.stat().st_size
    assert size < 4 * 5_000_000, f"{size} bytes for 4 pages"  # ~3.7 MB a colour page (Qt writes JPEG)
    assert actions(workspace, main_case)[-1] == ("print", f"handleplan; printer {out}, copies 2, pages 2-3")


def test_black_and_white_chosen_paints_gray_pages(preview: DocumentPreview, tmp_path: Path) -> None:
    out = tmp_path / "gray.pdf"
    printer = _pdf_printer(out)
    _choose_pages(printer, 1, 1)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    assert preview.print_to(printer)
    assert pdf_pages(out) == 1
    assert {row["color"] for row in _images(out)} == {"gray"}


def test_a_document_without_colour_is_painted_in_gray(qtbot: QtBot, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "black.pdf"
    canvas = Canvas(str(source))
    canvas.drawString(72, 720, "Handleplan i sort og hvidt")
    canvas.showPage()
    canvas.save()
    buffer = QBuffer()
    buffer.setData(QByteArray(source.read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert not has_colour(document, [1])
    out = tmp_path / "painted.pdf"
    printer = _pdf_printer(out)
    printer.setColorMode(QPrinter.ColorMode.Color)  # the printer could print colour; the page has none
    paint_pages(document, printer)
    document.close()
    assert {row["color"] for row in _images(out)} == {"gray"}
    assert "sort og hvidt" not in pdf_text(out), "a painted page has no text layer: it is a picture"


def test_options_come_from_the_printer_as_the_dialog_sets_them(tmp_path: Path) -> None:
    printer = _pdf_printer(tmp_path / "x.pdf")  # Qt's PDF printer has no duplex: it reports one-sided
    _choose_pages(printer, 2, 3)
    printer.setCopyCount(3)
    printer.setCollateCopies(False)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    options = options_from(printer)
    assert options == PrintOptions(copies=3, pages=((2, 3),), sides="one-sided", grayscale=True, collate=False)
    options = replace(options, sides=sides_for(QPrinter.DuplexMode.DuplexShortSide))
    assert options.lp_options() == ["-n", "3", "-o", "collate=false", "-o", "page-ranges=2-3",
                                    "-o", "sides=two-sided-short-edge",
                                    "-o", "ColorModel=Gray", "-o", "print-color-mode=monochrome"]
    assert sides_for(QPrinter.DuplexMode.DuplexLongSide) == sides_for(QPrinter.DuplexMode.DuplexAuto)
    assert sides_for(QPrinter.DuplexMode.DuplexLongSide) == "two-sided-long-edge"
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    printer.setColorMode(QPrinter.ColorMode.Color)
    options = options_from(printer)
    assert options.pages == () and options.sides == "one-sided" and options.grayscale is False
    assert options.page_list(3) == [1, 2, 3]


def test_page_ranges_are_read_and_checked_in_danish() -> None:
    assert parse_pages("1-2") == ((1, 2),)
    assert parse_pages(" 1 - 2 , 4 ") == ((1, 2), (4, 4))
    assert parse_pages("") == ()
    assert PrintOptions(pages=parse_pages("2-9,1")).page_list(3) == [2, 3, 1]
    for bad in ("1-", "a", "3-1", "0"):
        with pytest.raises(PageRangeError):
            parse_pages(bad)
    with pytest.raises(PageRangeError, match="Dokumentet har kun 3 sider; side 4 findes ikke."):
        PrintOptions(pages=((4, 5),)).check_pages(3)


def test_painting_every_page_when_no_range_was_chosen(preview: DocumentPreview, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "qt.pdf"))
    printer.setResolution(600)
    paint_pages(preview.document, printer)
    assert pdf_pages(tmp_path / "qt.pdf") == preview.page_count()


def test_the_command_line_lists_the_printers_and_prints_pages_1_to_2(
    cups_queue: CupsQueue, cli: CliRun, workspace: Workspace, three_page_case: CaseFile, temp_watch: TempWatch,
) -> None:
    listed = cli("print", "--list")
    assert listed.returncode == 0, listed.stderr
    assert cups_queue.name in [line.split("\t")[0] for line in listed.stdout.splitlines()]
    before = cups_queue.outputs()
    done = cli("print", str(three_page_case.id), "--document", "handleplan", "--printer", cups_queue.name,
               "--pages", "1-2")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Dokumentet er sendt til {cups_queue.name} (job {cups_queue.name}-")
    printed = cups_queue.wait_for_job(before)
    assert pdf_pages(printed) == 2
    assert ("print", f"handleplan; printer {cups_queue.name}, copies 1, pages 1-2") in actions(
        workspace, three_page_case)
    assert temp_watch.leftovers() == []


def test_the_command_line_refuses_pages_past_the_end(
    cups_queue: CupsQueue, cli: CliRun, three_page_case: CaseFile
) -> None:
    before = cups_queue.outputs()
    done = cli("print", str(three_page_case.id), "--document", "handleplan", "--printer", cups_queue.name,
               "--pages", "4-5")
    assert done.returncode == 14
    assert "Dokumentet har kun 3 sider; side 4 findes ikke." in done.stderr
    assert cups_queue.outputs() == before


def test_without_any_printer_the_preview_says_so_in_danish(
    preview: DocumentPreview, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: pytest.fail("no print dialog without printers"))
    preview.print_button.click()
    assert shown == ["Der er ingen printere på denne computer. Gem dokumentet som PDF i stedet."]
