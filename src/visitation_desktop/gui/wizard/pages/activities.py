"""Page 6: Aktiviteter — the standard's activity types and courses, and what is not included."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from ....domain.case import WizardPage
from ....domain.standard import Item
from ...generated.ui_wizard_activities import Ui_ActivitiesPage
from ...labels import button_text
from ..base import CasePage

COLUMNS = 2


class ActivitiesPage(CasePage, Ui_ActivitiesPage):
    """The fixed form is ``ui/wizard_activities.ui``; activities, courses and exclusions are the standard's."""

    PAGE = WizardPage.ACTIVITIES

    def build(self) -> None:
        activities = lambda: self.ctx.case.activities  # noqa: E731
        standard = self.ctx.standard
        for paragraph in standard.activities_note.split("\n\n"):
            label = QLabel(paragraph)
            label.setWordWrap(True)
            label.setStyleSheet("color: #444;")
            self.notes_column.addWidget(label)

        self.activity_checks: dict[str, QCheckBox] = {}
        self._fill_grid(
            self.activity_grid_box,
            self.activity_grid,
            self.activities_caption,
            standard.activities,
            self.activity_checks,
        )
        self.field_row("activities.selected", self.activities_holder, self.activities_message)
        for item_id, box in self.activity_checks.items():
            self.bind_list_member(box, lambda: self.ctx.case.activities.selected, item_id)

        self.course_checks: dict[str, QCheckBox] = {}
        self._fill_grid(
            self.course_grid_box, self.course_grid, self.courses_caption, standard.courses, self.course_checks
        )
        self.activities_form.setRowVisible(self.courses_holder, bool(standard.courses))
        if standard.courses:
            self.field_row("activities.courses", self.courses_holder, self.courses_message)
        for item_id, box in self.course_checks.items():
            self.bind_list_member(box, lambda: self.ctx.case.activities.courses, item_id)

        for item in standard.exclusions:
            label = QLabel(f"• {item.text}")
            label.setWordWrap(True)
            self.exclusions_column.addWidget(label)
        self.exclusions_box.setVisible(bool(standard.exclusions))

        self.tab_order(*self.activity_checks.values(), *self.course_checks.values(), self.note_edit)
        self.field_row("activities.note", self.note_holder, self.note_message)
        self.bind_text(self.note_edit, activities, "note")

    def _fill_grid(
        self,
        holder: QWidget,
        grid: QGridLayout,
        caption: QLabel,
        items: tuple[Item, ...],
        boxes: dict[str, QCheckBox],
    ) -> None:
        rows = max(1, (len(items) + COLUMNS - 1) // COLUMNS)
        for index, item in enumerate(items):
            box = QCheckBox(button_text(item.text))
            boxes[item.id] = box
            # column by column, so Tab (which follows creation order) reads down, then across
            grid.addWidget(box, index % rows, index // rows)
        for col in range(COLUMNS):
            grid.setColumnStretch(col, 1)
        if boxes:
            first = next(iter(boxes.values()))
            holder.setFocusProxy(first)
            caption.setBuddy(first)  # the caption leads to the first box
