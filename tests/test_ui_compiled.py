"""The compiled ui_*.py files must match their Designer .ui sources."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "scripts" / "compile_ui.py")
assert spec and spec.loader
compile_ui = importlib.util.module_from_spec(spec)
sys.modules["compile_ui"] = compile_ui
spec.loader.exec_module(compile_ui)

# The header names the uic version; a patch release of Qt must not make every file "stale".
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)


def _normal(text: str) -> str:
    return _VERSION_LINE.sub("", text)


def test_every_ui_file_is_compiled_and_current() -> None:
    ui_files = sorted((ROOT / "ui").glob("*.ui"))
    assert ui_files, "no Designer files found"
    stale = []
    for ui in ui_files:
        target = compile_ui.target_for(ui)
        if not target.exists() or _normal(target.read_text(encoding="utf-8")) != _normal(compile_ui.compile_one(ui)):
            stale.append(ui.name)
    assert stale == [], f"run scripts/compile_ui.py: stale {stale}"


# -- the wizard pages' Designer forms ----------------------------------------------------------

_PAGE_FORMS = sorted((ROOT / "ui").glob("wizard_*.ui")) + sorted((ROOT / "ui").glob("followup_*.ui"))


def _page_classes() -> list[tuple[str, type]]:
    from visitation_desktop.gui.followup.pages import PAGE_CLASSES as FOLLOWUP_PAGES
    from visitation_desktop.gui.wizard.pages import PAGE_CLASSES as WIZARD_PAGES

    return [("wizard", page) for page in WIZARD_PAGES] + [("followup", page) for page in FOLLOWUP_PAGES]


@pytest.mark.parametrize(("wizard", "page"), _page_classes(), ids=lambda x: x if isinstance(x, str) else x.__name__)
def test_every_wizard_page_uses_its_compiled_form(wizard: str, page: type) -> None:
    forms = [base for base in page.__mro__ if base.__module__.startswith("visitation_desktop.gui.generated.")]
    assert [f.__name__ for f in forms] == [f"Ui_{page.__name__}"], f"the page's form is ui/{wizard}_<page>.ui"
    module = forms[0].__module__.rsplit(".", 1)[-1]
    assert module.startswith(f"ui_{wizard}_"), module
    assert "setupUi" in vars(forms[0])


@pytest.mark.parametrize("ui", _PAGE_FORMS, ids=lambda path: path.name)
def test_a_page_forms_buddies_and_tab_stops_name_its_widgets(ui: Path) -> None:
    root = ET.parse(ui).getroot()
    widgets = {w.get("name") for w in root.iter("widget")}
    buddies = [p.findtext("cstring") for p in root.iter("property") if p.get("name") == "buddy"]
    assert [b for b in buddies if b not in widgets] == [], f"{ui.name}: a buddy names no widget"
    stops = [t.text for t in root.iterfind("tabstops/tabstop")]
    assert [t for t in stops if t not in widgets] == [], f"{ui.name}: a tab stop names no widget"
    assert len(stops) == len(set(stops)), f"{ui.name}: a widget twice in the tab order"
    fields = [
        w.get("name")
        for w in root.iter("widget")
        if w.get("class") in {"QLineEdit", "QPlainTextEdit", "QComboBox", "QCheckBox", "QRadioButton", "DateField"}
    ]
    assert [f for f in fields if f not in stops] == [], f"{ui.name}: fields left out of the tab order"
    assert stops or not fields, f"{ui.name}: no tab order"
