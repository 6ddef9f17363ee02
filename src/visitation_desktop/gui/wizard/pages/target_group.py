"""Page 2: Målgruppe — the standard's criteria, the FFB target groups, the individual assessment.

The age criterion is read from the CPR number by the rules; every other criterion is the
caseworker's judgement. A citizen under the standard's minimum age goes straight to the
decision page: there is nothing to plan before a refusal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTreeWidgetItem,
    QWidget,
)

from ....domain import cpr
from ....domain.case import WizardPage
from ....domain.findings import Finding, plain
from ....domain.rules_intake import check_target_group
from ....domain.standard import Criterion
from ...generated.ui_wizard_target_group import Ui_TargetGroupPage
from ...messages import finding_text
from ..base import CasePage, message_label
from ..fields import format_danish_date

UNDER_AGE = "target_group.under_age"
_AGE_FIELD = "citizen.cpr"  # the rules put age findings on the CPR number
_JUDGED = {1: True, 2: False, 3: None}  # radio button id -> stored judgement


class TargetGroupPage(CasePage, Ui_TargetGroupPage):
    """The fixed form is ``ui/wizard_target_group.ui``; the criteria are the standard's, the target
    groups the FFB catalogue's."""

    PAGE = WizardPage.TARGET_GROUP

    def build(self) -> None:
        group = lambda: self.ctx.case.target_group  # noqa: E731
        standard = self.ctx.standard

        self.age_label = QLabel()
        self.age_message = message_label()
        self.judgement_groups: dict[str, QButtonGroup] = {}
        for criterion in standard.criteria:
            if criterion.kind == "min_age":
                self._add_age_row(criterion)
            else:
                self._add_judgement_row(criterion)
        self.residence_label.setText(
            self.tr("Bemærk fra kvalitetsstandarden: {0}").format(plain(standard.residence_note))
        )

        self._group_items: dict[str, QTreeWidgetItem] = {}
        self.code_items: list[QTreeWidgetItem] = []
        for code in self.ctx.catalogue.target_groups:
            parent = self._group_items.get(code.group)
            if parent is None:
                parent = QTreeWidgetItem(self.codes_tree, [code.group])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self._group_items[code.group] = parent
            item = QTreeWidgetItem(parent, [code.name])
            item.setData(0, Qt.ItemDataRole.UserRole, code.code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.code_items.append(item)
        self.codes_tree.expandAll()
        self.codes_tree.itemChanged.connect(self._on_code_changed)
        self.field_row("target_group.codes", self.codes_holder, self.codes_message)
        self.add_loader(self._load_codes)

        self.field_row("target_group.individual_assessment", self.assessment_holder, self.assessment_message)
        self.bind_text(self.assessment_edit, group, "individual_assessment")
        radios = [b for buttons in self.judgement_groups.values() for b in buttons.buttons()]
        self.tab_order(*radios, self.codes_tree, self.assessment_edit)  # the criteria come first
        self.add_loader(self._show_age)

    # -- criteria ----------------------------------------------------------------------------
    def _criterion_caption(self, criterion: Criterion, how: str) -> QLabel:
        caption = QLabel(f"»{plain(criterion.text)}«\n{how}")
        caption.setWordWrap(True)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        return caption

    def _add_criterion(self, caption: QLabel, widget: QWidget, message: QLabel) -> None:
        row = self.criteria_grid.rowCount()
        self.criteria_grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
        self.criteria_grid.addWidget(widget, row, 1, Qt.AlignmentFlag.AlignTop)
        self.criteria_grid.addWidget(message, row + 1, 0, 1, 2)

    def _add_age_row(self, criterion: Criterion) -> None:
        self.age_label.setAccessibleName(self.tr("Borgerens alder"))
        self.age_label.setTextFormat(Qt.TextFormat.PlainText)
        self.age_label.setWordWrap(True)
        caption = self._criterion_caption(criterion, self.tr("Vurderes ud fra CPR-nummeret."))
        self._add_criterion(caption, self.age_label, self.age_message)

    def _add_judgement_row(self, criterion: Criterion) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QButtonGroup(self)
        for button_id, text in (
            (1, self.tr("&Opfyldt")),
            (2, self.tr("I&kke opfyldt")),
            (3, self.tr("Ikke vurderet &endnu")),
        ):
            button = QRadioButton(text)
            button.setAccessibleDescription(plain(criterion.text))
            buttons.addButton(button, button_id)
            layout.addWidget(button)
        layout.addStretch(1)
        row.setFocusProxy(buttons.button(1))
        row.setAccessibleName(plain(criterion.text))
        caption = self._criterion_caption(criterion, self.tr("Din faglige vurdering:"))
        caption.setBuddy(buttons.button(1))
        message = message_label()
        self._field_messages[f"target_group.criteria.{criterion.id}"] = message
        self.field_region(f"target_group.criteria.{criterion.id}", row)
        self._add_criterion(caption, row, message)
        self.judgement_groups[criterion.id] = buttons

        def load() -> None:
            judged = self.ctx.case.target_group.criteria.get(criterion.id)
            for button_id, value in _JUDGED.items():
                button = buttons.button(button_id)
                button.blockSignals(True)
                button.setChecked(value is judged)
                button.blockSignals(False)

        def store(button_id: int, checked: bool) -> None:
            if checked:
                self.ctx.case.target_group.criteria[criterion.id] = _JUDGED[button_id]
                self.changed()

        buttons.idToggled.connect(store)
        self.add_loader(load)

    def _show_age(self) -> None:
        text = self.ctx.case.citizen.cpr
        try:
            info = cpr.parse(text, self.ctx.today)
        except cpr.CprError:
            self.age_label.setText(
                self.tr("Alderen kan ikke beregnes: CPR-nummeret mangler eller er forkert.")
            )
            return
        age = cpr.age_on(info.birth_date, self.ctx.today)
        self.age_label.setText(
            self.tr("Borgeren er {0} år (født {1}).").format(age, format_danish_date(info.birth_date))
        )

    # -- FFB target groups -------------------------------------------------------------------
    def _load_codes(self) -> None:
        chosen = set(self.ctx.case.target_group.codes)
        self.codes_tree.blockSignals(True)
        for item in self.code_items:
            code = item.data(0, Qt.ItemDataRole.UserRole)
            item.setCheckState(0, Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        self.codes_tree.blockSignals(False)
        self._show_codes()

    def _on_code_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        code = item.data(0, Qt.ItemDataRole.UserRole)
        if not code:
            return
        codes = self.ctx.case.target_group.codes
        checked = item.checkState(0) == Qt.CheckState.Checked
        if checked and code not in codes:
            codes.append(code)
        elif not checked and code in codes:
            codes.remove(code)
        self._show_codes()
        self.changed()

    def _show_codes(self) -> None:
        names = []
        for code in self.ctx.case.target_group.codes:
            found = self.ctx.catalogue.target_group(code)
            names.append(found.name if found else self.tr("(ukendt kode)"))
        self.codes_chosen.setText(
            self.tr("Valgt: {0}").format(", ".join(names))
            if names
            else self.tr("Ingen målgruppe valgt endnu.")
        )
        for group, parent in self._group_items.items():
            count = sum(
                1
                for item in self.code_items
                if item.parent() is parent and item.checkState(0) == Qt.CheckState.Checked
            )
            parent.setText(0, self.tr("{0} ({1} valgt)").format(group, count) if count else group)

    # -- findings and branching --------------------------------------------------------------
    def on_findings(self, findings: list[Finding]) -> None:
        under_age = [f for f in findings if f.code == UNDER_AGE]
        lines = [finding_text(f) for f in under_age]
        if under_age and self.wizard() is not None and self._decision_id() is not None:
            lines.append(self.tr("Tryk »Næste« for at gå direkte til Afgørelse."))
        self.under_age_banner.setText("\n".join(lines))
        self.under_age_banner.setVisible(bool(under_age))
        self.age_label.setStyleSheet("color: #a40000; font-weight: bold;" if under_age else "")
        others = [finding_text(f) for f in findings if f.field == _AGE_FIELD and f.code != UNDER_AGE]
        self.age_message.setText("\n".join(others))
        self.age_message.setStyleSheet("color: #8a5a00;")
        self.age_message.setVisible(bool(others))
        self._show_age()

    def is_under_age(self) -> bool:
        """The rules' own verdict on the age criterion, checked afresh (no waiting for the timer)."""
        out: list[Finding] = []
        check_target_group(self.ctx.case, self.ctx.standard, self.ctx.catalogue, self.ctx.today, out)
        return any(f.code == UNDER_AGE for f in out)

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        """Under the minimum age: straight to Afgørelse (a refusal), skipping the planning pages."""
        decision = self._decision_id()
        if decision is not None and self.is_under_age():
            return decision
        return super().nextId()

    def _decision_id(self) -> int | None:
        """The Afgørelse page's id, if the wizard has that page."""
        decision = list(WizardPage).index(WizardPage.DECISION)
        wizard = self.wizard()
        return decision if wizard is not None and wizard.page(decision) is not None else None
