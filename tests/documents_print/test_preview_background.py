"""The preview renders in a worker thread: the window keeps answering and then shows the document."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from visitation_desktop.documents import DocumentKind
from visitation_desktop.domain.case import CaseFile
from visitation_desktop.gui.preview import DocumentPreview
from visitation_desktop.services.documents import DocumentService
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, flat, rendered


def test_the_window_answers_while_the_document_renders_and_then_shows_it(
    qtbot: QtBot, workspace: Workspace, main_case: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    threads: list[str] = []
    real_render = DocumentService.render

    def held_render(self: DocumentService, case: CaseFile, kind: DocumentKind | str, today: object = None) -> bytes:
        threads.append(threading.current_thread().name)
        release.wait(timeout=120)  # the render lasts until the GUI thread has shown it keeps running
        return real_render(self, case, kind, today)  # type: ignore[arg-type]

    monkeypatch.setattr(DocumentService, "render", held_render)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        preview = DocumentPreview(DocumentService(workspace), main_case, today=TODAY)  # returns at once
        qtbot.addWidget(preview)
        preview.show()
        assert preview.rendering
        assert preview.stack.currentWidget() is preview.busy
        assert preview.busy_label.text() == "Dokumentet laves …"
        assert not preview.save_button.isEnabled() and not preview.print_button.isEnabled()
        qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=60_000)  # the GUI thread's timer keeps firing
        assert preview.rendering and preview.stack.currentWidget() is preview.busy
        release.set()
        rendered(qtbot, preview)
    finally:
        release.set()
        timer.stop()
    assert threads and threads[0] != threading.main_thread().name
    assert preview.stack.currentWidget() is preview.view
    assert preview.page_count() > 0 and preview.save_button.isEnabled()
    assert flat(main_case.citizen.name) in flat(preview.document.getAllText(0).text())


def test_a_kind_chosen_while_rendering_replaces_it(qtbot: QtBot, workspace: Workspace, main_case: CaseFile) -> None:
    preview = DocumentPreview(DocumentService(workspace), main_case, today=TODAY)
    qtbot.addWidget(preview)
    preview.show()
    preview.kind_combo.setCurrentIndex(preview.kind_combo.findData(DocumentKind.EASYREAD.value))
    rendered(qtbot, preview)
    assert preview.kind is DocumentKind.EASYREAD
    assert flat("Til " + main_case.citizen.name) in flat(preview.document.getAllText(0).text())
