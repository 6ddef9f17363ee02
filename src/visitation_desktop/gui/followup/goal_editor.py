"""One goal written or revised at a follow-up, with the same live SMART check as at the visitation.

The editor writes every change straight into the ``Goal`` it shows and emits ``changed``. Beside
it six lines, one per SMART letter (``domain.smart.check_goal``), say what is fine or missing.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.case import Goal
from ...domain.ffb import ACTIVITY_AND_PARTICIPATION, Catalogue
from ...domain.messages import Msg
from ...domain.smart import check_goal
from ...domain.tscore import gas_level_msg
from ..messages import shown
from ..wizard.fields import DateField, LevelCombo
from .base import short_text_edit

_OK = "#2e7d32"
_GAP = "#8a5a00"


class GoalEditor(QWidget):
    changed = Signal()

    def __init__(self, catalogue: Catalogue, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.today = today
        self.goal: Goal | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        fields = QWidget()
        self.form = QFormLayout(fields)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        row.addWidget(fields, 3)
        self.smart = QLabel()
        self.smart.setWordWrap(True)
        self.smart.setTextFormat(Qt.TextFormat.RichText)
        self.smart.setAccessibleName(self.tr("SMART-tjek af målet"))
        self.smart.setAlignment(Qt.AlignmentFlag.AlignTop)
        smart_box = QVBoxLayout()
        smart_box.addWidget(self.smart)
        smart_box.addStretch(1)
        row.addLayout(smart_box, 2)
        self._build()

    def _row(self, label: str, widget: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        caption.setWordWrap(True)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(caption, widget)

    def _build(self) -> None:
        self.text_edit = short_text_edit(60)
        self.text_edit.setPlaceholderText(self.tr("Målet med borgerens egne ord"))
        self._row(self.tr("Målet med borgerens &egne ord:"), self.text_edit)
        self.subtheme_combo = QComboBox()
        self.subtheme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subtheme_combo.setMinimumContentsLength(20)
        self.subtheme_combo.addItem(self.tr("(vælg undertema)"), "")
        for theme in self.catalogue.themes_in(ACTIVITY_AND_PARTICIPATION):
            for subtheme in theme.subthemes:
                self.subtheme_combo.addItem(f"{theme.name} – {subtheme.name}", subtheme.code)
        self._row(self.tr("FFB-&undertema:"), self.subtheme_combo)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("(vælg måltype)"), "")
        for goal_type in self.catalogue.goal_types:
            self.type_combo.addItem(goal_type.name, goal_type.code)
        self._row(self.tr("Måltype:"), self.type_combo)
        self.current_combo = LevelCombo(self.catalogue.ability_levels)
        self._row(self.tr("Niveau i &dag:"), self.current_combo)
        self.target_combo = LevelCombo(self.catalogue.ability_levels)
        self._row(self.tr("&Målniveau:"), self.target_combo)
        self.measure_edit = short_text_edit(48)
        self._row(self.tr("&Hvordan måles det:"), self.measure_edit)
        self.due_edit = DateField()
        self._row(self.tr("Nås &senest:"), self.due_edit)
        self.evaluation_edit = short_text_edit(48)
        self._row(self.tr("Hvordan e&valueres det:"), self.evaluation_edit)
        self.evaluation_date_edit = DateField()
        self._row(self.tr("Evalueres den:"), self.evaluation_date_edit)
        self.accepted_check = QCheckBox(self.tr("Borgeren har a&ccepteret målet"))
        self._row(self.tr("Accept:"), self.accepted_check)
        self.acceptance_edit = QLineEdit()
        self.acceptance_edit.setPlaceholderText(self.tr("Hvordan, fx mundtligt på mødet"))
        self._row(self.tr("Sådan accepteret:"), self.acceptance_edit)
        self.realistic_edit = short_text_edit(48)
        self._row(self.tr("Hvorf&or er målet realistisk:"), self.realistic_edit)
        self.gas_edits: dict[int, QLineEdit] = {}
        for score in range(-2, 3):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Hvordan ser det ud på dette trin? (valgfrit)"))
            self.gas_edits[score] = edit
            self._row(f"{shown(gas_level_msg(score))}:", edit)
            edit.textChanged.connect(lambda text, s=score: self._on_gas(s, text))
        self._connect_signals()

    def _connect_signals(self) -> None:
        for edit, attr in (
            (self.text_edit, "text"),
            (self.measure_edit, "measure"),
            (self.evaluation_edit, "evaluation"),
            (self.realistic_edit, "realistic_reason"),
        ):
            edit.textChanged.connect(lambda e=edit, a=attr: self._set(a, e.toPlainText()))
        self.acceptance_edit.textChanged.connect(lambda text: self._set("acceptance_note", text))
        self.subtheme_combo.currentIndexChanged.connect(
            lambda _i: self._set("subtheme", self.subtheme_combo.currentData() or "")
        )
        self.type_combo.currentIndexChanged.connect(lambda _i: self._set("goal_type", self.type_combo.currentData() or ""))
        self.current_combo.currentIndexChanged.connect(lambda _i: self._set("current_level", self.current_combo.value()))
        self.target_combo.currentIndexChanged.connect(lambda _i: self._set("target_level", self.target_combo.value()))
        self.due_edit.date_changed.connect(lambda value: self._set("due", value))
        self.evaluation_date_edit.date_changed.connect(lambda value: self._set("evaluation_date", value))
        self.accepted_check.toggled.connect(lambda checked: self._set("accepted", checked))

    # -- data --------------------------------------------------------------------------------
    def set_goal(self, goal: Goal | None, editable: bool) -> None:
        self.goal = goal
        shown = goal or Goal(id="")
        widgets: list[QWidget] = [
            self.text_edit, self.subtheme_combo, self.type_combo, self.current_combo, self.target_combo,
            self.measure_edit, self.due_edit, self.evaluation_edit, self.evaluation_date_edit,
            self.accepted_check, self.acceptance_edit, self.realistic_edit, *self.gas_edits.values(),
        ]
        for widget in widgets:
            widget.blockSignals(True)
        for edit, text in (
            (self.text_edit, shown.text),
            (self.measure_edit, shown.measure),
            (self.evaluation_edit, shown.evaluation),
            (self.realistic_edit, shown.realistic_reason),
        ):
            edit.setPlainText(text)
        self.acceptance_edit.setText(shown.acceptance_note)
        self.subtheme_combo.setCurrentIndex(max(0, self.subtheme_combo.findData(shown.subtheme)))
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(shown.goal_type)))
        self.current_combo.set_value(shown.current_level)
        self.target_combo.set_value(shown.target_level)
        self.due_edit.set_date(shown.due)
        self.evaluation_date_edit.set_date(shown.evaluation_date)
        self.accepted_check.setChecked(shown.accepted)
        for score, line in self.gas_edits.items():
            line.setText(shown.attainment_levels.get(score, ""))
        for widget in widgets:
            widget.blockSignals(False)
            widget.setEnabled(editable and goal is not None)
        self.refresh_smart()

    def _set(self, attr: str, value: object) -> None:
        if self.goal is None:
            return
        setattr(self.goal, attr, value)
        self.refresh_smart()
        self.changed.emit()

    def _on_gas(self, score: int, text: str) -> None:
        if self.goal is None:
            return
        if text.strip():
            self.goal.attainment_levels[score] = text
        else:
            self.goal.attainment_levels.pop(score, None)
        self.changed.emit()

    # -- checks ------------------------------------------------------------------------------
    def refresh_smart(self) -> None:
        if self.goal is None:
            self.smart.setText("")
            return
        lines = []
        for check in check_goal(self.goal, self.today, self.catalogue):
            colour, mark = (_OK, "✓") if check.ok else (_GAP, "!")
            lines.append(
                f"<p style='margin:0 0 6px 0'><span style='color:{colour}'><b>{mark} {check.letter} – "
                f"{escape(shown(Msg(check.label)))}</b></span><br>{escape(shown(check.text))}</p>"
            )
        self.smart.setText("".join(lines))
