"""Signing on the screen: strokes drawn with the mouse on the pad, saved as the plan's acceptance in
the store (with the plan version), printed on the handleplan; a changed goal makes it stale."""

from __future__ import annotations

import base64
import datetime as dt
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from visitation_desktop.documents import DocumentKind
from visitation_desktop.domain.acceptance import AcceptanceState, acceptance_state, signature_png
from visitation_desktop.domain.case import CaseFile, WizardPage
from visitation_desktop.gui.signature_pad import SignaturePad
from visitation_desktop.gui.wizard.acceptance_dialog import AcceptanceDialog
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.services.acceptance import check_signature_png
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.documents import DocumentService
from visitation_desktop.services.workspace import Workspace

TODAY = dt.date(2026, 11, 26)  # the demo case's dates are relative to this day


def draw(qtbot: QtBot, widget: object, points: list[tuple[int, int]]) -> None:
    """One stroke through ``points`` with the left mouse button held."""
    first, *rest = [QPoint(x, y) for x, y in points]
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)  # type: ignore[call-overload]
    for point in rest:
        QTest.mouseMove(widget, point)  # type: ignore[call-overload]
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rest[-1])  # type: ignore[call-overload]


def sign(qtbot: QtBot, pad: SignaturePad) -> None:
    canvas = pad.canvas
    qtbot.waitUntil(canvas.isVisible, timeout=10_000)
    draw(qtbot, canvas, [(40 + 12 * i, 100 - (i % 5) * 12) for i in range(25)])
    draw(qtbot, canvas, [(80, 60), (140, 110), (220, 70)])


def test_the_pad_draws_clears_and_exports_a_small_cropped_png(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 240)
    pad.show()
    assert pad.is_empty() and not pad.clear_button.isEnabled() and pad.to_png() == b""
    sign(qtbot, pad)
    assert pad.canvas.stroke_count() == 2 and pad.clear_button.isEnabled()
    png = pad.to_png()
    info = check_signature_png(png)  # what the store accepts
    assert len(png) < 30_000
    assert info.width < pad.canvas.width() * 2 and info.height < pad.canvas.height() * 2  # cropped to the ink
    assert info.width > 400  # ~290 px of ink at twice the resolution, with its margin
    qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.is_empty() and not pad.clear_button.isEnabled()


@pytest.fixture
def wizard(qtbot: QtBot, service: CaseService, complete_case: Callable[..., CaseFile]) -> CaseWizard:
    case = complete_case(outcome="")
    for goal in case.goals:  # no goal marked accepted: the plan's acceptance is what SMART A reads
        goal.accepted, goal.acceptance_note = False, ""
    service.new_case(case)
    wizard = CaseWizard(service, case, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 740)
    wizard.show()
    wizard.go_to(WizardPage.DECISION)
    return wizard


def _open_dialog(qtbot: QtBot, wizard: CaseWizard) -> AcceptanceDialog:
    panel = wizard.pages[WizardPage.DECISION].acceptance_panel
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=10_000)
    assert panel.dialog is not None
    return panel.dialog


