"""The decision letter: grant and refusal, reasoning, appeal guidance, and refusing to print half a letter."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from visitation_desktop.documents import DocumentContext, DocumentIncomplete, DocumentKind, render
from visitation_desktop.documents.decision import (
    MISSING_APPEAL_CONTACT,
    MISSING_ASSESSMENT,
    MISSING_CONSIDERATIONS,
    MISSING_FACTS,
    MISSING_OUTCOME,
    MISSING_RULES,
)
from visitation_desktop.domain.case import CaseFile, CaseStatus
from visitation_desktop.domain.standard import Standard


@pytest.fixture()
def refused(cases: list[CaseFile]) -> CaseFile:
    return next(c for c in cases if c.status == CaseStatus.REFUSED.value)


def test_grant_letter_states_decision_reasoning_and_appeal(main_case: CaseFile, make_ctx, read_pdf) -> None:
    text = read_pdf(render(DocumentKind.DECISION, make_ctx(main_case))).text
    assert "Afgørelse om aktivitets- og samværstilbud efter Servicelovens § 104" in text
    assert "Du får bevilget et aktivitets- og samværstilbud" in text
    assert "Aktivitetshuset Limfjorden, Poppelvej 10, 7760 Hurup" in text
    assert "Du får en hel plads." in text
    assert "Reglerne, vi har brugt" in text and "Det har vi lagt vægt på" in text and "Vores vurdering" in text
    assert "Neurologisk ambulatorium" in text  # the facts as recorded
    assert "Klagevejledning" in text
    assert "senest 4 uger efter, at du har modtaget denne afgørelse" in text
    assert "Ankestyrelsen" in text
    assert "social@thisted.dk" in text and "99 17 19 20" in text
    assert "17. oktober 2026" in text  # the decision's own date


def test_refusal_letter_names_other_options_and_appeal(refused: CaseFile, make_ctx, read_pdf) -> None:
    text = read_pdf(render(DocumentKind.DECISION, make_ctx(refused))).text
    assert "Du får afslag på et aktivitets- og samværstilbud efter Servicelovens § 104." in text
    assert "ikke er betydeligt og varigt nedsat" in text
    assert "andre muligheder" in text
    assert "4 uger" in text and "Ankestyrelsen" in text
    assert "Du får bevilget" not in text


def test_letters_never_call_the_offer_sheltered_employment(main_case: CaseFile, refused: CaseFile, make_ctx,
                                                           read_pdf) -> None:
    for case in (main_case, refused):
        text = read_pdf(render(DocumentKind.DECISION, make_ctx(case))).text.lower()
        assert "beskyttet beskæftigelse" not in text
        assert "botilbud" not in text


def test_refusal_without_reasoning_is_not_printed(refused: CaseFile, make_ctx) -> None:
    refused.decision.facts = ""
    refused.decision.considerations = "  "
    with pytest.raises(DocumentIncomplete) as caught:
        render(DocumentKind.DECISION, make_ctx(refused))
    assert caught.value.missing == [MISSING_FACTS, MISSING_CONSIDERATIONS]
    assert "begrundelse: de faktiske forhold" in str(caught.value)


def test_undecided_case_names_every_missing_part(make_ctx) -> None:
    with pytest.raises(DocumentIncomplete) as caught:
        render(DocumentKind.DECISION, make_ctx(CaseFile()))
    assert caught.value.missing == [MISSING_OUTCOME, MISSING_RULES, MISSING_FACTS, MISSING_CONSIDERATIONS,
                                    MISSING_ASSESSMENT]


def test_standard_without_contact_cannot_give_appeal_guidance(refused: CaseFile, standard: Standard,
                                                              make_ctx: Callable[..., DocumentContext]) -> None:
    no_contact = dataclasses.replace(standard, contact=dataclasses.replace(standard.contact, email="", phone=""))
    with pytest.raises(DocumentIncomplete) as caught:
        render(DocumentKind.DECISION, make_ctx(refused, standard=no_contact))
    assert caught.value.missing == [MISSING_APPEAL_CONTACT]


def test_grant_without_offer_is_not_printed(main_case: CaseFile, make_ctx) -> None:
    main_case.placement.offer_id = ""
    with pytest.raises(DocumentIncomplete) as caught:
        render(DocumentKind.DECISION, make_ctx(main_case))
    assert caught.value.missing == ["det bevilgede tilbud"]


def test_late_decision_explains_the_delay(main_case: CaseFile, make_ctx, read_pdf) -> None:
    received = main_case.application.received
    assert received is not None
    main_case.decision.decided_on = received + dt.timedelta(weeks=10)
    main_case.decision.overrun_reason = "vi ventede på svar fra din læge."
    text = read_pdf(render(DocumentKind.DECISION, make_ctx(main_case))).text
    assert "Svarfristen er 8 uger" in text and "vi ventede på svar fra din læge." in text
