"""The visitation wizard, hosted in the main window. Pages come from ``pages.PAGE_CLASSES``.

Opening is cheap and read-only: the pages are made empty and each builds its widgets the first
time it is shown; nothing is saved until the caseworker changes something. Esc never closes the
case (popups close on their own Esc); Ctrl+Z puts back the last choice; the mouse wheel over a
combo or spin box that is not being edited scrolls the page (``WheelGuard``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import weakref
from collections.abc import Iterator, Mapping

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ...domain import cpr
from ...domain.case import PAGE_TITLES, CaseFile, WizardPage
from ...domain.merge import MergeResult
from ...services.cases import CaseService
from ...services.standards import note_msg
from ..citizen_view import CitizenScreen
from ..conflict_dialog import ConflictDialog
from ..messages import shown
from ..save_failure import SaveFailureNotice
from ..step_list import StepList
from ..wheel_guard import WheelGuard
from .base import CasePage
from .context import WizardContext
from .pages import PAGE_CLASSES

PAGE_ORDER = list(WizardPage)


STEPS_NARROW = 150  # the step list's width on a narrow screen (its titles wrap onto two lines)
NARROW_WINDOW = 1100  # below this window width the step list gives the page room


class _Wizard(QWizard):
    """QWizard that leaves Esc alone: the case stays open; ``escaped`` tells the host."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        self.escaped.emit()


