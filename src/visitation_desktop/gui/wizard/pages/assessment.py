"""Page 3: Ressourcer og behov — the FFB assessment, theme by theme, with a chart of the levels.

"Aktivitet og deltagelse" subthemes take an ability level 0–4; each theme also records the
citizen's resources, challenges and own words. "Funktioner og forhold" and
"Omgivelsesfaktorer" are described in words only, as FFB prescribes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ....domain.case import ThemeAssessment, WizardPage
from ....domain.ffb import (
    ACTIVITY_AND_PARTICIPATION,
    ENVIRONMENT,
    FUNCTIONS_AND_CONDITIONS,
    Level,
    Subtheme,
    Theme,
)
from ...generated.ui_wizard_assessment import Ui_AssessmentPage
from ..base import CasePage
from ..fields import LevelCombo
from ..level_chart import LevelChart, theme_bars
from ..reflow import Reflow


class AssessmentPage(CasePage, Ui_AssessmentPage):
    """The fixed frame is ``ui/wizard_assessment.ui``; themes, subthemes and levels are the FFB catalogue's."""

    PAGE = WizardPage.ASSESSMENT

    def build(self) -> None:
        catalogue = self.ctx.catalogue
        self.level_combos: dict[str, LevelCombo] = {}  # subtheme code -> combo
        self.theme_texts: dict[tuple[str, str], QPlainTextEdit] = {}  # (theme code, attr) -> edit
        self.description_edits: dict[str, QPlainTextEdit] = {}  # theme code -> edit

        self.themes = catalogue.themes_in(ACTIVITY_AND_PARTICIPATION)
        for theme in self.themes:
            self._add_section(theme.name, self._theme_section(theme))
        for category, title in (
            (FUNCTIONS_AND_CONDITIONS, self.tr("Funktioner og forhold")),
            (ENVIRONMENT, self.tr("Omgivelsesfaktorer")),
        ):
            self._add_section(title, self._described_section(category))
        self.theme_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.theme_list.setCurrentRow(0)
        self._fill_side_panel()
        self.reflow = Reflow(self.assessment_outer, self.body_scroll.viewport())  # chart below when narrow

        self._field_messages["assessment.themes"] = self.themes_message
        self.add_loader(self._refresh_summary)

    def _add_section(self, name: str, section: QWidget) -> None:
        item = QListWidgetItem(name, self.theme_list)
        item.setData(Qt.ItemDataRole.UserRole, name)
        self.stack.addWidget(section)

    def _fill_side_panel(self) -> None:
        """The chart and the support level, made from the catalogue's levels (after the themes: Tab order)."""
        catalogue = self.ctx.catalogue
        names = [self.tr(lv.short) for lv in sorted(catalogue.ability_levels, key=_level_key) if lv.value is not None]
        self.chart = LevelChart(names)
        self.chart_place.addWidget(self.chart)
        self.support_combo = LevelCombo(catalogue.support_levels)
        self.support_combo.setAccessibleName(self.tr("Samlet støttebehov"))
        self.support_place.addWidget(self.support_combo)
        self.support_box.setFocusProxy(self.support_combo)
        self.support_caption.setBuddy(self.support_combo)
        self._field_messages["assessment.support_level"] = self.support_message
        self.field_region("assessment.support_level", self.support_combo)
        self.bind_level(self.support_combo, lambda: self.ctx.case.assessment, "support_level")

    # -- "Aktivitet og deltagelse": levels and texts -----------------------------------------
    def _theme_section(self, theme: Theme) -> QWidget:
        section = QWidget()
        layout = QVBoxLayout(section)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for subtheme in theme.subthemes:
            combo = LevelCombo(self.ctx.catalogue.ability_levels)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            if subtheme.definition:
                combo.setToolTip(subtheme.definition)
                combo.setAccessibleDescription(subtheme.definition)
            self.add_row(
                form, f"{subtheme.name}:", combo, f"assessment.themes.{theme.code}.levels.{subtheme.code}"
            )
            self.level_combos[subtheme.code] = combo
            self._bind_subtheme(combo, theme, subtheme)
        layout.addLayout(form)

        texts = QFormLayout()
        texts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for attr, label, hint in (
            ("resources", self.tr("&Ressourcer"), self.tr("Hvad klarer borgeren, hvad lykkes?")),
            ("challenges", self.tr("&Udfordringer"), self.tr("Hvad er svært, og hvornår?")),
            ("own_words", self.tr("Borgerens &egne ord"), self.tr("Sådan siger borgeren det selv")),
        ):
            edit = QPlainTextEdit()
            edit.setPlaceholderText(hint)
            edit.setFixedHeight(64)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(f"{label.replace('&', '')} – {theme.name}")
            caption = QLabel(label)
            caption.setBuddy(edit)
            texts.addRow(caption, edit)
            self.theme_texts[(theme.code, attr)] = edit
            self._bind_theme_text(edit, theme, attr)
        layout.addLayout(texts)
        layout.addStretch(1)
        return section

    def _bind_subtheme(self, combo: LevelCombo, theme: Theme, subtheme: Subtheme) -> None:
        def load() -> None:
            found = self.ctx.case.assessment.themes.get(theme.code)
            combo.set_value(found.levels.get(subtheme.code) if found else None)

        def store(_index: int) -> None:
            self.ctx.case.assessment.theme(theme.code).levels[subtheme.code] = combo.value()
            self._refresh_summary()
            self.changed()

        combo.currentIndexChanged.connect(store)
        self.add_loader(load)

    def _bind_theme_text(self, edit: QPlainTextEdit, theme: Theme, attr: str) -> None:
        def load() -> None:
            found: ThemeAssessment | None = self.ctx.case.assessment.themes.get(theme.code)
            edit.blockSignals(True)
            edit.setPlainText(getattr(found, attr) if found else "")
            edit.blockSignals(False)

        def store() -> None:
            setattr(self.ctx.case.assessment.theme(theme.code), attr, edit.toPlainText())
            self.changed()

        edit.textChanged.connect(store)
        self.add_loader(load)

    # -- "Funktioner og forhold", "Omgivelsesfaktorer": described only ------------------------
    def _described_section(self, category: str) -> QWidget:
        section = QWidget()
        layout = QVBoxLayout(section)
        explanation = QLabel(
            self.tr(
                "Beskriv med ord, hvad der har betydning for borgeren. FFB giver ikke et "
                "funktionsevneniveau (0–4) for »{0}«, så der vælges ikke niveau her."
            ).format(category)
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: #444;")
        layout.addWidget(explanation)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for theme in self.ctx.catalogue.themes_in(category):
            edit = QPlainTextEdit()
            edit.setFixedHeight(80)
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(
                self.tr("Fx {0}").format(", ".join(s.name.lower() for s in theme.subthemes))
            )
            self.add_row(form, f"{theme.name}:", edit, f"assessment.descriptions.{theme.code}")
            self.description_edits[theme.code] = edit
            self._bind_description(edit, theme.code)
        layout.addLayout(form)
        layout.addStretch(1)
        return section

    def _bind_description(self, edit: QPlainTextEdit, code: str) -> None:
        def load() -> None:
            edit.blockSignals(True)
            edit.setPlainText(self.ctx.case.assessment.descriptions.get(code, ""))
            edit.blockSignals(False)

        def store() -> None:
            text = edit.toPlainText()
            descriptions = self.ctx.case.assessment.descriptions
            if text.strip():
                descriptions[code] = text
            else:
                descriptions.pop(code, None)
            self.changed()

        edit.textChanged.connect(store)
        self.add_loader(load)

    # -- chart -------------------------------------------------------------------------------
    def _refresh_summary(self) -> None:
        """The chart, and how many subthemes are assessed, in the list of themes."""
        bars = theme_bars(self.ctx.case.assessment, self.ctx.catalogue)
        self.chart.set_bars(bars)
        for row, bar in enumerate(bars):
            item = self.theme_list.item(row)
            if item is not None:
                item.setText(self.tr("{0} ({1}/{2})").format(bar.name, bar.assessed, bar.total))


def _level_key(level: Level) -> int:
    return -1 if level.value is None else level.value
