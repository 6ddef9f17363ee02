"""Page 3: Funktionsevne — the ability levels looked at again, against the visitation's baseline.

The subthemes are those assessed at the visitation and those the goals are about. Each row shows
the level at the visitation and at the last follow-up; the chart below shows them all over time.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ....domain.followup import baseline_level, reassessable_subthemes
from ....domain.followup_rules import FollowUpPage
from ...generated.ui_followup_levels import Ui_LevelsPage
from ...wizard.base import message_label
from ...wizard.fields import LevelCombo
from ..base import FollowUpWizardPage
from ..level_history import level_series


class LevelsPage(FollowUpWizardPage, Ui_LevelsPage):
    """The fixed form is ``ui/followup_levels.ui``; the subthemes' rows are the case's and the catalogue's."""

    PAGE = FollowUpPage.LEVELS

    def build(self) -> None:
        catalogue = self.ctx.catalogue
        self.codes = reassessable_subthemes(self.ctx.case, catalogue)
        self.combos: dict[str, LevelCombo] = {}
        grid = self.levels_grid
        previous = self.ctx.held[-1].followup if self.ctx.held else None
        for row, code in enumerate(self.codes, start=1):
            subtheme = catalogue.subtheme(code)
            name = QLabel(subtheme.name if subtheme else code)
            name.setWordWrap(True)
            grid.addWidget(name, 2 * row - 1, 0)
            grid.addWidget(QLabel(self._level_text(baseline_level(self.ctx.case, code))), 2 * row - 1, 1)
            last = previous.levels.get(code) if previous else None
            grid.addWidget(QLabel(self._level_text(last) if previous else "–"), 2 * row - 1, 2)
            combo = LevelCombo(catalogue.ability_levels)
            combo.setAccessibleName(self.tr("{0}: niveau nu").format(name.text()))
            name.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, c=code: self._on_level(c))
            grid.addWidget(combo, 2 * row - 1, 3)
            message = message_label()
            grid.addWidget(message, 2 * row, 0, 1, 4)
            self.watch(f"levels.{code}", message)
            self.combos[code] = combo
        self.no_codes_label.setVisible(not self.codes)
        order = [*self.combos.values(), self.chart, self.tscore]  # the rows before the form's charts
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.add_loader(self._load_levels)

    def _level_text(self, value: int | None) -> str:
        level = self.ctx.catalogue.ability_level(value)
        return level.short if value is None else f"{value} – {level.short}"

    def _load_levels(self) -> None:
        for code, combo in self.combos.items():
            combo.set_value(self.ctx.followup.levels.get(code))
        self._show_chart()

    def _on_level(self, code: str) -> None:
        value = self.combos[code].value()
        if value is None:
            self.ctx.followup.levels.pop(code, None)
        else:
            self.ctx.followup.levels[code] = value
        self._show_chart()
        self.changed()

    def _show_chart(self) -> None:
        held = [h.followup for h in self.ctx.held]
        self.chart.set_data(*level_series(self.ctx.case, held, self.ctx.followup, self.ctx.catalogue))
        self.tscore.show_history(held, self.ctx.followup, self.ctx.case.goals)