def test_signed_on_screen_is_stored_with_the_plan_version_and_printed(
    qtbot: QtBot, wizard: CaseWizard, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own_tmp = tmp_path / "tmp"
    own_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(own_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(own_tmp))
    decision = wizard.pages[WizardPage.DECISION]
    panel = decision.acceptance_panel
    assert "Planen er ikke accepteret endnu" in panel.state_label.text()
    assert not decision.grant_button.isEnabled(), "SMART A blocks the grant without an acceptance"

    dialog = _open_dialog(qtbot, wizard)
    assert dialog.windowTitle() == "Accept af planen"  # no name in a window title
    assert dialog.who_combo.currentText() == wizard.ctx.case.citizen.name
    sign(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is None or not panel.dialog.isVisible(), timeout=10_000)

    case_id = wizard.ctx.case.id or 0
    stored = workspace.repo.load_case(case_id)  # read back through the repository
    assert stored.acceptance is not None
    assert (stored.acceptance.kind, stored.acceptance.by, stored.acceptance.on) == (
        "signature", wizard.ctx.case.citizen.name, TODAY
    )
    assert stored.acceptance.plan_version == 1
    png = signature_png(stored.acceptance)
    check_signature_png(png)
    assert acceptance_state(stored) is AcceptanceState.CURRENT
    qtbot.waitUntil(lambda: "Accepteret af" in panel.state_label.text(), timeout=10_000)
    assert f"den {TODAY:%d-%m-%Y} med underskrift på skærmen" in panel.state_label.text()
    assert panel.thumbnail.isVisible()
    qtbot.waitUntil(decision.grant_button.isEnabled, timeout=10_000)

    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(DocumentService(workspace).render(stored, DocumentKind.HANDLEPLAN, TODAY))
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Underskrevet på skærmen" in text and wizard.ctx.case.citizen.name in text
    images = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert len(images.splitlines()) > 2, "the signature is an image in the PDF"

    # the PNG lives only in the encrypted store: no temp file, no plain copy beside the store
    assert not list(own_tmp.iterdir())
    needle = base64.b64encode(png)[24:64]
    for path in workspace.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert png[16:48] not in data and needle not in data, path


def test_a_changed_goal_needs_a_new_acceptance(qtbot: QtBot, wizard: CaseWizard, workspace: Workspace) -> None:
    decision = wizard.pages[WizardPage.DECISION]
    panel = decision.acceptance_panel
    dialog = _open_dialog(qtbot, wizard)
    sign(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(decision.grant_button.isEnabled, timeout=10_000)

    wizard.go_to(WizardPage.GOALS)
    goals = wizard.pages[WizardPage.GOALS]
    goals.text_edit.setPlainText(goals.text_edit.toPlainText() + " og cykle derhen selv")
    wizard.go_to(WizardPage.DECISION)
    stale = "Planen er ændret efter accepten – der skal en ny accept til."
    qtbot.waitUntil(lambda: stale in panel.state_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not decision.grant_button.isEnabled(), timeout=10_000)
    assert "goals.acceptance_stale" in {f.code for f in wizard.ctx.findings}
    qtbot.waitUntil(lambda: not wizard.ctx.dirty, timeout=10_000)
    stored = workspace.repo.load_case(wizard.ctx.case.id or 0)
    assert acceptance_state(stored) is AcceptanceState.STALE
    text = _pdf_text(DocumentService(workspace).render(stored, DocumentKind.HANDLEPLAN, TODAY))
    assert "Underskrevet på skærmen" not in text and "Dato og underskrift, borger" in text


def _pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, check=True, capture_output=True)
    return done.stdout.decode("utf-8")


def test_spoken_acceptance_without_a_reason_is_refused_where_the_user_looks(
    qtbot: QtBot, wizard: CaseWizard, workspace: Workspace
) -> None:
    dialog = _open_dialog(qtbot, wizard)
    qtbot.mouseClick(dialog.spoken_radio, Qt.MouseButton.LeftButton)
    assert dialog.reason_edit.isVisible() and not dialog.pad.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "Skriv, hvorfor der ikke er en underskrift."
    assert workspace.repo.load_case(wizard.ctx.case.id or 0).acceptance is None

    qtbot.keyClicks(dialog.reason_edit, "Borgeren kan ikke holde en pen")
    assert dialog.message.text().strip() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    stored = workspace.repo.load_case(wizard.ctx.case.id or 0).acceptance
    assert stored is not None and (stored.kind, stored.reason, stored.image) == (
        "spoken", "Borgeren kan ikke holde en pen", ""
    )
    panel = wizard.pages[WizardPage.DECISION].acceptance_panel
    assert "Accepteret mundtligt af" in panel.state_label.text()


def test_an_unsigned_pad_is_refused(qtbot: QtBot, wizard: CaseWizard, workspace: Workspace) -> None:
    dialog = _open_dialog(qtbot, wizard)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "Skriv under i feltet først – eller vælg mundtlig accept."
    assert workspace.repo.load_case(wizard.ctx.case.id or 0).acceptance is None
    dialog.reject()


def test_a_finger_and_a_pen_sign_too(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QInputDevice, QPointingDevice, QPointingDeviceUniqueId, QTabletEvent
    from PySide6.QtWidgets import QApplication

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 240)
    pad.show()
    qtbot.waitUntil(pad.canvas.isVisible, timeout=10_000)
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad.canvas, screen).press(0, QPoint(40, 100)).commit()
    for x in range(50, 200, 10):
        QTest.touchEvent(pad.canvas, screen).move(0, QPoint(x, 100 - x // 4)).commit()
    QTest.touchEvent(pad.canvas, screen).release(0, QPoint(200, 50)).commit()
    assert pad.canvas.stroke_count() == 1 and pad.canvas.ink_length() > 100

    pen = QPointingDevice(
        "pen", 1, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3, "", QPointingDeviceUniqueId(),
    )
    for kind, x, pressure in [(QEvent.Type.TabletPress, 60, 0.2)] + [
        (QEvent.Type.TabletMove, x, x / 300) for x in range(70, 260, 10)
    ] + [(QEvent.Type.TabletRelease, 260, 0.0)]:
        point = QPointF(x, 150)
        event = QTabletEvent(
            kind, pen, point, pad.canvas.mapToGlobal(point), pressure, 0, 0, 0, 0, 0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
            Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(pad.canvas, event)
    assert pad.canvas.stroke_count() == 2, "the pen's stroke is drawn once (no mouse copy of it)"
    assert check_signature_png(pad.to_png()).width > 400


def test_the_lock_hides_the_signing_dialog_and_keeps_the_strokes(
    qtbot: QtBot, workspace: Workspace, service: CaseService, complete_case: Callable[..., CaseFile]
) -> None:
    from visitation_desktop.gui.main_window import MainWindow

    from .conftest import PASSWORD

    case = complete_case(outcome="")
    service.new_case(case)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.overview_pending, timeout=30_000)
    window.open_wizard(window.cases.open_case(case.id or 0))
    wizard = window._wizard
    assert isinstance(wizard, CaseWizard)
    wizard.go_to(WizardPage.DECISION)
    dialog = _open_dialog(qtbot, wizard)
    sign(qtbot, dialog.pad)

    window.lock()
    assert not dialog.isVisible() and not dialog.isEnabled()
    window.lock_page.password.setText(PASSWORD)
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isEnabled(), timeout=10_000)
    assert dialog.pad.canvas.stroke_count() == 2, "what was drawn is there after the lock"
    dialog.reject()
    window.close()


def test_closed_unsaved_the_signature_is_there_again_unless_the_plan_changed(
    qtbot: QtBot, wizard: CaseWizard, workspace: Workspace
) -> None:
    dialog = _open_dialog(qtbot, wizard)
    sign(qtbot, dialog.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closed without saving
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert workspace.repo.load_case(wizard.ctx.case.id or 0).acceptance is None
    again = _open_dialog(qtbot, wizard)
    assert again.pad.canvas.stroke_count() == 2, "nothing drawn is lost"
    again.reject()
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)

    wizard.ctx.case.goals[0].text += " og cykle derhen selv"  # the plan changes meanwhile
    wizard.ctx.touch()
    third = _open_dialog(qtbot, wizard)
    assert third.pad.is_empty(), "a signature begun for another plan is not offered for this one"
    third.reject()
