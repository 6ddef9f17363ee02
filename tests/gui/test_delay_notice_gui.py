"""The delay-notice dialog: the date and the reason are kept in the case and make the letter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from visitation_desktop.documents import DocumentKind
from visitation_desktop.gui.followup.delay_notice_dialog import DelayNoticeDialog
from visitation_desktop.gui.preview import DocumentPreview
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.workspace import Workspace

TODAY = dt.date(2026, 11, 26)


def _niels(ws: Workspace) -> int:
    fill_demo(ws, TODAY)
    return next(r.id for r in ws.repo.list_cases() if r.citizen_name == "Niels Ejner Bak")


def test_the_suggested_note_is_a_whole_sentence_that_follows_date_and_reason(qtbot: QtBot, workspace: Workspace) -> None:
    case_id = _niels(workspace)
    dialog = DelayNoticeDialog(workspace, case_id, TODAY)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText(dialog._suggestion())  # Niels has a note already: start as a new notice does
    dialog._suggested = dialog.text_edit.toPlainText()
    dialog.expected_edit.setDate(QDate(2026, 12, 18))
    dialog.reason_edit.setPlainText("Vi venter på en udtalelse fra din læge.")
    text = dialog.text_edit.toPlainText()
    assert text.startswith("Besked sendt 26. november 2026: Vi kan ikke nå at træffe afgørelse")
    assert "Du kan forvente en afgørelse senest 18. december 2026." in text
    assert text.endswith("Årsagen er: Vi venter på en udtalelse fra din læge.")
    dialog.reject()


def test_make_the_letter_from_the_dialog(qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = _niels(workspace)
    shown: list[tuple[DocumentKind, str]] = []

    def show(preview: DocumentPreview) -> int:
        qtbot.waitUntil(lambda: not preview.rendering, timeout=60_000)  # rendered in its worker thread
        shown.append((preview.kind, preview.message.text() if preview.pdf is None else "pdf"))
        preview.close()
        return 0

    monkeypatch.setattr(DocumentPreview, "exec", show)
    dialog = DelayNoticeDialog(workspace, case_id, TODAY)
    qtbot.addWidget(dialog)
    dialog.expected_edit.setDate(QDate(2026, 12, 18))
    dialog.reason_edit.setPlainText("Vi venter på en udtalelse fra din læge.")
    dialog.letter_button.click()
    assert shown == [(DocumentKind.DELAY_NOTICE, "pdf")]
    stored = workspace.repo.load_case(case_id)
    assert stored.decision.expected_on == dt.date(2026, 12, 18)
    assert stored.decision.overrun_reason == "Vi venter på en udtalelse fra din læge."
    logged = [(e.action, e.detail) for e in workspace.repo.access_log(100) if e.case_id == case_id]
    assert ("render", "delay-notice") in logged and ("edit", "delay notice") in logged
    dialog.reject()
