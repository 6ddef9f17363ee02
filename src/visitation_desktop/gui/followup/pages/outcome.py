"""Page 4: Beslutning — the service continues, is adjusted (place, offer, start) or ends; the next date.

Goals are revised, added or ended on the next page, which is shown only when the service is adjusted.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton

from ....domain.followup import FollowUpOutcome
from ....domain.followup_rules import FollowUpPage
from ...generated.ui_followup_outcome import Ui_OutcomePage
from ...messages import date_text
from ..base import FollowUpWizardPage

_CHOICES = ((1, FollowUpOutcome.CONTINUE), (2, FollowUpOutcome.ADJUST), (3, FollowUpOutcome.END))


class OutcomePage(FollowUpWizardPage, Ui_OutcomePage):
    """The fixed form is ``ui/followup_outcome.ui``; places and offers are the standard's."""

    PAGE = FollowUpPage.OUTCOME

    def build(self) -> None:
        followup = lambda: self.ctx.followup  # noqa: E731
        adjustment = lambda: self.ctx.followup.adjustment  # noqa: E731
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        buttons = {
            FollowUpOutcome.CONTINUE: self.continue_button,
            FollowUpOutcome.ADJUST: self.adjust_button,
            FollowUpOutcome.END: self.end_button,
        }
        for button_id, value in _CHOICES:
            self.outcome_group.addButton(buttons[value], button_id)
            self.outcome_buttons[value.value] = buttons[value]
        self.field_row("outcome", self.outcome_holder, self.outcome_box, self.outcome_message)
        self.outcome_group.idToggled.connect(self._on_outcome)

        self.field_row("adjustment.place", self.place_holder, self.place_combo, self.place_message)
        self.field_row("adjustment.offer_id", self.offer_holder, self.offer_combo, self.offer_message)
        self.field_row("adjustment.planned_start", self.start_holder, self.start_edit, self.start_message)
        self.bind_date(self.start_edit, adjustment, "planned_start", "adjustment.planned_start")
        self.field_row("adjustment.reason", self.reason_holder, self.reason_edit, self.reason_message)
        self.bind_text(self.reason_edit, adjustment, "reason")
        self.watch("adjustment", self.no_change)

        self.field_row("end_reason", self.end_reason_holder, self.end_reason_edit, self.end_reason_message)
        self.bind_text(self.end_reason_edit, followup, "end_reason")
        self.field_row("referral", self.referral_holder, self.referral_edit, self.referral_message)
        self.bind_line(self.referral_edit, followup, "referral")

        self.field_row("next_date", self.next_holder, self.next_edit, self.next_message)
        self.bind_date(self.next_edit, followup, "next_date", "next_date")

        self.place_combo.currentIndexChanged.connect(self._on_place)
        self.offer_combo.currentIndexChanged.connect(self._on_offer)
        self.start_edit.date_changed.connect(self._show_next)
        self.add_loader(self._load)

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
            ).format(date_text(standard_date))
        )

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        pages = list(FollowUpPage)
        if self.ctx.followup.outcome == FollowUpOutcome.ADJUST:
            return pages.index(FollowUpPage.NEW_GOALS)
        return pages.index(FollowUpPage.SUMMARY)
