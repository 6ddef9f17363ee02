"""Page 4: Beslutning — the service continues, is adjusted (place, offer, start) or ends; the next date.

Goals are revised, added or ended on the next page, which is shown only when the service is adjusted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from ....domain.findings import danish_date
from ....domain.followup import FollowUpOutcome
from ....domain.followup_rules import FollowUpPage
from ...wizard.fields import DateField
from ..base import FollowUpWizardPage, short_text_edit

_CHOICES = ((1, FollowUpOutcome.CONTINUE), (2, FollowUpOutcome.ADJUST), (3, FollowUpOutcome.END))


class OutcomePage(FollowUpWizardPage):
    PAGE = FollowUpPage.OUTCOME

    def build(self) -> None:
        followup = lambda: self.ctx.followup  # noqa: E731
        adjustment = lambda: self.ctx.followup.adjustment  # noqa: E731
        form = self.form(self.tr("Hvad er beslutningen?"))
        self.outcome_group = QButtonGroup(self)
        choices = QVBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        holder = QGroupBox()
        holder.setFlat(True)
        holder.setLayout(choices)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        texts = {
            FollowUpOutcome.CONTINUE: self.tr("Indsatsen &fortsætter uændret"),
            FollowUpOutcome.ADJUST: self.tr("Indsatsen tilpa&sses (mål, plads eller tilbud)"),
            FollowUpOutcome.END: self.tr("Indsatsen &afsluttes (og borgeren henvises eventuelt videre)"),
        }
        for button_id, value in _CHOICES:
            button = QRadioButton(texts[value])
            button.setAccessibleName(texts[value].replace("&", ""))
            self.outcome_group.addButton(button, button_id)
            choices.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.outcome_buttons[value.value] = button
        holder.setAccessibleName(self.tr("Beslutning"))
        self.add_row(form, "", holder, "outcome")
        self.outcome_group.idToggled.connect(self._on_outcome)

        self.adjust_box = QGroupBox(self.tr("Tilpasning"))
        self.body_layout.addWidget(self.adjust_box)
        adjust_form = self._box_form(self.adjust_box)
        self.place_combo = QComboBox()
        self.add_row(adjust_form, self.tr("&Plads:"), self.place_combo, "adjustment.place")
        self.offer_combo = QComboBox()
        self.add_row(adjust_form, self.tr("Til&bud:"), self.offer_combo, "adjustment.offer_id")
        self.start_edit = DateField()
        self.add_row(adjust_form, self.tr("Ny &startdato:"), self.start_edit, "adjustment.planned_start")
        self.bind_date(self.start_edit, adjustment, "planned_start", "adjustment.planned_start")
        self.reason_edit = short_text_edit(64)
        self.reason_edit.setPlaceholderText(
            self.tr("Hvorfor svarer indsatsen ikke længere til behovet – fagligt eller i omfang?")
        )
        self.add_row(adjust_form, self.tr("&Hvorfor tilpasses:"), self.reason_edit, "adjustment.reason")
        self.bind_text(self.reason_edit, adjustment, "reason")
        self.adjust_message = QLabel(self.tr("Mål rettes, tilføjes eller afsluttes på næste side."))
        self.adjust_message.setWordWrap(True)
        adjust_form.addRow(self.adjust_message)
        no_change = QLabel()
        no_change.setWordWrap(True)
        no_change.setVisible(False)
        adjust_form.addRow(no_change)
        self.watch("adjustment", no_change)

        self.end_box = QGroupBox(self.tr("Afslutning"))
        self.body_layout.addWidget(self.end_box)
        end_form = self._box_form(self.end_box)
        self.end_reason_edit = short_text_edit(64)
        self.add_row(end_form, self.tr("&Hvorfor afsluttes:"), self.end_reason_edit, "end_reason")
        self.bind_text(self.end_reason_edit, followup, "end_reason")
        self.referral_edit = QLineEdit()
        self.referral_edit.setPlaceholderText(self.tr("Fx beskyttet beskæftigelse (§ 103), eller »Ingen henvisning«"))
        self.add_row(end_form, self.tr("Henv&ises til:"), self.referral_edit, "referral")
        self.bind_line(self.referral_edit, followup, "referral")

        self.next_heading = self.heading(self.tr("Næste opfølgning"))
        self.next_form = self.form()
        self.next_edit = DateField()
        self.next_hint = QLabel()
        self.next_hint.setWordWrap(True)
        self.add_row(self.next_form, self.tr("Aftalt &dato:"), self.next_edit, "next_date")
        self.bind_date(self.next_edit, followup, "next_date", "next_date")
        self.next_form.addRow(self.next_hint)
        self.body_layout.addStretch(1)

        self.place_combo.currentIndexChanged.connect(self._on_place)
        self.offer_combo.currentIndexChanged.connect(self._on_offer)
        self.start_edit.date_changed.connect(self._show_next)
        self.add_loader(self._load)

    @staticmethod
    def _box_form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return form

    def _load(self) -> None:
        ctx = self.ctx
        placement = ctx.case.placement
        adjustment = ctx.followup.adjustment
        self.place_combo.blockSignals(True)
        self.place_combo.clear()
        for size in ctx.standard.place_sizes:
            now = self.tr(" (nu)") if size.id == placement.place else ""
            self.place_combo.addItem(size.label + now, size.id)
        self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(adjustment.place or placement.place)))
        self.place_combo.blockSignals(False)
        self.offer_combo.blockSignals(True)
        self.offer_combo.clear()
        for offer in ctx.standard.offers:
            if offer.eligible or offer.id == placement.offer_id:
                now = self.tr(" (nu)") if offer.id == placement.offer_id else ""
                self.offer_combo.addItem(f"{offer.name}, {offer.town}{now}", offer.id)
        self.offer_combo.setCurrentIndex(max(0, self.offer_combo.findData(adjustment.offer_id or placement.offer_id)))
        self.offer_combo.blockSignals(False)
        button = self.outcome_buttons.get(ctx.followup.outcome)
        self.outcome_group.setExclusive(False)
        for b in self.outcome_group.buttons():
            b.blockSignals(True)
            b.setChecked(b is button)
            b.blockSignals(False)
        self.outcome_group.setExclusive(True)
        self._show_boxes()

    def _on_outcome(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        value = next(v for i, v in _CHOICES if i == button_id)
        self.ctx.followup.outcome = value.value
        self._show_boxes()
        self.changed()

    def _on_place(self, _index: int) -> None:
        chosen = self.place_combo.currentData() or ""
        self.ctx.followup.adjustment.place = "" if chosen == self.ctx.case.placement.place else chosen
        self.changed()

    def _on_offer(self, _index: int) -> None:
        chosen = self.offer_combo.currentData() or ""
        self.ctx.followup.adjustment.offer_id = "" if chosen == self.ctx.case.placement.offer_id else chosen
        self.changed()

    def _show_boxes(self) -> None:
        outcome = self.ctx.followup.outcome
        self.adjust_box.setVisible(outcome == FollowUpOutcome.ADJUST)
        self.end_box.setVisible(outcome == FollowUpOutcome.END)
        self._show_next()

    def _show_next(self, *_args: object) -> None:
        ending = self.ctx.followup.outcome == FollowUpOutcome.END
        self.next_heading.setVisible(not ending)
        for row in range(self.next_form.rowCount()):
            self.next_form.setRowVisible(row, not ending)
        standard_date = self.ctx.standard_next_date()
        if standard_date is None:
            self.next_hint.setText(self.tr("Der er ingen startdato, så næste opfølgning kan ikke beregnes."))
            return
        self.next_hint.setText(
            self.tr(
                "Efter kvalitetsstandarden: senest {0}. Lad feltet stå tomt for at bruge den dato, "
                "eller skriv en tidligere dato, hvis I har aftalt at mødes før."
            ).format(danish_date(standard_date))
        )

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        pages = list(FollowUpPage)
        if self.ctx.followup.outcome == FollowUpOutcome.ADJUST:
            return pages.index(FollowUpPage.NEW_GOALS)
        return pages.index(FollowUpPage.SUMMARY)
