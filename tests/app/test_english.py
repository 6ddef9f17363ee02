"""The program in English: the .qm built from resources/i18n/visitation_en.ts, and the .ts itself.

The source strings are Danish; with the English translators installed the main window and the
wizard must speak English. The .ts must be complete and up to date with the sources, or an
English-speaking caseworker meets Danish words in the middle of a screen.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from visitation_desktop.documents import TITLES
from visitation_desktop.domain.case import CHANNEL_LABELS, PAGE_TITLES, STATUS_LABELS, CaseFile, Citizen
from visitation_desktop.domain.ffb import load_catalogue
from visitation_desktop.domain.followup import OUTCOME_LABELS
from visitation_desktop.domain.followup_rules import FOLLOWUP_PAGE_TITLES
from visitation_desktop.domain.smart import LABELS as SMART_LETTER_LABELS
from visitation_desktop.gui import labels
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.gui.overview_model import OverviewModel
from visitation_desktop.paths import resource_path
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.overview import GROUP_LABELS
from visitation_desktop.services.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
TS = resource_path("i18n", "visitation_en.ts")
DANISH_LETTERS = re.compile("[æøåÆØÅ]")
# Danish words of the main window without æ, ø or å, which the letters above would miss.
DANISH_WORDS = re.compile(
    r"\b(Filer|Funktioner|Borger|Modtaget|Frist|sager|Alle|Afslag|Bevilget|Venteliste)\b"
)



def _visible_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    assert isinstance(window, MainWindow)
    texts += [action.text() for action in window.ui.menuBar.actions()]
    texts += [action.text() for action in window.ui.fileMenu.actions()]
    model = window.model
    for column in range(model.columnCount()):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
        texts += [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
    texts.append(window.statusBar().currentMessage())
    return [t for t in texts if t]


def test_main_window_speaks_english(qtbot, english: None, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    for cpr, name, days_ago in (("0101901234", "Inge Holm", 0), ("1505851235", "Bo Dahl", 7 * 8 - 3)):
        case = CaseFile(citizen=Citizen(cpr=cpr, name=name))
        case.application.received = today - dt.timedelta(days=days_ago)
        CaseService(workspace).new_case(case)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.overview_pending, timeout=30_000)

    assert window.ui.newCaseButton.text() == "&New visitation"
    assert window.ui.fileMenu.title() == "&File"
    header = window.model.headerData
    assert [header(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Citizen", "CPR number", "Status"]
    assert window.model.index(0, 2).data() == "In progress"
    remarks = [window.model.index(row, OverviewModel.REMARK).data() for row in range(2)]
    assert "The deadline is near (3 days left)." in remarks
    assert window.ui.countLabel.text() == "2 cases"
    assert window.statusBar().currentMessage() == "Logged in as Anne Berg. The data store is encrypted."

    danish = [t for t in _visible_texts(window) if DANISH_LETTERS.search(t) or DANISH_WORDS.search(t)]
    assert danish == [], f"Danish in the English main window: {danish}"


def test_main_window_mnemonics_are_unique_in_english(qtbot, english: None, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.ui.menuBar.actions()]
    texts += [
        b.text()
        for b in window.ui.casesPage.findChildren(QAbstractButton)
        if b.isVisibleTo(window.ui.casesPage)
    ]
    texts.append(window.ui.searchLabel.text())
    keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
    assert len(keys) == len(set(keys)), f"the same Alt key twice: {texts}"


def test_wizard_page_title_and_steps_in_english(qtbot, english: None, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.ui.newCaseButton.click()
    wizard = window._wizard
    assert wizard is not None
    page = wizard.wizard.currentPage()  # type: ignore[attr-defined]
    assert page.title() == "Citizen and application"
    assert wizard.steps.item(0).text().startswith("1. Citizen and application")  # type: ignore[attr-defined]
    window.close_wizard()


# -- the .ts ---------------------------------------------------------------------------------------


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <translation> of every message that is not obsolete."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, message.findtext("source") or "")] = translation
    return found


def test_every_message_is_translated_and_finished() -> None:
    problems = []
    for (context, source), translation in _messages(TS).items():
        text = translation.text or ""
        if translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
            continue
        if sorted(re.findall(r"\{\d\}|%n", source)) != sorted(re.findall(r"\{\d\}|%n", text)):
            problems.append(f"{context}: {text!r} has other placeholders than {source!r}")
        if sorted(re.findall(r"</?\w+", source)) != sorted(re.findall(r"</?\w+", text)):
            problems.append(f"{context}: {text!r} has other HTML tags than {source!r}")
        if len(re.findall(r"&\S", source)) != len(re.findall(r"&\S", text)):
            problems.append(f"{context}: {text!r} has no Alt key where {source!r} has one, or the other way")
    assert problems == []


def test_the_ts_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate over today's sources finds no string the committed .ts lacks, and none it has in vain."""
    copy = tmp_path / "visitation_en.ts"
    shutil.copyfile(TS, copy)
    sources = sorted(
        p
        for folder in ("gui", "domain")
        for p in (REPO / "src/visitation_desktop" / folder).rglob("*.py")
        if "generated" not in p.parts
    )
    # services and store errors that build text the GUI shows mark it as the domain does (the summary page)
    marked = [p for folder in ("services", "store") for p in sorted((REPO / "src/visitation_desktop" / folder).glob("*.py"))]
    sources += [p for p in marked if "QT_TRANSLATE_NOOP" in p.read_text(encoding="utf-8")]
    sources += sorted((REPO / "ui").glob("*.ui"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-source-language",
            "da",
            "-target-language",
            "en",
            *map(str, sources),
            "-ts",
            str(copy),
        ],
        check=True,
    )
    committed, current = set(_messages(TS)), set(_messages(copy))
    assert sorted(current - committed) == [], (
        "new strings: run scripts/update_translations.sh and translate them"
    )
    assert sorted(committed - current) == [], (
        "strings gone from the sources: run scripts/update_translations.sh"
    )


