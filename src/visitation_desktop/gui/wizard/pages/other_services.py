"""Page 7: Andre indsatser — services the citizen has or has applied for, and coordination.

A day offer (the standard's rule "day_offer") cannot be combined with this offer: the rules give
a blocking finding, shown in a red box at the top. A service that needs coordination (§§ 85, 107,
108) opens the coordination box, which must be filled before a grant.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.case import OtherService, WizardPage
from ....domain.findings import Finding, Severity, by_severity
from ....domain.standard import OtherServiceRule
from ...generated.ui_wizard_other_services import Ui_OtherServicesPage
from ...labels import button_text
from ...messages import finding_text
from ..base import CasePage, findings_html, message_label

OTHER = "other"
DAY_OFFER_CODE = "other_services.day_offer_conflict"
_COLOURS = {Severity.BLOCKING: "#a40000", Severity.WARNING: "#8a5a00", Severity.INFO: "#204a87"}
_BANNER_STYLE = "QLabel { color: #a40000; background: #fdecea; border: 2px solid #a40000; padding: 8px; }"


def rule_label(rule: OtherServiceRule) -> str:
    return f"{rule.paragraph} {rule.title}" if rule.paragraph else rule.title


class StatusChoice(QWidget):
    """Two radio buttons: the citizen has the service, or has applied for it."""

    status_changed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.has = QRadioButton(self.tr("Har"))
        self.applied = QRadioButton(self.tr("Har søgt"))
        self.has.setAccessibleName(self.tr("{0}: har indsatsen").format(name))
        self.applied.setAccessibleName(self.tr("{0}: har søgt indsatsen").format(name))
        self.group = QButtonGroup(self)
        self.group.addButton(self.has)
        self.group.addButton(self.applied)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has)
        row.addWidget(self.applied)
        self.has.setChecked(True)
        self.applied.toggled.connect(lambda on: self.status_changed.emit("applied" if on else "has"))

    def status(self) -> str:
        return "applied" if self.applied.isChecked() else "has"

    def set_status(self, status: str) -> None:
        self.blockSignals(True)
        (self.applied if status == "applied" else self.has).setChecked(True)
        self.blockSignals(False)


class OtherRow(QWidget):
    """One free-text "Anden indsats": what, has or applied, provider, and a remove button."""

    def __init__(self, service: OtherService, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        name = self.tr("Anden indsats {0}").format(number)
        self.description = QLineEdit(service.description)
        self.description.setPlaceholderText(self.tr("Hvilken indsats, fx misbrugsbehandling"))
        self.description.setAccessibleName(name)
        self.status = StatusChoice(name)
        self.status.set_status(service.status)
        self.provider = QLineEdit(service.provider)
        self.provider.setPlaceholderText(self.tr("Leverandør"))
        self.provider.setAccessibleName(self.tr("{0}: leverandør").format(name))
        self.remove = QPushButton(self.tr("Fjern"))
        self.remove.setAccessibleName(self.tr("Fjern {0}").format(name.lower()))
        self.message = message_label()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.description, 0, 0)
        grid.addWidget(self.status, 0, 1)
        grid.addWidget(self.provider, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.message, 1, 0, 1, 4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)


class OtherServicesPage(CasePage, Ui_OtherServicesPage):
    """The fixed form is ``ui/wizard_other_services.ui``; the services to tick are the standard's."""

    PAGE = WizardPage.OTHER_SERVICES

    def build(self) -> None:
        standard = self.ctx.standard
        self.banner = QLabel()  # above the scrolled body, so it stays in view
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.setAccessibleName(self.tr("Indsatsen kan ikke kombineres"))
        self.banner.setVisible(False)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(0, self.banner)

        self.rule_checks: dict[str, QCheckBox] = {}
        self.rule_status: dict[str, StatusChoice] = {}
        self.rule_provider: dict[str, QLineEdit] = {}
        self.rule_description: dict[str, QLineEdit] = {}
        self.rule_message: dict[str, QLabel] = {}
        for row, rule in enumerate(standard.other_services):
            self._add_rule_row(2 * row, rule)
        self.other_rows: list[OtherRow] = []
        self.add_other_button.clicked.connect(self._on_add_other)
        self._build_coordination()
        rule_controls = [
            widget
            for rule_id in self.rule_checks
            for widget in (
                self.rule_checks[rule_id],
                self.rule_status[rule_id].has,
                self.rule_status[rule_id].applied,
                self.rule_provider[rule_id],
                self.rule_description[rule_id],
            )
        ]
        self.tab_order(*rule_controls, self.add_other_button, self.providers_edit, self.agreement_edit)
        self.add_loader(self._load_services)

    def _add_rule_row(self, row: int, rule: OtherServiceRule) -> None:
        label = rule_label(rule)
        check = QCheckBox(button_text(label))
        check.setToolTip(rule.explanation)
        status = StatusChoice(label)
        provider = QLineEdit()
        provider.setPlaceholderText(self.tr("Leverandør"))
        provider.setAccessibleName(self.tr("{0}: leverandør").format(label))
        description = QLineEdit()
        description.setPlaceholderText(self.tr("Omfang, fx to besøg om ugen"))
        description.setAccessibleName(self.tr("{0}: omfang").format(label))
        message = message_label()
        self.rules_grid.addWidget(check, row, 0)
        self.rules_grid.addWidget(status, row, 1)
        self.rules_grid.addWidget(provider, row, 2)
        self.rules_grid.addWidget(description, row, 3)
        self.rules_grid.addWidget(message, row + 1, 0, 1, 4)
        self.rule_checks[rule.id] = check
        self.rule_status[rule.id] = status
        self.rule_provider[rule.id] = provider
        self.rule_description[rule.id] = description
        self.rule_message[rule.id] = message
        check.toggled.connect(lambda on, kind=rule.id: self._on_rule_toggled(kind, on))
        status.status_changed.connect(lambda value, kind=rule.id: self._on_rule_edited(kind, "status", value))
        provider.textChanged.connect(lambda text, kind=rule.id: self._on_rule_edited(kind, "provider", text))
        description.textChanged.connect(
            lambda text, kind=rule.id: self._on_rule_edited(kind, "description", text)
        )

    def _build_coordination(self) -> None:
        coordination = lambda: self.ctx.case.coordination  # noqa: E731
        self.coordination_rule.setText(" ".join(self.ctx.standard.coordination_rule.split()))
        self.field_row("coordination.providers", self.providers_holder, self.providers_message)
        self.bind_text(self.providers_edit, coordination, "providers")
        self.field_row("coordination.agreement", self.agreement_holder, self.agreement_message)
        self.bind_text(self.agreement_edit, coordination, "agreement")

    # -- loading -----------------------------------------------------------------------------
    def _load_services(self) -> None:
        services = self.ctx.case.other_services
        for rule_id, check in self.rule_checks.items():
            service = self._service(rule_id)
            check.blockSignals(True)
            check.setChecked(service is not None)
            check.blockSignals(False)
            self.rule_status[rule_id].set_status(service.status if service else "has")
            for edit, value in (
                (self.rule_provider[rule_id], service.provider if service else ""),
                (self.rule_description[rule_id], service.description if service else ""),
            ):
                edit.blockSignals(True)
                edit.setText(value)
                edit.blockSignals(False)
        for row in self.other_rows:
            self._drop_row(row)
        self.other_rows = []
        for service in services:
            if service.kind == OTHER or self.ctx.standard.other_service(service.kind) is None:
                self._add_other_row(service)
        self._refresh_enabled()

    def _service(self, kind: str) -> OtherService | None:
        return next((s for s in self.ctx.case.other_services if s.kind == kind), None)

    # -- the standard's services -------------------------------------------------------------
    def _on_rule_toggled(self, kind: str, checked: bool) -> None:
        services = self.ctx.case.other_services
        existing = self._service(kind)
        if checked and existing is None:
            services.append(
                OtherService(
                    kind=kind,
                    description=self.rule_description[kind].text(),
                    provider=self.rule_provider[kind].text(),
                    status=self.rule_status[kind].status(),
                )
            )
        elif not checked and existing is not None:
            services.remove(existing)
        self._refresh_enabled()
        self.changed()

    def _on_rule_edited(self, kind: str, attr: str, value: str) -> None:
        service = self._service(kind)
        if service is None:
            return
        setattr(service, attr, value)
        self.changed()

    # -- free-text services ------------------------------------------------------------------
    def _on_add_other(self) -> None:
        service = OtherService(kind=OTHER)
        self.ctx.case.other_services.append(service)
        row = self._add_other_row(service)
        row.description.setFocus()
        self._refresh_enabled()
        self.changed()

    def _add_other_row(self, service: OtherService) -> OtherRow:
        row = OtherRow(service, len(self.other_rows) + 1)
        row.description.textChanged.connect(lambda text: self._on_other_edited(service, "description", text))
        row.status.status_changed.connect(lambda value: self._on_other_edited(service, "status", value))
        row.provider.textChanged.connect(lambda text: self._on_other_edited(service, "provider", text))
        row.remove.clicked.connect(lambda: self._on_remove_other(row))
        self.others_box.addWidget(row)
        self.other_rows.append(row)
        return row

    def _drop_row(self, row: OtherRow) -> None:
        self.others_box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _on_other_edited(self, service: OtherService, attr: str, value: str) -> None:
        setattr(service, attr, value)
        self.changed()

    def _on_remove_other(self, row: OtherRow) -> None:
        services = self.ctx.case.other_services
        if any(s is row.service for s in services):
            services.remove(next(s for s in services if s is row.service))
        self.other_rows.remove(row)
        self._drop_row(row)
        self.add_other_button.setFocus()
        self.changed()

    # -- state and findings ------------------------------------------------------------------
    def _coordinated(self) -> list[str]:
        """Labels of the chosen services whose rule asks for coordination."""
        labels = []
        for service in self.ctx.case.other_services:
            rule = self.ctx.standard.other_service(service.kind)
            if rule is not None and rule.rule == "coordinate":
                labels.append(rule_label(rule))
        return labels

    def _refresh_enabled(self) -> None:
        for kind, check in self.rule_checks.items():
            on = check.isChecked()
            self.rule_status[kind].setEnabled(on)
            self.rule_provider[kind].setEnabled(on)
            self.rule_description[kind].setEnabled(on)
        needed = self._coordinated()
        for widget in (self.providers_edit, self.agreement_edit):
            widget.setEnabled(bool(needed))
        if needed:
            self.coordination_hint.setText(
                self.tr("Skal udfyldes, fordi borgeren har {0}.").format(", ".join(needed))
            )
        else:
            self.coordination_hint.setText(
                self.tr("Udfyldes, når borgeren har en indsats, der skal koordineres med.")
            )

    def on_findings(self, findings: list[Finding]) -> None:
        conflicts = [f for f in findings if f.code == DAY_OFFER_CODE]
        self.banner.setText("\n\n".join(finding_text(f) for f in conflicts))
        self.banner.setVisible(bool(conflicts))
        if conflicts:
            rest = [f for f in findings if f.code != DAY_OFFER_CODE]
            see_banner = self.tr("Se den røde boks øverst på siden.")
            self.findings_label.setText(
                findings_html(rest, "") if rest else f"<span style='color:#a40000'>{see_banner}</span>"
            )
        index_of = {id(s): i for i, s in enumerate(self.ctx.case.other_services)}
        targets: list[tuple[OtherService | None, QLabel]] = [
            (self._service(kind), label) for kind, label in self.rule_message.items()
        ]
        targets += [(row.service, row.message) for row in self.other_rows]
        for service, label in targets:
            index = index_of.get(id(service)) if service is not None else None
            prefix = f"other_services[{index}]." if index is not None else "\0"
            mine = [f for f in findings if f.field.startswith(prefix)]
            texts = [
                self.tr("Kan ikke kombineres med tilbuddet – se den røde boks øverst.")
                if f.code == DAY_OFFER_CODE
                else finding_text(f)
                for f in by_severity(mine)
            ]
            colour = _COLOURS[by_severity(mine)[0].severity] if mine else ""
            label.setStyleSheet(f"color: {colour};" if colour else "")
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
