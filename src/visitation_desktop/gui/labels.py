"""Words from domain/ and services/ that the GUI shows through ``tr()``, marked for pyside6-lupdate.

domain/ and services/ import no Qt, and lupdate reads only gui/, so it cannot see their labels.
Each tuple repeats them under the context of the class whose ``tr()`` shows them (a subclass
finds its base class's context). tests/app/test_english.py fails when a label here and its
source drift apart. The municipality's own texts (findings, the quality standard, the FFB
catalogue) are not marked: they stay Danish.
"""

from __future__ import annotations


def button_text(text: str) -> str:
    """``text`` for a button or check box as written: Qt reads "&" as a keyboard shortcut marker (a
    standard's "Træ & metal" would show as "Træ _metal"), so a literal "&" is written "&&"."""
    return text.replace("&", "&&")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark ``text`` for translation in ``context`` and return it unchanged (typed, unlike Qt's)."""
    return text


# domain.case.STATUS_LABELS, in the case table's status column.
CASE_STATUS = (
    QT_TRANSLATE_NOOP("CaseTableModel", "Under behandling"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Bevilget"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Afslag"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Afsluttet"),
)

# domain.case.CHANNEL_LABELS, how the application came in.
CHANNELS = (
    QT_TRANSLATE_NOOP("CitizenPage", "E-mail"),
    QT_TRANSLATE_NOOP("CitizenPage", "Telefon"),
    QT_TRANSLATE_NOOP("CitizenPage", "Personligt fremmøde"),
)

# domain.case.PAGE_TITLES: each wizard page's title (CasePage) and the list of steps (CaseWizard).
CASE_PAGE_TITLES = (
    QT_TRANSLATE_NOOP("CasePage", "Borger og henvendelse"),
    QT_TRANSLATE_NOOP("CasePage", "Målgruppe"),
    QT_TRANSLATE_NOOP("CasePage", "Ressourcer og behov"),
    QT_TRANSLATE_NOOP("CasePage", "Formål"),
    QT_TRANSLATE_NOOP("CasePage", "Mål (SMART)"),
    QT_TRANSLATE_NOOP("CasePage", "Aktiviteter"),
    QT_TRANSLATE_NOOP("CasePage", "Andre indsatser"),
    QT_TRANSLATE_NOOP("CasePage", "Tilbud og plads"),
    QT_TRANSLATE_NOOP("CasePage", "Afgørelse"),
    QT_TRANSLATE_NOOP("CasePage", "Opsummering"),
)
CASE_WIZARD_STEPS = (
    QT_TRANSLATE_NOOP("CaseWizard", "Borger og henvendelse"),
    QT_TRANSLATE_NOOP("CaseWizard", "Målgruppe"),
    QT_TRANSLATE_NOOP("CaseWizard", "Ressourcer og behov"),
    QT_TRANSLATE_NOOP("CaseWizard", "Formål"),
    QT_TRANSLATE_NOOP("CaseWizard", "Mål (SMART)"),
    QT_TRANSLATE_NOOP("CaseWizard", "Aktiviteter"),
    QT_TRANSLATE_NOOP("CaseWizard", "Andre indsatser"),
    QT_TRANSLATE_NOOP("CaseWizard", "Tilbud og plads"),
    QT_TRANSLATE_NOOP("CaseWizard", "Afgørelse"),
    QT_TRANSLATE_NOOP("CaseWizard", "Opsummering"),
)

# domain.followup_rules.FOLLOWUP_PAGE_TITLES: the follow-up wizard's page titles and steps.
FOLLOWUP_PAGE_TITLES = (
    QT_TRANSLATE_NOOP("FollowUpWizardPage", "Mødet"),
    QT_TRANSLATE_NOOP("FollowUpWizardPage", "Målopfyldelse"),
    QT_TRANSLATE_NOOP("FollowUpWizardPage", "Funktionsevne"),
    QT_TRANSLATE_NOOP("FollowUpWizardPage", "Beslutning"),
    QT_TRANSLATE_NOOP("FollowUpWizardPage", "Nye og ændrede mål"),
    QT_TRANSLATE_NOOP("FollowUpWizardPage", "Opsummering"),
)
FOLLOWUP_WIZARD_STEPS = (
    QT_TRANSLATE_NOOP("FollowUpWizard", "Mødet"),
    QT_TRANSLATE_NOOP("FollowUpWizard", "Målopfyldelse"),
    QT_TRANSLATE_NOOP("FollowUpWizard", "Funktionsevne"),
    QT_TRANSLATE_NOOP("FollowUpWizard", "Beslutning"),
    QT_TRANSLATE_NOOP("FollowUpWizard", "Nye og ændrede mål"),
    QT_TRANSLATE_NOOP("FollowUpWizard", "Opsummering"),
)

# domain.followup.OUTCOME_LABELS: what the follow-up decided, in its summary.
FOLLOWUP_OUTCOMES = (
    QT_TRANSLATE_NOOP("FollowUpWizardPage", "Indsatsen fortsætter uændret"),
    QT_TRANSLATE_NOOP("FollowUpWizardPage", "Indsatsen tilpasses"),
    QT_TRANSLATE_NOOP("FollowUpWizardPage", "Indsatsen afsluttes"),
)

# services.overview.GROUP_LABELS: the overview's tabs.
OVERVIEW_GROUPS = (
    QT_TRANSLATE_NOOP("GroupTabs", "Alle"),
    QT_TRANSLATE_NOOP("GroupTabs", "Frist snart/overskredet"),
    QT_TRANSLATE_NOOP("GroupTabs", "Opfølgning forfalden/snart"),
    QT_TRANSLATE_NOOP("GroupTabs", "Venteliste"),
    QT_TRANSLATE_NOOP("GroupTabs", "Under behandling"),
    QT_TRANSLATE_NOOP("GroupTabs", "Bevilget"),
    QT_TRANSLATE_NOOP("GroupTabs", "Afslag"),
    QT_TRANSLATE_NOOP("GroupTabs", "Afsluttet"),
)

# documents.TITLES: the documents to preview, print or save (the documents themselves stay Danish).
DOCUMENT_TITLES = (
    QT_TRANSLATE_NOOP("DocumentPreview", "Handleplan"),
    QT_TRANSLATE_NOOP("DocumentPreview", "Letlæst udgave"),
    QT_TRANSLATE_NOOP("DocumentPreview", "Afgørelse"),
    QT_TRANSLATE_NOOP("DocumentPreview", "Besked om forsinkelse"),
)

# domain.smart.LABELS: the six SMART letters' names, beside each letter in the SMART check.
SMART_LABELS = (
    QT_TRANSLATE_NOOP("SmartPanel", "Specifikt"),
    QT_TRANSLATE_NOOP("SmartPanel", "Målbart"),
    QT_TRANSLATE_NOOP("SmartPanel", "Accepteret"),
    QT_TRANSLATE_NOOP("SmartPanel", "Realistisk"),
    QT_TRANSLATE_NOOP("SmartPanel", "Tidsbestemt"),
    QT_TRANSLATE_NOOP("SmartPanel", "Evaluérbart"),
)

# The FFB ability levels (resources/ffb/catalogue.json, ``ability_levels``): their names in the
# level combo boxes and their short names on the assessment chart. KL's national vocabulary, not
# the municipality's text, so the program shows it in English too.
FFB_LEVEL_NAMES = (
    QT_TRANSLATE_NOOP("LevelCombo", "Ingen nedsat funktionsevne"),
    QT_TRANSLATE_NOOP("LevelCombo", "Let nedsat funktionsevne"),
    QT_TRANSLATE_NOOP("LevelCombo", "Moderat nedsat funktionsevne"),
    QT_TRANSLATE_NOOP("LevelCombo", "Svært nedsat funktionsevne"),
    QT_TRANSLATE_NOOP("LevelCombo", "Fuldstændig nedsat funktionsevne"),
    QT_TRANSLATE_NOOP("LevelCombo", "Ikke vurderet"),
)
FFB_LEVEL_SHORT = (
    QT_TRANSLATE_NOOP("AssessmentPage", "Ingen"),
    QT_TRANSLATE_NOOP("AssessmentPage", "Let"),
    QT_TRANSLATE_NOOP("AssessmentPage", "Moderat"),
    QT_TRANSLATE_NOOP("AssessmentPage", "Svært"),
    QT_TRANSLATE_NOOP("AssessmentPage", "Fuldstændig"),
    QT_TRANSLATE_NOOP("AssessmentPage", "Ikke vurderet"),
)
