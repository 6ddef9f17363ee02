"""The follow-up wizard, hosted in the main window like the visitation wizard.

Six steps: the meeting, goal attainment, abilities, the decision, new and revised goals (only
when the service is adjusted) and the summary, whose "Registrér opfølgning" stores it all.
"Luk" leaves without recording; the main window keeps the draft for the rest of the session.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget, QWizard

from ...domain.case import CaseFile
from ...domain.followup import FollowUp
from ...domain.followup_rules import FOLLOWUP_PAGE_TITLES, FollowUpPage
from ...services.workspace import Workspace
from .base import FollowUpWizardPage
from .context import FollowUpContext
from .pages import PAGE_CLASSES

PAGE_ORDER = list(FollowUpPage)


class FollowUpWizard(QWidget):
    """``recorded`` (RecordedFollowUp) when stored; ``closed`` whenever the caseworker leaves it."""

    recorded = Signal(object)
    closed = Signal()

    def __init__(
        self,
        ws: Workspace,
        case: CaseFile,
        parent: QWidget | None = None,
        draft: FollowUp | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = FollowUpContext(ws, case, draft, today)
        self.wizard = QWizard(self)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        self.wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.wizard.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.wizard.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Luk"))
        self.wizard.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Registrér opfølgning"))
        self.wizard.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Næste >"))
        self.wizard.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Tilbage"))
        self.pages: dict[FollowUpPage, FollowUpWizardPage] = {}
        for page_cls in PAGE_CLASSES:
            page = page_cls(self.ctx)
            self.wizard.setPage(PAGE_ORDER.index(page_cls.PAGE), page)
            self.pages[page_cls.PAGE] = page

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Trin i opfølgningen"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        title = QListWidgetItem(self.tr("Opfølgning:\n{0}").format(case.citizen.name or self.tr("(uden navn)")))
        title.setFlags(Qt.ItemFlag.NoItemFlags)
        self.steps.addItem(title)
        for number, page_id in enumerate(PAGE_ORDER, start=1):
            QListWidgetItem(f"{number}. {self.tr(FOLLOWUP_PAGE_TITLES[page_id])}", self.steps)
        self.steps.setFixedWidth(210)
        self.steps.setWordWrap(True)
        self.wizard.setSideWidget(self.steps)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.wizard)
        self._connect_signals()
        self.wizard.restart()

    def _connect_signals(self) -> None:
        self.wizard.customButtonClicked.connect(self._on_close)
        self.wizard.finished.connect(self._on_finished)
        self.wizard.currentIdChanged.connect(self._on_page_changed)
        self.ctx.recorded.connect(self.recorded)

    def current_page(self) -> FollowUpPage:
        return PAGE_ORDER[max(0, self.wizard.currentId())]

    def go_to(self, page: FollowUpPage) -> None:
        """Walk to ``page`` with Next/Back (skipped pages stay skipped)."""
        target = PAGE_ORDER.index(page)
        while self.wizard.currentId() > target:
            self.wizard.back()
        while self.wizard.currentId() < target:
            before = self.wizard.currentId()
            self.wizard.next()
            if self.wizard.currentId() == before:
                break

    def draft(self) -> FollowUp | None:
        """The unrecorded follow-up, to resume later in the session; None once recorded."""
        return None if self.ctx.result is not None else self.ctx.followup

    def save_now(self) -> None:
        """Nothing is stored before "Registrér opfølgning"; the host keeps the draft."""

    def _on_page_changed(self, page_id: int) -> None:
        if page_id >= 0:
            self.steps.setCurrentRow(page_id + 1)

    def _on_close(self, _which: int) -> None:
        self.closed.emit()

    def _on_finished(self, _result: int) -> None:
        self.closed.emit()
