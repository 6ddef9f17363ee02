"""The findings strip under a page: one line when there is nothing, and one line still when
findings arrive (the page does not jump); the whole list opens only when asked for."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import CaseFile, Citizen, Goal, WizardPage
from visitation_desktop.gui.findings_strip import FindingsStrip

from .conftest import MakeWizard

LONG = "Skriv den konkrete individuelle vurdering af borgerens ressourcer og behov. " * 4


def test_nothing_is_one_line_and_a_list_stays_one_line_until_opened(qtbot: QtBot) -> None:
    strip = FindingsStrip()
    qtbot.addWidget(strip)
    strip.resize(600, strip.sizeHint().height())
    strip.show()
    strip.setText("<span style='color:#2e7d32'>✓ Ingen fund på denne side.</span>")
    one_line = strip.sizeHint().height()
    assert one_line <= strip.fontMetrics().height() * 2 + 8, "about one line, not a 90 px box"
    assert strip.summary.text() == "✓ Ingen fund på denne side." and not strip.toggle.isVisible()

    items = "".join(f"<li><b>Skal løses:</b> Fund nummer {n}.</li>" for n in range(1, 4))
    strip.setText(f"<ul style='margin:0'>{items}</ul>")
    assert strip.sizeHint().height() == one_line, "findings arriving do not move the page"
    assert strip.summary.text() == "Skal løses: Fund nummer 1."
    assert strip.toggle.isVisible() and strip.toggle.text() == "Vis alle (3)"

    strip.toggle.click()
    assert strip.list_area.isVisible() and strip.toggle.text() == "Skjul listen"
    assert "Fund nummer 3" in strip.list_label.text()
    opened = strip.sizeHint().height()
    strip.setText(f"<ul style='margin:0'>{items}{items}</ul>")
    assert strip.sizeHint().height() == opened, "the open list has a fixed height and scrolls inside"
    strip.toggle.click()
    assert not strip.list_area.isVisible() and strip.sizeHint().height() == one_line


def test_a_long_finding_is_cut_with_an_ellipsis_and_can_be_read_whole(qtbot: QtBot) -> None:
    strip = FindingsStrip()
    qtbot.addWidget(strip)
    strip.resize(500, strip.sizeHint().height())
    strip.show()
    strip.setText(f"<ul><li>{LONG}</li></ul>")
    assert strip.summary.text().endswith("…") and len(strip.summary.text()) < len(LONG.strip())
    assert strip.summary.toolTip() == LONG.strip()
    assert strip.toggle.isVisible() and strip.toggle.text() == "Vis alle (1)"


def test_a_page_with_findings_is_as_high_as_one_without(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    case = CaseFile(citizen=Citizen(cpr="0101901234", name="Inge Holm"), goals=[Goal(text="Have det bedre.")])
    wizard = make_wizard(case)
    wizard.resize(1280, 720)
    citizen = wizard.pages[WizardPage.CITIZEN]
    qtbot.waitUntil(lambda: bool(citizen.page_findings()), timeout=30_000)
    assert "Skal løses" not in citizen.findings_label.text(), "calm: nothing shown before the fields are left"
    assert "✓" not in citizen.findings_label.text(), "no check mark while the page still has findings"
    calm = (citizen.findings_label.height(), citizen.body_scroll.height())
    wizard.go_to(WizardPage.GOALS)
    goals = wizard.pages[WizardPage.GOALS]
    qtbot.waitUntil(lambda: "Mål 1" in goals.findings_label.text(), timeout=30_000)
    strip = goals.findings_label
    assert isinstance(strip, FindingsStrip)
    assert strip.summary.text().startswith("Skal løses: Mål 1")
    assert (strip.height(), goals.body_scroll.height()) == calm, "the same room for the form"
