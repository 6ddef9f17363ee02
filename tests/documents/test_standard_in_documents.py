"""The whole standard reaches the citizen: the decision letter and the handleplan state what the
standard says of every grant, in its own words, read back from the PDF."""

from __future__ import annotations

import pytest

from visitation_desktop.documents import DocumentKind, render
from visitation_desktop.domain.case import CaseFile, CaseStatus

EVERY_GRANT = {
    "no free choice": "Tilbuddet er ikke omfattet af frit leverandørvalg.",
    "approved and registered": "Du kan kun tilbydes et tilbud, der er godkendt af Socialtilsynet og er registreret på "
                               "Tilbudsportalen.",
    "staff": "pædagogisk-, social- eller sundhedsfaglig uddannelse",
    "exclusion: active participation": "Aktiviteter, som personalet udfører uden din aktive deltagelse.",
    "exclusion: escort": "Ledsagelse efter servicelovens § 97.",
    "daytime on weekdays": "gives som udgangspunkt i dagtimerne på hverdage",
    "no fixed duration": "Der kan ikke sættes bestemte tidsmæssige grænser for varigheden",
    "costs": "Aktivitets- og samværstilbuddet er gratis at deltage i.",
    "contact": "social@thisted.dk",
}


@pytest.mark.parametrize("kind", [DocumentKind.DECISION, DocumentKind.HANDLEPLAN])
@pytest.mark.parametrize("fact", list(EVERY_GRANT))
def test_grant_documents_state_the_standard(kind, fact, main_case, make_ctx, read_pdf) -> None:  # type: ignore[no-untyped-def]
    text = read_pdf(render(kind, make_ctx(main_case))).text
    assert EVERY_GRANT[fact] in text, (kind, fact)


def test_the_letter_states_the_cases_own_assessment_and_the_legal_basis(main_case, make_ctx, read_pdf) -> None:  # type: ignore[no-untyped-def]
    text = read_pdf(render(DocumentKind.DECISION, make_ctx(main_case))).text
    assert "Den konkrete, individuelle vurdering" in text
    assert " ".join(main_case.target_group.individual_assessment.split()[:12]) in text
    assert "Servicelovens § 104 om visiteret aktivitets- og samværstilbud." in text


def test_the_handleplan_states_the_need_the_offer_covers(main_case, make_ctx, read_pdf) -> None:  # type: ignore[no-untyped-def]
    text = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case))).text
    assert "tages der udgangspunkt i den enkelte borgers nedsatte funktionsevne" in text
    assert "Hjemmeside: http://www.thisted.dk" in text


def test_a_refusal_tells_how_to_apply_again(cases: list[CaseFile], make_ctx, read_pdf) -> None:  # type: ignore[no-untyped-def]
    refused = next(c for c in cases if c.status == CaseStatus.REFUSED.value)
    text = read_pdf(render(DocumentKind.DECISION, make_ctx(refused))).text
    assert "Sådan søger du igen" in text and "du eller dine pårørende henvender sig" in text
    assert "frit leverandørvalg" not in text  # nothing of a grant's terms in a refusal


def test_every_contact_channel_prints_and_the_letterhead_keeps_to_three_lines(main_case, standard, make_ctx,  # type: ignore[no-untyped-def]
                                                                               read_pdf) -> None:
    import dataclasses

    contact = dataclasses.replace(standard.contact, digital_post="Skriv til Visitationen via borger.dk",
                                  letter="Visitationen, Asylgade 30, 7700 Thisted")
    more = dataclasses.replace(standard, contact=contact)
    for kind in (DocumentKind.DECISION, DocumentKind.HANDLEPLAN):
        pdf = read_pdf(render(kind, make_ctx(main_case, standard=more)))
        first = pdf.pages_text[0]
        head = first[:first.index("Handleplan" if kind == DocumentKind.HANDLEPLAN else "Mette")]
        assert "Digital Post" not in head  # the letterhead: caseworker, phone, e-mail
        assert "Digital Post: Skriv til Visitationen via borger.dk" in pdf.text
        assert "Brev: Visitationen, Asylgade 30, 7700 Thisted" in pdf.text
