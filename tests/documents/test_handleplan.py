"""The handleplan as a citizen reads it: the PDF read back with poppler."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from visitation_desktop.documents import DocumentContext, DocumentKind, offered, render
from visitation_desktop.domain.case import CaseFile, Goal

from .conftest import Pdf

LONG = (
    "Jeg vil øve mig i at handle ind i Brugsen på hjørnet to gange om ugen, først med en medarbejder og siden "
    "alene, og jeg vil selv skrive indkøbssedlen aftenen før, så jeg ved, hvad jeg skal have med hjem, og "
    "så jeg ikke bliver forvirret, når der er mange mennesker i butikken om eftermiddagen. "
)


def test_plan_shows_goals_offer_address_and_danish_letters(main_case: CaseFile, make_ctx, read_pdf) -> None:
    pdf: Pdf = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case)))
    text = pdf.text
    assert "Handleplan" in text
    assert "Jeg vil lave et varmt måltid i køkkenet i Aktivitetshuset" in text
    assert "Poppelvej 10, 7760 Hurup" in text
    assert "Aktivitetshuset Limfjorden" in text
    for word in ("Sønderby", "Bostøtten", "Købe ind", "Forventet niveau", "Hel plads"):
        assert word in text
    assert "Planens version 2" in text


def test_plan_has_the_four_parts_the_law_names(main_case: CaseFile, make_ctx, read_pdf) -> None:
    text = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case))).text
    positions = [text.index(h) for h in ("1. Formålet med indsatsen", "2. Indsatsen", "3. Forventet varighed",
                                          "4. Andre forhold")]
    assert positions == sorted(positions)
    assert "At du øger din livskvalitet" in text  # a purpose from the standard
    assert "Jeg vil have en hverdag, hvor jeg skal noget om morgenen" in text  # the citizen's wish
    assert "gratis at deltage i" in text  # the standard's cost text
    assert "Der kan ikke sættes bestemte tidsmæssige grænser" in text
    assert "Socialpædagogisk" in text and "Kontaktpersonen i Aktivitetshuset og bostøtten" in text


def test_followup_dates_are_computed_from_the_start(main_case: CaseFile, make_ctx, read_pdf) -> None:
    main_case.placement.planned_start = dt.date(2026, 1, 31)
    text = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case))).text
    # 3 months after 31 January is 30 April; then yearly counted from the start
    assert "Vi følger op første gang 30. april 2026" in text
    assert "30. april 2027" in text and "30. april 2028" in text
    assert "én gang om året" in text


def test_cpr_is_masked_unless_asked_for(main_case: CaseFile, make_ctx, read_pdf) -> None:
    number = main_case.citizen.cpr
    masked = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case))).text
    assert f"{number[:6]}-xxxx" in masked
    assert number[6:] not in masked.replace(" ", "")
    full = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case, show_full_cpr=True))).text
    assert f"{number[:6]}-{number[6:]}" in full


def test_every_font_is_embedded(main_case: CaseFile, make_ctx, read_pdf) -> None:
    for kind in offered(main_case):
        fonts = read_pdf(render(kind, make_ctx(main_case))).fonts
        assert fonts, kind
        assert all(emb == "yes" for _, emb in fonts), (kind, fonts)


def _long_goals(case: CaseFile, count: int) -> None:
    template = case.goals[0]
    case.goals = [dataclasses.replace(template, id=f"g{i}", text=f"Mål nummer {i + 1}. " + LONG * 3,
                                      measure=LONG, evaluation=LONG) for i in range(count)]


def test_fifteen_long_goals_flow_over_pages_numbered_x_of_n(main_case: CaseFile, make_ctx, read_pdf) -> None:
    _long_goals(main_case, 15)
    pdf = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case)))
    n = pdf.page_count
    assert n >= 8
    pages = pdf.pages_text
    assert len(pages) == n
    for k, page in enumerate(pages, start=1):
        assert f"Side {k} af {n}" in page
        assert "Thisted Kommune" in page  # the letterhead on every page
    assert "Mål nummer 15." in pdf.text and "Mål 15" in pdf.text


def test_a_single_goal_longer_than_a_page_still_prints(main_case: CaseFile, make_ctx, read_pdf) -> None:
    main_case.goals = [dataclasses.replace(main_case.goals[0], text=LONG * 40)]
    pdf = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case)))
    assert pdf.page_count >= 3
    assert "når der er mange mennesker i butikken" in pdf.text


def test_emoji_and_unusual_unicode_do_not_break_the_plan(main_case: CaseFile, make_ctx, read_pdf) -> None:
    odd = "Jeg vil male 🎨👩‍🎨 og lære 漢字 <b>fed</b> & \u0007 x\u0301 ﷺ"
    main_case.goals[0].text = odd
    main_case.purposes.citizen_wishes = "Bare 🙂 & <tags>"
    text = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case))).text
    assert "Jeg vil male" in text
    assert "<b>fed</b> &" in text  # markup-like text prints as text
    assert "□" not in text  # nothing becomes a box
    assert "🎨" in text and "漢字" in text and "🙂" in text
    assert "Bare" in text and "<tags>" in text


def test_unaccepted_goals_give_signature_lines(main_case: CaseFile, make_ctx, read_pdf) -> None:
    accepted = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case))).text
    assert "sagt ja til dem" in accepted and "underskrift" not in accepted
    main_case.goals[1] = dataclasses.replace(main_case.goals[1], accepted=False)
    text = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case))).text
    assert "Dato og underskrift, borger" in text and "Dato og underskrift, sagsbehandler" in text


def test_waitlist_plan_names_the_interim_solution(case_named: Callable[[str], CaseFile],
                                                  make_ctx: Callable[..., DocumentContext], read_pdf) -> None:
    text = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(case_named("Hanne Lykke Dalsgaard")))).text
    assert "ventelisten" in text
    assert "Indtil der er plads i Enggården, kommer Hanne i Daghuset" in text
    assert "Datoerne kommer, når startdatoen er fastlagt" in text


def test_chart_axis_names_the_levels(main_case: CaseFile, make_ctx, read_pdf) -> None:
    text = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case))).text
    for label in ("0 Ingen", "1 Let", "2 Moderat", "3 Svært", "4 Fuldstændig"):
        assert label in text
    assert "Praktiske opgaver" in text and "2,0" in text  # Lave mad 2 and Købe ind 2 average 2,0


def test_an_empty_case_still_renders_and_says_what_is_missing(make_ctx, read_pdf) -> None:
    text = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(CaseFile()))).text
    assert "Formålet er ikke valgt endnu." in text
    assert "Der er ikke skrevet mål endnu." in text
    assert "Tilbuddet er ikke valgt endnu." in text


def test_new_goal_list_keeps_the_original_case(main_case: CaseFile, make_ctx, read_pdf) -> None:
    before = [g.text for g in main_case.goals]
    render(DocumentKind.HANDLEPLAN, make_ctx(main_case))
    assert [g.text for g in main_case.goals] == before
    assert all(isinstance(g, Goal) for g in main_case.goals)


def test_plan_before_the_grant_is_marked_as_a_draft(case_named, make_ctx, read_pdf, main_case: CaseFile) -> None:
    draft = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(case_named("Bent Overgaard Iversen")))).text
    assert "Udkast: planen gælder først, når du har fået en afgørelse om bevilling." in draft
    assert "Beskyttet beskæftigelse" in draft  # his § 103 job is named as the other service it is
    granted = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case))).text
    assert "Udkast" not in granted
