"""Preview, print and save the documents of one case.

The document is rendered in a worker thread (``gui/preview_render.py``) while a busy indicator
shows and the window keeps answering. The PDF stays in memory: QtPdf reads it from a QBuffer, printing goes through ``gui/printer.py``
(a CUPS queue gets the PDF itself with the dialog's choices; any other printer the chosen pages
painted at its resolution), and only a file the caseworker chose is ever written.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..documents import TITLES, DocumentIncomplete, DocumentKind
from ..domain.case import CaseFile
from ..services.documents import DocumentService, ExportError, incomplete_message, job_title
from ..services.printing import PrintError
from ..services.synced_folders import expand_folder, synced_service
from .preview_render import DocumentRenderer
from .printer import print_document

FILE_STEMS = {DocumentKind.HANDLEPLAN: "handleplan", DocumentKind.EASYREAD: "letlaest",
              DocumentKind.DECISION: "afgoerelse", DocumentKind.DELAY_NOTICE: "forsinkelse"}
ZOOM_STEP = 1.25


class DocumentPreview(QDialog):
    """The chosen document of ``case``, page by page, with print and save."""

    def __init__(
        self,
        service: DocumentService,
        case: CaseFile,
        parent: QWidget | None = None,
        kind: DocumentKind = DocumentKind.HANDLEPLAN,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.case = case
        self.today = today
        self.kind = kind
        self.pdf: bytes | None = None
        self._bytes = QByteArray()
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.renderer = DocumentRenderer(service, self)
        self.setWindowTitle(self.tr("Dokumenter – sag {0}").format(case.id if case.id is not None else "–"))
        self._build()
        self._connect_signals()
        self.show_kind(kind)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_combo = QComboBox()
        for kind in DocumentKind:
            self.kind_combo.addItem(self.tr(TITLES[kind]), kind.value)
        self.kind_combo.setAccessibleName(self.tr("Dokument"))
        kind_label = QLabel(self.tr("&Dokument:"))
        kind_label.setBuddy(self.kind_combo)
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Antal sider"))
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        top.addWidget(self.page_label)

        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Forhåndsvisning af dokumentet"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Besked om dokumentet"))
        self.message.setMargin(16)
        self.busy = QWidget()
        self.busy_label = QLabel(self.tr("Dokumentet laves …"))
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # busy, no percentage
        self.busy_bar.setAccessibleName(self.tr("Dokumentet laves"))
        busy_layout = QVBoxLayout(self.busy)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar)
        busy_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.busy)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.print_button = QPushButton(self.tr("&Udskriv …"))
        self.save_button = QPushButton(self.tr("&Gem som PDF …"))
        self.close_button = QPushButton(self.tr("&Luk"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.kind_combo, self.view)
        self.setTabOrder(self.view, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(980, screen.width() - 40), min(760, screen.height() - 40))

    def _connect_signals(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self._on_kind_chosen)
        self.renderer.rendered.connect(self._on_rendered)
        self.renderer.refused.connect(self._on_refused)
        self.print_button.clicked.connect(self._on_print)
        self.save_button.clicked.connect(self._on_save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(1 / ZOOM_STEP))
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        locked = getattr(window, "locked_changed", None)
        if locked is not None:
            locked.connect(self._on_locked)

    # -- showing -------------------------------------------------------------------------------
    def show_kind(self, kind: DocumentKind) -> None:
        """Start rendering ``kind`` (busy indicator meanwhile); then show it, or say in Danish what the
        case still lacks. A kind chosen while another renders replaces it."""
        self.kind = kind
        index = self.kind_combo.findData(kind.value)
        if index != self.kind_combo.currentIndex():
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(index)
            self.kind_combo.blockSignals(False)
        self._unload()
        self.status.clear()
        self.page_label.clear()
        self._set_actions_enabled(False)
        self.stack.setCurrentWidget(self.busy)
        self.renderer.render(self.case, kind, self.today)

    @property
    def rendering(self) -> bool:
        """Whether a document is being rendered (the busy indicator shows)."""
        return self.renderer.busy

    def _on_refused(self, kind: DocumentKind, exc: DocumentIncomplete) -> None:
        self.message.setText(_as_html(incomplete_message(kind, exc), self.tr(
            "Udfyld det, der mangler, i visitationen, og åbn dokumenterne igen.")))
        self.stack.setCurrentWidget(self.message)

    def _on_rendered(self, kind: DocumentKind, pdf: bytes) -> None:
        self.pdf = pdf
        self._bytes = QByteArray(pdf)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().jump(0, QPointF(0, 0))
        self.stack.setCurrentWidget(self.view)
        count = self.page_count()
        self.page_label.setText(self.tr("1 side") if count == 1 else self.tr("{0} sider").format(count))
        self._set_actions_enabled(True)

    def page_count(self) -> int:
        return self.document.pageCount() if self.pdf is not None else 0

    def _unload(self) -> None:
        self.document.close()
        if self._buffer.isOpen():
            self._buffer.close()
        self._bytes = QByteArray()
        self.pdf = None

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(6.0, current * factor)))

    def _on_kind_chosen(self, index: int) -> None:
        self.show_kind(DocumentKind(self.kind_combo.itemData(index)))

    # -- saving --------------------------------------------------------------------------------
    def _on_save(self) -> None:
        if self.pdf is None:
            return
        folder = self.save_folder()
        stem = FILE_STEMS[self.kind] + (f"-sag-{self.case.id}" if self.case.id is not None else "")
        suggestion = str(Path(folder) / f"{stem}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Gem som PDF"), suggestion, self.tr("PDF-filer (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.save_to(path)

    def save_folder(self) -> str:
        """Where "Gem som PDF" starts: the folder IT (or the caseworker) set, else Documents."""
        chosen = expand_folder(self.service.ws.settings.default_save_folder)
        if chosen:
            try:
                Path(chosen).mkdir(parents=True, exist_ok=True)
                return chosen
            except OSError:
                pass  # an unreachable share: fall back to Documents
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def save_to(self, path: str) -> bool:
        """Warn that the file is not encrypted (and leaves the laptop, in a synced folder); write it when
        the caseworker confirms."""
        title = self.tr("Filen bliver ikke krypteret")
        text = self.tr(
            "PDF-filen bliver gemt uden kryptering og indeholder personoplysninger om borgeren.\n\n"
            "Gem den kun et sikkert sted, og slet den, når den ikke skal bruges mere.\n\n"
            "Vil du gemme filen?"
        )
        service = synced_service(path)
        if service:
            title = self.tr("Filen forlader computeren")
            text = self.tr(
                "Mappen bliver synkroniseret med {0}: filen bliver kopieret ukrypteret fra computeren til {0} "
                "og forlader dermed computeren. Vælg hellere en mappe, der kun ligger på computeren.\n\n"
            ).format(service) + text
        answer = QMessageBox.warning(
            self, title, text,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save or self.pdf is None:
            return False
        try:
            self.service.save_pdf(self.case, self.kind, path, pdf=self.pdf)
        except ExportError as exc:
            QMessageBox.critical(self, self.tr("Filen blev ikke gemt"), exc.message)
            return False
        self.status.setText(self.tr("Gemt i {0}. Filen er ikke krypteret.").format(path))
        return True

    # -- printing ------------------------------------------------------------------------------
    def _on_print(self) -> None:
        if self.pdf is None:
            return
        if not QPrinterInfo.availablePrinterNames():
            QMessageBox.information(self, self.tr("Udskriv"), self.tr(
                "Der er ingen printere på denne computer. Gem dokumentet som PDF i stedet."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(job_title(self.case, self.kind))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Udskriv"))
        # Page range, copies and collation are offered; saving to a file is "Gem som PDF" (with its warnings).
        dialog.setOptions(QAbstractPrintDialog.PrintDialogOption.PrintPageRange
                          | QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies
                          | QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize)
        dialog.setMinMax(1, max(1, self.page_count()))
        if not dialog.exec():
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print on the printer the caseworker chose, with the pages, copies, duplex and colour chosen."""
        if self.pdf is None:
            return False
        try:
            outcome = print_document(self.service, self.case, self.kind, self.pdf, self.document, printer)
        except PrintError as exc:
            QMessageBox.critical(self, self.tr("Udskrivningen mislykkedes"), exc.message)
            return False
        if outcome.job:
            self.status.setText(self.tr("Sendt til {0} (job {1}).").format(outcome.printer, outcome.job))
        else:
            self.status.setText(self.tr("Sendt til {0}.").format(outcome.printer))
        return True

    # -- leaving -------------------------------------------------------------------------------
    def _on_locked(self, locked: bool) -> None:
        if locked:
            self.reject()

    def done(self, result: int) -> None:
        self.renderer.stop()
        self._unload()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.renderer.stop()
        self._unload()
        super().closeEvent(event)


def _as_html(message: str, hint: str) -> str:
    """The service's plain message (a headline, then ``- part`` lines) as a headline and a bullet list."""
    headline, *lines = message.splitlines()
    items = "".join(f"<li>{html.escape(line.removeprefix('- '))}</li>" for line in lines)
    return f"<p><b>{html.escape(headline)}</b></p><ul>{items}</ul><p>{html.escape(hint)}</p>"


def open_documents(
    service: DocumentService, case: CaseFile, parent: QWidget, kind: DocumentKind = DocumentKind.HANDLEPLAN
) -> DocumentPreview:
    """Show the preview over ``parent`` (window-modal) and return at once; it deletes itself on close."""
    dialog = DocumentPreview(service, case, parent, kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
