"""Page 9: Afgørelse — the open findings first, then grant or refusal, the reasoning and the date.

While a finding on an earlier page blocks a grant, only a refusal can be chosen. The reasoning
has the three parts forvaltningsloven § 24 asks for; "Foreslå tekst" drafts the empty ones.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.case import PAGE_TITLES, WizardPage
from ....domain.deadlines import days_left_msg, decision_deadline
from ....domain.findings import Finding, Severity, by_severity
from ....domain.rules import GRANT, REFUSAL, open_findings
from ....services.reasoning import draft_reasoning
from ...generated.ui_wizard_decision import Ui_DecisionPage
from ...messages import shown
from ..acceptance_panel import AcceptancePanel
from ..base import CasePage, findings_html
from ..fields import format_danish_date

_LATER_PAGES = {WizardPage.DECISION.value, WizardPage.SUMMARY.value}
def day_count(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("DecisionPage", "1 dag")
    return QCoreApplication.translate("DecisionPage", "{0} dage").format(days)


class ClickableLabel(QLabel):
    """Rich text that reacts to a click (the keyboard uses the button beside it)."""

    clicked = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class DecisionPage(CasePage, Ui_DecisionPage):
    """The fixed form is ``ui/wizard_decision.ui``; the open findings are listed in code."""

    PAGE = WizardPage.DECISION

    jump_requested = Signal(str)  # a WizardPage value: the caseworker wants to fix a finding there

    def build(self) -> None:
        decision = lambda: self.ctx.case.decision  # noqa: E731
        self._shown_open: list[tuple[str, str, str]] | None = None
        self.acceptance_panel = AcceptancePanel(self.ctx)  # the citizen accepts the plan before a grant
        self.acceptance_place.addWidget(self.acceptance_panel)

        self.outcome_group = QButtonGroup(self)
        self.outcome_group.addButton(self.grant_button, 1)
        self.outcome_group.addButton(self.refusal_button, 2)
        self.field_row("decision.outcome", self.outcome_holder, self.outcome_message)
        self.bind_choice(self.outcome_group, {1: GRANT, 2: REFUSAL}, decision, "outcome")
        self.outcome_group.idToggled.connect(lambda _id, _on: self._refresh_suggest())

        self.suggest_button.clicked.connect(self._on_suggest)
        self.reasoning_edits: dict[str, QPlainTextEdit] = {
            "rules_applied": self.rules_applied_edit,
            "facts": self.facts_edit,
            "considerations": self.considerations_edit,
        }
        for attr, edit, holder, message in (
            ("rules_applied", self.rules_applied_edit, self.rules_applied_holder, self.rules_applied_message),
            ("facts", self.facts_edit, self.facts_holder, self.facts_message),
            ("considerations", self.considerations_edit, self.considerations_holder, self.considerations_message),
        ):
            self.field_row(f"decision.{attr}", holder, message)
            self.bind_text(edit, decision, attr)

        self.field_row("decision.decided_on", self.date_holder, self.date_message)
        self.bind_date(self.date_edit, decision, "decided_on", "decision.decided_on")
        self.date_edit.date_changed.connect(lambda _value: self._refresh_deadline())
        self.field_row("decision.overrun_reason", self.overrun_holder, self.overrun_message)
        self.bind_text(self.overrun_edit, decision, "overrun_reason")
        self.field_row("decision.delay_notice", self.delay_holder, self.delay_message)
        self.bind_text(self.delay_edit, decision, "delay_notice")
        # the acceptance (built in code) before the form's fields below it
        self.tab_order(*self.controls_in(self.acceptance_panel)[-1:], self.grant_button, self.refusal_button,
                       self.suggest_button, *self.reasoning_edits.values(), self.date_edit, self.overrun_edit,
                       self.delay_edit)  # fmt: skip
        self.add_loader(self._refresh_all)
        self.jump_requested.connect(self._on_jump)

    # -- the open findings of the earlier pages ----------------------------------------------
    def earlier_open(self) -> list[Finding]:
        return [f for f in open_findings(self.ctx.findings) if f.page not in _LATER_PAGES]

    def _refresh_open(self) -> None:
        findings = self.earlier_open()
        key = [(f.page, f.severity.value, f.message) for f in findings]
        if key == self._shown_open:
            return
        self._shown_open = key
        while self.open_layout.count():
            item = self.open_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleted later, gone from view now
                widget.deleteLater()
        if not findings:
            none_open = self.tr("Ingen åbne fund på de tidligere sider.")
            done = QLabel(f"<span style='color:#2e7d32'>✓ {none_open}</span>")
            self.open_layout.addWidget(done)
            return
        groups: dict[str, list[Finding]] = {}
        for finding in findings:
            groups.setdefault(finding.page, []).append(finding)
        order = sorted(groups, key=lambda page: not any(f.is_blocking for f in groups[page]))
        for page in order:
            self.open_layout.addWidget(self._group_widget(page, by_severity(groups[page])))

    def _group_widget(self, page: str, findings: list[Finding]) -> QWidget:
        title = self.tr(PAGE_TITLES[WizardPage(page)])
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(2)
        heading = QHBoxLayout()
        blocking = sum(1 for f in findings if f.severity == Severity.BLOCKING)
        counts = [self.tr("{0} skal løses").format(blocking)] if blocking else []
        if len(findings) > blocking:
            counts.append(self.tr("{0} at bemærke").format(len(findings) - blocking))
        heading.addWidget(QLabel(f"<b>{title}</b> ({', '.join(counts)})"))
        button = QPushButton(self.tr("Gå til siden"))
        button.setAccessibleName(self.tr("Gå til siden {0}").format(title))
        button.clicked.connect(lambda: self.jump_requested.emit(page))
        heading.addWidget(button)
        heading.addStretch(1)
        column.addLayout(heading)
        text = ClickableLabel(findings_html(findings, ""))
        text.setToolTip(self.tr("Klik for at gå til siden {0}").format(title))
        text.setAccessibleName(self.tr("Fund på siden {0}").format(title))
        text.clicked.connect(lambda: self.jump_requested.emit(page))
        column.addWidget(text)
        return holder

    def _on_jump(self, page: str) -> None:
        """Go to the page through the CaseWizard that hosts this page (it keeps Back working)."""
        wizard = self.wizard()
        host = wizard.parentWidget() if wizard is not None else None
        go_to = getattr(host, "go_to", None)
        if callable(go_to):
            go_to(WizardPage(page))

    # -- outcome, reasoning, deadline --------------------------------------------------------
    def _refresh_all(self) -> None:
        self._refresh_open()
        self._refresh_allowed()
        self._refresh_suggest()
        self._refresh_deadline()

    def on_findings(self, findings: list[Finding]) -> None:
        self._refresh_open()
        self._refresh_allowed()
        self._refresh_deadline()

    def _refresh_allowed(self) -> None:
        ctx = self.ctx
        grant_possible = ctx.service.gate.may_grant(ctx.case, ctx.today).allowed  # the rules gate decides
        # a grant chosen before a blocking finding appeared stays checked; the rules flag it
        self.grant_button.setEnabled(grant_possible)
        self.blocked_label.setVisible(not grant_possible)

    def _refresh_suggest(self) -> None:
        chosen = self.ctx.case.decision.outcome in (GRANT, REFUSAL)
        self.suggest_button.setEnabled(chosen)
        self.suggest_hint.setText(
            self.tr(
                "Udfylder de tomme felter med et udkast, som du retter til. Skrevet tekst bliver stående."
            )
            if chosen
            else self.tr("Vælg bevilling eller afslag, så kan programmet foreslå en tekst.")
        )

    def _on_suggest(self) -> None:
        ctx = self.ctx
        draft = draft_reasoning(ctx.case, ctx.standard, ctx.catalogue, ctx.today)
        for attr, edit in self.reasoning_edits.items():
            text = getattr(draft, attr)
            if text and not edit.toPlainText().strip():
                edit.setPlainText(text)  # the binding writes it into the case

    def deadline(self) -> dt.date | None:
        received = self.ctx.case.application.received
        if received is None:
            return None
        return decision_deadline(received, self.ctx.standard.decision_deadline_weeks)

    def _refresh_deadline(self) -> None:
        deadline = self.deadline()
        decided = self.ctx.case.decision.decided_on
        if deadline is None:
            text = self.tr("Frist: ukendt – skriv datoen for henvendelsen på siden »Borger og henvendelse«.")
        elif decided is None:
            text = self.tr("Frist: {0} ({1}).").format(
                format_danish_date(deadline), shown(days_left_msg((deadline - self.ctx.today).days))
            )
        else:
            days = (deadline - decided).days
            if days == 0:
                when = self.tr("afgørelsen er truffet på fristens sidste dag")
            elif days > 0:
                when = self.tr("afgørelsen er truffet {0} før fristen").format(day_count(days))
            else:
                when = self.tr("afgørelsen er truffet {0} efter fristen").format(day_count(-days))
            text = self.tr("Frist: {0}; {1}").format(format_danish_date(deadline), when)
        self.deadline_label.setText(text)
        overrun = deadline is not None and decided is not None and decided > deadline
        self.overrun_edit.setEnabled(overrun or bool(self.ctx.case.decision.overrun_reason.strip()))
