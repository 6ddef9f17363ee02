"""The rules gate: the one place that decides whether a decision may be recorded, a document made,
and a case checked in. The GUI, ``cases import``, ``render``, ``print``, ``CaseService.save`` and the
sync all ask it, so a rule of the standard holds on every path.

- A **grant** may be recorded when no rule of the standard blocks it: every blocking finding of
  ``domain.rules.check_case`` plus the capacity rule (``domain/rules_capacity.py``, with the places
  counted by ``services/occupancy.py``).
- A **refusal** may be recorded when its own page is complete: the reasoning (rules, facts,
  considerations), the date and, after the deadline, the reason for the overrun.
- A decided case is judged as of its decision date (never later than today), so a recorded grant
  does not turn invalid as time passes (ages, goal dates, later grants in the same offer).
- A **document** may be made unless the case claims a grant (or a refusal) that may not be
  recorded: no grant letter, handleplan or easy-read presents a grant the rules refuse. An
  undecided case gets its drafts.
- A case may be **checked in** unless it claims a decision that may not be recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..documents import DocumentIncomplete, DocumentKind, not_offered
from ..domain.case import PAGE_TITLES, CaseFile, CaseStatus, Outcome, WizardPage
from ..domain.findings import Finding, blocking
from ..domain.rules import check_case
from ..domain.rules_capacity import check_capacity
from .occupancy import places_taken
from .standards import standard_for
from .workspace import Workspace

GRANT_SUMMARY = "decision.grant_blocked"  # repeats the other blocking findings; not listed twice

_SUBJECTS = {
    DocumentKind.HANDLEPLAN: "Handleplanen",
    DocumentKind.EASYREAD: "Den letlæste udgave",
    DocumentKind.DECISION: "Afgørelsesbrevet",
    DocumentKind.DELAY_NOTICE: "Beskeden om forsinkelse",
}


@dataclass(frozen=True)
class Verdict:
    """The gate's answer: allowed, or the blocking findings and a Danish message saying why not."""

    allowed: bool
    blocking: tuple[Finding, ...] = ()
    message: str = ""


ALLOWED = Verdict(True)


class GateRefused(DocumentIncomplete):
    """A document the rules gate refused; ``verdict`` holds the findings, ``message`` the Danish text.

    A kind of ``DocumentIncomplete``, so every path that cannot make a document (the preview, the
    CLI's exit code 5) handles it the same way, with the gate's message.
    """

    def __init__(self, verdict: Verdict) -> None:
        super().__init__([f.message for f in verdict.blocking])
        self.verdict = verdict
        self.message = verdict.message


def judged_on(case: CaseFile, today: dt.date) -> dt.date:
    """The day the case is judged as of: its decision date when it has one (not after today)."""
    decided = case.decision.decided_on
    return min(decided, today) if decided is not None else today


def finding_lines(findings: tuple[Finding, ...] | list[Finding]) -> str:
    """One line per finding: ``- Målgruppe: Borgeren er 17 år ...``."""
    return "\n".join(f"- {PAGE_TITLES[WizardPage(f.page)]}: {f.message}" for f in findings)


def decision_blockers(case: CaseFile, findings: list[Finding]) -> tuple[Finding, ...]:
    """What stops the case's chosen outcome from being recorded (empty while undecided)."""
    outcome = case.decision.outcome
    if outcome == Outcome.GRANT.value:
        return tuple(f for f in blocking(findings) if f.code != GRANT_SUMMARY)
    if outcome == Outcome.REFUSAL.value:
        return tuple(f for f in blocking(findings) if f.page == WizardPage.DECISION and f.code != GRANT_SUMMARY)
    return ()


