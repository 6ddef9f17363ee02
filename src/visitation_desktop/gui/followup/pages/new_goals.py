"""Page 5: Nye og ændrede mål — goals revised, ended or added when the service is adjusted.

The list shows the plan's goals as they will stand after the meeting. "Ret målet" makes a copy
to revise (the plan's goal is replaced by it, same id); "Afslut målet" takes a goal out of the
plan; "Nyt mål" adds one. Each revised or new goal gets the same SMART check as at the visitation.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from ....domain.case import Goal
from ....domain.findings import Finding
from ....domain.followup import Adjustment
from ....domain.followup_rules import FollowUpPage
from ....domain.plan_diff import quote
from ...generated.ui_followup_new_goals import Ui_NewGoalsPage
from ..base import FollowUpWizardPage
from ..goal_editor import GoalEditor

PLAN, NEW = "plan", "new"


class NewGoalsPage(FollowUpWizardPage, Ui_NewGoalsPage):
    """The fixed form is ``ui/followup_new_goals.ui``; the goal editor is made from the catalogue."""

    PAGE = FollowUpPage.NEW_GOALS

    def build(self) -> None:
        self.watch("adjustment.goals", self.goals_message)
        self.editor = GoalEditor(self.ctx.catalogue, self.ctx.today)
        self.editor_place.addWidget(self.editor)
        self._connect_signals()
        self.add_loader(lambda: self._fill_list(None))

    def _connect_signals(self) -> None:
        self.goal_list.currentRowChanged.connect(self._on_selected)
        self.revise_button.clicked.connect(self._on_revise)
        self.end_button.clicked.connect(self._on_end)
        self.new_button.clicked.connect(self._on_new)
        self.undo_button.clicked.connect(self._on_undo)
        self.editor.changed.connect(self._on_editor_changed)

    # -- the list ----------------------------------------------------------------------------
    @property
    def _adjustment(self) -> Adjustment:
        return self.ctx.followup.adjustment

    def _revised(self, goal_id: str) -> Goal | None:
        return next((g for g in self._adjustment.goals if g.id == goal_id), None)

    def _entries(self) -> list[tuple[str, str, str]]:
        """(kind, goal id, text shown) for the plan's goals, then the new ones."""
        plan_ids = {g.id for g in self.ctx.case.goals}
        out: list[tuple[str, str, str]] = []
        for number, goal in enumerate(self.ctx.case.goals, start=1):
            revised = self._revised(goal.id)
            if goal.id in self._adjustment.ended_goals:
                state = self.tr(" – afsluttes")
            elif revised is not None:
                state = self.tr(" – ændret")
            else:
                state = ""
            text = quote((revised or goal).text, 10)
            out.append((PLAN, goal.id, self.tr("Mål {0}: {1}{2}").format(number, text, state)))
        new_goals = [g for g in self._adjustment.goals if g.id not in plan_ids]
        for number, goal in enumerate(new_goals, start=1):
            out.append((NEW, goal.id, self.tr("Nyt mål {0}: {1}").format(number, quote(goal.text, 10))))
        return out

    def _fill_list(self, select_id: str | None) -> None:
        current = self._current()
        select_id = select_id or (current[1] if current else None)
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        selected_row = 0
        for row, (kind, goal_id, text) in enumerate(self._entries()):
            item = QListWidgetItem(text, self.goal_list)
            item.setData(Qt.ItemDataRole.UserRole, (kind, goal_id))
            if goal_id == select_id:
                selected_row = row
        self.goal_list.blockSignals(False)
        if self.goal_list.count():
            self.goal_list.setCurrentRow(selected_row)
        self._on_selected(self.goal_list.currentRow())

    def _current(self) -> tuple[str, str] | None:
        item = self.goal_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_selected(self, _row: int) -> None:
        current = self._current()
        if current is None:
            self.editor.set_goal(None, False)
            self.hint.setText(self.tr("Handleplanen har ingen mål. Tryk »Nyt mål« for at skrive et."))
            self._buttons(None, None)
            return
        kind, goal_id = current
        original = next((g for g in self.ctx.case.goals if g.id == goal_id), None)
        revised = self._revised(goal_id)
        ended = goal_id in self._adjustment.ended_goals
        if kind == NEW or revised is not None and not ended:
            self.editor.set_goal(revised, True)
            self.hint.setText(self.tr("Skriv målet sammen med borgeren. SMART-tjekket står til højre."))
        else:
            self.editor.set_goal(copy.deepcopy(original), False)
            self.hint.setText(
                self.tr("Målet afsluttes ved dette møde.")
                if ended
                else self.tr("Målet fortsætter uændret. Tryk »Ret målet« for at ændre det.")
            )
        self._buttons(kind, goal_id)

    def _buttons(self, kind: str | None, goal_id: str | None) -> None:
        is_plan = kind == PLAN
        ended = goal_id in self._adjustment.ended_goals if goal_id else False
        changed = goal_id is not None and (ended or self._revised(goal_id) is not None)
        self.revise_button.setEnabled(is_plan and not changed)
        self.end_button.setEnabled(is_plan and not ended)
        self.undo_button.setEnabled(changed)

    # -- actions -----------------------------------------------------------------------------
    def _on_revise(self) -> None:
        current = self._current()
        original = next((g for g in self.ctx.case.goals if current and g.id == current[1]), None)
        if original is None or self._revised(original.id) is not None:
            return
        self._adjustment.goals.append(copy.deepcopy(original))
        self._after_change(original.id)
        self.editor.text_edit.setFocus()

    def _on_end(self) -> None:
        current = self._current()
        if current is None or current[0] != PLAN:
            return
        goal_id = current[1]
        self._adjustment.goals[:] = [g for g in self._adjustment.goals if g.id != goal_id]
        if goal_id not in self._adjustment.ended_goals:
            self._adjustment.ended_goals.append(goal_id)
        self._after_change(goal_id)

    def _on_new(self) -> None:
        goal = Goal()
        self._adjustment.goals.append(goal)
        self._after_change(goal.id)
        self.editor.text_edit.setFocus()

    def _on_undo(self) -> None:
        current = self._current()
        if current is None:
            return
        goal_id = current[1]
        self._adjustment.goals[:] = [g for g in self._adjustment.goals if g.id != goal_id]
        if goal_id in self._adjustment.ended_goals:
            self._adjustment.ended_goals.remove(goal_id)
        self._after_change(goal_id if current[0] == PLAN else None)

    def page_findings(self) -> list[Finding]:
        """The SMART gaps of the goal shown are in the panel beside it; the list below keeps the rest."""
        return [
            f
            for f in super().page_findings()
            if f.is_blocking or not f.code.startswith("followup.goal_")
        ]

    def _after_change(self, select_id: str | None) -> None:
        self._fill_list(select_id)
        self.changed()

    def _on_editor_changed(self) -> None:
        item = self.goal_list.currentItem()
        current = self._current()
        if item is not None and current is not None:
            text = next((t for k, g, t in self._entries() if g == current[1]), item.text())
            item.setText(text)
        self.changed()