@pytest.mark.parametrize(
    ("marked", "source"),
    [
        (labels.CASE_STATUS, STATUS_LABELS),
        (labels.CHANNELS, CHANNEL_LABELS),
        (labels.CASE_PAGE_TITLES, PAGE_TITLES),
        (labels.CASE_WIZARD_STEPS, PAGE_TITLES),
        (labels.FOLLOWUP_PAGE_TITLES, FOLLOWUP_PAGE_TITLES),
        (labels.FOLLOWUP_WIZARD_STEPS, FOLLOWUP_PAGE_TITLES),
        (labels.OVERVIEW_GROUPS, GROUP_LABELS),
        (labels.FOLLOWUP_OUTCOMES, OUTCOME_LABELS),
        (labels.DOCUMENT_TITLES, TITLES),
        (labels.SMART_LABELS, SMART_LETTER_LABELS),
        (labels.FFB_LEVEL_NAMES, {lv.value: lv.name for lv in load_catalogue().ability_levels}),
        (labels.FFB_LEVEL_SHORT, {lv.value: lv.short for lv in load_catalogue().ability_levels}),
    ],
)
def test_marked_labels_match_domain_and_services(marked: tuple[str, ...], source: dict[object, str]) -> None:
    assert sorted(marked) == sorted(source.values()), (
        "gui/labels.py is out of step with the labels it repeats"
    )


def test_smart_letters_and_ffb_levels_in_english(qtbot, english: None) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from visitation_desktop.domain.case import Goal
    from visitation_desktop.domain.smart import check_goal
    from visitation_desktop.gui.wizard.fields import LevelCombo
    from visitation_desktop.gui.wizard.pages.smart_panel import SmartPanel

    combo = LevelCombo(load_catalogue().ability_levels)
    qtbot.addWidget(combo)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "Not assessed" and "2 – Moderately reduced functioning" in items
    panel = SmartPanel()
    qtbot.addWidget(panel)
    panel.show_checks(check_goal(Goal(text="Have det bedre."), dt.date(2026, 11, 26)), set())
    shown = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "Measurable" in shown and "Time-bound" in shown and "Målbart" not in shown
