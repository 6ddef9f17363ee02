"""Walking the case wizard as a caseworker does: typing into the real widgets, ticking with the
mouse, choosing with the keys, pressing Næste. Used by test_wizard_walkthrough.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from visitation_desktop.domain.case import CaseFile, WizardPage
from visitation_desktop.domain.cpr import format_cpr, make_fictional_cpr
from visitation_desktop.domain.findings import Finding, Severity
from visitation_desktop.gui.wizard.base import CasePage
from visitation_desktop.gui.wizard.case_wizard import CaseWizard
from visitation_desktop.gui.wizard.fields import format_danish_date
from visitation_desktop.gui.wizard.pages.activities import ActivitiesPage
from visitation_desktop.gui.wizard.pages.assessment import AssessmentPage
from visitation_desktop.gui.wizard.pages.citizen import CitizenPage
from visitation_desktop.gui.wizard.pages.decision import DecisionPage
from visitation_desktop.gui.wizard.pages.goals import GoalsPage
from visitation_desktop.gui.wizard.pages.offer import OfferPage
from visitation_desktop.gui.wizard.pages.purpose import PurposePage
from visitation_desktop.gui.wizard.pages.target_group import TargetGroupPage

from .conftest import TODAY, MakeWizard

RECEIVED = TODAY - dt.timedelta(days=20)  # deadline eight weeks later: 36 days after TODAY
START = TODAY + dt.timedelta(days=14)
DUE = TODAY + dt.timedelta(days=180)
EVALUATED = TODAY + dt.timedelta(days=190)
GOAL_TEXT = "Jeg vil selv lave aftensmad i køkkenet i huset en gang om ugen"


@dataclass(frozen=True)
class Person:
    cpr: str
    name: str
    address: str = "Storegade 12"
    postcode: str = "7760"
    town: str = "Hurup Thy"
    phone: str = "97 95 11 22"


# -- driving the widgets -----------------------------------------------------------------------

Page = TypeVar("Page", bound=CasePage)


def page_of(wizard: CaseWizard, cls: type[Page]) -> Page:
    found = wizard.pages[cls.PAGE]
    assert isinstance(found, cls)
    return found


def tick(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(widget, text)


def settle(qtbot: QtBot, wizard: CaseWizard) -> None:
    """Let the autosave and the recheck timers run."""
    qtbot.waitUntil(lambda: not wizard.ctx.dirty and not wizard.ctx._check_timer.isActive(), timeout=3000)


def press_next(qtbot: QtBot, wizard: CaseWizard, expected: WizardPage) -> None:
    button = wizard.wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Næste is greyed out on {wizard.current_page()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == expected
    assert wizard.steps.currentRow() == list(WizardPage).index(expected)


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def blocking_codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings if f.severity == Severity.BLOCKING}


def adult(seq: int, name: str) -> Person:
    return Person(cpr=make_fictional_cpr(dt.date(1986, 9, 23), seq), name=name)


def new_wizard(make_wizard: MakeWizard) -> CaseWizard:
    wizard = make_wizard(CaseFile())
    assert wizard.current_page() == WizardPage.CITIZEN
    assert not wizard.wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nobody typed yet
    return wizard


# -- one page each ------------------------------------------------------------------------------


def fill_citizen(qtbot: QtBot, wizard: CaseWizard, person: Person) -> None:
    page = page_of(wizard, CitizenPage)
    type_into(qtbot, page.cpr_edit, format_cpr(person.cpr))
    assert page.cpr_info.text().startswith("Født ")
    for edit, text in (
        (page.name_edit, person.name),
        (page.address_edit, person.address),
        (page.postcode_edit, person.postcode),
        (page.town_edit, person.town),
        (page.phone_edit, person.phone),
        (page.received_edit, format_danish_date(RECEIVED)),
    ):
        type_into(qtbot, edit, text)
    deadline = format_danish_date(RECEIVED + dt.timedelta(weeks=8))
    assert page.deadline_label.text() == f"Frist for afgørelse: {deadline} (8 uger)"
    type_into(qtbot, page.channel_combo, "E")
    assert page.channel_combo.currentText() == "E-mail"
    tick(qtbot, page.consent_given)
    type_into(qtbot, page.consent_information, "Journal om funktionsevnen")
    type_into(qtbot, page.consent_sources, "Egen læge")
    type_into(qtbot, page.consent_date, format_danish_date(RECEIVED))


def fill_target_group(qtbot: QtBot, wizard: CaseWizard) -> None:
    page = page_of(wizard, TargetGroupPage)
    assert not page.under_age_banner.isVisible()
    tick(qtbot, page.judgement_groups["funktionsevne"].button(1))
    item = next(i for i in page.code_items if i.text(0) == "Erhvervet hjerneskade")
    page.codes_tree.setFocus()
    page.codes_tree.setCurrentItem(item)
    qtbot.keyClick(page.codes_tree, Qt.Key.Key_Space)
    assert page.codes_chosen.text() == "Valgt: Erhvervet hjerneskade"
    type_into(qtbot, page.assessment_edit, "Varig hjerneskade efter et fald; har brug for faste rammer.")


def fill_assessment(qtbot: QtBot, wizard: CaseWizard) -> None:
    """Levels on two subthemes of "Praktiske opgaver", the citizen's own words, the support need."""
    page = page_of(wizard, AssessmentPage)
    row = next(i for i, t in enumerate(page.themes) if t.name == "Praktiske opgaver")
    theme = page.themes[row]
    rect = page.theme_list.visualItemRect(page.theme_list.item(row))
    qtbot.mouseClick(page.theme_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.stack.currentIndex() == row
    cooking = next(s.code for s in theme.subthemes if s.name == "Lave mad")
    shopping = next(s.code for s in theme.subthemes if s.name == "Købe ind")
    type_into(qtbot, page.level_combos[cooking], "2")
    type_into(qtbot, page.level_combos[shopping], "3")
    assert page.level_combos[cooking].currentText() == "2 – Moderat nedsat funktionsevne"
    type_into(qtbot, page.theme_texts[(theme.code, "own_words")], "Jeg glemmer, hvad jeg var i gang med.")
    type_into(qtbot, page.support_combo, "2")
    assert page.chart.values()["Praktiske opgaver"] == 2.5


def fill_purpose(qtbot: QtBot, wizard: CaseWizard) -> None:
    page = page_of(wizard, PurposePage)
    tick(qtbot, page.purpose_checks["livskvalitet"])
    type_into(qtbot, page.wishes_edit, "Komme ud og lave noget sammen med andre")


def fill_goal(qtbot: QtBot, wizard: CaseWizard) -> None:
    page = page_of(wizard, GoalsPage)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.text_edit, GOAL_TEXT)  # "Tilføj mål" put the cursor there
    type_into(qtbot, page.subtheme_combo, "Praktiske opgaver")  # first of the theme, then arrow down
    for _ in range(20):
        if page.subtheme_combo.currentText() == "Praktiske opgaver – Lave mad":
            break
        qtbot.keyClick(page.subtheme_combo, Qt.Key.Key_Down)
    assert page.subtheme_combo.currentText() == "Praktiske opgaver – Lave mad"
    assert page.current_combo.currentText() == "2 – Moderat nedsat funktionsevne"  # from the assessment
    type_into(qtbot, page.type_combo, "U")
    assert page.type_combo.currentText() == "Udvikle funktionsevne"
    type_into(qtbot, page.target_combo, "1")
    type_into(qtbot, page.measure_edit, "Antal uger med aftensmad i huset")
    type_into(qtbot, page.due_edit, format_danish_date(DUE))
    type_into(qtbot, page.evaluation_edit, "På opfølgningsmødet")
    type_into(qtbot, page.evaluation_date_edit, format_danish_date(EVALUATED))
    page.accepted_check.setFocus()
    qtbot.keyClick(page.accepted_check, Qt.Key.Key_Space)
    type_into(qtbot, page.acceptance_edit, "Sagt ja på mødet")
    type_into(qtbot, page.realistic_edit, "Kan de enkelte trin med en huskeseddel")
    assert all(ok for ok, _message in page.smart_panel.state().values())
    assert page.goal_list.item(0).text().startswith("✓ Mål 1 (»Jeg vil selv lave aftensmad")
    assert page.goal_list.item(0).text().endswith("SMART i orden")