class Gate:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    # -- the rules ---------------------------------------------------------------------------
    def findings(self, case: CaseFile, today: dt.date | None = None) -> list[Finding]:
        """Every finding of the standard's rules and the capacity rule, in the wizard's page order."""
        day = judged_on(case, today or dt.date.today())
        standard = standard_for(self.ws, case)  # the standard the case was assessed under
        found = check_case(case, standard, self.ws.catalogue, day)
        capacity = check_capacity(case, standard, places_taken(self.ws, case)) if case.placement.offer_id else []
        if not capacity:
            return found
        pages = [str(p) for p in WizardPage]
        merged = found + capacity
        return sorted(merged, key=lambda f: pages.index(f.page))

    # -- decisions ---------------------------------------------------------------------------
    def decision(self, case: CaseFile, today: dt.date | None = None) -> Verdict:
        """May the case's chosen outcome (grant or refusal) be recorded?"""
        if case.decision.outcome not in (Outcome.GRANT.value, Outcome.REFUSAL.value):
            return ALLOWED
        found = decision_blockers(case, self.findings(case, today))
        if not found:
            return ALLOWED
        if case.decision.outcome == Outcome.GRANT.value:
            head = "Bevillingen kan ikke registreres, før disse forhold er løst:"
        else:
            head = "Afslaget kan ikke registreres, før disse forhold er løst:"
        return Verdict(False, found, head + "\n" + finding_lines(found))

    def may_grant(self, case: CaseFile, today: dt.date | None = None) -> Verdict:
        """Could the case be granted as it stands (whatever outcome is chosen now)? For the decision page."""
        trial = _with_outcome(case, Outcome.GRANT.value)
        found = tuple(
            f for f in decision_blockers(trial, self.findings(trial, today)) if f.page != WizardPage.DECISION
        )
        if not found:
            return ALLOWED
        return Verdict(False, found, "Der kan ikke gives bevilling, før disse forhold er løst:\n" + finding_lines(found))

    def status_for(self, case: CaseFile, today: dt.date | None = None) -> str:
        """The status the case may have: granted or refused only when the gate lets it be recorded."""
        if case.status == CaseStatus.ENDED.value:
            return case.status
        d = case.decision
        if d.decided_on is None or d.outcome not in (Outcome.GRANT.value, Outcome.REFUSAL.value):
            return CaseStatus.OPEN.value
        if not self.decision(case, today).allowed:
            return CaseStatus.OPEN.value
        return CaseStatus.GRANTED.value if d.outcome == Outcome.GRANT.value else CaseStatus.REFUSED.value

    # -- documents and check-in ----------------------------------------------------------------
    def document(self, case: CaseFile, kind: DocumentKind | str, today: dt.date | None = None) -> Verdict:
        """May ``kind`` be made for the case? Refused when the case claims a decision that may not be recorded.

        First, the documents each outcome has (``documents.kinds``): no handleplan for a refusal, no
        delay notice once decided. The delay notice is about the deadline, not the decision: for an
        undecided case it may always be made.
        """
        reason = not_offered(case, kind)
        if reason:
            subject = _SUBJECTS.get(DocumentKind(kind), "Dokumentet")
            return Verdict(False, (), f"{subject} laves ikke for denne sag: {reason}")
        if DocumentKind(kind) == DocumentKind.DELAY_NOTICE:
            return ALLOWED
        verdict = self.decision(case, today)
        if verdict.allowed:
            return ALLOWED
        if DocumentKind(kind) != DocumentKind.DECISION:
            # a plan or easy-read is a draft until the decision is made: only what blocks the
            # grant itself refuses it, not the decision page's own reasoning and date
            substantive = tuple(f for f in verdict.blocking if f.page != WizardPage.DECISION)
            if not substantive:
                return ALLOWED
            verdict = Verdict(False, substantive)
        subject = _SUBJECTS.get(DocumentKind(kind), "Dokumentet")
        what = "bevillingen" if case.decision.outcome == Outcome.GRANT.value else "afslaget"
        return Verdict(
            False,
            verdict.blocking,
            f"{subject} kan ikke laves, fordi {what} ikke kan registreres. Løs først:\n"
            + finding_lines(verdict.blocking),
        )

    def require_document(self, case: CaseFile, kind: DocumentKind | str, today: dt.date | None = None) -> None:
        verdict = self.document(case, kind, today)
        if not verdict.allowed:
            raise GateRefused(verdict)

    def check_in(self, case: CaseFile, today: dt.date | None = None) -> Verdict:
        """May the case be sent to the central store? Not while it claims a decision that may not be recorded."""
        verdict = self.decision(case, today)
        if verdict.allowed:
            return ALLOWED
        return Verdict(
            False, verdict.blocking, "Sagen kan ikke sendes, fordi afgørelsen ikke kan registreres:\n"
            + finding_lines(verdict.blocking)
        )


def _with_outcome(case: CaseFile, outcome: str) -> CaseFile:
    import copy

    trial = copy.copy(case)
    trial.decision = copy.copy(case.decision)
    trial.decision.outcome = outcome
    return trial
