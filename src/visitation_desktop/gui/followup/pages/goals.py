"""Page 2: Målopfyldelse — each goal scored −2..+2 with the citizen, and the plan's T-score.

Each step of the scale shows the description written when the goal was set, if there is one.
The T-score (Kiresuk–Sherman, ρ = 0,3, equal weights unless a weight is set) is shown with what
it means as soon as every goal has a score.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.case import Goal
from ....domain.followup_rules import FollowUpPage
from ....domain.messages import Msg
from ....domain.smart import goal_label_msg
from ....domain.tscore import DEFAULT_RHO, GAS_LEVEL_LABELS, interpret_msg
from ...generated.ui_followup_goals import Ui_GoalScoresPage
from ...messages import shown
from ...wizard.base import message_label
from ..base import FollowUpWizardPage, short_text_edit
from ..tscore_chart import TScoreHistory


class ClickLabel(QLabel):
    """A wrapped label that checks its radio button when clicked."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self.clicked.emit()
        super().mousePressEvent(event)


def score_text(score: int) -> str:
    return f"{score:+d}".replace("-", "−") if score else "0"


def danish_decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


class GoalScoresPage(FollowUpWizardPage, Ui_GoalScoresPage):
    """The fixed form is ``ui/followup_goals.ui``; a box per goal of the plan, and the T-score chart
    after them (made here, so Tab reaches it after the goals)."""

    PAGE = FollowUpPage.GOALS

    def build(self) -> None:
        self.groups: dict[str, QButtonGroup] = {}
        self.weights: dict[str, QDoubleSpinBox] = {}
        self.note_edits: dict[str, QPlainTextEdit] = {}
        self.own_words_edits: dict[str, QPlainTextEdit] = {}
        self.no_goals_label.setVisible(not self.ctx.case.goals)
        for index, goal in enumerate(self.ctx.case.goals):
            self.goals_place.addWidget(self._goal_box(index, goal))
        self.tscore_history = TScoreHistory()
        self.history_place.addWidget(self.tscore_history)

        self.tscore_label = QLabel()
        self.tscore_label.setWordWrap(True)
        self.tscore_label.setTextFormat(Qt.TextFormat.RichText)
        self.tscore_label.setAccessibleName(self.tr("T-score"))
        self.tscore_label.setStyleSheet("background: #eef3f7; padding: 6px;")
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(1, self.tscore_label)
        self.add_loader(self._show_tscore)

    def _goal_box(self, index: int, goal: Goal) -> QGroupBox:
        box = QGroupBox(shown(goal_label_msg(goal, index)).split(" (")[0])
        layout = QVBoxLayout(box)
        text = QLabel(goal.text or self.tr("(målet har ingen tekst)"))
        text.setWordWrap(True)
        text.setStyleSheet("font-weight: bold;")
        layout.addWidget(text)
        if goal.measure.strip():
            measure = QLabel(self.tr("Sådan måles det: {0}").format(goal.measure.strip()))
            measure.setWordWrap(True)
            measure.setStyleSheet("color: #444;")
            layout.addWidget(measure)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        group = QButtonGroup(box)
        for row, score in enumerate(range(2, -3, -1)):
            button = QRadioButton(score_text(score))
            described = goal.attainment_levels.get(score, "").strip()
            caption = shown(Msg(GAS_LEVEL_LABELS[score])) + (f": {described}" if described else "")
            label = ClickLabel(caption)
            label.setWordWrap(True)
            label.clicked.connect(button.click)
            button.setAccessibleName(self.tr("Målopfyldelse {0}: {1}").format(score_text(score), caption))
            group.addButton(button, score + 2)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        layout.addLayout(grid)
        if not goal.attainment_levels:
            hint = QLabel(self.tr("Der blev ikke skrevet beskrivelser af trinnene, da målet blev sat."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #666; font-style: italic;")
            layout.addWidget(hint)
        message = message_label()
        layout.addWidget(message)
        self.watch(f"scores.{goal.id}", message)
        self.groups[goal.id] = group
        group.idToggled.connect(lambda button_id, checked, gid=goal.id: self._on_score(gid, button_id, checked))

        form_host = QWidget()
        form = self._small_form(form_host)
        scores = lambda: self.ctx.followup  # noqa: E731
        note = short_text_edit(48)
        note.setPlaceholderText(self.tr("Hvad viser målingen? Hvad har hjulpet, og hvad har været svært?"))
        self.add_row(form, self.tr("Bemærkning:"), note, f"notes.{goal.id}")
        self.bind_text(note, lambda: scores().notes, goal.id)
        self.note_edits[goal.id] = note
        own = short_text_edit(48)
        own.setPlaceholderText(self.tr("Hvad siger borgeren selv?"))
        self.add_row(form, self.tr("Borgerens egne ord:"), own, f"own_words.{goal.id}")
        self.bind_text(own, lambda: scores().own_words, goal.id)
        self.own_words_edits[goal.id] = own
        weight = QDoubleSpinBox()
        weight.setRange(0.5, 10.0)
        weight.setSingleStep(0.5)
        weight.setDecimals(1)
        weight.setLocale(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        weight.setMaximumWidth(90)
        weight.setToolTip(self.tr("Alle mål vægter lige meget (1), medmindre du sætter en anden vægt."))
        self.add_row(form, self.tr("Vægt i T-scoren:"), weight, f"weights.{goal.id}")
        weight.valueChanged.connect(lambda value, gid=goal.id: self._on_weight(gid, value))
        self.weights[goal.id] = weight
        layout.addWidget(form_host)
        self.add_loader(partial(self._load_goal, goal.id))
        return box

    @staticmethod
    def _small_form(host: QWidget) -> QFormLayout:
        form = QFormLayout(host)
        form.setContentsMargins(0, 4, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _load_goal(self, goal_id: str) -> None:
        group = self.groups[goal_id]
        score = self.ctx.followup.scores.get(goal_id)
        group.setExclusive(False)
        for button in group.buttons():
            button.blockSignals(True)
            button.setChecked(score is not None and group.id(button) == score + 2)
            button.blockSignals(False)
        group.setExclusive(True)
        spin = self.weights[goal_id]
        spin.blockSignals(True)
        spin.setValue(float(self.ctx.followup.weights.get(goal_id, 1.0)))
        spin.blockSignals(False)

    def _on_score(self, goal_id: str, button_id: int, checked: bool) -> None:
        if not checked:
            return
        self.ctx.followup.scores[goal_id] = button_id - 2
        self._show_tscore()
        self.changed()

    def _on_weight(self, goal_id: str, value: float) -> None:
        weights = self.ctx.followup.weights
        weights[goal_id] = value
        if all(abs(w - 1.0) < 1e-9 for w in weights.values()):
            weights.clear()  # equal weights: nothing to store
        self._show_tscore()
        self.changed()

    def _show_tscore(self) -> None:
        goals = self.ctx.case.goals
        scored = sum(1 for g in goals if g.id in self.ctx.followup.scores)
        explain = self.tr(
            "T-scoren samler målene i ét tal (Kiresuk og Sherman, ρ = {0}): 50 er det forventede niveau, "
            "under 50 mindre og over 50 bedre end forventet."
        ).format(danish_decimal(DEFAULT_RHO))
        value = self.ctx.t_score()
        if value is None:
            head = self.tr("<b>T-score:</b> vises, når alle mål er scoret ({0} af {1}).").format(scored, len(goals))
        else:
            head = self.tr("<b>T-score: {0}</b> – {1}").format(danish_decimal(value), shown(interpret_msg(value)))
        self.tscore_label.setText(f"{head}<br><span style='color:#444'>{explain}</span>")
        self.tscore_history.show_history([h.followup for h in self.ctx.held], self.ctx.followup, goals)
