"""The follow-up wizard, hosted in the main window like the visitation wizard.

Six steps: the meeting, goal attainment, abilities, the decision, new and revised goals (only
when the service is adjusted) and the summary, whose "Registrér opfølgning" stores it all.
What is written is saved in the store as a draft as it goes; "Luk" leaves without recording, and
opening the follow-up of the case again resumes the draft at the page it was left on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget, QWizard

from ...domain.case import CaseFile
from ...domain.followup import FollowUp
from ...domain.followup_rules import FOLLOWUP_PAGE_TITLES, FollowUpPage
from ...services.workspace import Workspace
from ..save_failure import SaveFailureNotice
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
        self._resuming = False
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
        self.save_failure = SaveFailureNotice(self, self.tr("Opfølgningen kunne ikke gemmes"), self._retry_save)
        self._connect_signals()
        self._resume(self.ctx.page)

    def _connect_signals(self) -> None:
        self.wizard.customButtonClicked.connect(self._on_close)
        self.wizard.finished.connect(self._on_finished)
        self.wizard.currentIdChanged.connect(self._on_page_changed)
        self.ctx.recorded.connect(self.recorded)
        self.ctx.save_failed.connect(self.save_failure.failed)
        self.ctx.saved.connect(self.save_failure.saved)

    def _resume(self, page_value: str) -> None:
        """Open at the page the draft was left on, walking there so Back works."""
        try:
            target = FollowUpPage(page_value)
        except ValueError:
            target = PAGE_ORDER[0]
        self._resuming = True
        try:
            self.wizard.restart()
            self.go_to(target)
        finally:
            self._resuming = False
        self._on_page_changed(self.wizard.currentId())

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
        """The unrecorded follow-up (also saved in the store as a draft); None once recorded."""
        return None if self.ctx.result is not None else self.ctx.followup

    def save_now(self) -> None:
        """Save the draft now if something changed (the host calls this before it closes or locks)."""
        self.ctx.save_now()

    def _retry_save(self) -> bool:
        self.ctx.save_now()
        return not self.ctx.dirty

    def _on_page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self.steps.setCurrentRow(page_id + 1)
        if not self._resuming:
            self.ctx.show_page(PAGE_ORDER[page_id].value)

    def _on_close(self, _which: int) -> None:
        self.save_now()
        if not self.ctx.dirty:  # a failed save keeps the wizard open with what was typed
            self.closed.emit()

    def _on_finished(self, _result: int) -> None:
        self.closed.emit()