def fill_activities(qtbot: QtBot, wizard: CaseWizard) -> None:
    page = page_of(wizard, ActivitiesPage)
    tick(qtbot, page.activity_checks["social"])
    tick(qtbot, page.activity_checks["kreativ"])
    tick(qtbot, page.course_checks["laer-at-leve-med"])
    type_into(qtbot, page.note_edit, "Starter kl. 10")


def fill_offer(qtbot: QtBot, wizard: CaseWizard) -> None:
    page = page_of(wizard, OfferPage)
    first = page.offer_table.item(0, 0)
    assert first is not None and first.text() == "Aktivitetshuset Limfjorden"
    rect = page.offer_table.visualItemRect(first)
    qtbot.mouseClick(page.offer_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tick(qtbot, page.place_buttons["full"])
    assert not page.waitlist_check.isChecked() and not page.full_label.isVisible()
    tick(qtbot, page.transport_yes)
    type_into(qtbot, page.transport_note, "Flextur")
    type_into(qtbot, page.start_edit, format_danish_date(START))


def walk_to_other_services(qtbot: QtBot, wizard: CaseWizard, person: Person) -> None:
    fill_citizen(qtbot, wizard, person)
    press_next(qtbot, wizard, WizardPage.TARGET_GROUP)
    fill_target_group(qtbot, wizard)
    press_next(qtbot, wizard, WizardPage.ASSESSMENT)
    fill_assessment(qtbot, wizard)
    press_next(qtbot, wizard, WizardPage.PURPOSE)
    fill_purpose(qtbot, wizard)
    press_next(qtbot, wizard, WizardPage.GOALS)
    fill_goal(qtbot, wizard)
    press_next(qtbot, wizard, WizardPage.ACTIVITIES)
    fill_activities(qtbot, wizard)
    press_next(qtbot, wizard, WizardPage.OTHER_SERVICES)


def listed(wizard: CaseWizard) -> list[QWidget]:
    """What the decision page lists under "Åbne fund" now (an older list is only deleted later)."""
    layout = page_of(wizard, DecisionPage).open_layout
    items = [layout.itemAt(i) for i in range(layout.count())]
    holders = [item.widget() for item in items if item is not None and item.widget() is not None]
    return [w for holder in holders if holder is not None for w in [holder, *holder.findChildren(QWidget)]]


def open_texts(wizard: CaseWizard) -> str:
    return "\n".join(w.text() for w in listed(wizard) if isinstance(w, QLabel))


def open_buttons(wizard: CaseWizard) -> list[str]:
    """The accessible names of the listed "Gå til siden" buttons."""
    return [w.accessibleName() for w in listed(wizard) if isinstance(w, QPushButton)]


def decide(qtbot: QtBot, wizard: CaseWizard, button: QAbstractButton) -> None:
    """Choose the outcome, let "Foreslå tekst" draft the reasoning, and date the decision today."""
    decision = page_of(wizard, DecisionPage)
    tick(qtbot, button)
    assert decision.suggest_button.isEnabled()
    qtbot.mouseClick(decision.suggest_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, decision.date_edit, format_danish_date(TODAY))
    settle(qtbot, wizard)
