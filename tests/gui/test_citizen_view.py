"""The citizen's view: what is being written, large and plain, live, without CPR or caseworker notes."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import WizardPage
from visitation_desktop.domain.cpr import format_cpr
from visitation_desktop.gui.citizen_view import other_screen
from visitation_desktop.gui.citizen_view.content import scrub
from visitation_desktop.gui.citizen_view.view import CitizenView
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.gui.wizard.pages.goals import GoalsPage
from visitation_desktop.services.workspace import Workspace

from .conftest import PASSWORD, MakeWizard
from .test_wizard_pages_b import GOAL_TEXT, ready_case

PROBE = Path(__file__).with_name("two_screens_probe.py")
NEW_GOAL = "Jeg vil tage bussen alene til Thisted en gang om ugen"


def _view(wizard: CaseWizard) -> CitizenView:
    view = wizard.citizen_screen.view
    assert view is not None
    return view


def _shown_text(wizard: CaseWizard) -> str:
    return "\n".join(_view(wizard).texts())


def _active(qtbot: QtBot, wizard: CaseWizard) -> None:
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=5000)


def test_a_goal_typed_in_the_wizard_shows_within_one_autosave(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    case = ready_case()
    case.current_page = WizardPage.GOALS.value
    case.purposes.citizen_wishes = " ".join(["At møde andre."] + ["Jeg vil gerne have noget at stå op til."] * 12)
    wizard = make_wizard(case)
    wizard.citizen_screen.open()
    assert wizard.citizen_screen.is_open()
    shown = _shown_text(wizard)
    assert GOAL_TEXT in shown and "At møde andre." in shown  # the goal and the citizen's wishes
    assert NEW_GOAL not in shown
    page = wizard.pages[WizardPage.GOALS]
    assert isinstance(page, GoalsPage)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.ctx.saved, timeout=10_000):
        qtbot.keyClicks(page.text_edit, NEW_GOAL)
    assert NEW_GOAL in _shown_text(wizard)  # by the autosave that stored it, not later
    [label] = [lb for lb in _view(wizard).findChildren(QLabel) if lb.text() == NEW_GOAL]
    viewport = _view(wizard).scroller.viewport()

    def in_view() -> bool:
        top = label.mapTo(viewport, label.rect().topLeft()).y()
        return top >= 0 and top + label.height() <= viewport.height()

    qtbot.waitUntil(in_view, timeout=5000)  # the part that changed is scrolled into view
    assert wizard.ctx.service.ws.repo.load_case(wizard.ctx.case.id or 0).goals[-1].text == NEW_GOAL
    wizard.citizen_screen.back()
    assert not _view(wizard).isVisible()


def test_the_view_shows_no_cpr_and_nothing_only_for_the_caseworker(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    case = ready_case()
    number = case.citizen.cpr
    theme = next(iter(case.assessment.themes.values()))
    theme.own_words = f"Mit cpr er {format_cpr(number)}, skriv det ned. Eller {number}."  # typed by mistake
    case.decision.considerations = "Borgeren opfylder målgruppen efter en konkret vurdering."
    case.placement.offer_id = "aktivitetshuset-limfjorden"
    case.placement.place = "full"
    case.placement.planned_start = dt.date(2026, 4, 1)
    wizard = make_wizard(case)
    wizard.citizen_screen.open()
    view = _view(wizard)
    texts = view.texts()
    joined = "\n".join(texts)
    for needle in (number, format_cpr(number), number[:6] + " " + number[6:]):
        assert all(needle not in t for t in texts), needle
    assert "xxxxxx-xxxx" in joined  # the number typed into the citizen's words is masked
    assert "Else" not in view.windowTitle() and number not in view.windowTitle()
    for caseworker_only in (case.target_group.individual_assessment, "konkret vurdering",
                            "Else kan de enkelte trin", "Antal fredage med frokost", "Sagt ja på mødet"):
        assert caseworker_only not in joined
    assert "Aktivitetshuset Limfjorden" in joined and "Din første dag er 1. april 2026." in joined
    assert "Vi ses igen" in joined  # the follow-up date


def test_scrub_masks_numbers_shaped_like_a_cpr_and_leaves_others() -> None:
    assert scrub("1405881234 og 140588-1234 og 140588 1234") == "xxxxxx-xxxx og xxxxxx-xxxx og xxxxxx-xxxx"
    assert scrub("Ring på 99 17 19 20 kl. 10") == "Ring på 99 17 19 20 kl. 10"


def test_f11_and_the_button_toggle_the_view_and_esc_goes_back(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    wizard = make_wizard(ready_case())
    screen = wizard.citizen_screen
    _active(qtbot, wizard)
    assert not screen.is_open()  # one screen: nothing opens by itself
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_F11)
    qtbot.waitUntil(screen.is_open, timeout=5000)
    view = _view(wizard)
    assert view.isFullScreen() and screen.button.isChecked()
    assert view.hint.isVisibleTo(view)  # one screen: the view says how to go back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert not view.isVisible() and not screen.button.isChecked()
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    assert view.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible() and wizard.isVisible()


def test_ctrl_plus_and_minus_scale_the_text(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    wizard = make_wizard(ready_case())
    wizard.citizen_screen.open()
    view = _view(wizard)
    before = view.zoom
    view.set_zoom(view.zoom * 1.15)
    biggest = max(label.font().pointSizeF() for label in view.findChildren(type(view.hint)) if label is not view.hint)
    assert view.zoom > before and biggest > 22 * 1.6
    view.set_zoom(1.0)
    body = [label.font().pointSizeF() for label in view.findChildren(type(view.hint)) if label is not view.hint]
    assert min(body) >= 22 * 0.8 - 0.01  # nothing smaller than ~18 pt at the normal size


def test_the_lock_hides_the_view_and_blanks_it(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    case = ready_case()
    window.cases.new_case(case)
    window.open_wizard(case)
    wizard = window._wizard
    assert isinstance(wizard, CaseWizard)
    wizard.citizen_screen.open()
    view = _view(wizard)
    assert view.isVisible() and GOAL_TEXT in _shown_text(wizard)

    window.lock()

    assert not view.isVisible()
    others = [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()]
    assert others == [], [type(w).__name__ for w in others]
    assert view.texts() == [view.windowTitle(), view.hint.text()], "nothing of the case while locked"
    window.lock_page.password.setText(PASSWORD)
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    assert not window.locked
    qtbot.waitUntil(lambda: view.isVisible() and GOAL_TEXT in _shown_text(wizard), timeout=10_000)
    assert wizard.citizen_screen.button.isChecked()  # back as it was

    view.activateWindow()  # Ctrl+L locks from the citizen's screen too
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not view.isVisible()
    window.lock_page.password.setText(PASSWORD)
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.isVisible(), timeout=10_000)

    window.close_wizard()  # closing the case closes its view
    qtbot.waitUntil(lambda: not any(isinstance(w, CitizenView) for w in QApplication.topLevelWidgets()),
                    timeout=10_000)
    window.close()


def test_the_view_goes_to_the_other_screen_when_there_are_two() -> None:
    laptop, projector = object(), object()
    assert other_screen([laptop], laptop) is None
    assert other_screen([laptop, projector], laptop) is projector
    assert other_screen([projector, laptop], laptop) is projector
    assert other_screen([laptop, projector], None) is laptop


def test_with_a_second_screen_the_view_opens_there_full_screen_by_itself(tmp_path: Path) -> None:
    """Qt's offscreen platform with two screens (a laptop and a 1920×1080 screen), in its own process."""
    screens = {"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpiX": 96, "logicalDpiY": 96},
        {"name": "second", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpiX": 96, "logicalDpiY": 96},
    ]}
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    run = subprocess.run([sys.executable, str(PROBE), str(tmp_path / "data")], capture_output=True, text=True,
                         env=env, timeout=300, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["screens"] == ["laptop", "second"] and report["wizard_screen"] == "laptop"
    assert report["opened"] and report["visible"] and report["full_screen"]
    assert report["screen"] == "second" and report["geometry"] == [1366, 0, 1920, 1080]
    assert not report["hint"]  # nothing to press on the citizen's screen: the wizard stays in use
    texts = "\n".join(report["texts"])
    assert "Dine mål" in texts and "Hvor skal du hen?" in texts
    assert not re.search(r"\d{6}-?\d{4}", texts), "no CPR number on the citizen's screen"
    assert report["closed_with_case"]
