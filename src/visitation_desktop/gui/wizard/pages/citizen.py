"""Page 1: Borger og henvendelse — the citizen, the application, the consent."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QWidget

from ....domain import cpr
from ....domain.case import CHANNEL_LABELS, WizardPage
from ....domain.deadlines import decision_deadline
from ...generated.ui_wizard_citizen import Ui_CitizenPage
from ..base import CasePage
from ..fields import format_danish_date


class CitizenPage(CasePage, Ui_CitizenPage):
    """The fixed form is ``ui/wizard_citizen.ui``; the channels come from the case model."""

    PAGE = WizardPage.CITIZEN

    def build(self) -> None:
        citizen = lambda: self.ctx.case.citizen  # noqa: E731
        application = lambda: self.ctx.case.application  # noqa: E731
        consent = lambda: self.ctx.case.consent  # noqa: E731

        for field, holder, message in (
            ("citizen.cpr", self.cpr_holder, self.cpr_message),
            ("citizen.name", self.name_holder, self.name_message),
            ("citizen.address", self.address_holder, self.address_message),
            ("citizen.postcode", self.town_holder, self.town_message),
            ("citizen.phone", self.phone_holder, self.phone_message),
            ("citizen.email", self.email_holder, self.email_message),
            ("application.received", self.received_holder, self.received_message),
            ("application.channel", self.channel_holder, self.channel_message),
            ("application.by_relative", self.relative_holder, self.relative_message),
            ("application.relative_name", self.relative_name_holder, self.relative_name_message),
            ("application.relative_relation", self.relative_relation_holder, self.relative_relation_message),
            ("application.relative_contact", self.relative_contact_holder, self.relative_contact_message),
            ("consent.status", self.consent_holder, self.consent_message),
            ("consent.information", self.information_holder, self.information_message),
            ("consent.sources", self.sources_holder, self.sources_message),
            ("consent.recorded_on", self.consent_date_holder, self.consent_date_message),
        ):
            self.field_row(field, holder, message)

        self.cpr_edit.textChanged.connect(self._on_cpr_changed)
        self.add_loader(self._load_cpr)
        self.bind_line(self.name_edit, citizen, "name")
        self.bind_line(self.address_edit, citizen, "address")
        self.bind_line(self.postcode_edit, citizen, "postcode")
        self.bind_line(self.town_edit, citizen, "town")
        self.bind_line(self.phone_edit, citizen, "phone")
        self.bind_line(self.email_edit, citizen, "email")

        self.bind_date(self.received_edit, application, "received", "application.received")
        self.received_edit.date_changed.connect(self._show_deadline)
        self.channel_combo.addItem(self.tr("(vælg)"), "")
        for value, label in CHANNEL_LABELS.items():
            self.channel_combo.addItem(self.tr(label), value.value)
        self.bind_combo(self.channel_combo, application, "channel")
        self.bind_check(self.relative_check, application, "by_relative")
        self.bind_line(self.relative_name, application, "relative_name")
        self.bind_line(self.relative_relation, application, "relative_relation")
        self.bind_line(self.relative_contact, application, "relative_contact")
        self.relative_check.toggled.connect(self._on_relative_toggled)

        self.consent_group = QButtonGroup(self)
        self.consent_group.addButton(self.consent_given, 1)
        self.consent_group.addButton(self.consent_declined, 2)
        self.bind_choice(self.consent_group, {1: "given", 2: "declined"}, consent, "status")
        self.bind_text(self.consent_information, consent, "information")
        self.bind_text(self.consent_sources, consent, "sources")
        self.bind_date(self.consent_date, consent, "recorded_on", "consent.recorded_on")
        self.add_loader(self._refresh_derived)

    def _refresh_derived(self) -> None:
        self._on_cpr_changed(self.cpr_edit.text())
        self._show_deadline(self.ctx.case.application.received)
        self._on_relative_toggled(self.relative_check.isChecked())

    def _load_cpr(self) -> None:
        number = self.ctx.case.citizen.cpr
        self.cpr_edit.blockSignals(True)
        self.cpr_edit.setText(cpr.format_cpr(number) if len(number) == 10 and number.isdigit() else number)
        self.cpr_edit.blockSignals(False)

    def _on_cpr_changed(self, text: str) -> None:
        """Store the ten digits once the number reads as a CPR number; until then, what is typed."""
        try:
            info = cpr.parse(text, self.ctx.today)
        except cpr.CprError:
            self.ctx.case.citizen.cpr = text.strip()
            self.cpr_info.clear()
            self.changed()
            return
        self.ctx.case.citizen.cpr = info.number
        self.changed()
        age = cpr.age_on(info.birth_date, self.ctx.today)
        self.cpr_info.setText(self.tr("Født {0} – {1} år").format(format_danish_date(info.birth_date), age))

    def _show_deadline(self, received: object) -> None:
        date = self.ctx.case.application.received
        if date is None:
            self.deadline_label.clear()
            return
        deadline = decision_deadline(date, self.ctx.standard.decision_deadline_weeks)
        self.deadline_label.setText(
            self.tr("Frist for afgørelse: {0} ({1} uger)").format(
                format_danish_date(deadline), self.ctx.standard.decision_deadline_weeks
            )
        )

    def _on_relative_toggled(self, checked: bool) -> None:
        for widget in (self.relative_name, self.relative_relation, self.relative_contact):
            widget.setEnabled(checked)

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        """The case needs a valid CPR number and a name before the visitation goes on."""
        return not self.next_blocked_reason()

    def next_blocked_reason(self) -> str:
        citizen = self.ctx.case.citizen
        try:
            cpr.parse(citizen.cpr, self.ctx.today)
            valid_cpr = True
        except cpr.CprError:
            valid_cpr = False
        if not valid_cpr and not citizen.name.strip():
            return self.tr("Skriv CPR-nummer og navn for at gå videre.")
        if not valid_cpr:
            return self.tr("Skriv et gyldigt CPR-nummer for at gå videre.")
        if not citizen.name.strip():
            return self.tr("Skriv borgerens navn for at gå videre.")
        return ""

    def first_blocking_widget(self) -> QWidget:
        citizen = self.ctx.case.citizen
        try:
            cpr.parse(citizen.cpr, self.ctx.today)
        except cpr.CprError:
            return self.cpr_edit
        return self.name_edit
