"""Readable by the citizen: LIX of the documents as printed (pdftotext, letterhead and footer
included) on the demo cases. Easy-read at most 25, the formal handleplan at most 40."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest

from visitation_desktop.documents import DocumentKind, offered, render
from visitation_desktop.documents.readability import lix
from visitation_desktop.domain.case import CaseFile, Outcome

EASYREAD_MAX = 25.0
HANDLEPLAN_MAX = 40.0


def printed_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_lix_counts_words_sentences_and_long_words() -> None:
    found = lix("Hvor skal du hen?\nDu skal være i Aktivitetshuset.\n\nDine mål\n• Jeg vil gå en tur.")
    # 16 words; sentences: "?", ".", the heading "Dine mål", "."; one long word (Aktivitetshuset)
    assert (found.words, found.sentences, found.long_words) == (16, 4, 1)
    assert found.value == pytest.approx(16 / 4 + 100 / 16)


def test_a_line_wrapped_inside_a_sentence_is_not_a_sentence() -> None:
    assert lix("Jeg vil lave mad i køkkenet\nén gang om ugen.").sentences == 1


def _demo(cases: list[CaseFile], outcome: str, waitlist: bool | None = None) -> list[CaseFile]:
    return [c for c in cases if c.decision.outcome == outcome
            and (waitlist is None or c.placement.waitlist == waitlist)]


@pytest.mark.parametrize(("outcome", "waitlist"), [("grant", False), ("grant", True), ("refusal", None), ("", None)],
                         ids=["grant", "waitlist", "refusal", "undecided"])
def test_easy_read_is_at_most_lix_25(outcome, waitlist, cases, make_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    chosen = _demo(cases, outcome, waitlist)
    assert chosen
    for case in chosen:
        value = lix(printed_text(render(DocumentKind.EASYREAD, make_ctx(case)), tmp_path)).value
        assert value <= EASYREAD_MAX, (case.citizen.name, round(value, 1))


def test_the_handleplan_is_at_most_lix_40(cases: list[CaseFile], make_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plans = [c for c in cases if DocumentKind.HANDLEPLAN in offered(c)]
    assert len(plans) >= 5
    for case in plans:
        value = lix(printed_text(render(DocumentKind.HANDLEPLAN, make_ctx(case)), tmp_path)).value
        assert value <= HANDLEPLAN_MAX, (case.citizen.name, round(value, 1))


def test_a_very_long_goal_flows_on_without_leaving_a_page_empty(main_case: CaseFile, make_ctx, read_pdf) -> None:  # type: ignore[no-untyped-def]
    long_goal = ("Jeg vil lære at handle ind selv i Brugsen på hverdage, også når der er mange mennesker. " * 60)[:5000]
    assert main_case.decision.outcome == Outcome.GRANT.value
    main_case.goals[1] = dataclasses.replace(main_case.goals[1], text=long_goal)
    pdf = read_pdf(render(DocumentKind.HANDLEPLAN, make_ctx(main_case)))
    pages = pdf.pages_text
    assert "Mål 2" in pages[2] and "Mål 1" in pages[2]  # the long goal starts right after goal 1
    for number, page in enumerate(pages[:-1], start=1):
        assert len(page.split()) > 150, (number, page[:200])  # no page left (half) empty
