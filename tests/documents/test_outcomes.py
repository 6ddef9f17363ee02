"""Each outcome has its documents, and they agree: grant, refusal, waitlist, and the delay notice."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from visitation_desktop.documents import DocumentKind, DocumentNotOffered, offered, render
from visitation_desktop.documents.decision import MISSING_INTERIM
from visitation_desktop.documents.delay_notice import EXPECTED_TOO_EARLY, MISSING_EXPECTED, MISSING_REASON
from visitation_desktop.documents.kinds import DECIDED_DELAY, REFUSED_PLAN
from visitation_desktop.domain.case import CaseFile, CaseStatus, Outcome
from visitation_desktop.services.documents import incomplete_message

from .conftest import TODAY


def _refused(cases: list[CaseFile]) -> CaseFile:
    return next(c for c in cases if c.status == CaseStatus.REFUSED.value)


def _overdue(cases: list[CaseFile]) -> CaseFile:
    """Niels Ejner Bak: undecided, received 60 days before the example date (deadline passed)."""
    return next(c for c in cases if c.citizen.name == "Niels Ejner Bak")


def test_a_grant_has_letter_plan_and_easy_read_and_no_delay_notice(main_case: CaseFile) -> None:
    assert main_case.decision.outcome == Outcome.GRANT.value
    assert offered(main_case) == [DocumentKind.HANDLEPLAN, DocumentKind.EASYREAD, DocumentKind.DECISION]


def test_a_refusal_has_no_handleplan(cases: list[CaseFile], make_ctx) -> None:  # type: ignore[no-untyped-def]
    refused = _refused(cases)
    assert offered(refused) == [DocumentKind.EASYREAD, DocumentKind.DECISION]
    with pytest.raises(DocumentNotOffered) as raised:
        render(DocumentKind.HANDLEPLAN, make_ctx(refused))
    assert raised.value.reason == REFUSED_PLAN
    assert incomplete_message(DocumentKind.HANDLEPLAN, raised.value).startswith(
        "Handleplanen laves ikke for denne sag: Der laves ikke en handleplan")


def test_the_refusal_letter_and_its_easy_read_agree(cases: list[CaseFile], make_ctx, read_pdf) -> None:  # type: ignore[no-untyped-def]
    refused = _refused(cases)
    letter = read_pdf(render(DocumentKind.DECISION, make_ctx(refused))).text
    easy = read_pdf(render(DocumentKind.EASYREAD, make_ctx(refused))).text
    assert "Du får afslag på et aktivitets- og samværstilbud" in letter
    assert "Du får ikke et aktivitets- og samværstilbud." in easy
    for text in (letter, easy):
        assert "Du får bevilget" not in text and "handleplan med dine mål" not in text


def test_a_waitlist_grant_needs_its_interim_solution_and_prints_it(cases: list[CaseFile], make_ctx, read_pdf) -> None:  # type: ignore[no-untyped-def]
    waiting = next(c for c in cases if c.placement.waitlist and c.decision.outcome == Outcome.GRANT.value)
    interim = waiting.placement.interim_solution
    for kind in offered(waiting):
        text = read_pdf(render(kind, make_ctx(waiting))).text
        assert "Daghuset tirsdag og torsdag" in text and interim[:20] in text, kind
    waiting.placement.interim_solution = ""
    with pytest.raises(Exception) as raised:
        render(DocumentKind.DECISION, make_ctx(waiting))
    assert MISSING_INTERIM in raised.value.missing  # type: ignore[attr-defined]


def test_the_delay_notice_says_when_and_why_from_the_cases_dates(cases: list[CaseFile], make_ctx, read_pdf) -> None:  # type: ignore[no-untyped-def]
    late = _overdue(cases)
    assert late.decision.outcome == "" and DocumentKind.DELAY_NOTICE in offered(late)
    received = late.application.received
    assert received == TODAY - dt.timedelta(days=60)
    late.decision = dataclasses.replace(late.decision, expected_on=dt.date(2026, 12, 18),
                                        overrun_reason="Vi venter på en udtalelse fra din læge.")
    text = read_pdf(render(DocumentKind.DELAY_NOTICE, make_ctx(late))).text
    assert "Den 27. september 2026 modtog vi din ansøgning om aktivitets- og samværstilbud efter Servicelovens § 104." in text
    assert "inden for 8 uger, det vil sige senest 22. november 2026" in text
    assert "Vi venter på en udtalelse fra din læge." in text
    assert "Du kan forvente en afgørelse senest 18. december 2026." in text
    assert "retssikkerhedslovens § 3, stk. 2" in text
    assert "Telefon: 99 17 19 20" in text and "Kære Niels Ejner Bak" in text


def test_the_delay_notice_names_what_it_lacks(cases: list[CaseFile], make_ctx) -> None:  # type: ignore[no-untyped-def]
    late = _overdue(cases)
    late.decision.overrun_reason = ""
    late.decision.expected_on = None
    with pytest.raises(Exception) as raised:
        render(DocumentKind.DELAY_NOTICE, make_ctx(late))
    assert raised.value.missing == [MISSING_EXPECTED, MISSING_REASON]  # type: ignore[attr-defined]
    late.decision.expected_on = dt.date(2026, 11, 1)  # before the deadline: no delay to tell about
    late.decision.overrun_reason = "Travlhed."
    with pytest.raises(Exception) as raised:
        render(DocumentKind.DELAY_NOTICE, make_ctx(late))
    assert raised.value.missing == [EXPECTED_TOO_EARLY]  # type: ignore[attr-defined]


def test_a_decided_case_has_no_delay_notice(main_case: CaseFile, make_ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DocumentNotOffered) as raised:
        render(DocumentKind.DELAY_NOTICE, make_ctx(main_case))
    assert raised.value.reason == DECIDED_DELAY
