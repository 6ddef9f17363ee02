"""The lost update: the wizard open on a case while another process saves it must not write its stale copy back."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.merge import Choice
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.workspace import Workspace, unlock

from .conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
FOLLOWUP_EXAMPLE = ROOT / "docs" / "examples" / "followup-example.json"
METTE = 1  # the first demo case: a full place at Aktivitetshuset Limfjorden


def _open(qtbot: QtBot, workspace: Workspace) -> tuple[CaseService, CaseWizard]:
    fill_demo(workspace, dt.date.today())
    service = CaseService(workspace)
    wizard = CaseWizard(service, service.open_case(METTE))
    qtbot.addWidget(wizard)
    wizard.resize(1366, 740)
    wizard.show()
    return service, wizard


def _type(wizard: CaseWizard, wishes: str) -> None:
    """What a text field of the purpose page does on each key: change the case, then touch()."""
    wizard.ctx.case.purposes.citizen_wishes = wishes
    wizard.ctx.touch()


def test_a_followup_recorded_by_the_cli_meanwhile_is_kept_and_the_typing_too(
    qtbot: QtBot, workspace: Workspace
) -> None:
    service, wizard = _open(qtbot, workspace)
    assert wizard.ctx.case.placement.place == "full"
    _type(wizard, "Vil gerne male om formiddagen")
    wizard.ctx.save_now()
    data_dir = workspace.data_dir

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "visitation_desktop",
            "--data-dir",
            str(data_dir),
            "--user",
            "AB",
            "--password-stdin",
            "followup",
            "record",
            str(METTE),
            str(FOLLOWUP_EXAMPLE),
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Handleplanen er gemt som version 2" in done.stdout

    _type(wizard, "Vil gerne male om formiddagen, helst onsdag")  # the window still shows a full place
    qtbot.waitUntil(lambda: not wizard.ctx.dirty, timeout=10_000)

    stored = workspace.repo.load_case(METTE)
    assert stored.placement.place == "half"  # the CLI's follow-up was not overwritten
    assert stored.purposes.citizen_wishes == "Vil gerne male om formiddagen, helst onsdag"
    assert wizard.ctx.case.placement.place == "half"  # the window shows it too
    assert (
        "Hentet fra det andet sted" in wizard.status.text()
        and "Tilbud og plads: plads" in wizard.status.text()
    )
    assert [v.version for v in workspace.repo.plan_versions(METTE)] == [1, 2]
    assert service.ws.repo.load_plan_version(METTE, 2).placement.place == "half"
    assert wizard.conflict_dialog is None  # different fields: nothing to choose


def test_a_field_changed_in_both_places_opens_the_conflict_view_and_the_choice_is_saved(
    qtbot: QtBot, workspace: Workspace
) -> None:
    _service, wizard = _open(qtbot, workspace)
    before = workspace.repo.load_case(METTE)
    other = unlock(workspace.data_dir, "AB", PASSWORD)  # another window or process on the same store
    try:
        elsewhere = CaseService(other).open_case(METTE)
        elsewhere.citizen.phone = "11 11 11 11"
        elsewhere.activities.note = "Ny note fra kontoret"
        CaseService(other).save(elsewhere)
    finally:
        other.close()

    wizard.ctx.case.citizen.phone = "22 22 22 22"
    _type(wizard, "Vil gerne male")
    qtbot.waitUntil(
        lambda: wizard.conflict_dialog is not None and wizard.conflict_dialog.isVisible(), timeout=10_000
    )
    dialog = wizard.conflict_dialog
    assert dialog is not None
    assert [c.label for c in dialog.conflicts] == ["Borger: telefon"]
    assert dialog.button("citizen.phone", Choice.MINE).text() == "22 22 22 22"
    assert dialog.button("citizen.phone", Choice.THEIRS).text() == "11 11 11 11"
    assert not dialog.save_button.isEnabled()  # nothing is chosen for the caseworker
    stored = workspace.repo.load_case(METTE)
    assert (stored.citizen.phone, stored.purposes.citizen_wishes) == (
        "11 11 11 11",
        before.purposes.citizen_wishes,
    )

    dialog.choose("citizen.phone", Choice.THEIRS)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.ctx.dirty, timeout=10_000)

    stored = workspace.repo.load_case(METTE)
    assert stored.citizen.phone == "11 11 11 11"  # the chosen value
    assert stored.purposes.citizen_wishes == "Vil gerne male"  # this window's other change kept
    assert stored.activities.note == "Ny note fra kontoret"  # the other place's other change kept
    assert wizard.ctx.case.citizen.phone == "11 11 11 11"
