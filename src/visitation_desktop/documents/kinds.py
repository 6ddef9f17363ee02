"""The documents the program makes, and which of them each outcome of a case has.

Grant: decision letter, handleplan, easy-read. Refusal: decision letter and the easy-read of
the refusal; no handleplan (a plan would describe an offer the citizen did not get). While
undecided: the handleplan as a draft, the easy-read, and the delay notice. The delay notice
belongs to a case whose decision is not recorded yet (its status): once decided, the decision
letter says why it came late. ``services/gate.py`` asks this first, then its own rules.
"""

from __future__ import annotations

import enum

from visitation_desktop.domain.case import CaseFile, CaseStatus, Outcome


class DocumentKind(enum.StrEnum):
    HANDLEPLAN = "handleplan"
    EASYREAD = "easyread"
    DECISION = "decision"
    DELAY_NOTICE = "delay-notice"


TITLES: dict[DocumentKind, str] = {
    DocumentKind.HANDLEPLAN: "Handleplan",
    DocumentKind.EASYREAD: "Letlæst udgave",
    DocumentKind.DECISION: "Afgørelse",
    DocumentKind.DELAY_NOTICE: "Besked om forsinkelse",
}

_DECIDED = (CaseStatus.GRANTED.value, CaseStatus.REFUSED.value, CaseStatus.ENDED.value)
REFUSED_PLAN = ("Der laves ikke en handleplan, når ansøgningen har fået afslag. Borgeren får afgørelsesbrevet "
                "og den letlæste udgave af afslaget.")
DECIDED_DELAY = ("Sagen er afgjort, så der skal ikke sendes besked om forsinkelse. Afgørelsesbrevet fortæller, "
                 "hvorfor afgørelsen kom senere end fristen.")


def not_offered(case: CaseFile, kind: DocumentKind | str) -> str:
    """Why ``kind`` is not one of this case's documents (Danish), or "" when it is."""
    kind = DocumentKind(kind)
    outcome = case.decision.outcome
    if kind == DocumentKind.HANDLEPLAN and outcome == Outcome.REFUSAL.value:
        return REFUSED_PLAN
    if kind == DocumentKind.DELAY_NOTICE and case.status in _DECIDED:
        return DECIDED_DELAY  # a decision recorded; a grant the rules refuse stays undecided, and may get one
    return ""


def offered(case: CaseFile) -> list[DocumentKind]:
    """The documents this case has, in the order they are shown."""
    return [kind for kind in DocumentKind if not not_offered(case, kind)]
