"""Page 6: Aktiviteter — the standard's activity types and courses, and what is not included."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ....domain.case import WizardPage
from ....domain.standard import Item
from ..base import CasePage
from .captions import unwrap_captions

COLUMNS = 2


class ActivitiesPage(CasePage):
    PAGE = WizardPage.ACTIVITIES

    def build(self) -> None:
        activities = lambda: self.ctx.case.activities  # noqa: E731
        standard = self.ctx.standard
        for paragraph in standard.activities_note.split("\n\n"):
            self.note(paragraph)

        form = self.form(self.tr("Hvad skal borgeren lave?"))
        self.activity_checks: dict[str, QCheckBox] = {}
        grid = self._check_grid(standard.activities, self.activity_checks)
        grid.setAccessibleName(self.tr("Aktivitetstyper"))
        self.add_row(form, self.tr("Aktivitetstyper:"), grid, "activities.selected")
        for item_id, box in self.activity_checks.items():
            self.bind_list_member(box, lambda: self.ctx.case.activities.selected, item_id)

        self.course_checks: dict[str, QCheckBox] = {}
        if standard.courses:
            courses = self._check_grid(standard.courses, self.course_checks)
            courses.setAccessibleName(self.tr("Forløb"))
            self.add_row(form, self.tr("Udviklingsforløb:"), courses, "activities.courses")
            for item_id, box in self.course_checks.items():
                self.bind_list_member(box, lambda: self.ctx.case.activities.courses, item_id)

        self.exclusions_box = QGroupBox(self.tr("Indgår ikke i tilbuddet:"))
        self.exclusions_box.setAccessibleName(self.tr("Indgår ikke i tilbuddet"))
        column = QVBoxLayout(self.exclusions_box)
        for item in standard.exclusions:
            label = QLabel(f"• {item.text}")
            label.setWordWrap(True)
            column.addWidget(label)
        self.exclusions_box.setVisible(bool(standard.exclusions))
        self.body_layout.addWidget(self.exclusions_box)

        form = self.form(self.tr("Aftaler om aktiviteterne"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(
            self.tr("Fx tidspunkter, pauser, individuel tilrettelæggelse eller særlige hensyn")
        )
        self.note_edit.setFixedHeight(90)
        self.add_row(form, self.tr("N&ote:"), self.note_edit, "activities.note")
        self.bind_text(self.note_edit, activities, "note")
        self.body_layout.addStretch(1)
        unwrap_captions(self.body)

    def _check_grid(self, items: tuple[Item, ...], boxes: dict[str, QCheckBox]) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = (len(items) + COLUMNS - 1) // COLUMNS
        for index, item in enumerate(items):
            box = QCheckBox(item.text)
            boxes[item.id] = box
            # column by column, so Tab (which follows creation order) reads down, then across
            grid.addWidget(box, index % rows, index // rows)
        for col in range(COLUMNS):
            grid.setColumnStretch(col, 1)
        return holder
