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
    days_left_msg,
    deadline_state,
    decision_deadline,
)
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.domain.findings import (
    Finding,
    PageFindings,
    Severity,
    blocking,
    findings_for_page,
)
from visitation_desktop.domain.messages import QT_TRANSLATE_NOOP, Join, Msg, date_msg, msg
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
            msg(QT_TRANSLATE_NOOP("Messages", "Vælg, om afgørelsen er en bevilling eller et afslag.")),
            "decision.outcome",
        )
    for attr, code, text in (
        ("rules_applied", "decision.rules_missing", QT_TRANSLATE_NOOP("Messages", "hvilke regler afgørelsen bygger på")),
        ("facts", "decision.facts_missing", QT_TRANSLATE_NOOP("Messages", "hvilke oplysninger der er lagt vægt på")),
        (
            "considerations",
            "decision.considerations_missing",
            QT_TRANSLATE_NOOP("Messages", "de hovedhensyn, der har været afgørende"),
        ),
    ):
        if not getattr(decision, attr).strip():
            p.block(
                code,
                msg(QT_TRANSLATE_NOOP("Messages", "Begrundelsen mangler: skriv, {what}."), what=Msg(text)),
                f"decision.{attr}",
            )
    open_blocking = blocking(earlier)
    if decision.outcome == GRANT and open_blocking:
        lines = Join(
            tuple(
                msg(
                    QT_TRANSLATE_NOOP("Messages", "• {page}: {message}"),
                    page=Msg(PAGE_TITLES[WizardPage(f.page)]),
                    message=f.text or f.message,
                )
                for f in open_blocking
            ),
            "\n",
        )
        p.block(
            "decision.grant_blocked",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Der kan ikke gives bevilling, før disse forhold er løst. Ellers er afgørelsen et afslag.\n"
                    "{lines}",
                ),
                lines=lines,
            ),
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
            p.block(
                "decision.date_missing",
                msg(QT_TRANSLATE_NOOP("Messages", "Skriv datoen for afgørelsen.")),
                "decision.decided_on",
            )
        if case.application.received is None or deadline is None:
            return
        status = deadline_state(case.application.received, standard.decision_deadline_weeks, today)
        if standard.first_contact_days is not None:
            contact_by = case.application.received + dt.timedelta(days=standard.first_contact_days)
            if today <= contact_by:
                p.info(
                    "decision.first_contact",
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Efter kvalitetsstandarden skal borgeren kontaktes senest {date} "
                            "({days} dage efter henvendelsen).",
                        ),
                        date=date_msg(contact_by),
                        days=standard.first_contact_days,
                    ),
                    "application.received",
                )
        if status.state == DeadlineState.OVERDUE and not decision.delay_notice.strip():
            p.warn(
                "decision.deadline_passed",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Fristen for afgørelsen var {date}. Giv borgeren skriftlig besked "
                        "om, hvornår afgørelsen kommer, og skriv beskeden her.",
                    ),
                    date=date_msg(deadline),
                ),
                "decision.delay_notice",
            )
        elif status.state == DeadlineState.WARNING:
            p.info(
                "decision.deadline_near",
                msg(
                    QT_TRANSLATE_NOOP("Messages", "Fristen for afgørelsen er {date} ({left})."),
                    date=date_msg(deadline),
                    left=days_left_msg(status.days_left),
                ),
                "decision.decided_on",
            )
        return
    if decided > today:
        p.warn(
            "decision.date_future",
            msg(
                QT_TRANSLATE_NOOP("Messages", "Datoen for afgørelsen ({date}) ligger i fremtiden."),
                date=date_msg(decided),
            ),
            "decision.decided_on",
        )
    if case.application.received is not None and decided < case.application.received:
        p.warn(
            "decision.date_before_received",
            msg(QT_TRANSLATE_NOOP("Messages", "Afgørelsen kan ikke være truffet, før henvendelsen kom. Ret datoen.")),
            "decision.decided_on",
        )
    if deadline is not None and decided > deadline and not decision.overrun_reason.strip():
        p.block(
            "decision.overrun_reason_missing",
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Afgørelsen ligger efter fristen ({date}, {weeks} uger). Skriv, hvorfor fristen ikke blev holdt.",
                ),
                date=date_msg(deadline),
                weeks=standard.decision_deadline_weeks,
            ),
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


# The pages that plan a place: what they ask for is needed for a grant only. A refused case has
# no goals, offer or place to make, so their findings are not shown as things to fix. (The other
# services page stays: a conflict with another service is a ground for the refusal itself.)
GRANT_ONLY_PAGES = frozenset({WizardPage.PURPOSE, WizardPage.GOALS, WizardPage.ACTIVITIES, WizardPage.OFFER})


def check_case(case: CaseFile, standard: Standard, catalogue: Catalogue, today: dt.date) -> list[Finding]:
    """Every finding of every page, in the wizard's page order. When the outcome chosen is a
    refusal, the planning pages' findings are left out: they only stand in the way of a grant,
    and choosing a grant again brings them back."""
    earlier = _earlier_pages(case, standard, catalogue, today)
    out = list(earlier)
    _decision(case, standard, today, earlier, out)
    if case.decision.outcome == REFUSAL:
        out = [f for f in out if f.page not in GRANT_ONLY_PAGES]
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
