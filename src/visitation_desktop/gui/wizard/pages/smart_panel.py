"""The live SMART check beside the goal editor, and the short summary of goal findings.

Six lines, one per letter S, M, A, R, T, E: a green ✓ with what is fine, or an amber ! with
what is missing and a "Ret" link that asks the editor to focus the field concerned.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ....domain.case import Goal
from ....domain.findings import Finding, Severity
from ....domain.smart import SmartCheck, goal_label_msg
from ...messages import shown

OK_COLOUR = "#2e7d32"
GAP_COLOUR = "#8a5a00"


class SmartPanel(QGroupBox):
    field_requested = Signal(str)  # a Goal attribute, e.g. "measure"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("SMART-tjek af målet"))
        self.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        self.labels: dict[str, QLabel] = {}
        self._checks: list[SmartCheck] = []
        for letter in "SMARTE":
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(self.field_requested)
            layout.addWidget(label)
            self.labels[letter] = label

    def show_checks(self, checks: Sequence[SmartCheck], fixable: set[str]) -> None:
        """Show the six checks; a gap whose field is in ``fixable`` gets a "Ret" link."""
        self._checks = list(checks)
        for check in checks:
            label = self.labels[check.letter]
            message = _escape(shown(check.text))
            if check.ok:
                head = f"<span style='color:{OK_COLOUR}'><b>✓ {check.letter}</b> – {self.tr(check.label)}:</span>"
                label.setText(f"{head} {message}")
            else:
                head = f"<span style='color:{GAP_COLOUR}'><b>! {check.letter}</b> – {self.tr(check.label)}:</span>"
                fix = self.tr("Ret")
                link = f" <a href='{check.field}'>{fix}</a>" if check.field in fixable else ""
                label.setText(f"{head} {message}{link}")
            state = self.tr("i orden") if check.ok else self.tr("mangler")
            label.setAccessibleName(f"{self.tr(check.label)}: {state}. {shown(check.text)}")

    def state(self) -> dict[str, tuple[bool, str]]:
        """Letter -> (ok, message) as the panel shows it now."""
        return {c.letter: (c.ok, shown(c.text)) for c in self._checks}


def goal_index(field: str) -> int | None:
    """3 for "goals[3].measure"; None for a field that is not about one goal."""
    if not field.startswith("goals["):
        return None
    try:
        return int(field[len("goals[") : field.index("]")])
    except ValueError:
        return None


def summarise(findings: Sequence[Finding], goals: Sequence[Goal], page: str) -> list[Finding]:
    """One line per goal with gaps (the SMART panel has the details), page-wide findings as they are."""
    summary: list[Finding] = []
    per_goal: dict[int, list[Finding]] = {}
    for finding in findings:
        index = goal_index(finding.field)
        if index is None:
            summary.append(finding)
        else:
            per_goal.setdefault(index, []).append(finding)
    for index, found in sorted(per_goal.items()):
        if index >= len(goals):
            continue
        worst = Severity.BLOCKING if any(f.is_blocking for f in found) else Severity.WARNING
        if len(found) == 1:
            text = QCoreApplication.translate("SmartPanel", "{0}: 1 punkt mangler – se SMART-tjekket.")
        else:
            text = QCoreApplication.translate("SmartPanel", "{0}: {1} punkter mangler – se SMART-tjekket.")
        text = text.format(shown(goal_label_msg(goals[index], index)), len(found))
        summary.append(Finding(found[0].code, worst, page, text))
    return summary


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
