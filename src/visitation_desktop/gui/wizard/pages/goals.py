"""Page 5: Mål (SMART) — goals drafted with the citizen, each checked live against SMART.

The list on top holds the goals; the editor below changes the selected one, writing into
``case.goals[i]`` at every keystroke. Beside the editor six lines, one per SMART letter, say
in plain Danish what is fine and what is missing (``domain.smart.check_goal``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ....domain.acceptance import acceptance_current
from ....domain.case import Goal, WizardPage
from ....domain.ffb import ACTIVITY_AND_PARTICIPATION
from ....domain.findings import Finding
from ....domain.smart import check_goal, goal_label_msg
from ....domain.tscore import gas_level_msg
from ...generated.ui_wizard_goals import Ui_GoalsPage
from ...messages import finding_text, shown
from ..base import CasePage, findings_html
from ..fields import LevelCombo
from ..reflow import Reflow
from .purpose import paragraphs
from .smart_panel import GAP_COLOUR, goal_index, summarise

_TYPED = frozenset({"text", "measure", "evaluation", "realistic_reason", "acceptance_note"})  # own undo


class GoalsPage(CasePage, Ui_GoalsPage):
    """The fixed form is ``ui/wizard_goals.ui``; subthemes, goal types, levels and GAS steps come from
    the FFB catalogue."""

    PAGE = WizardPage.GOALS

    def build(self) -> None:
        self._loading = False
        self.intro_label.setText(paragraphs(self.ctx.standard.goals_text).split("\n\n")[0])
        self.field_row("goals", self.goals_holder, self.goals_message)
        self._complete_editor()
        self.reflow = Reflow(self.editor_row, self.body_scroll.viewport())  # SMART check below when narrow
        self._connect_signals()
        self.smart_panel.field_requested.connect(self._on_field_requested)
        self.add_loader(self._load_goals)

    # -- building ----------------------------------------------------------------------------
    def _complete_editor(self) -> None:
        """The editor's choices from the catalogue; the level combos and GAS steps are made here."""
        catalogue = self.ctx.catalogue
        self._fill_subthemes(self.subtheme_combo, self.tr("(vælg undertema)"))
        self._fill_subthemes(self.second_combo, self.tr("(intet)"))
        self.type_combo.addItem(self.tr("(vælg måltype)"), "")
        for goal_type in catalogue.goal_types:
            self.type_combo.addItem(goal_type.name, goal_type.code)

        self.current_combo = LevelCombo(catalogue.ability_levels)
        self.current_combo.setAccessibleName(self.tr("Niveau i dag"))
        self.target_combo = LevelCombo(catalogue.ability_levels)
        self.target_combo.setAccessibleName(self.tr("Målniveau"))
        self.levels_row.insertWidget(1, self.current_combo, 1)
        self.levels_row.addWidget(self.target_combo, 1)
        self.current_caption.setBuddy(self.current_combo)
        self.target_caption.setBuddy(self.target_combo)
        self.levels_caption.setBuddy(self.current_combo)

        self.gas_edits: dict[int, QLineEdit] = {}
        for score in range(-2, 3):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Hvordan ser det ud på dette trin?"))
            self.gas_edits[score] = edit
            self.add_row(self.gas_form, f"{shown(gas_level_msg(score))}:", edit)
        self.tab_order(
            self.type_combo,
            self.current_combo,
            self.target_combo,
            self.measure_edit,
            self.due_edit,
            self.evaluation_edit,
            self.evaluation_date_edit,
            self.accepted_check,
            self.acceptance_edit,
            self.realistic_edit,
            self.gas_toggle,
            *self.gas_edits.values(),
        )  # the editor before the SMART panel, as it is shown

        self._widgets_for: dict[str, QWidget] = {
            "text": self.text_edit,
            "subtheme": self.subtheme_combo,
            "goal_type": self.type_combo,
            "current_level": self.current_combo,
            "target_level": self.target_combo,
            "measure": self.measure_edit,
            "due": self.due_edit,
            "evaluation": self.evaluation_edit,
            "evaluation_date": self.evaluation_date_edit,
            "accepted": self.accepted_check,
            "acceptance_note": self.acceptance_edit,
            "realistic_reason": self.realistic_edit,
        }

    def _fill_subthemes(self, combo: QComboBox, empty: str) -> None:
        combo.addItem(empty, "")
        for theme in self.ctx.catalogue.themes_in(ACTIVITY_AND_PARTICIPATION):
            combo.insertSeparator(combo.count())
            for subtheme in theme.subthemes:
                combo.addItem(f"{theme.name} – {subtheme.name}", subtheme.code)

    def _connect_signals(self) -> None:
        self.goal_list.currentRowChanged.connect(self._on_goal_selected)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        for attr, edit in (
            ("text", self.text_edit),
            ("measure", self.measure_edit),
            ("evaluation", self.evaluation_edit),
            ("realistic_reason", self.realistic_edit),
        ):
            edit.textChanged.connect(lambda a=attr, e=edit: self._edit(a, e.toPlainText()))
        self.acceptance_edit.textChanged.connect(lambda text: self._edit("acceptance_note", text))
        self.accepted_check.toggled.connect(lambda checked: self._edit("accepted", checked))
        self.subtheme_combo.currentIndexChanged.connect(self._on_subtheme_changed)
        self.second_combo.currentIndexChanged.connect(
            lambda _i: self._edit("second_subtheme", self.second_combo.currentData() or "")
        )
        self.type_combo.currentIndexChanged.connect(
            lambda _i: self._edit("goal_type", self.type_combo.currentData() or "")
        )
        self.current_combo.currentIndexChanged.connect(
            lambda _i: self._edit("current_level", self.current_combo.value())
        )
        self.target_combo.currentIndexChanged.connect(
            lambda _i: self._edit("target_level", self.target_combo.value())
        )
        for attr, field, message in (
            ("due", self.due_edit, self.due_message),
            ("evaluation_date", self.evaluation_date_edit, self.evaluation_date_message),
        ):
            field.date_changed.connect(lambda value, a=attr: self._edit(a, value))
            field.invalid.connect(lambda text, m=message: _show_typing_error(m, text))
        for score, gas_edit in self.gas_edits.items():
            gas_edit.textChanged.connect(lambda text, s=score: self._on_gas_changed(s, text))
        self.gas_toggle.toggled.connect(self._on_gas_toggled)

    # -- loading -----------------------------------------------------------------------------
    def _load_goals(self) -> None:
        row = max(0, self.goal_list.currentRow())
        self._refresh_list(min(row, len(self.ctx.case.goals) - 1))

    def _refresh_list(self, select: int) -> None:
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        for index, goal in enumerate(self.ctx.case.goals):
            self.goal_list.addItem(self._item_text(goal, index))
        self.goal_list.setCurrentRow(select)
        self.goal_list.blockSignals(False)
        self._on_goal_selected(select)

    def _item_text(self, goal: Goal, index: int) -> str:
        checks = check_goal(goal, self.ctx.today, self.ctx.catalogue, plan_accepted=acceptance_current(self.ctx.case))
        missing = sum(1 for c in checks if not c.ok)
        status = self.tr("SMART i orden") if not missing else self.tr("{0} af 6 mangler").format(missing)
        return f"{'✓' if not missing else '!'} {shown(goal_label_msg(goal, index))} – {status}"

    def current_goal(self) -> Goal | None:
        row = self.goal_list.currentRow()
        goals = self.ctx.case.goals
        return goals[row] if 0 <= row < len(goals) else None

    def _on_goal_selected(self, _row: int) -> None:
        goal = self.current_goal()
        self.editor.setVisible(goal is not None)
        self.empty_hint.setVisible(goal is None)
        self.remove_button.setEnabled(goal is not None)
        self._loading = True
        try:
            self._fill_editor(goal or Goal())
        finally:
            self._loading = False
        self._refresh_smart()

    def _fill_editor(self, goal: Goal) -> None:
        for edit, text in (
            (self.text_edit, goal.text),
            (self.measure_edit, goal.measure),
            (self.evaluation_edit, goal.evaluation),
            (self.realistic_edit, goal.realistic_reason),
        ):
            edit.setPlainText(text)
        self.acceptance_edit.setText(goal.acceptance_note)
        self.accepted_check.setChecked(goal.accepted)
        _select_data(self.subtheme_combo, goal.subtheme)
        _select_data(self.second_combo, goal.second_subtheme)
        _select_data(self.type_combo, goal.goal_type)
        self.current_combo.set_value(goal.current_level)
        self.target_combo.set_value(goal.target_level)
        self.due_edit.set_date(goal.due)
        self.evaluation_date_edit.set_date(goal.evaluation_date)
        for message in (self.due_message, self.evaluation_date_message):
            _show_typing_error(message, "")
        for score, gas_edit in self.gas_edits.items():
            gas_edit.setText(goal.attainment_levels.get(score, ""))
        self.gas_toggle.setChecked(any(t.strip() for t in goal.attainment_levels.values()))

    # -- editing -----------------------------------------------------------------------------
    def _edit(self, attr: str, value: Any) -> None:
        goal = self.current_goal()
        if goal is None or self._loading:
            return
        if attr not in _TYPED:
            self.remember_choice()  # a choice (combo, level, check box) can be undone with Ctrl+Z
        setattr(goal, attr, value)
        self._after_edit()

    def _after_edit(self) -> None:
        row = self.goal_list.currentRow()
        goal = self.current_goal()
        if goal is not None:
            self.goal_list.item(row).setText(self._item_text(goal, row))
        self._refresh_smart()
        self.changed()

    def _on_subtheme_changed(self, _index: int) -> None:
        code = self.subtheme_combo.currentData() or ""
        goal = self.current_goal()
        if goal is None or self._loading:
            return
        self.remember_choice()
        previous, goal.subtheme = goal.subtheme, code
        # A level taken from the assessment follows the subtheme (arrowing through the list passes
        # other subthemes); a level the caseworker chose stays.
        if goal.current_level is None or goal.current_level == self.assessed_level(previous):
            goal.current_level = self.assessed_level(code) if code else None
            self.current_combo.set_value(goal.current_level)
        self._after_edit()

    def assessed_level(self, subtheme_code: str) -> int | None:
        """The level the assessment page gave this subtheme, if any."""
        theme = self.ctx.catalogue.theme_of(subtheme_code)
        found = self.ctx.case.assessment.themes.get(theme.code) if theme else None
        return found.levels.get(subtheme_code) if found else None

    def _on_gas_changed(self, score: int, text: str) -> None:
        goal = self.current_goal()
        if goal is None or self._loading:
            return
        if text.strip():
            goal.attainment_levels[score] = text
        else:
            goal.attainment_levels.pop(score, None)
        self._after_edit()

    def _on_gas_toggled(self, open_: bool) -> None:
        self.gas_box.setVisible(open_)
        self.gas_toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def _on_add(self) -> None:
        self.remember_choice()
        self.ctx.case.goals.append(Goal())
        self._refresh_list(len(self.ctx.case.goals) - 1)
        self.changed()
        self.text_edit.setFocus()

    def _on_remove(self) -> None:
        row = self.goal_list.currentRow()
        goal = self.current_goal()
        if goal is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Fjern mål"),
            self.tr("Vil du fjerne {0}? Du kan fortryde med Ctrl+Z.").format(shown(goal_label_msg(goal, row))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remember_choice()
        del self.ctx.case.goals[row]
        self._refresh_list(min(row, len(self.ctx.case.goals) - 1))
        self.changed()

    # -- SMART check and findings ------------------------------------------------------------
    def _refresh_smart(self) -> None:
        goal = self.current_goal()
        if goal is not None:
            self.smart_panel.show_checks(
                check_goal(goal, self.ctx.today, self.ctx.catalogue, plan_accepted=acceptance_current(self.ctx.case)),
                set(self._widgets_for),
            )

    def _on_field_requested(self, field: str) -> None:
        widget = self._widgets_for.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_findings(self, findings: list[Finding]) -> None:
        """The SMART panel shows the selected goal's gaps; the list below sums up each goal."""
        summary = summarise(findings, self.ctx.case.goals, self.PAGE.value)
        self.findings_label.setText(findings_html(summary, self.tr("Ingen fund på denne side.")))
        row = self.goal_list.currentRow()
        gas = [
            finding_text(f)
            for f in findings
            if goal_index(f.field) == row and f.field.endswith(".attainment_levels")
        ]
        self.gas_message.setText("\n".join(gas))
        self.gas_message.setStyleSheet(f"color: {GAP_COLOUR};")
        self.gas_message.setVisible(bool(gas))


def _select_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def _show_typing_error(label: QLabel, text: str) -> None:
    label.setStyleSheet("color: #a40000;")
    label.setText(text)
    label.setVisible(bool(text))
