"""The summary page (wizard page 10) and the standard note above the wizard in English.

services/summary.py and services/standards.py write the program's own words as Danish templates;
the GUI looks them up in resources/i18n/visitation_en.ts. In an English GUI the headings, labels
and verdicts read in English while the citizen's data and the standard's texts stay as typed. The
Danish output is the same as before (tests/services/test_summary_and_reasoning.py and the others).
"""

from __future__ import annotations

import datetime as dt
import re

from conftest import SECOND_STANDARD

from visitation_desktop.domain.acceptance import record_acceptance
from visitation_desktop.domain.case import AcceptanceKind, CaseFile, WizardPage
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases
from visitation_desktop.services.standards import use_standard
from visitation_desktop.services.summary import case_summary_html
from visitation_desktop.services.workspace import Workspace

TODAY = dt.date(2026, 3, 2)
# The summary's own Danish words (headings, labels, verdicts) that must not show in English.
DANISH = (
    "Borger\n", "Henvendelse og frist", "Vurdering af ressourcer og behov", "Andre indsatser og koordinering",
    "Afgørelse og begrundelse", "Åbne fund", "Ikke udfyldt", "Frist for afgørelse", "Samtykke", "Modtaget",
    "Målgruppe (FFB)", "Individuel vurdering", "Samlet støttebehov", "Borgerens", "Måltype", "Måles sådan",
    "Nu:", "Tilbud og plads", "Befordring", "Forventet start", "Hovedhensyn", "ifølge CPR-nummeret",
    "nedsat funktionsevne", "støttebehov", "Handleplanen er ikke accepteret", "Skal løses", "Advarsel",
)  # fmt: skip



def _main_example(ws: Workspace) -> CaseFile:
    return next(c for c in demo_cases(ws.standard, ws.catalogue, TODAY) if c.citizen.name == MAIN_EXAMPLE)


def _open(qtbot, ws: Workspace, case: CaseFile):  # type: ignore[no-untyped-def]
    from visitation_desktop.gui.main_window import MainWindow

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1280, 688)
    window.show()
    window.open_wizard(window.cases.open_case(case.id or 0))
    assert window._wizard is not None
    return window


def test_the_summary_page_reads_in_english(qtbot, english: None, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    case = _main_example(workspace)
    case.consent.status = ""  # "Ikke udfyldt" / "Not filled in"
    CaseService(workspace).new_case(case)
    window = _open(qtbot, workspace, case)
    wizard = window._wizard
    wizard.go_to(WizardPage.SUMMARY)
    page = wizard.pages[WizardPage.SUMMARY]
    qtbot.waitUntil(lambda: "Citizen" in page.browser.toPlainText(), timeout=10_000)
    text = page.browser.toPlainText()
    for english_words in (
        "Application and deadline", "Received", "Decision deadline", "Consent (§ 11 a)", "Not filled in",
        "Target group (FFB)", "years old according to the CPR number", "Assessment of resources and needs",
        "Overall need for support", "Goal 1:", "Now: ", "Goal type", "Measurable", "Offer and place",
        "Transport", "Decision and reasons", "The citizen's acceptance of the plan",
        "The action plan has not been accepted yet.", "Open findings",
    ):  # fmt: skip
        assert english_words in text, english_words
    found = [word for word in DANISH if word in text]
    assert found == [], found
    # what was typed and the standard's own texts stay as they are
    assert case.citizen.name in text and case.goals[0].text.strip() in text
    assert workspace.standard.title in text
    window.close_wizard()


def test_the_danish_summary_is_unchanged_by_the_english_words(english: None, workspace: Workspace) -> None:
    """With no translation given the summary is Danish even when the GUI runs in English."""
    html = case_summary_html(_main_example(workspace), workspace.standard, workspace.catalogue, TODAY)
    assert "<h3>Henvendelse og frist</h3>" in html and "<b>Frist for afgørelse</b>" in html
    assert not re.search("Application and deadline|Decision deadline", html)


def test_the_standard_note_reads_in_english(qtbot, english: None, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    case = CaseService(workspace).new_case(CaseFile())
    use_standard(workspace, SECOND_STANDARD)
    window = _open(qtbot, workspace, case)
    note = window._wizard.standard_note
    qtbot.waitUntil(note.isVisible, timeout=10_000)
    assert note.text() == (
        "The case was assessed under the quality standard of Thisted Kommune (Udateret udgave), not the active one "
        "(Kildebjerg Kommune, Godkendt af Social- og Sundhedsudvalget 4. februar 2026). It is assessed and printed "
        "under its own standard."
    )
    window.close_wizard()


def _accepted(case: CaseFile, kind: AcceptanceKind, version: int | None, stale: bool) -> CaseFile:
    record_acceptance(case, kind, "Mette", TODAY, "AB", image="iVBO" if kind is AcceptanceKind.SIGNATURE else "",
                      reason="" if kind is AcceptanceKind.SIGNATURE else "kan ikke skrive", plan_version=version)
    if stale:
        case.goals[0].text += " Og mere."
    return case


def test_every_word_of_the_summary_has_an_english_text() -> None:
    """For many kinds of case, every template the summary looks up has an English text in the .ts (a word
    lupdate cannot see, or one not translated, fails here), and the Danish summary is the one it was."""
    from .test_english_messages import CATALOGUE, STANDARD, _in_english, _main, _variants

    asked: set[str] = set()

    def english(template: str) -> str:
        asked.add(template)
        return _in_english(template)

    cases = [*_variants(), _accepted(_main(), AcceptanceKind.SIGNATURE, 2, False)]
    cases += [
        _accepted(_main(), AcceptanceKind.SPOKEN, None, True),
        _accepted(CaseFile(), AcceptanceKind.SPOKEN, 1, False),
    ]
    for case in cases:
        for today in (TODAY, TODAY + dt.timedelta(days=400)):
            html = case_summary_html(case, STANDARD, CATALOGUE, today, english)
            assert "Henvendelse og frist" not in html and "Ikke udfyldt" not in html
    for word in (
        "Ingen åbne fund.", "Handleplanen er ikke accepteret endnu.", "{who}, handleplanen version {version}.",
        "Underskrevet på skærmen af {by} den {day}", "Planen er ændret efter accepten – der skal en ny accept til.",
        "Ikke afklaret", "Ikke truffet endnu", "søgt",
    ):  # fmt: skip
        assert word in asked, word
