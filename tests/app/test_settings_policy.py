"""The Settings dialog shows what IT's policy fixed: greyed out, marked "Fastsat af IT", not changeable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from visitation_desktop.gui.dialogs import SettingsDialog
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.services.policy import POLICY_ENV
from visitation_desktop.services.settings import Settings
from visitation_desktop.services.workspace import unlock

from .conftest import PASSWORD

CENTRAL = "postgresql://vd@central.thisted.dk/visitation?sslmode=verify-full"


@pytest.fixture
def policy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "policy.json"
    monkeypatch.setenv(POLICY_ENV, str(path))
    return path


def test_policy_values_are_shown_greyed_out_and_fixed_by_it(qtbot, tmp_path: Path, policy_file: Path) -> None:
    data_dir = tmp_path / "data"
    Settings(idle_lock_minutes=30, central_url="postgresql://me@test/vd").save(data_dir)
    policy_file.write_text(json.dumps({"central_url": CENTRAL, "idle_lock_minutes": 3}), encoding="utf-8")
    settings = Settings.load(data_dir)

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.central_url.text() == CENTRAL and not dialog.central_url.isEnabled()
    assert dialog.idle.value() == 3 and not dialog.idle.isEnabled()
    assert set(dialog.fixed_labels) == {"central_url", "idle_lock_minutes"}
    for note in dialog.fixed_labels.values():
        assert note.text() == "Fastsat af IT" and note.isVisible() and not note.isEnabled()
    assert dialog.save_folder.isEnabled(), "what IT did not set stays the caseworker's"
    dialog.full_cpr.setChecked(True)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.idle_lock_minutes == 3 and settings.central_url == CENTRAL and settings.show_full_cpr


def test_a_damaged_policy_is_said_in_the_main_window_and_in_settings(
    qtbot, workspace, data_dir: Path, policy_file: Path
) -> None:
    workspace.close()
    policy_file.write_text("{ idle_lock_minutes: 3 ", encoding="utf-8")
    ws = unlock(data_dir, "AB", PASSWORD)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    try:
        window.show()
        label = window.statusBar().findChild(QLabel, "policyProblem")
        assert label is not None and label.isVisible()
        assert "ikke gyldig JSON" in label.text() and "Den bliver ikke brugt" in label.text()
        assert ws.settings.idle_lock_minutes == 5
        dialog = SettingsDialog(ws.settings, window)
        qtbot.addWidget(dialog)
        assert "ikke gyldig JSON" in dialog.message.text()
        assert dialog.idle.isEnabled()
    finally:
        window.close()
        ws.close()


def test_a_wrong_central_address_is_refused_in_danish(qtbot, tmp_path: Path, policy_file: Path) -> None:
    settings = Settings.load(tmp_path / "data")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.central_url.setText("mysql://server/db")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "PostgreSQL" in dialog.message.text()
    assert settings.central_url == "" and dialog.result() == 0
