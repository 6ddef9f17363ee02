"""Kildebjerg's (fictional) standard prints its own facts, and nothing of Thisted's, in every
document of a grant: the text read back from the PDF with pdftotext."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from visitation_desktop.documents import DocumentKind, render
from visitation_desktop.documents.common import DocumentContext
from visitation_desktop.domain.standard import Standard

from .conftest import Pdf

THISTED = ("Thisted", "Thy", "99 17 19 20", "social@thisted.dk", "Servicelovens § 104", "Handicap og Socialpsykiatri",
           "Thyværkstedet", "Daghuset")


def _text(kind: DocumentKind, case: Any, standard: Standard, make_ctx: Callable[..., DocumentContext],
          read_pdf: Callable[[bytes], Pdf]) -> str:
    return read_pdf(render(kind, make_ctx(case, standard=standard))).text


@pytest.mark.parametrize("kind", [k for k in DocumentKind if k != DocumentKind.DELAY_NOTICE])
def test_grant_documents_show_kildebjerg_and_nothing_of_thisted(
    kind: DocumentKind, kildebjerg: Standard, kildebjerg_case: Any,
    make_ctx: Callable[..., DocumentContext], read_pdf: Callable[[bytes], Pdf],
) -> None:
    text = _text(kind, kildebjerg_case, kildebjerg, make_ctx, read_pdf)
    assert "Kildebjerg Kommune" in text
    assert "41 41 20 20" in text
    found = [word for word in THISTED if word in text]
    assert not found, f"{kind}: {found}"


def test_the_decision_letter_names_its_legal_basis_offer_and_phone(
    kildebjerg: Standard, kildebjerg_case: Any,
    make_ctx: Callable[..., DocumentContext], read_pdf: Callable[[bytes], Pdf],
) -> None:
    text = _text(DocumentKind.DECISION, kildebjerg_case, kildebjerg, make_ctx, read_pdf)
    assert "efter § 104 i lov om social service" in text
    assert "Værkstedet Mølledammen" in text
    assert "E-mail" not in text  # the standard gives no e-mail address


# Facts only Kildebjerg's standard states, printed where they belong.
KILDEBJERG_FACTS = [
    pytest.param(DocumentKind.DECISION, "Du betaler selv for din mad", id="decision-cost-exception"),
    pytest.param(DocumentKind.HANDLEPLAN, "Du betaler selv for din mad", id="handleplan-cost-exception"),
    pytest.param(DocumentKind.DECISION, "§ 4 i lov om retssikkerhed", id="decision-second-legal-basis"),
    pytest.param(DocumentKind.DECISION, "Du skal give Borgerrådgivningen besked", id="decision-duties"),
    pytest.param(DocumentKind.DECISION, "Kørsel til og fra tilbuddet", id="decision-exclusion"),
]


@pytest.mark.parametrize(("kind", "fact"), KILDEBJERG_FACTS)
def test_the_documents_print_the_rest_of_its_facts(
    kind: DocumentKind, fact: str, kildebjerg: Standard, kildebjerg_case: Any,
    make_ctx: Callable[..., DocumentContext], read_pdf: Callable[[bytes], Pdf],
) -> None:
    assert fact in _text(kind, kildebjerg_case, kildebjerg, make_ctx, read_pdf)
