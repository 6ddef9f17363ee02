"""The document preview as the caseworker sees it: pages, the chooser, save as PDF, print, and the ways in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from visitation_desktop.documents import DocumentKind
from visitation_desktop.domain.case import CaseFile
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.gui.preview import DocumentPreview
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.documents import DocumentService
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, CupsQueue, TempWatch, actions, ascii_letters, flat, pdf_pages, pdf_text, rendered


@pytest.fixture
def preview(qtbot: QtBot, workspace: Workspace, main_case: CaseFile) -> DocumentPreview:
    dialog = DocumentPreview(DocumentService(workspace), main_case, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return rendered(qtbot, dialog)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    """Answer the save dialog with ``tmp_path / "borger"`` and the warning with ``answer``; keep what was shown."""
    seen: dict[str, Any] = {"answer": QMessageBox.StandardButton.Save, "warnings": []}

    def save_name(parent: object, caption: str, suggestion: str, filters: str) -> tuple[str, str]:
        seen["suggestion"] = suggestion
        return str(tmp_path / "borger"), filters

    def warning(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        seen["warnings"].append((title, text))
        return seen["answer"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(warning))
    return seen


def test_the_preview_shows_every_page_and_saves_the_pdf(
    qtbot: QtBot, preview: DocumentPreview, dialogs: dict[str, Any], workspace: Workspace, main_case: CaseFile,
    goal_text: str, tmp_path: Path, temp_watch: TempWatch,
) -> None:
    assert preview.kind_combo.currentText() == "Handleplan"
    assert preview.stack.currentWidget() is preview.view
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)

    saved = tmp_path / "borger.pdf"
    pages = pdf_pages(saved)
    assert preview.page_label.text() == f"{pages} sider"
    assert preview.view.document().pageCount() == pages
    assert flat(goal_text) in flat(pdf_text(saved))
    assert dialogs["suggestion"].endswith(f"handleplan-sag-{main_case.id}.pdf")
    [(title, text)] = dialogs["warnings"]
    assert title == "Filen bliver ikke krypteret"
    assert "uden kryptering og indeholder personoplysninger" in text
    assert preview.status.text() == f"Gemt i {saved}. Filen er ikke krypteret."
    assert actions(workspace, main_case)[-2:] == [("render", "handleplan"), ("export", "handleplan")]
    assert temp_watch.leftovers() == []


def test_cancelling_the_warning_writes_nothing(
    qtbot: QtBot, preview: DocumentPreview, dialogs: dict[str, Any], workspace: Workspace, main_case: CaseFile,
    tmp_path: Path,
) -> None:
    dialogs["answer"] = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "borger.pdf").exists()
    assert "export" not in [a for a, _ in actions(workspace, main_case)]


def test_the_chooser_switches_to_the_easy_read_handout(qtbot: QtBot, preview: DocumentPreview,
                                                       main_case: CaseFile) -> None:
    preview.kind_combo.setFocus()
    qtbot.keyClicks(preview.kind_combo, "L")
    assert preview.kind is DocumentKind.EASYREAD
    rendered(qtbot, preview)
    text = preview.document.getAllText(0).text()
    assert flat("Til " + main_case.citizen.name) in flat(text)
    assert preview.page_label.text() == f"{preview.document.pageCount()} sider"


def test_a_refusal_without_reasoning_shows_what_is_missing(
    qtbot: QtBot, workspace: Workspace, unreasoned_refusal: CaseFile
) -> None:
    dialog = DocumentPreview(DocumentService(workspace), unreasoned_refusal, kind=DocumentKind.DECISION)
    qtbot.addWidget(dialog)
    dialog.show()
    rendered(qtbot, dialog)
    shown = QTextDocumentFragment.fromHtml(dialog.message.text()).toPlainText()
    assert dialog.stack.currentWidget() is dialog.message
    assert shown.startswith("Afgørelsesbrevet kan ikke laves endnu. Der mangler:")
    for part in ("begrundelse: de regler, afgørelsen bygger på", "begrundelse: de faktiske forhold",
                 "begrundelse: de hovedhensyn, der har været afgørende"):
        assert part in shown
    assert not dialog.print_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.page_label.text() == ""
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Letlæst udgave"))
    rendered(qtbot, dialog)
    assert dialog.stack.currentWidget() is dialog.view
    assert dialog.save_button.isEnabled()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Handleplan"))  # a refusal has none
    rendered(qtbot, dialog)
    assert dialog.stack.currentWidget() is dialog.message
    shown = QTextDocumentFragment.fromHtml(dialog.message.text()).toPlainText()
    assert shown.startswith("Handleplanen laves ikke for denne sag: Der laves ikke en handleplan")
    assert not dialog.save_button.isEnabled()


def test_the_wizard_opens_the_documents_of_its_case(qtbot: QtBot, workspace: Workspace,
                                                    main_case: CaseFile) -> None:
    wizard = CaseWizard(CaseService(workspace), main_case, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    button = wizard.wizard.button(QWizard.WizardButton.CustomButton2)
    assert button.isVisible()
    assert button.text() == "&Dokumenter …"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview = wizard.findChild(DocumentPreview)
    assert preview is not None and preview.isVisible()
    assert preview.case is wizard.ctx.case
    assert rendered(qtbot, preview).page_count() > 0


def test_ctrl_p_opens_the_selected_case_and_locking_closes_it(
    qtbot: QtBot, workspace: Workspace, main_case: CaseFile
) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.overview_pending, timeout=30_000)
    row = next(r for r in range(window.model.rowCount()) if window.model.case_id(r) == main_case.id)
    window.ui.caseTable.setCurrentIndex(window.model.index(row, 0))
    assert window.actionDocuments.shortcut().toString() == "Ctrl+P"
    assert window.actionDocuments in window.ui.fileMenu.actions()
    window.actionDocuments.trigger()
    preview = window.findChild(DocumentPreview)
    assert preview is not None and preview.isVisible()
    assert preview.case.id == main_case.id
    assert preview.windowTitle() == f"Dokumenter – sag {main_case.id}"
    window.lock()
    qtbot.waitUntil(lambda: window.findChild(DocumentPreview) is None)
    assert not window.actionDocuments.isEnabled()
    window.close()


def test_printing_to_a_cups_queue_sends_the_pdf_itself(
    qtbot: QtBot, cups_queue: CupsQueue, preview: DocumentPreview, workspace: Workspace, main_case: CaseFile,
    goal_text: str, monkeypatch: pytest.MonkeyPatch, temp_watch: TempWatch,
) -> None:
    def choose_queue(dialog: QPrintDialog) -> int:
        dialog.printer().setPrinterName(cups_queue.name)
        dialog.printer().setCopyCount(1)
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", choose_queue)
    before = cups_queue.outputs()
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    printed = cups_queue.wait_for_job(before)
    assert ascii_letters(goal_text) in ascii_letters(pdf_text(printed))
    assert pdf_pages(printed) == preview.page_count()
    assert preview.status.text().startswith(f"Sendt til {cups_queue.name} (job {cups_queue.name}-")
    assert actions(workspace, main_case)[-1] == ("print", f"handleplan; printer {cups_queue.name}, copies 1")
    assert temp_watch.leftovers() == []
