"""Page 10: Opsummering — the whole case on one read-only page, ready for the documents."""

from __future__ import annotations

from ....domain.case import WizardPage
from ....domain.findings import Finding
from ....domain.rules import open_findings
from ....services.summary import case_summary_html
from ...generated.ui_wizard_summary import Ui_SummaryPage
from ...messages import translate_message
from ..base import CasePage


class SummaryPage(CasePage, Ui_SummaryPage):
    """The fixed form is ``ui/wizard_summary.ui``; the summary is the case's own text."""

    PAGE = WizardPage.SUMMARY

    def build(self) -> None:
        self.add_loader(self.refresh)

    def refresh(self) -> None:
        ctx = self.ctx
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(case_summary_html(ctx.case, ctx.standard, ctx.catalogue, ctx.today, translate_message))
        bar.setValue(position)

    def on_findings(self, findings: list[Finding]) -> None:
        remaining = len(open_findings(self.ctx.findings))
        none_open = self.tr("Ingen åbne fund i sagen.")
        self.findings_label.setText(
            self.tr("{0} åbne fund på de tidligere sider – de står nederst i opsummeringen.").format(
                remaining
            )
            if remaining
            else f"<span style='color:#2e7d32'>✓ {none_open}</span>"
        )
        if self.isVisible():
            self.refresh()

    def isFinalPage(self) -> bool:  # noqa: N802 (Qt API)
        return True
