"""Wizard pages 2–5 driven as a caseworker would: what the page shows, and what the store holds."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QScrollArea, QWizard, QWizardPage
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import Application, CaseFile, Citizen, WizardPage
from visitation_desktop.domain.cpr import make_fictional_cpr
from visitation_desktop.domain.ffb import ACTIVITY_AND_PARTICIPATION, FUNCTIONS_AND_CONDITIONS
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.gui.wizard.pages.assessment import AssessmentPage
from visitation_desktop.gui.wizard.pages.goals import GoalsPage
from visitation_desktop.gui.wizard.pages.purpose import PurposePage
from visitation_desktop.gui.wizard.pages.target_group import TargetGroupPage
from visitation_desktop.services.workspace import Workspace

from .conftest import TODAY, MakeWizard

DEVELOP = "d41c8072-52f8-42b5-9375-ddbea454d27f"  # FFB goal type "Udvikle funktionsevne"


def a_case(birth: dt.date, page: WizardPage) -> CaseFile:
    case = CaseFile(
        citizen=Citizen(
            cpr=make_fictional_cpr(birth, 0), name="Testperson Ærø", postcode="7760", town="Hurup Thy"
        ),
        application=Application(received=TODAY - dt.timedelta(days=20), channel="email"),
    )
    case.current_page = page.value
    return case


def adult(page: WizardPage) -> CaseFile:
    return a_case(dt.date(1990, 5, 5), page)


def next_button(wizard: CaseWizard) -> object:
    return wizard.wizard.button(QWizard.WizardButton.NextButton)


def subtheme_code(workspace: Workspace, theme_name: str, subtheme_name: str) -> str:
    theme = next(t for t in workspace.catalogue.themes if t.name == theme_name)
    return next(s.code for s in theme.subthemes if s.name == subtheme_name)


# -- Målgruppe ---------------------------------------------------------------------------------


def test_under_age_citizen_sees_the_finding_and_next_goes_to_the_decision(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard(a_case(dt.date(2008, 6, 1), WizardPage.TARGET_GROUP))
    decision_id = list(WizardPage).index(WizardPage.DECISION)
    if wizard.wizard.page(decision_id) is None:  # the decision page is another file; stand in for it
        wizard.wizard.setPage(decision_id, QWizardPage())
    page = wizard.pages[WizardPage.TARGET_GROUP]
    assert isinstance(page, TargetGroupPage)
    assert wizard.current_page() == WizardPage.TARGET_GROUP

    assert page.age_label.text().startswith("Borgeren er 17 år")
    assert page.under_age_banner.isVisible()
    assert "Borgeren er 17 år og er derfor ikke i målgruppen" in page.under_age_banner.text()
    assert "Borgeren fylder 18 år 1. juni 2026" in page.under_age_banner.text()

    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.wizard.currentId() == decision_id
    wizard.wizard.back()
    assert wizard.current_page() == WizardPage.TARGET_GROUP


def test_adult_judged_and_assessed_goes_on_to_resources(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    wizard = make_wizard(adult(WizardPage.TARGET_GROUP))
    page = wizard.pages[WizardPage.TARGET_GROUP]
    assert isinstance(page, TargetGroupPage)
    assert not page.under_age_banner.isVisible()
    assert page.age_label.text().startswith("Borgeren er 35 år")
    message = page._field_messages["target_group.criteria.funktionsevne"]
    assert not message.isVisible(), "a page opens calm: no message before the caseworker got to it"
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)  # Næste tried: every message shows
    wizard.wizard.back()
    assert message.isVisible() and message.text().startswith("Vurdér, om borgeren opfylder kriteriet")

    qtbot.mouseClick(page.judgement_groups["funktionsevne"].button(1), Qt.MouseButton.LeftButton)
    assert wizard.ctx.case.target_group.criteria["funktionsevne"] is True
    qtbot.waitUntil(lambda: not message.isVisible(), timeout=2000)

    autism = next(item for item in page.code_items if item.text(0) == "Autismespektrum")
    page.codes_tree.setCurrentItem(autism)
    qtbot.keyClick(page.codes_tree, Qt.Key.Key_Space)
    autism_code = next(c.code for c in workspace.catalogue.target_groups if c.name == "Autismespektrum")
    assert wizard.ctx.case.target_group.codes == [autism_code]
    assert page.codes_chosen.text() == "Valgt: Autismespektrum"

    qtbot.keyClicks(page.assessment_edit, "Borgeren har autisme og behov for struktur.")
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.current_page() == WizardPage.ASSESSMENT
    qtbot.waitUntil(lambda: not wizard.ctx.dirty, timeout=3000)
    stored = workspace.repo.load_case(wizard.ctx.case.id or 0).target_group
    assert stored.criteria == {"funktionsevne": True}
    assert stored.individual_assessment == "Borgeren har autisme og behov for struktur."
    assert stored.codes == [autism_code]


# -- Ressourcer og behov -----------------------------------------------------------------------


def test_setting_levels_updates_the_chart(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    wizard = make_wizard(adult(WizardPage.ASSESSMENT))
    page = wizard.pages[WizardPage.ASSESSMENT]
    assert isinstance(page, AssessmentPage)
    assert page.chart.values()["Egenomsorg"] is None
    assert "Egenomsorg: ikke vurderet" in page.chart.accessibleDescription()

    drink = page.level_combos[subtheme_code(workspace, "Egenomsorg", "Drikke")]
    eat = page.level_combos[subtheme_code(workspace, "Egenomsorg", "Spise")]
    qtbot.keyClicks(drink, "3")
    assert drink.currentText() == "3 – Svært nedsat funktionsevne"
    assert page.chart.values()["Egenomsorg"] == 3.0
    assert "Egenomsorg: 3,0 (Svært), 1 af 9 undertemaer vurderet" in page.chart.accessibleDescription()
    qtbot.keyClicks(eat, "2")
    assert page.chart.values()["Egenomsorg"] == 2.5
    assert (
        "Egenomsorg: 2,5 (mellem Moderat og Svært), 2 af 9 undertemaer vurderet"
        in page.chart.accessibleDescription()
    )
    assert page.chart.values()["Mobilitet"] is None
    assert page.theme_list.item(0).text() == "Egenomsorg (2/9)"

    page.theme_list.setCurrentRow(len(page.themes))  # "Funktioner og forhold": words, no levels
    mental = next(
        t for t in workspace.catalogue.themes_in(FUNCTIONS_AND_CONDITIONS) if t.name == "Mentale funktioner"
    )
    qtbot.keyClicks(page.description_edits[mental.code], "Husker dårligt aftaler.")
    qtbot.keyClicks(page.support_combo, "2")

    qtbot.waitUntil(lambda: not wizard.ctx.dirty, timeout=3000)
    stored = workspace.repo.load_case(wizard.ctx.case.id or 0).assessment
    egen = next(
        t for t in workspace.catalogue.themes_in(ACTIVITY_AND_PARTICIPATION) if t.name == "Egenomsorg"
    )
    assert stored.themes[egen.code].levels == {
        subtheme_code(workspace, "Egenomsorg", "Drikke"): 3,
        subtheme_code(workspace, "Egenomsorg", "Spise"): 2,
    }
    assert stored.descriptions == {mental.code: "Husker dårligt aftaler."}
    assert stored.support_level == 2


# -- Mål (SMART) -------------------------------------------------------------------------------


def _add_goal(qtbot: QtBot, page: GoalsPage, workspace: Workspace) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.text_edit, "Jeg vil selv lave aftensmad to gange om ugen")
    page.subtheme_combo.setCurrentIndex(
        page.subtheme_combo.findData(subtheme_code(workspace, "Praktiske opgaver", "Lave mad"))
    )
    qtbot.keyClicks(page.type_combo, "U")
    qtbot.keyClicks(page.target_combo, "1")


def test_smart_m_line_turns_ok_when_a_measure_is_typed(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    case = adult(WizardPage.GOALS)
    cooking = subtheme_code(workspace, "Praktiske opgaver", "Lave mad")
    practical = next(t for t in workspace.catalogue.themes if t.name == "Praktiske opgaver")
    case.assessment.theme(practical.code).levels[cooking] = 3
    wizard = make_wizard(case)
    page = wizard.pages[WizardPage.GOALS]
    assert isinstance(page, GoalsPage)
    assert page.empty_hint.isVisible() and not page.editor.isVisible()

    _add_goal(qtbot, page, workspace)
    goal = wizard.ctx.case.goals[0]
    assert goal.current_level == 3  # taken from the assessment
    assert page.current_combo.currentText() == "3 – Svært nedsat funktionsevne"
    assert (goal.goal_type, goal.target_level) == (DEVELOP, 1)

    m_line = page.smart_panel.labels["M"]
    assert "! M" in m_line.text()
    assert "Skriv, hvordan I kan se, at målet er nået" in m_line.text()
    assert page.smart_panel.state()["M"][0] is False

    qtbot.keyClicks(page.measure_edit, "Antal gange om ugen")
    assert "✓ M" in m_line.text()
    assert "Målet måles sådan: Antal gange om ugen" in m_line.text()
    assert page.smart_panel.state()["M"][0] is True
    assert goal.measure == "Antal gange om ugen"
    assert "! T" in page.smart_panel.labels["T"].text()

    qtbot.keyClicks(page.due_edit, "31-02-2027")
    assert page.due_message.isVisible() and "dd-mm-åååå" in page.due_message.text()
    assert goal.due is None
    page.due_edit.clear()
    qtbot.keyClicks(page.due_edit, "01-09-2026")
    assert not page.due_message.isVisible()
    assert goal.due == dt.date(2026, 9, 1)
    assert "✓ T" in page.smart_panel.labels["T"].text()


def test_removing_a_goal_asks_first(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = make_wizard(adult(WizardPage.GOALS))
    page = wizard.pages[WizardPage.GOALS]
    assert isinstance(page, GoalsPage)
    _add_goal(qtbot, page, workspace)
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> object:
        def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(wizard.ctx.case.goals) == 1
    assert asked == ["Vil du fjerne Mål 1 (»Jeg vil selv lave aftensmad to …«)? Du kan fortryde med Ctrl+Z."]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert wizard.ctx.case.goals == []
    assert page.goal_list.count() == 0 and page.empty_hint.isVisible()

    wizard.undo()  # Ctrl+Z brings the goal back, as it was
    assert [g.text for g in wizard.ctx.case.goals] == ["Jeg vil selv lave aftensmad to gange om ugen"]
    assert page.goal_list.count() == 1 and not page.empty_hint.isVisible()


# -- Formål, then Mål, saved ------------------------------------------------------------------


def test_purpose_and_goal_are_saved_to_the_store(
    qtbot: QtBot, make_wizard: MakeWizard, workspace: Workspace
) -> None:
    wizard = make_wizard(adult(WizardPage.PURPOSE))
    page = wizard.pages[WizardPage.PURPOSE]
    assert isinstance(page, PurposePage)
    assert page._field_messages["purposes.selected"].isHidden(), "calm until the caseworker leaves it"
    page.reveal()  # as Næste tried does
    assert page._field_messages["purposes.selected"].text() == "Vælg mindst ét formål med tilbuddet."
    qtbot.mouseClick(page.purpose_checks["livskvalitet"], Qt.MouseButton.LeftButton)
    assert wizard.ctx.case.purposes.selected == ["livskvalitet"]
    qtbot.keyClicks(page.wishes_edit, "Komme ud blandt andre")

    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.current_page() == WizardPage.GOALS
    goals = wizard.pages[WizardPage.GOALS]
    assert isinstance(goals, GoalsPage)
    _add_goal(qtbot, goals, workspace)
    qtbot.keyClicks(goals.current_combo, "3")
    assert goals.goal_list.item(0).text().startswith("! Mål 1 (»Jeg vil selv lave aftensmad to …«)")

    qtbot.waitUntil(lambda: not wizard.ctx.dirty, timeout=3000)
    stored = workspace.repo.load_case(wizard.ctx.case.id or 0)
    assert stored.purposes.selected == ["livskvalitet"]
    assert stored.purposes.citizen_wishes == "Komme ud blandt andre"
    assert len(stored.goals) == 1
    assert stored.goals[0].text == "Jeg vil selv lave aftensmad to gange om ugen"
    assert (stored.goals[0].current_level, stored.goals[0].target_level) == (3, 1)
    assert stored.current_page == WizardPage.GOALS.value


# -- Layout ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page_id", [WizardPage.TARGET_GROUP, WizardPage.ASSESSMENT, WizardPage.PURPOSE, WizardPage.GOALS]
)
def test_page_never_scrolls_sideways_at_1366(
    qtbot: QtBot, make_wizard: MakeWizard, page_id: WizardPage
) -> None:
    case = adult(page_id)
    wizard = make_wizard(case)
    page = wizard.pages[page_id]
    if isinstance(page, GoalsPage):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitExposed(wizard)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.viewport().width() > 0)
    assert scroll.horizontalScrollBar().maximum() == 0
