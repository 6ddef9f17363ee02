""""Gem som PDF" starts in the folder IT set and warns, before writing, when the folder is synced to the cloud."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.gui.preview import DocumentPreview
from visitation_desktop.services.documents import DocumentService
from visitation_desktop.services.policy import POLICY_ENV
from visitation_desktop.services.workspace import unlock

from .conftest import PASSWORD, TODAY, USER, CliRun, DemoStore, actions, rendered


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Answer the save dialog with ``answers["path"]`` and every warning with ``answers["answer"]``."""
    seen: dict[str, Any] = {"answer": QMessageBox.StandardButton.Save, "warnings": [], "path": ""}

    def save_name(parent: object, caption: str, suggestion: str, filters: str) -> tuple[str, str]:
        seen["suggestion"] = suggestion
        return seen["path"], filters

    def warning(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        seen["warnings"].append((title, text))
        return seen["answer"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return seen


def test_save_starts_in_the_folder_it_set(
    qtbot: QtBot, demo_store: DemoStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: dict[str, Any]
) -> None:
    folder = tmp_path / "Sager" / "PDF"
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"default_save_folder": str(folder)}), encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    ws = unlock(demo_store.data_dir, USER, PASSWORD)
    try:
        case_id = next(iter(demo_store.ids.values()))
        from visitation_desktop.services.cases import CaseService

        preview = DocumentPreview(DocumentService(ws), CaseService(ws).open_case(case_id), today=TODAY)
        qtbot.addWidget(preview)
        rendered(qtbot, preview)
        answers["path"] = ""  # the caseworker closes the file dialog
        preview.save_button.click()
        assert Path(answers["suggestion"]).parent == folder
        assert folder.is_dir()
        preview.close()
    finally:
        ws.close()


def test_a_synced_folder_is_warned_about_before_anything_is_written(
    qtbot: QtBot, workspace: Any, main_case: CaseFile, tmp_path: Path, answers: dict[str, Any]
) -> None:
    preview = DocumentPreview(DocumentService(workspace), main_case, today=TODAY)
    qtbot.addWidget(preview)
    rendered(qtbot, preview)
    target = tmp_path / "OneDrive - Thisted Kommune" / "Dokumenter" / "plan.pdf"
    target.parent.mkdir(parents=True)
    answers["path"] = str(target)
    answers["answer"] = QMessageBox.StandardButton.Cancel
    preview.save_button.click()
    [(title, text)] = answers["warnings"]
    assert title == "Filen forlader computeren"
    assert "synkroniseret med OneDrive" in text and "forlader dermed computeren" in text
    assert "uden kryptering" in text
    assert not target.exists()
    assert "export" not in [a for a, _ in actions(workspace, main_case)]

    answers["answer"] = QMessageBox.StandardButton.Save
    preview.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")


def test_a_local_folder_gets_only_the_encryption_warning(
    qtbot: QtBot, workspace: Any, main_case: CaseFile, tmp_path: Path, answers: dict[str, Any]
) -> None:
    preview = DocumentPreview(DocumentService(workspace), main_case, today=TODAY)
    qtbot.addWidget(preview)
    rendered(qtbot, preview)
    answers["path"] = str(tmp_path / "plan.pdf")
    preview.save_button.click()
    [(title, text)] = answers["warnings"]
    assert title == "Filen bliver ikke krypteret" and "synkroniseret" not in text


def test_render_into_a_synced_folder_says_so_on_the_command_line(
    cli: CliRun, main_case: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "Dropbox" / "plan.pdf"
    out.parent.mkdir()
    done = cli("render", "handleplan", str(main_case.id), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "synkroniseret med Dropbox" in done.stderr
    assert out.exists()
