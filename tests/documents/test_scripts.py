"""Any name prints: the text layer (pdftotext) gives back the characters typed, in any script."""

from __future__ import annotations

import re
import unicodedata

import pytest

from visitation_desktop.documents import DocumentKind, render
from visitation_desktop.documents.text import clean, para_text, visual_order
from visitation_desktop.domain.case import CaseFile, Outcome

PRINTED_FOR_A_GRANT = [DocumentKind.HANDLEPLAN, DocumentKind.EASYREAD, DocumentKind.DECISION]
ARABIC = "محمد العلي"
NAMES = {
    "arabic": ARABIC,
    "hebrew": "שרה כהן",
    "cyrillic": "Иван Петров",
    "greek": "Γιώργος Παπαδόπουλος",
    "chinese": "王小明",
    "japanese": "山田 花子",
    "latin": "Nguyễn Thị Łucja Ćirić-Øster",
}
# pdftotext marks a right-to-left run with embedding controls; they are not part of the text
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", _BIDI_MARKS.sub("", text))


def _with_name(case: CaseFile, name: str) -> CaseFile:
    case.citizen.name = name
    return case


@pytest.mark.parametrize("script", list(NAMES))
@pytest.mark.parametrize("kind", PRINTED_FOR_A_GRANT)
def test_a_name_in_any_script_comes_back_from_the_pdf(kind, script, main_case, make_ctx, read_pdf) -> None:  # type: ignore[no-untyped-def]
    name = NAMES[script]
    text = plain(read_pdf(render(kind, make_ctx(_with_name(main_case, name)))).text)
    assert name in text, (script, text[:300])
    assert "\u25a1" not in text and "(emoji)" not in text


def test_arabic_name_with_an_emoji_goal(main_case: CaseFile, make_ctx, read_pdf) -> None:
    _with_name(main_case, ARABIC)
    main_case.goals[0].text = "Jeg vil lave mad med andre 😊 og gå en tur hver dag 🚶"
    for kind in PRINTED_FOR_A_GRANT:
        pdf = read_pdf(render(kind, make_ctx(main_case)))
        text = plain(pdf.text)
        assert ARABIC in text, kind
        assert f"Kære {ARABIC}" in text or kind != DocumentKind.DECISION
        assert "\u25a1" not in text, kind
        if kind != DocumentKind.DECISION:
            assert "😊" in text and "🚶" in text, kind
        fonts = {name.split("+")[-1] for name, _ in pdf.fonts}
        assert any("NotoSansArabic" in f for f in fonts), fonts


def test_arabic_is_shaped_and_set_in_the_arabic_font() -> None:
    markup = para_text(f"Kære {ARABIC} og familie")
    assert markup.startswith("Kære ") and markup.endswith(" og familie")
    assert 'face="VDArabic-Regular"' in markup
    # the two Arabic words in visual order (right to left): the family name first, drawn on the left
    assert visual_order(f"Kære {ARABIC} og") == "Kære العلي محمد og"


def test_hebrew_mixed_with_danish_keeps_the_danish_words_in_place() -> None:
    assert visual_order("Hej שרה כהן, velkommen") == "Hej כהן, שרה velkommen"


def test_a_character_no_font_has_becomes_a_readable_word_not_a_box() -> None:
    missing = "\U0001f970"  # smiling face with hearts: in none of the shipped fonts
    assert "\u25a1" not in para_text(f"Glad {missing}") and "(emoji)" in para_text(f"Glad {missing}")
    assert clean(f"x {missing}") == "x (emoji)"


def test_decomposed_diacritics_print_composed(main_case: CaseFile, make_ctx, read_pdf) -> None:
    typed = unicodedata.normalize("NFD", "Zoë Brontë Sørensen")
    text = plain(read_pdf(render(DocumentKind.EASYREAD, make_ctx(_with_name(main_case, typed)))).text)
    assert "Zoë Brontë Sørensen" in text


def test_refusal_letter_for_a_hebrew_name(cases: list[CaseFile], make_ctx, read_pdf) -> None:
    refused = next(c for c in cases if c.decision.outcome == Outcome.REFUSAL.value)
    text = plain(read_pdf(render(DocumentKind.DECISION, make_ctx(_with_name(refused, "שרה כהן")))).text)
    assert "Kære שרה כהן" in text


def test_harfbuzz_is_installed_for_shaping() -> None:
    import uharfbuzz  # noqa: F401 - without it Arabic prints as unjoined letters
    from reportlab.pdfbase import pdfmetrics

    from visitation_desktop.documents import fonts

    assert pdfmetrics.getFont(fonts.face_name("Regular", "VDArabic")).shapable
