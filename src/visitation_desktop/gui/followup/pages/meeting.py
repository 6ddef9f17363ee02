"""Page 1: Mødet — the date, who took part, the overall impression; what the plan says today."""

from __future__ import annotations

from html import escape

from ....domain.findings import plain
from ....domain.followup import FollowUpPlan, due_date
from ....domain.followup_rules import FollowUpPage
from ...generated.ui_followup_meeting import Ui_MeetingPage
from ...messages import date_text
from ..base import FollowUpWizardPage


class MeetingPage(FollowUpWizardPage, Ui_MeetingPage):
    """The fixed form is ``ui/followup_meeting.ui``."""

    PAGE = FollowUpPage.MEETING

    def build(self) -> None:
        followup = lambda: self.ctx.followup  # noqa: E731
        self.resumed_label.setVisible(self.ctx.resumed)
        self.followup_note.setText(plain(self.ctx.standard.followup_text))
        self.field_row("held_on", self.held_holder, self.held_edit, self.held_message)
        self.bind_date(self.held_edit, followup, "held_on", "held_on")
        self.field_row("participants", self.participants_holder, self.participants_edit, self.participants_message)
        self.bind_line(self.participants_edit, followup, "participants")
        self.field_row("summary", self.summary_holder, self.summary_edit, self.summary_message)
        self.bind_text(self.summary_edit, followup, "summary")
        self.add_loader(self._show_facts)

    def _show_facts(self) -> None:
        ctx = self.ctx
        case, placement = ctx.case, ctx.case.placement
        offer = ctx.standard.offer(placement.offer_id) if placement.offer_id else None
        size = ctx.standard.place_size(placement.place) if placement.place else None
        start = placement.planned_start
        rows: list[tuple[str, str]] = [
            (self.tr("Borger"), case.citizen.name or self.tr("(uden navn)")),
            (
                self.tr("Tilbud og plads"),
                ", ".join(x for x in (offer.name if offer else "", size.label if size else "") if x)
                or self.tr("ikke valgt"),
            ),
            (self.tr("Start"), date_text(start) if start else self.tr("ikke fastsat")),
            (self.tr("Mål i handleplanen"), str(len(case.goals))),
            (
                self.tr("Handleplanens version"),
                str(ctx.plan_version) if ctx.plan_version else self.tr("ingen endnu"),
            ),
            (
                self.tr("Tidligere opfølgninger"),
                ", ".join(date_text(d) for d in ctx.held_dates) or self.tr("ingen"),
            ),
        ]
        if start is not None:
            planned = ctx.held[-1].followup.next_date if ctx.held else None
            plan = FollowUpPlan(ctx.case_id, case.status, start, tuple(ctx.held_dates), planned)
            due = due_date(plan, ctx.standard, ctx.today)
            if due is not None:
                rows.append((self.tr("Opfølgning efter planen"), date_text(due)))
        cells = "".join(
            f"<tr><td style='padding-right:12px; color:#444'>{escape(k)}:</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        self.facts.setText(f"<table>{cells}</table>")
