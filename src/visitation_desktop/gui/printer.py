"""One printing path for every platform, through Qt's print system (QPrinter / QPrintDialog).

What the caseworker picked in the dialog — printer, page range, copies, duplex, colour — is read
from the ``QPrinter`` into ``PrintOptions`` and reaches the printer either way:

- a CUPS queue (Linux, macOS) gets the PDF itself on ``lp``'s standard input, with the choices as
  job options: vector, sharp text, a job the size of the PDF;
- any other printer (every Windows printer) gets the chosen pages painted through ``QPainter`` at
  the printer's own resolution (600 dpi at least), in grayscale when the document has no colour
  or black and white was chosen. Pages are rendered and painted in bands, so memory stays small.

The command line uses this module too, under a ``QGuiApplication`` (offscreen where there is no
display), so ``print`` works with any platform's printers.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageRanges, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ..documents import DocumentKind
from ..domain.case import CaseFile
from ..services.documents import DocumentService, job_title
from ..services.print_options import PageRangeError, PrintOptions
from ..services.printing import PrintError, list_queues

MIN_RASTER_DPI = 600  # text stays sharp on paper
MAX_RASTER_DPI = 1200
BAND_ROWS = 1024  # rows of one painted band: a 600 dpi A4 band is ~5 MB in colour, ~5 MB gray at 1200
COLOUR_PROBE_DPI = 36
GRAY_TOLERANCE = 24  # of 255

_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


@dataclass(frozen=True)
class PrintOutcome:
    printer: str
    job: str  # CUPS's job id; empty when the job went through Qt
    vector: bool  # the PDF itself reached the printer


def options_from(printer: QPrinter) -> PrintOptions:
    """The choices of the print dialog (or of the command line, set on the printer)."""
    pages: tuple[tuple[int, int], ...] = ()
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        pages = tuple((r.from_, r.to) for r in printer.pageRanges().toRangeList())
        if not pages and printer.fromPage() > 0:
            pages = ((printer.fromPage(), max(printer.fromPage(), printer.toPage())),)
    return PrintOptions(
        copies=max(1, printer.copyCount()),
        pages=pages,
        sides=sides_for(printer.duplex()),
        grayscale=printer.colorMode() == QPrinter.ColorMode.GrayScale,
        collate=printer.collateCopies(),
    )


def sides_for(mode: QPrinter.DuplexMode) -> str | None:
    """The CUPS/IPP ``sides`` value of a duplex mode the dialog set (long edge when "automatic")."""
    return _SIDES.get(mode)


def gui_application() -> QCoreApplication:
    """The running Qt application, or a ``QGuiApplication`` for the command line (offscreen on Linux,
    where there may be no display; Windows and macOS use their own platform, which shows nothing)."""
    app = QCoreApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0] if sys.argv else "visitation-desktop"])
    return app


def available_printers() -> tuple[list[str], str]:
    """The printers of this computer as Qt's print system knows them, and the default one's name."""
    gui_application()
    return list(QPrinterInfo.availablePrinterNames()), QPrinterInfo.defaultPrinterName()


def printer_named(name: str | None, options: PrintOptions) -> QPrinter:
    """A ``QPrinter`` for ``name`` (the default printer when None) with ``options`` set, as the dialog would."""
    names, default = available_printers()
    if not names:
        raise PrintError(QCoreApplication.translate(
            "DocumentPreview", "Der er ingen printere på denne computer. Gem dokumentet som PDF i stedet."))
    chosen = name or default or names[0]
    if chosen not in names:
        raise PrintError(QCoreApplication.translate(
            "DocumentPreview", "Printeren »{0}« findes ikke på denne computer. Kendte printere: {1}."
        ).format(chosen, ", ".join(names)))
    printer = QPrinter(QPrinterInfo.printerInfo(chosen), QPrinter.PrinterMode.HighResolution)
    printer.setCopyCount(options.copies)
    printer.setCollateCopies(options.collate)
    if options.pages:
        ranges = QPageRanges()
        for first, last in options.pages:
            ranges.addRange(first, last)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setPageRanges(ranges)
    if options.sides is not None:
        printer.setDuplex(next(mode for mode, sides in _SIDES.items() if sides == options.sides))
    if options.grayscale is not None:
        printer.setColorMode(QPrinter.ColorMode.GrayScale if options.grayscale else QPrinter.ColorMode.Color)
    return printer


@contextmanager
def loaded(pdf: bytes) -> Iterator[QPdfDocument]:
    """``pdf`` opened in QtPdf from memory (no file), closed afterwards."""
    data = QByteArray(pdf)
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        yield document
    finally:
        document.close()
        buffer.close()


def is_cups_queue(printer: QPrinter) -> bool:
    name = printer.printerName()
    return printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and bool(name) and name in list_queues()


def print_document(
    service: DocumentService, case: CaseFile, kind: DocumentKind, pdf: bytes, document: QPdfDocument,
    printer: QPrinter,
) -> PrintOutcome:
    """Print ``pdf`` (loaded in ``document``) as chosen on ``printer``; log it. ``PrintError`` in Danish."""
    try:
        options = options_from(printer)
        options.check_pages(document.pageCount())
    except PageRangeError as exc:
        raise PrintError(str(exc)) from None
    name = printer.printerName() or printer.outputFileName() or "Qt"
    if is_cups_queue(printer):
        job = service.print_pdf(case, kind, name, options.copies, pdf=pdf, options=options)
        return PrintOutcome(name, job, vector=True)
    printer.setDocName(job_title(case, kind))
    service.record_print(case, kind, name, options.copies, options)  # logged before the pages leave
    paint_pages(document, printer, options)
    return PrintOutcome(name, "", vector=False)


def has_colour(document: QPdfDocument, pages: list[int]) -> bool:
    """Whether any of ``pages`` (from 1) shows a colour, judged on a small rendering of each. A pixel
    whose channels differ by less than ``GRAY_TOLERANCE`` counts as gray (near-black text, its edges)."""
    for page in pages:
        points = document.pagePointSize(page - 1)
        size = QSize(max(1, round(points.width() / 72 * COLOUR_PROBE_DPI)),
                     max(1, round(points.height() / 72 * COLOUR_PROBE_DPI)))
        image = document.render(page - 1, size)
        if image.allGray():
            continue
        data = bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits())  # B, G, R, A per pixel
        if any(max(b, g, r) - min(b, g, r) > GRAY_TOLERANCE for b, g, r in zip(data[0::4], data[1::4], data[2::4],
                                                                                  strict=True)):
            return True
    return False


def raster_dpi(printer: QPrinter) -> int:
    return max(MIN_RASTER_DPI, min(MAX_RASTER_DPI, printer.resolution()))


def paint_pages(document: QPdfDocument, printer: QPrinter, options: PrintOptions | None = None) -> None:
    """Paint the chosen pages on ``printer`` at its resolution (600 dpi at least), copies included."""
    options = options if options is not None else options_from(printer)
    pages = options.page_list(document.pageCount())
    gray = options.grayscale is True or not has_colour(document, pages)
    # The driver makes the copies when it can; otherwise they are painted here, collated as chosen.
    copies = 1 if printer.supportsMultipleCopies() else options.copies
    if copies > 1:
        printer.setCopyCount(1)
    if options.collate:
        sequence = [p for _ in range(copies) for p in pages]
    else:
        sequence = [p for p in pages for _ in range(copies)]
    printer.setFullPage(True)
    printer.setColorMode(QPrinter.ColorMode.GrayScale if gray else QPrinter.ColorMode.Color)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate(
            "DocumentPreview", "Printeren kunne ikke startes. Tjek at den er tændt og tilsluttet."))
    try:
        for index, page in enumerate(sequence):
            if index and not printer.newPage():
                raise PrintError(QCoreApplication.translate(
                    "DocumentPreview", "Printeren stoppede ved side {0}.").format(page))
            _paint_page(document, page - 1, painter, raster_dpi(printer), printer.resolution(), gray)
    finally:
        painter.end()


def _paint_page(document: QPdfDocument, page: int, painter: QPainter, dpi: int, device_dpi: int,
                gray: bool) -> None:
    """Render ``page`` at ``dpi`` band by band and paint it to fit the paper, keeping its proportions."""
    points = document.pagePointSize(page)
    full = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    viewport = painter.viewport()
    natural = QSize(round(points.width() / 72 * device_dpi), round(points.height() / 72 * device_dpi))
    if not _fits(natural, viewport.size()):
        natural = natural.scaled(viewport.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = natural
    scale_x = target.width() / full.width()
    scale_y = target.height() / full.height()
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(full)
    # At 600 dpi and more the eye sees no jagged edges, and hard edges keep a page's job small.
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.TextAliased
                           | QPdfDocumentRenderOptions.RenderFlag.PathAliased)
    for top in range(0, full.height(), BAND_ROWS):
        rows = min(BAND_ROWS, full.height() - top)
        options.setScaledClipRect(QRect(0, top, full.width(), rows))
        band = _on_white(document.render(page, QSize(full.width(), rows), options))
        if gray:
            band = band.convertToFormat(QImage.Format.Format_Grayscale8)
        target_band = QRectF(viewport.left(), viewport.top() + top * scale_y, full.width() * scale_x,
                             rows * scale_y)
        painter.drawImage(target_band, band)


def _on_white(image: QImage) -> QImage:
    """The rendering composed on white paper: an opaque image (no transparency mask in the job)."""
    if not image.hasAlphaChannel():
        return image
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def _fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()
