"""The easy-read handout: large type, the citizen's own goals, where, who to call, when we meet."""

from __future__ import annotations

from visitation_desktop.documents import DocumentKind, render
from visitation_desktop.documents.easyread_parts import EASYREAD_BODY_SIZE, easyread_styles
from visitation_desktop.documents.pictograms import PICTOGRAMS
from visitation_desktop.domain.case import CaseFile, CaseStatus, Outcome
from visitation_desktop.domain.standard import Standard


def test_body_text_is_at_least_14_points() -> None:
    assert EASYREAD_BODY_SIZE >= 14
    st = easyread_styles()
    assert st["body"].fontSize >= 14 and st["bullet"].fontSize >= 14


def test_handout_answers_where_what_who_and_when(main_case: CaseFile, make_ctx, read_pdf) -> None:
    text = read_pdf(render(DocumentKind.EASYREAD, make_ctx(main_case))).text
    assert "Du skal være i Aktivitetshuset Limfjorden." in text
    assert "Det ligger på Poppelvej 10, 7760 Hurup." in text
    assert "Du har en hel plads." in text
    assert "Din første dag var 12. november 2026." in text  # 14 days before the demo's today
    assert "Jeg vil gå med i gågruppen tirsdag og torsdag" in text  # the citizen's own words
    assert "Du kan tale med Marianne Lund Holm." in text and "Ring på 99 17 19 20." in text
    assert "Skriv til social@thisted.dk." in text
    assert "Vi ses igen 12. februar 2027." in text  # 3 months after the start
    assert "Det koster ikke noget." in text
    for activity in ("Social aktivitet", "Fysisk aktivitet", "Kreativ aktivitet"):
        assert activity in text


def test_every_activity_type_in_the_standard_has_a_drawn_pictogram(standard: Standard) -> None:
    keys = {a.pictogram for a in standard.activities}
    assert keys == {"social", "physical", "sensory", "experience", "creative", "competence"}
    assert keys <= set(PICTOGRAMS)


def test_waitlist_handout_says_so_plainly(cases: list[CaseFile], make_ctx, read_pdf) -> None:
    hanne = next(c for c in cases if c.placement.waitlist)
    text = read_pdf(render(DocumentKind.EASYREAD, make_ctx(hanne))).text
    assert "Du står på venteliste." in text and "Indtil da:" in text
    assert "Sansestimulerende aktivitet" in text


def test_refused_citizen_is_told_there_is_no_offer(cases: list[CaseFile], make_ctx, read_pdf) -> None:
    refused = next(c for c in cases if c.status == CaseStatus.REFUSED.value)
    assert refused.decision.outcome == Outcome.REFUSAL.value
    text = read_pdf(render(DocumentKind.EASYREAD, make_ctx(refused))).text
    assert "Du får ikke et aktivitets- og samværstilbud." in text
    assert "Vi mødes igen" not in text
    # what was decided, why (the reasoning's first sentence), how to complain, who to call
    assert "Vi vurderer, at din funktionsevne ikke er betydeligt og varigt nedsat." in text
    assert "Vil du klage?" in text and "inden 4 uger" in text and "Ankestyrelsen" in text
    assert "Ring på 99 17 19 20." in text
    # nothing that looks like a grant: no offer, activities, goals or meetings
    for grant_only in ("Hvor skal du hen?", "Det skal du lave", "Det vil du arbejde med", "Hvornår ses vi igen?"):
        assert grant_only not in text
    for goal in refused.goals:
        assert goal.text[:30] not in text
