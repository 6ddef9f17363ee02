"""The same damage in the GUI: a dialog over the login names it, and a damaged store offers the newest
backup; a damaged settings file or standard is said in the main window and the defaults are used."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from visitation_desktop.gui.login_dialog import LoginDialog
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.services import backups
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.workspace import Workspace

from .conftest import PASSWORD
from .damage import fingerprint


def _login(qtbot: QtBot, data_dir: Path) -> LoginDialog:
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.ui.initialsEdit.setText("AB")
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


def _flip_page_one(data_dir: Path) -> None:
    store = data_dir / "store.db"
    data = bytearray(store.read_bytes())
    data[300] ^= 0x5A
    store.write_bytes(bytes(data))


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the error dialogs shown."""
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: seen.append(f"{title}: {text}"))
    return seen


def test_a_damaged_store_without_backups_is_named_over_the_login(
    qtbot: QtBot, workspace: Workspace, data_dir: Path, asked: list[str]
) -> None:
    workspace.close()
    for backup in backups.list_all(data_dir):
        backup.path.unlink()
    _flip_page_one(data_dir)
    before = fingerprint(data_dir)

    dialog = _login(qtbot, data_dir)

    assert dialog.workspace is None and dialog.result() == 0
    assert len(asked) == 1 and asked[0].startswith("Datalageret kan ikke åbnes: Datalageret")
    assert "beskadiget (1 af" in asked[0] and "ingen sikkerhedskopier" in asked[0]
    assert "beskadiget" in dialog.ui.messageLabel.text()
    assert fingerprint(data_dir) == before


def test_a_damaged_store_offers_the_newest_backup_and_logs_in_on_it(
    qtbot: QtBot, workspace: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = fill_demo(workspace, dt.date(2026, 3, 2))
    backups.create(workspace)
    workspace.close()
    _flip_page_one(data_dir)
    damaged = (data_dir / "store.db").read_bytes()
    questions: list[str] = []

    def answer_yes(_parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        questions.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    dialog = _login(qtbot, data_dir)

    assert len(questions) == 1 and "beskadiget" in questions[0] and "Den nyeste sikkerhedskopi er fra" in questions[0]
    ws = dialog.workspace
    assert ws is not None
    try:
        assert len(CaseService(ws).list_cases()) == len(ids)
        assert any("er gendannet" in w for w in ws.warnings)
        aside = next((data_dir / "backups").glob("aside-*"))
        assert (aside / "store.db").read_bytes() == damaged, "the damaged store is kept aside, not deleted"
    finally:
        ws.close()


def test_a_damaged_settings_file_is_said_in_the_main_window(
    qtbot: QtBot, workspace: Workspace, data_dir: Path
) -> None:
    workspace.close()
    (data_dir / "settings.json").write_text("[1, 2]")
    dialog = _login(qtbot, data_dir)
    ws = dialog.workspace
    assert ws is not None
    window = MainWindow(ws)
    qtbot.addWidget(window)
    try:
        labels = [w.text() for w in window.findChildren(QLabel, "startupWarning")]
        assert len(labels) == 1 and "settings.json kan ikke bruges" in labels[0]
        assert "Standardindstillingerne bruges" in labels[0]
        assert (data_dir / "settings.json").read_text() == "[1, 2]"
    finally:
        window.close()
        ws.close()


def test_a_missing_standard_in_the_settings_falls_back_and_says_so(
    qtbot: QtBot, workspace: Workspace, data_dir: Path
) -> None:
    workspace.close()
    (data_dir / "settings.json").write_text(json.dumps({"standard_file": os.fspath(data_dir / "væk.toml")}))
    dialog = _login(qtbot, data_dir)
    ws = dialog.workspace
    assert ws is not None
    window = MainWindow(ws)
    qtbot.addWidget(window)
    try:
        labels = [w.text() for w in window.findChildren(QLabel, "startupWarning")]
        assert any("væk.toml" in t and "findes ikke" in t and "medfølgende standard" in t for t in labels)
        assert ws.standard.offers, "the bundled standard is in use"
    finally:
        window.close()
        ws.close()
