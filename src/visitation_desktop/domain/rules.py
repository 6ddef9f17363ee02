"""The rules of the quality standard, checked against a case file.

``check_case`` walks the wizard's pages and returns findings: blocking ones must be resolved
before a grant (otherwise the decision is a refusal), warnings say what is missing or weak,
information is worth knowing. The program never decides eligibility by itself: criteria of
judgement are the caseworker's, and only the age criterion is read from the CPR number.
Every code is listed in ``docs/findings.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from visitation_desktop.domain.case import PAGE_TITLES, CaseFile, Outcome, WizardPage
from visitation_desktop.domain.deadlines import (
    DeadlineState,
    days_left_text,
    deadline_state,
    decision_deadline,
)
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.findings import (
    Finding,
    PageFindings,
    Severity,
    blocking,
    danish_date,
    findings_for_page,
)
from visitation_desktop.domain.rules_intake import check_citizen, check_target_group
from visitation_desktop.domain.rules_plan import (
    check_assessment,
    check_offer,
    check_other_services,
    check_purpose_goals_activities,
)
from visitation_desktop.domain.standard import Standard

__all__ = [
    "GRANT",
    "REFUSAL",
    "blocking",
    "check_case",
    "decision_allowed",
    "findings_for_page",
    "open_findings",
]

GRANT = Outcome.GRANT.value
REFUSAL = Outcome.REFUSAL.value


def _decision(
    case: CaseFile, standard: Standard, today: dt.date, earlier: list[Finding], out: list[Finding]
) -> None:
    p = PageFindings(WizardPage.DECISION, out)
    decision = case.decision
    if decision.outcome not in (GRANT, REFUSAL):
        p.block(
            "decision.outcome_missing",
            "Vælg, om afgørelsen er en bevilling eller et afslag.",
            "decision.outcome",
        )
    for attr, code, text in (
        ("rules_applied", "decision.rules_missing", "hvilke regler afgørelsen bygger på"),
        ("facts", "decision.facts_missing", "hvilke oplysninger der er lagt vægt på"),
        ("considerations", "decision.considerations_missing", "de hovedhensyn, der har været afgørende"),
    ):
        if not getattr(decision, attr).strip():
            p.block(code, f"Begrundelsen mangler: skriv, {text}.", f"decision.{attr}")
    open_blocking = blocking(earlier)
    if decision.outcome == GRANT and open_blocking:
        lines = "\n".join(f"• {PAGE_TITLES[WizardPage(f.page)]}: {f.message}" for f in open_blocking)
        p.block(
            "decision.grant_blocked",
            "Der kan ikke gives bevilling, før disse forhold er løst. Ellers er afgørelsen et afslag.\n"
            + lines,
            "decision.outcome",
        )
    deadline = (
        decision_deadline(case.application.received, standard.decision_deadline_weeks)
        if case.application.received
        else None
    )
    decided = decision.decided_on
    if decided is None:
        if decision.outcome:
            p.block("decision.date_missing", "Skriv datoen for afgørelsen.", "decision.decided_on")
        if case.application.received is None or deadline is None:
            return
        status = deadline_state(case.application.received, standard.decision_deadline_weeks, today)
        if standard.first_contact_days is not None:
            contact_by = case.application.received + dt.timedelta(days=standard.first_contact_days)
            if today <= contact_by:
                p.info(
                    "decision.first_contact",
                    f"Efter kvalitetsstandarden skal borgeren kontaktes senest {danish_date(contact_by)} "
                    f"({standard.first_contact_days} dage efter henvendelsen).",
                    "application.received",
                )
        if status.state == DeadlineState.OVERDUE and not decision.delay_notice.strip():
            p.warn(
                "decision.deadline_passed",
                f"Fristen for afgørelsen var {danish_date(deadline)}. Giv borgeren skriftlig besked "
                "om, hvornår afgørelsen kommer, og skriv beskeden her.",
                "decision.delay_notice",
            )
        elif status.state == DeadlineState.WARNING:
            p.info(
                "decision.deadline_near",
                f"Fristen for afgørelsen er {danish_date(deadline)} "
                f"({days_left_text(status.days_left).lower()}).",
                "decision.decided_on",
            )
        return
    if decided > today:
        p.warn(
            "decision.date_future",
            f"Datoen for afgørelsen ({danish_date(decided)}) ligger i fremtiden.",
            "decision.decided_on",
        )
    if case.application.received is not None and decided < case.application.received:
        p.warn(
            "decision.date_before_received",
            "Afgørelsen kan ikke være truffet, før henvendelsen kom. Ret datoen.",
            "decision.decided_on",
        )
    if deadline is not None and decided > deadline and not decision.overrun_reason.strip():
        p.block(
            "decision.overrun_reason_missing",
            f"Afgørelsen ligger efter fristen ({danish_date(deadline)}, "
            f"{standard.decision_deadline_weeks} uger). "
            "Skriv, hvorfor fristen ikke blev holdt.",
            "decision.overrun_reason",
        )


def _earlier_pages(case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date) -> list[Finding]:
    """The findings of every page before the decision, in page order."""
    out: list[Finding] = []
    check_citizen(case, today, out)
    check_target_group(case, standard, catalogue, today, out)
    check_assessment(case, catalogue, out)
    check_purpose_goals_activities(case, standard, catalogue, today, out)
    check_other_services(case, standard, out)
    check_offer(case, standard, out)
    return out


def check_case(case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date) -> list[Finding]:
    """Every finding of every page, in the wizard's page order."""
    earlier = _earlier_pages(case, standard, catalogue, today)
    out = list(earlier)
    _decision(case, standard, today, earlier, out)
    return out


def decision_allowed(
    case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date
) -> tuple[set[str], list[Finding]]:
    """Which outcomes may be chosen, and why: a blocking finding before the decision page
    leaves only a refusal. A refusal is always possible; the caseworker judges."""
    reasons = blocking(_earlier_pages(case, standard, catalogue, today))
    return ({REFUSAL} if reasons else {GRANT, REFUSAL}), reasons


def open_findings(findings: Iterable[Finding]) -> list[Finding]:
    """What the decision page lists before the decision: everything that is not information."""
    return [f for f in findings if f.severity != Severity.INFO]
