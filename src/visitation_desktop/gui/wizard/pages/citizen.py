"""Page 1: Borger og henvendelse — the citizen, the application, the consent."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from ....domain import cpr
from ....domain.case import CHANNEL_LABELS, WizardPage
from ....domain.deadlines import decision_deadline
from ..base import CasePage
from ..fields import DateField, format_danish_date


class CitizenPage(CasePage):
    PAGE = WizardPage.CITIZEN

    def build(self) -> None:
        case = lambda: self.ctx.case  # noqa: E731
        citizen = lambda: self.ctx.case.citizen  # noqa: E731
        application = lambda: self.ctx.case.application  # noqa: E731
        consent = lambda: self.ctx.case.consent  # noqa: E731
        del case

        form = self.form(self.tr("Borger"))
        self.cpr_edit = QLineEdit()
        self.cpr_edit.setPlaceholderText(self.tr("ddmmåå-xxxx"))
        self.cpr_edit.setMaximumWidth(160)
        self.cpr_info = QLabel()
        self.cpr_info.setAccessibleName(self.tr("Fødselsdato og alder"))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.cpr_edit)
        row_layout.addWidget(self.cpr_info, 1)
        self.cpr_edit.setAccessibleName(self.tr("CPR-nummer"))
        self.add_row(form, self.tr("&CPR-nummer:"), row, "citizen.cpr")
        self.cpr_edit.textChanged.connect(self._on_cpr_changed)
        self.add_loader(self._load_cpr)

        self.name_edit = QLineEdit()
        self.add_row(form, self.tr("Na&vn:"), self.name_edit, "citizen.name")
        self.bind_line(self.name_edit, citizen, "name")
        self.address_edit = QLineEdit()
        self.add_row(form, self.tr("&Adresse:"), self.address_edit, "citizen.address")
        self.bind_line(self.address_edit, citizen, "address")
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaximumWidth(80)
        self.postcode_edit.setAccessibleName(self.tr("Postnummer"))
        self.town_edit = QLineEdit()
        self.town_edit.setAccessibleName(self.tr("By"))
        town_row = QWidget()
        town_layout = QHBoxLayout(town_row)
        town_layout.setContentsMargins(0, 0, 0, 0)
        town_layout.addWidget(self.postcode_edit)
        town_layout.addWidget(self.town_edit, 1)
        self.add_row(form, self.tr("&Postnr. og by:"), town_row, "citizen.postcode")
        self.bind_line(self.postcode_edit, citizen, "postcode")
        self.bind_line(self.town_edit, citizen, "town")
        self.phone_edit = QLineEdit()
        self.add_row(form, self.tr("Te&lefon:"), self.phone_edit, "citizen.phone")
        self.bind_line(self.phone_edit, citizen, "phone")
        self.email_edit = QLineEdit()
        self.add_row(form, self.tr("&E-mail:"), self.email_edit, "citizen.email")
        self.bind_line(self.email_edit, citizen, "email")

        form = self.form(self.tr("Henvendelse"))
        self.received_edit = DateField()
        self.deadline_label = QLabel()
        self.deadline_label.setAccessibleName(self.tr("Frist for afgørelse"))
        received_row = QWidget()
        received_layout = QHBoxLayout(received_row)
        received_layout.setContentsMargins(0, 0, 0, 0)
        received_layout.addWidget(self.received_edit)
        received_layout.addWidget(self.deadline_label, 1)
        self.received_edit.setAccessibleName(self.tr("Modtaget dato"))
        self.add_row(form, self.tr("&Modtaget:"), received_row, "application.received")
        self.bind_date(self.received_edit, application, "received", "application.received")
        self.received_edit.date_changed.connect(self._show_deadline)

        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("(vælg)"), "")
        for value, label in CHANNEL_LABELS.items():
            self.channel_combo.addItem(self.tr(label), value.value)
        self.add_row(form, self.tr("&Kanal:"), self.channel_combo, "application.channel")
        self.bind_combo(self.channel_combo, application, "channel")

        self.relative_check = QCheckBox(self.tr("En pårørende har henvendt sig på borgerens vegne"))
        self.add_row(form, "", self.relative_check, "application.by_relative")
        self.bind_check(self.relative_check, application, "by_relative")
        self.relative_name = QLineEdit()
        self.add_row(form, self.tr("Pår&ørendes navn:"), self.relative_name, "application.relative_name")
        self.bind_line(self.relative_name, application, "relative_name")
        self.relative_relation = QLineEdit()
        self.relative_relation.setPlaceholderText(self.tr("fx mor, bror, værge"))
        self.add_row(form, self.tr("Relation:"), self.relative_relation, "application.relative_relation")
        self.bind_line(self.relative_relation, application, "relative_relation")
        self.relative_contact = QLineEdit()
        self.add_row(
            form, self.tr("Pårørendes kontakt:"), self.relative_contact, "application.relative_contact"
        )
        self.bind_line(self.relative_contact, application, "relative_contact")
        self.relative_check.toggled.connect(self._on_relative_toggled)

        form = self.form(self.tr("Samtykke til at indhente oplysninger (retssikkerhedsloven § 11 a)"))
        self.consent_given = QRadioButton(self.tr("Borgeren giver samtykke"))
        self.consent_declined = QRadioButton(self.tr("Borgeren afviser at give samtykke"))
        self.consent_group = QButtonGroup(self)
        self.consent_group.addButton(self.consent_given, 1)
        self.consent_group.addButton(self.consent_declined, 2)
        consent_row = QWidget()
        consent_layout = QHBoxLayout(consent_row)
        consent_layout.setContentsMargins(0, 0, 0, 0)
        consent_layout.addWidget(self.consent_given)
        consent_layout.addWidget(self.consent_declined)
        consent_layout.addStretch(1)
        self.add_row(form, self.tr("Samtykke:"), consent_row, "consent.status")
        self.bind_choice(self.consent_group, {1: "given", 2: "declined"}, consent, "status")
        self.consent_information = QPlainTextEdit()
        self.consent_information.setPlaceholderText(self.tr("Hvilke oplysninger, fx journal fra egen læge"))
        self.consent_information.setFixedHeight(56)
        self.add_row(form, self.tr("Hvilke &oplysninger:"), self.consent_information, "consent.information")
        self.bind_text(self.consent_information, consent, "information")
        self.consent_sources = QPlainTextEdit()
        self.consent_sources.setPlaceholderText(self.tr("Fra hvem, fx egen læge, psykiatrien, bostøtten"))
        self.consent_sources.setFixedHeight(56)
        self.add_row(form, self.tr("F&ra hvem:"), self.consent_sources, "consent.sources")
        self.bind_text(self.consent_sources, consent, "sources")
        self.consent_date = DateField()
        self.add_row(form, self.tr("Dato for &samtykke:"), self.consent_date, "consent.recorded_on")
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
