"""The citizen's screen and the easy-read handout say the same sentences (documents.easyread_text)."""

from __future__ import annotations

import dataclasses

from visitation_desktop.documents import DocumentKind, render
from visitation_desktop.documents import easyread_text as text
from visitation_desktop.documents.easyread_text import Plain
from visitation_desktop.domain.case import CaseFile, Outcome
from visitation_desktop.domain.ffb import Catalogue
from visitation_desktop.gui.citizen_view.content import build

SHARED = (text.WHERE, text.GOALS, text.NEXT_MEETING, text.CONTACT, text.ACTIVITIES, text.DECIDED, text.APPEAL,
          text.AGAIN)


def _said(section) -> list[str]:  # type: ignore[no-untyped-def]
    return [*section.lines, *(goal for goal, _due in section.bullets), *(t for _k, t in section.pictograms)]


def test_the_screen_says_what_the_grant_handout_says(main_case: CaseFile, make_ctx, read_pdf,  # type: ignore[no-untyped-def]
                                                     catalogue: Catalogue) -> None:
    ctx = make_ctx(main_case)
    pdf = read_pdf(render(DocumentKind.EASYREAD, ctx)).text
    screen = build(Plain.of(ctx), catalogue)
    shared = [s for s in screen.sections if s.heading in SHARED]
    assert {s.heading for s in shared} >= {text.WHERE, text.GOALS, text.NEXT_MEETING, text.CONTACT}
    for section in shared:
        assert section.heading in pdf
        for line in _said(section):
            assert line in pdf, line
    assert screen.title in pdf and screen.about in pdf


def test_a_refusal_on_the_screen_keeps_the_caseworker_s_reasoning_off_it(  # type: ignore[no-untyped-def]
    main_case: CaseFile, make_ctx, read_pdf, catalogue: Catalogue
) -> None:
    case = dataclasses.replace(main_case)
    case.decision = dataclasses.replace(main_case.decision, outcome=Outcome.REFUSAL.value,
                                        considerations="Borgeren kan deltage i et almindeligt fællesskab. Mere tekst.")
    ctx = make_ctx(case)
    pdf = read_pdf(render(DocumentKind.EASYREAD, ctx)).text
    screen = build(Plain.of(ctx), catalogue)
    assert screen.title == text.REFUSAL_TITLE
    said = screen.all_text()
    assert "Du får ikke et aktivitets- og samværstilbud." in said and "Ankestyrelsen" in said
    assert "almindeligt fællesskab" not in said and text.WHY not in said  # reasoning stays with the caseworker
    assert text.GOALS not in said and text.WHERE not in said  # nothing that looks like a grant
    for section in screen.sections:
        for line in _said(section):
            assert line in pdf, line
