"""The visitation wizard, hosted in the main window. Pages come from ``pages.PAGE_CLASSES``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget, QWizard

from ...domain.case import PAGE_TITLES, CaseFile, WizardPage
from ...services.cases import CaseService
from ...services.documents import DocumentService
from ..preview import open_documents
from .context import WizardContext
from .pages import PAGE_CLASSES

PAGE_ORDER = list(WizardPage)


class CaseWizard(QWidget):
    """A QWizard over one case, plus the step list; ``closed`` when the caseworker leaves it."""

    closed = Signal()

    def __init__(
        self,
        service: CaseService,
        case: CaseFile,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = WizardContext(service, case, today)
        self._save_warned = False
        self.wizard = QWizard(self)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        self.wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.wizard.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.wizard.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.wizard.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Gem og luk"))
        self.wizard.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("&Dokumenter …"))
        self.wizard.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Afslut"))
        self.pages = {}
        for page_cls in PAGE_CLASSES:
            page = page_cls(self.ctx)
            self.wizard.setPage(PAGE_ORDER.index(page_cls.PAGE), page)
            self.pages[page_cls.PAGE] = page

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Trin i visitationen"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for number, page_id in enumerate(PAGE_ORDER, start=1):
            QListWidgetItem(f"{number}. {self.tr(PAGE_TITLES[page_id])}", self.steps)
        self.steps.setFixedWidth(210)
        self.wizard.setSideWidget(self.steps)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.wizard)
        self._connect_signals()
        self._resume(case.current_page)
        self._on_findings_changed()

    def _connect_signals(self) -> None:
        self.wizard.customButtonClicked.connect(self._on_custom_button)
        self.wizard.finished.connect(self._on_finished)
        self.wizard.currentIdChanged.connect(self._on_page_changed)
        self.ctx.findings_changed.connect(self._on_findings_changed)
        self.ctx.save_failed.connect(self._on_save_failed)
        self.ctx.saved.connect(self._on_saved)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_now)

    def _resume(self, page_value: str) -> None:
        """Open at the page where the case stopped, walking there so Back works."""
        try:
            target = PAGE_ORDER.index(WizardPage(page_value))
        except ValueError:
            target = 0
        self.wizard.restart()
        while self.wizard.currentId() < target:
            before = self.wizard.currentId()
            self.wizard.next()
            if self.wizard.currentId() == before:
                break
        self._on_page_changed(self.wizard.currentId())

    def current_page(self) -> WizardPage:
        return PAGE_ORDER[max(0, self.wizard.currentId())]

    def go_to(self, page: WizardPage) -> None:
        target = PAGE_ORDER.index(page)
        while self.wizard.currentId() > target:
            self.wizard.back()
        while self.wizard.currentId() < target:
            before = self.wizard.currentId()
            self.wizard.next()
            if self.wizard.currentId() == before:
                break

    def save_now(self) -> None:
        self.ctx.save_now()

    def _on_save_failed(self, reason: str) -> None:
        """Say it once per run of failed saves; what is typed stays on the screen and in the case."""
        if self._save_warned:
            return
        self._save_warned = True
        QMessageBox.warning(
            self,
            self.tr("Sagen kunne ikke gemmes"),
            reason + " " + self.tr("Det, du har skrevet, er stadig på skærmen og gemmes, så snart det kan."),
        )

    def _on_saved(self) -> None:
        self._save_warned = False

    def _on_findings_changed(self) -> None:
        """Mark the steps that still have something blocking a grant."""
        blocked = {f.page for f in self.ctx.findings if f.is_blocking}
        for row, page_id in enumerate(PAGE_ORDER):
            item = self.steps.item(row)
            title = f"{row + 1}. {self.tr(PAGE_TITLES[page_id])}"
            item.setText(f"{title}  ⚠" if page_id.value in blocked else title)
            item.setToolTip(self.tr("Har fund, der skal løses") if page_id.value in blocked else "")

    def _on_page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self.steps.setCurrentRow(page_id)
        self.save_now()

    def open_documents(self) -> None:
        """Save the case, then preview, print or save its documents."""
        self.save_now()
        open_documents(DocumentService(self.ctx.service.ws), self.ctx.case, self)

    def _on_custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton2.value:
            self.open_documents()
        else:
            self._on_save_and_close(which)

    def _on_save_and_close(self, _which: int) -> None:
        self.save_now()
        if not self.ctx.dirty:  # a failed save keeps the wizard open with what was typed
            self.closed.emit()

    def _on_finished(self, _result: int) -> None:
        self.save_now()
        self.closed.emit()