class LazyPages(Mapping[WizardPage, CasePage]):
    """The wizard's pages by id; a page asked for is built and filled first."""

    def __init__(self, pages: dict[WizardPage, CasePage]) -> None:
        self._pages = pages

    def __getitem__(self, key: WizardPage) -> CasePage:
        page = self._pages[key]
        page.ensure_loaded()
        return page

    def __iter__(self) -> Iterator[WizardPage]:
        return iter(self._pages)

    def __len__(self) -> int:
        return len(self._pages)

    def built(self) -> list[WizardPage]:
        return [k for k, p in self._pages.items() if p._built]

    def built_pages(self) -> dict[str, CasePage]:
        """The pages built so far, by page value (without building any)."""
        return {k.value: p for k, p in self._pages.items() if p._built}


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
        self.ctx.setParent(self)  # its timers go with the wizard
        self.save_failure = SaveFailureNotice(self, self.tr("Sagen kunne ikke gemmes"), self._retry_save)
        self.conflict_dialog: ConflictDialog | None = None
        self.wizard = _Wizard(self)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        self.wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.wizard.setSubTitleFormat(Qt.TextFormat.PlainText)  # the header holds the citizen's name as typed
        self.wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.wizard.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.wizard.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.wizard.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Gem og luk"))
        self.wizard.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("&Dokumenter …"))
        self.wizard.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Afslut"))
        # Back and Next named here, not by Qt's own translation: their letters stay clear of the
        # menu bar's (Qt's Danish "< &Tilbage" took Alt+T from Funktioner).
        self.wizard.setButtonText(QWizard.WizardButton.BackButton, self.tr("< T&ilbage"))
        self.wizard.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Næste >"))
        # Why Næste is greyed out stands beside it; clicking the reason goes to the field to fill.
        self.wizard.setOption(QWizard.WizardOption.HaveCustomButton3, True)
        self.wizard.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.CustomButton2,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.CustomButton3,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
            ]
        )
        self.next_reason = self.wizard.button(QWizard.WizardButton.CustomButton3)
        if isinstance(self.next_reason, QPushButton):
            self.next_reason.setFlat(True)
        self.next_reason.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_reason.setStyleSheet("color: #8a5a00; text-align: right; border: none;")
        self.next_reason.setAccessibleName(self.tr("Hvorfor Næste ikke kan bruges"))
        self._furthest = 0  # the furthest page reached: steps before it show their ⚠
        self._page_index = {p.value: i for i, p in enumerate(PAGE_ORDER)}
        pages: dict[WizardPage, CasePage] = {}
        for page_cls in PAGE_CLASSES:
            page = page_cls(self.ctx)
            self.wizard.setPage(PAGE_ORDER.index(page_cls.PAGE), page)
            pages[page_cls.PAGE] = page
            page.completeChanged.connect(self._show_next_reason)
        self.pages = LazyPages(pages)

        self.steps = StepList()
        self.steps.setAccessibleName(self.tr("Trin i visitationen"))
        titles = [
            f"{number}. {self.tr(PAGE_TITLES[page_id])}" for number, page_id in enumerate(PAGE_ORDER, 1)
        ]
        for title in titles:
            QListWidgetItem(title, self.steps)
        self._steps_wide = max(STEPS_NARROW, self.steps.needed_width(titles))
        self.steps.setFixedWidth(self._steps_wide)
        self.wizard.setSideWidget(self.steps)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setStyleSheet("color: #2e5e1e;")

        # A case assessed under another standard than the active one says so (services.standards).
        note = note_msg(service.ws, case)
        self.standard_note = QLabel(shown(note) if note is not None else "")
        self.standard_note.setWordWrap(True)
        self.standard_note.setAccessibleName(self.tr("Kvalitetsstandard"))
        self.standard_note.setStyleSheet("background: #fff4d6; color: #5a3d00; padding: 6px;")
        self.standard_note.setVisible(bool(self.standard_note.text()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.standard_note)
        layout.addWidget(self.wizard, 1)
        self.citizen_screen = CitizenScreen(self, self.ctx)  # the citizen's view: its button and F11
        status_row = QHBoxLayout()
        status_row.setContentsMargins(9, 0, 9, 6)  # in line with the wizard's own buttons
        status_row.addWidget(self.citizen_screen.button)
        status_row.addWidget(self.status, 1)
        self.status.setWordWrap(True)  # beside the button: a long status wraps rather than widen the window
        layout.addLayout(status_row)
        self.wheel_guard = WheelGuard(self)
        self._follow_focus()
        self._shown_once = False
        self._connect_signals()
        self._resume(
            service.viewed_pages.get(case.id or 0, case.current_page) if case.id else case.current_page
        )
        self._on_findings_changed()

    def _connect_signals(self) -> None:
        self.wizard.customButtonClicked.connect(self._on_custom_button)
        self.wizard.finished.connect(self._on_finished)
        self.wizard.currentIdChanged.connect(self._on_page_changed)
        self.wizard.escaped.connect(self._on_escape)
        self.ctx.findings_changed.connect(self._on_findings_changed)
        self.ctx.save_failed.connect(self.save_failure.failed)
        self.ctx.saved.connect(self._on_saved)
        self.ctx.conflict_found.connect(self._on_conflict)
        self.ctx.reloaded.connect(self._on_reloaded)
        self.steps.itemClicked.connect(self._on_step_clicked)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_now)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _resume(self, page_value: str) -> None:
        """Open at the page where the case stopped, walking there so Back works; pages passed are not built."""
        try:
            target = PAGE_ORDER.index(WizardPage(page_value))
        except ValueError:
            target = 0
        self.ctx.resuming = True
        try:
            self.wizard.restart()
            while self.wizard.currentId() < target:
                before = self.wizard.currentId()
                self.wizard.next()
                if self.wizard.currentId() == before:
                    break
        finally:
            self.ctx.resuming = False
        current = self.wizard.currentPage()
        if isinstance(current, CasePage):
            current.ensure_loaded()
        self._on_page_changed(self.wizard.currentId())

    def _follow_focus(self) -> None:
        """Tell the built pages when the keyboard leaves a field (calm validation shows its message).

        Connected through a plain function holding a weak reference, disconnected when the wizard
        goes, so no signal reaches a wizard half torn down."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        ref = weakref.ref(self)

        def on_focus(old: QWidget | None, new: QWidget | None) -> None:
            wizard = ref()
            if wizard is None or not shiboken6.isValid(wizard) or old is None:
                return
            for page in wizard.pages.built_pages().values():
                if shiboken6.isValid(page):
                    page.on_focus_changed(old, new)

        app.focusChanged.connect(on_focus)

        def disconnect(*_args: object) -> None:
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(on_focus)

        self.destroyed.connect(disconnect)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        """On a narrow screen the step list gives the page room (its titles wrap onto a second line)."""
        super().resizeEvent(event)
        width = self._steps_wide if event.size().width() >= NARROW_WINDOW else STEPS_NARROW
        if self.steps.width() != width:
            self.steps.setFixedWidth(width)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._focus_page()

    def _focus_page(self) -> None:
        page = self.wizard.currentPage()
        if isinstance(page, CasePage) and page.isVisible():
            page.focus_first_field()

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
        self.steps.setCurrentRow(self.wizard.currentId())

    def _on_step_clicked(self, item: QListWidgetItem) -> None:
        self.go_to(PAGE_ORDER[self.steps.row(item)])

    def save_now(self) -> None:
        self.ctx.save_now()

    def _on_conflict(self, result: MergeResult) -> None:
        """The case was saved elsewhere with other values in fields changed here: let the caseworker choose."""
        if self.conflict_dialog is not None and self.conflict_dialog.isVisible():
            return
        self.conflict_dialog = dialog = ConflictDialog(
            result.conflicts,
            mine_title=self.tr("Dette vindue"),
            theirs_title=self.tr("Gemt et andet sted"),
            mine_side=result.mine_side,
            theirs_side=result.theirs_side,
            intro=self.tr(
                "Sagen er gemt et andet sted (fx med en opfølgning på kommandolinjen), mens den var åben her. "
                "Ændringer i forskellige felter er lagt sammen. Disse felter er ændret begge steder: vælg, "
                "hvilken værdi der skal gælde. Intet er overskrevet."
            ),
            parent=self,
        )
        dialog.accepted.connect(lambda: self.ctx.resolve(dialog.choices()))
        dialog.rejected.connect(
            lambda: self.show_status(
                self.tr("Sagen er ikke gemt: vælg i konfliktvisningen ved næste ændring.")
            )
        )
        dialog.open()

    def _on_reloaded(self, labels: list[str]) -> None:
        if labels:
            self.show_status(self.tr("Hentet fra det andet sted: %1").replace("%1", ", ".join(labels)))

    def _retry_save(self) -> bool:
        self.ctx.save_now()
        return not self.ctx.dirty

    def _on_saved(self) -> None:
        self.save_failure.saved()
        self.show_status(self.tr("Sagen er gemt."))

    def undo(self) -> None:
        if self.ctx.undo():
            self.show_status(self.tr("Sidste valg er fortrudt."))
        else:
            self.show_status(self.tr("Der er intet valg at fortryde."))

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def _on_escape(self) -> None:
        self.save_now()
        self.show_status(self.tr("Sagen er gemt. Luk den med »Gem og luk«."))

    def _go_to_blocking_field(self) -> None:
        page = self.wizard.currentPage()
        widget = page.first_blocking_widget() if isinstance(page, CasePage) else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_next_reason(self) -> None:
        page = self.wizard.currentPage()
        next_button = self.wizard.button(QWizard.WizardButton.NextButton)
        reason = page.next_blocked_reason() if isinstance(page, CasePage) else ""
        blocked = bool(reason) and not next_button.isEnabled()
        self.next_reason.setText(reason.replace("&", "&&") if blocked else "")
        self.next_reason.setVisible(blocked)
        next_button.setToolTip(reason if blocked else "")

    def header_text(self) -> str:
        """Whose case this is, on every page: the citizen's name and masked CPR number."""
        citizen = self.ctx.case.citizen
        name = citizen.name.strip() or self.tr("(uden navn)")
        masked = cpr.mask(citizen.cpr)
        if not masked.startswith("xxxxxx"):
            return self.tr("Borger: {0}, CPR {1}").format(name, masked)
        return self.tr("Borger: {0}").format(name)

    def _show_header(self) -> None:
        page = self.wizard.currentPage()
        if page is not None:
            page.setSubTitle(self.header_text())

    def _on_findings_changed(self) -> None:
        """Mark the steps passed that still have something blocking a grant (not those ahead)."""
        self._show_header()
        built = self.pages.built_pages()
        blocked = {
            f.page
            for f in self.ctx.findings
            if f.is_blocking
            and f.page in self._page_index
            and (self._page_index[f.page] < self._furthest or (f.page in built and built[f.page].shows(f)))
        }
        for row, page_id in enumerate(PAGE_ORDER):
            title = f"{row + 1}. {self.tr(PAGE_TITLES[page_id])}"
            finding = self.tr("Har fund, der skal løses")
            if page_id.value in blocked:
                self.steps.set_title(row, f"{title}  ⚠", f"{title}: {finding}")
            else:
                self.steps.set_title(row, title, title)

    def _on_page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self.steps.setCurrentRow(page_id)
        self._show_header()
        if page_id > self._furthest:
            self._furthest = page_id
            self._on_findings_changed()
        self._show_next_reason()
        if self.ctx.case.id is not None:
            self.ctx.service.viewed_pages[self.ctx.case.id] = PAGE_ORDER[page_id].value
        self.save_now()
        if self.isVisible():
            QTimer.singleShot(0, self, self._focus_page)  # once QWizard has shown the page

    def open_documents(self) -> None:
        """Save the case, then preview, print or save its documents."""
        from ...services.documents import DocumentService
        from ..preview import open_documents

        self.save_now()
        open_documents(DocumentService(self.ctx.service.ws), self.ctx.case, self)

    def _on_custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton3.value:
            self._go_to_blocking_field()
        elif which == QWizard.WizardButton.CustomButton2.value:
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
