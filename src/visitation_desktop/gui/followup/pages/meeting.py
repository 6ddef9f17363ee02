"""Page 1: Mødet — the date, who took part, the overall impression; what the plan says today."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from ....domain.findings import danish_date, plain
from ....domain.followup import FollowUpPlan, due_date
from ....domain.followup_rules import FollowUpPage
from ...wizard.fields import DateField
from ..base import FollowUpWizardPage, short_text_edit


class MeetingPage(FollowUpWizardPage):
    PAGE = FollowUpPage.MEETING

    def build(self) -> None:
        followup = lambda: self.ctx.followup  # noqa: E731
        self.resumed_label = QLabel(
            self.tr("Du fortsætter en opfølgning, der er skrevet tidligere, men ikke registreret endnu.")
        )
        self.resumed_label.setWordWrap(True)
        self.resumed_label.setStyleSheet("background: #eef3f7; padding: 6px;")
        self.resumed_label.setVisible(self.ctx.resumed)
        self.body_layout.addWidget(self.resumed_label)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setAccessibleName(self.tr("Handleplanen i dag"))
        self.body_layout.addWidget(self.facts)
        self.note(plain(self.ctx.standard.followup_text))

        form = self.form(self.tr("Opfølgningsmødet"))
        self.held_edit = DateField()
        self.add_row(form, self.tr("&Mødedato:"), self.held_edit, "held_on")
        self.bind_date(self.held_edit, followup, "held_on", "held_on")
        self.participants_edit = QLineEdit()
        self.participants_edit.setPlaceholderText(self.tr("Fx borgeren, kontaktperson fra tilbuddet, bostøtten"))
        self.add_row(form, self.tr("&Deltagere:"), self.participants_edit, "participants")
        self.bind_line(self.participants_edit, followup, "participants")
        self.summary_edit = short_text_edit(84)
        self.summary_edit.setPlaceholderText(self.tr("Hvordan går det med indsatsen som helhed?"))
        self.add_row(form, self.tr("Samlet &indtryk:"), self.summary_edit, "summary")
        self.bind_text(self.summary_edit, followup, "summary")
        self.body_layout.addStretch(1)
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
            (self.tr("Start"), danish_date(start) if start else self.tr("ikke fastsat")),
            (self.tr("Mål i handleplanen"), str(len(case.goals))),
            (
                self.tr("Handleplanens version"),
                str(ctx.plan_version) if ctx.plan_version else self.tr("ingen endnu"),
            ),
            (
                self.tr("Tidligere opfølgninger"),
                ", ".join(danish_date(d) for d in ctx.held_dates) or self.tr("ingen"),
            ),
        ]
        if start is not None:
            planned = ctx.held[-1].followup.next_date if ctx.held else None
            plan = FollowUpPlan(ctx.case_id, case.status, start, tuple(ctx.held_dates), planned)
            due = due_date(plan, ctx.standard, ctx.today)
            if due is not None:
                rows.append((self.tr("Opfølgning efter planen"), danish_date(due)))
        cells = "".join(
            f"<tr><td style='padding-right:12px; color:#444'>{escape(k)}:</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        self.facts.setText(f"<table>{cells}</table>")
