"""Page 8: Tilbud og plads — the offer, nearest first, full or half place, waitlist, transport, start.

Only offers approved by Socialtilsynet and registered on Tilbudsportalen are listed. Free places
are counted from the granted cases in the store when the page opens. When the chosen offer has
no free place of the chosen size, the citizen goes on the waitlist and needs an interim solution.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QButtonGroup, QHeaderView, QRadioButton, QTableWidgetItem

from ....domain.case import WizardPage
from ....domain.geo import distance_text, rank_offers
from ....domain.standard import Offer
from ....services.occupancy import refreshed_at
from ....services.offers import Places, free_places, has_free_place, is_full_place, occupancy
from ...generated.ui_wizard_offer import Ui_OfferPage
from ...labels import button_text
from ..base import CasePage

FREE_FULL_COLUMN, FREE_PART_COLUMN = 3, 4  # the offer table's free-place columns


class OfferPage(CasePage, Ui_OfferPage):
    """The fixed form is ``ui/wizard_offer.ui``; the offers and place sizes are the standard's."""

    PAGE = WizardPage.OFFER

    def build(self) -> None:
        standard = self.ctx.standard
        placement = lambda: self.ctx.case.placement  # noqa: E731
        self.free: Places = {}
        self._auto_waitlist = False  # this page put the citizen on the waitlist (no free place)
        self.listed: list[Offer] = []
        self.proximity_label.setText(" ".join(standard.proximity_text.split()))

        header = self.offer_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(2, self.offer_table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._name_place_columns()
        self._table_width = 0
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_table)
        self.offer_table.installEventFilter(self)  # wrapped rows follow the table's width
        self.field_row("placement.offer_id", self.offer_holder, self.offer_message)
        self.offer_table.itemSelectionChanged.connect(self._on_offer_selected)

        self.place_group = QButtonGroup(self)
        self.place_buttons: dict[str, QRadioButton] = {}
        values: dict[int, str] = {}
        for number, size in enumerate(standard.place_sizes, start=1):
            button = QRadioButton(button_text(self.tr(size.label)))
            self.place_group.addButton(button, number)
            self.place_buttons[size.id] = button
            values[number] = size.id
            self.place_layout.addWidget(button)
        self.place_layout.addStretch(1)
        if self.place_buttons:
            first = next(iter(self.place_buttons.values()))
            self.place_box.setFocusProxy(first)
            self.place_caption.setBuddy(first)
        # the place sizes before the form's fields below them (never after the table: its inner parts
        # would come between)
        self.tab_order(
            *self.place_buttons.values(),
            self.waitlist_check,
            self.interim_edit,
            self.transport_yes,
            self.transport_no,
            self.transport_note,
            self.start_edit,
        )
        self.field_row("placement.place", self.place_holder, self.place_message)
        self.bind_choice(self.place_group, values, placement, "place")
        self.place_group.idToggled.connect(self._on_place_toggled)

        self.waitlist_text.setText(standard.waitlist_text.replace("\n\n", " "))
        self.field_row("placement.waitlist", self.waitlist_holder, self.waitlist_message)
        self.bind_check(self.waitlist_check, placement, "waitlist")
        self.waitlist_check.toggled.connect(lambda _on: self._refresh_waitlist())
        self.field_row("placement.interim_solution", self.interim_holder, self.interim_message)
        self.bind_text(self.interim_edit, placement, "interim_solution")

        self.transport_group = QButtonGroup(self)
        self.transport_group.addButton(self.transport_yes, 1)
        self.transport_group.addButton(self.transport_no, 2)
        self.field_row("placement.transport_needed", self.transport_holder, self.transport_message)
        self.bind_choice(self.transport_group, {1: True, 2: False}, placement, "transport_needed")
        self.transport_group.idToggled.connect(lambda _id, _on: self._refresh_transport())
        self.field_row("placement.transport_note", self.transport_note_holder, self.transport_note_message)
        self.bind_line(self.transport_note, placement, "transport_note")
        self.field_row("placement.planned_start", self.start_holder, self.start_message)
        self.bind_date(self.start_edit, placement, "planned_start", "placement.planned_start")
        self.add_loader(self._load_offers)

    # -- the offer list ----------------------------------------------------------------------
    def _name_place_columns(self) -> None:
        """The free-place columns are named after the standard's place sizes: the full sizes, then
        the part sizes (``services.offers`` counts each in its pool); a pool with no size is hidden."""
        standard = self.ctx.standard
        pools = (
            [self.tr(size.label) for size in standard.place_sizes if is_full_place(standard, size.id)],
            [self.tr(size.label) for size in standard.place_sizes if not is_full_place(standard, size.id)],
        )
        for column, labels in zip((FREE_FULL_COLUMN, FREE_PART_COLUMN), pools, strict=True):
            item = self.offer_table.horizontalHeaderItem(column)
            if item is not None:
                item.setText(self.tr("Ledige: {0}").format("\n".join(labels)))
            self.offer_table.setColumnHidden(column, not labels)

    def _load_offers(self) -> None:
        standard = self.ctx.standard
        self.free = free_places(standard, occupancy(self.ctx.service.ws, exclude_case_id=self.ctx.case.id))
        eligible = [o for o in standard.offers if o.eligible]
        ranked = rank_offers(eligible, self.ctx.case.citizen.postcode)
        self.listed = [offer for offer, _km in ranked]
        table = self.offer_table
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(ranked))
        for row, (offer, km) in enumerate(ranked):
            free_full, free_half = self.free.get(offer.id, (0, 0))
            cells = (
                offer.name,
                f"{offer.address}, {offer.postcode} {offer.town}",
                self.tr(distance_text(km)),
                self.tr("{0} af {1}").format(free_full, offer.capacity_full),
                self.tr("{0} af {1}").format(free_half, offer.capacity_half),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
            if offer.id == self.ctx.case.placement.offer_id:
                table.selectRow(row)
        table.blockSignals(False)
        self._fit_table()
        self.left_out_label.setText(self._left_out_text([o for o in standard.offers if not o.eligible]))
        when = refreshed_at(self.ctx.service.ws)
        self.occupancy_label.setText(
            self.tr("Ledige pladser tæller hele kommunens bevillinger, hentet {0}.").format(
                when.astimezone().strftime("%d.%m.%Y %H:%M")
            )
            if when is not None
            else self.tr("Ledige pladser tæller kun sagerne på denne computer (pladserne er ikke hentet endnu).")
        )
        self._refresh_waitlist(auto=True)
        self._refresh_transport()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.offer_table and event.type() == QEvent.Type.Resize:
            width = self.offer_table.width()
            if width != self._table_width:
                self._table_width = width
                self._fit_timer.start()  # once the header has spread its columns over the new width
        return super().eventFilter(watched, event)

    def _fit_table(self) -> None:
        """Every row as high as its wrapped text at the columns' present widths, and no more rows."""
        table = self.offer_table
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    def _left_out_text(self, left_out: list[Offer]) -> str:
        if not left_out:
            return self.tr("Alle tilbud i kvalitetsstandarden er godkendt og registreret og vises her.")
        unapproved = sum(1 for o in left_out if not o.socialtilsynet_approved)
        unregistered = sum(1 for o in left_out if not o.tilbudsportalen_registered)
        reasons = []
        if unapproved:
            reasons.append(self.tr("{0} er ikke godkendt af Socialtilsynet").format(unapproved))
        if unregistered:
            reasons.append(self.tr("{0} er ikke registreret på Tilbudsportalen").format(unregistered))
        return self.tr(
            "{0} tilbud vises ikke ({1}). Der kan kun bevilges tilbud, der er godkendt af Socialtilsynet "
            "og registreret på Tilbudsportalen."
        ).format(len(left_out), self.tr(" og ").join(reasons))

    def selected_offer(self) -> Offer | None:
        rows = self.offer_table.selectionModel().selectedRows()
        return self.listed[rows[0].row()] if rows else None

    def _on_offer_selected(self) -> None:
        offer = self.selected_offer()
        if offer is None:
            return
        self.ctx.case.placement.offer_id = offer.id
        self._refresh_waitlist(auto=True)
        self.changed()

    def _on_place_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._refresh_waitlist(auto=True)

    # -- waitlist and transport --------------------------------------------------------------
    def place_is_free(self) -> bool | None:
        placement = self.ctx.case.placement
        return has_free_place(self.ctx.standard, self.free, placement.offer_id, placement.place)

    def _refresh_waitlist(self, auto: bool = False) -> None:
        """With no free place of the chosen size, the waitlist is set and cannot be unset."""
        placement = self.ctx.case.placement
        no_place = self.place_is_free() is False
        if auto and no_place != placement.waitlist and (no_place or self._auto_waitlist):
            # set when the place is taken; unset only what this page set itself
            self._auto_waitlist = no_place
            placement.waitlist = no_place
            self.waitlist_check.blockSignals(True)
            self.waitlist_check.setChecked(no_place)
            self.waitlist_check.blockSignals(False)
            self.changed()
        self.waitlist_check.setEnabled(not no_place)
        if no_place:
            offer = self.ctx.standard.offer(placement.offer_id)
            size = self.ctx.standard.place_size(placement.place)
            self.full_label.setText(
                self.tr("{0} har ingen ledig {1} lige nu. Borgeren er sat på venteliste.").format(
                    offer.name if offer else "", (size.label if size else "").lower()
                )
            )
        self.full_label.setVisible(no_place)
        self.waitlist_text.setVisible(placement.waitlist)
        self.interim_edit.setEnabled(placement.waitlist)

    def _refresh_transport(self) -> None:
        self.transport_note.setEnabled(bool(self.ctx.case.placement.transport_needed))
