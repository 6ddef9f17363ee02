"""Page 6: Opsummering — what will be recorded, how the handleplan changes, and "Registrér opfølgning".

Recording is blocked while a blocking finding remains on any page; they are listed here with
the page they belong to.
"""

from __future__ import annotations

from html import escape

from ....domain.findings import Finding
from ....domain.followup import OUTCOME_LABELS, FollowUpOutcome, baseline_level
from ....domain.followup_rules import FOLLOWUP_PAGE_TITLES, FollowUpPage
from ....domain.plan_diff import quote
from ....domain.tscore import gas_level_msg, interpret_msg
from ....services.followups import FollowUpInvalid
from ....store.errors import StoreError
from ...generated.ui_followup_summary import Ui_SummaryPage
from ...messages import date_text, error_text, finding_text
from ...messages import shown as message_text
from ..base import FollowUpWizardPage
from .goals import danish_decimal


def _p(text: str) -> str:
    return f"<p style='margin:2px 0'>{text}</p>"


def _heading(text: str) -> str:
    return f"<p style='margin:8px 0 2px 0'><b>{escape(text)}</b></p>"


class SummaryPage(FollowUpWizardPage, Ui_SummaryPage):
    """The fixed form is ``ui/followup_summary.ui``."""

    PAGE = FollowUpPage.SUMMARY

    def build(self) -> None:
        self.ctx.findings_changed.connect(self.completeChanged)
        self.add_loader(self._show)

    def page_findings(self) -> list[Finding]:
        return self.ctx.blocking()

    def on_findings(self, findings: list[Finding]) -> None:
        if self.isVisible():
            self._show()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return not self.ctx.blocking()

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        try:
            self.ctx.record()
        except FollowUpInvalid as exc:
            lines = "\n".join(f"• {finding_text(f)}" for f in exc.findings)
            self.error.setText(self.tr("Opfølgningen kan ikke registreres endnu:") + "\n" + lines)
            self.error.setVisible(True)
            return False
        except StoreError as exc:  # disk full, store busy or gone: nothing recorded, nothing typed lost
            self.error.setText(error_text(exc) + " " + self.tr(
                "Opfølgningen er ikke registreret. Det, du har skrevet, er stadig på skærmen; prøv igen."))
            self.error.setVisible(True)
            return False
        return True

    def _show(self) -> None:
        ctx = self.ctx
        f = ctx.followup
        title = self.tr("Opfølgningsmøde {0}").format(date_text(f.held_on) if f.held_on else self.tr("(uden dato)"))
        parts = [f"<h3 style='margin:0 0 6px 0'>{escape(title)}</h3>"]
        if f.participants.strip():
            parts.append(_p(escape(self.tr("Deltagere: {0}").format(f.participants.strip()))))
        parts.append(_heading(self.tr("Målopfyldelse")))
        rows = []
        for number, goal in enumerate(ctx.case.goals, start=1):
            score = f.scores.get(goal.id)
            shown = message_text(gas_level_msg(score)) if score is not None else self.tr("ikke scoret")
            rows.append(
                f"<tr><td style='padding-right:10px'>{number}. {escape(quote(goal.text, 9))}</td>"
                f"<td>{escape(shown)}</td></tr>"
            )
        parts.append("<table>" + "".join(rows) + "</table>")
        value = ctx.t_score()
        if value is not None:
            parts.append(_p(f"<b>T-score: {danish_decimal(value)}</b> – {escape(message_text(interpret_msg(value)))}"))
        parts += self._levels()
        parts.append(_heading(self.tr("Beslutning")))
        if f.outcome in set(FollowUpOutcome):
            parts.append(_p(escape(self.tr(OUTCOME_LABELS[FollowUpOutcome(f.outcome)]))))
        else:
            parts.append(_p(escape(self.tr("Ikke valgt endnu."))))
        if f.outcome == FollowUpOutcome.ADJUST and f.adjustment.reason.strip():
            parts.append(_p(escape(self.tr("Hvorfor: {0}").format(f.adjustment.reason.strip()))))
        if f.outcome == FollowUpOutcome.END:
            parts.append(_p(escape(self.tr("Hvorfor: {0}").format(f.end_reason.strip() or "–"))))
            parts.append(_p(escape(self.tr("Henvises til: {0}").format(f.referral.strip() or "–"))))
        parts += self._plan()
        if f.outcome != FollowUpOutcome.END:
            next_date = f.next_date or ctx.standard_next_date()
            if next_date is not None:
                parts.append(_p(escape(self.tr("Næste opfølgning: senest {0}.").format(date_text(next_date)))))
        self.summary.setText("".join(parts))

    def _levels(self) -> list[str]:
        changed = []
        for code, level in self.ctx.followup.levels.items():
            subtheme = self.ctx.catalogue.subtheme(code)
            before = baseline_level(self.ctx.case, code)
            was = "–" if before is None else str(before)
            changed.append(f"{subtheme.name if subtheme else code}: {was} → {level}")
        if not changed:
            return []
        return [_heading(self.tr("Funktionsevne (ved visitationen → nu)")), _p(escape("; ".join(changed)))]

    def _plan(self) -> list[str]:
        ctx = self.ctx
        out = [_heading(self.tr("Handleplanen"))]
        if ctx.followup.outcome != FollowUpOutcome.ADJUST and ctx.followup.outcome != FollowUpOutcome.END:
            out.append(_p(escape(self.tr("Handleplanen ændres ikke."))))
            return out
        changes = ctx.plan_changes()
        if not changes:
            out.append(_p(escape(self.tr("Handleplanen ændres ikke."))))
            return out
        out.append("<ul style='margin:0'>" + "".join(f"<li>{escape(str(c))}</li>" for c in changes) + "</ul>")
        out.append(
            _p(escape(self.tr("Den ændrede handleplan gemmes som version {0}. Den tidligere version bevares.").format(
                max(ctx.plan_version, 1) + 1
            )))
        )
        out.append(_p(escape(self.tr(
            "Den ændrede plan skal accepteres igen: borgeren skriver under, eller du registrerer en mundtlig "
            "accept, på siden »Afgørelse«, når opfølgningen er registreret."
        ))))
        return out

    def _on_findings_changed(self) -> None:
        super()._on_findings_changed()
        blocking = self.ctx.blocking()
        if blocking:  # what stops the recording, one page's finding on the strip's line, the rest on demand
            titles = [self.tr(FOLLOWUP_PAGE_TITLES[FollowUpPage(b.page)]) for b in blocking]
            items = "".join(
                f"<li><span style='color:#a40000'><b>{escape(title)}:</b></span> {escape(finding_text(b))}</li>"
                for title, b in zip(titles, blocking, strict=True)
            )
            self.findings_label.setText(f"<ul style='margin:0'>{items}</ul>")
        else:
            ready = self.tr("Opfølgningen kan registreres.")
            self.findings_label.setText(f"<span style='color:#2e7d32'>✓ {escape(ready)}</span>")
