"""The underlined letters (Alt keys) a wizard page offers, beside the menu bar's.

Used by test_wizard_keyboard.py (and handy for a look at a page's letters while building it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str:
    """The underlined letter of ``text`` ("" if none); ``&&`` is a literal ampersand."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else ""


@dataclass(frozen=True)
class Mnemonic:
    key: str
    owner: str  # what carries the letter, for messages
    target: QWidget | None  # where Alt+key leads (a label's buddy, the button itself)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible()


def page_mnemonics(root: QWidget, page: QWidget) -> list[Mnemonic]:
    """The letters on ``page`` and on the buttons of the wizard around it (``root``)."""
    found: list[Mnemonic] = []
    for label in page.findChildren(QLabel):
        key = letter(label.text()) if label.textFormat() != 1 else ""  # 1 = Qt.PlainText
        if key and _shown(label, root):
            found.append(Mnemonic(key, f"label {label.text()!r}", label.buddy()))
    for box in page.findChildren(QGroupBox):
        key = letter(box.title())
        if key and _shown(box, root):
            found.append(Mnemonic(key, f"group {box.title()!r}", box))
    for button in root.findChildren(QAbstractButton):
        key = letter(button.text())
        if key and _shown(button, root) and (page.isAncestorOf(button) or not _inside_a_page(button, root)):
            found.append(Mnemonic(key, f"button {button.text()!r}", button))
    return found


def _inside_a_page(widget: QWidget, root: QWidget) -> bool:
    from PySide6.QtWidgets import QWizardPage

    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QWizardPage):
            return True
        parent = parent.parentWidget()
    return False


def menu_mnemonics(menu_bar: QMenuBar) -> list[Mnemonic]:
    return [Mnemonic(letter(a.text()), f"menu {a.text()!r}", None) for a in menu_bar.actions() if letter(a.text())]


def clashes(found: list[Mnemonic]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = {}
    for m in found:
        by_key.setdefault(m.key, []).append(m.owner)
    return {k: owners for k, owners in by_key.items() if len(owners) > 1}
