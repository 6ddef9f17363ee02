"""Text safety: any Unicode either prints or is visibly replaced, and markup stays text."""

from __future__ import annotations

from visitation_desktop.documents.common import clean, date_text, fonts, para_text


def test_danish_letters_and_common_signs_print_as_they_are() -> None:
    text = "Æble, Ølstykke, Århus – § 104 · “citat” »citat« ½ €"
    assert clean(text) == text


def test_characters_the_font_lacks_become_a_visible_mark() -> None:
    f = fonts()
    out = clean("漢字 \u0007")
    assert out == f"{f.replacement * 2} {f.replacement}"
    assert all(ord(ch) in f.coverage for ch in out if ch != " ")


def test_invisible_joiners_and_selectors_are_dropped() -> None:
    assert clean("a\u200db\ufe0fc") == "abc"


def test_markup_is_escaped_and_line_breaks_kept() -> None:
    assert para_text("<b>x</b> & y\nz") == "&lt;b&gt;x&lt;/b&gt; &amp; y<br/>z"


def test_paragraph_keeps_section_sign_with_its_number() -> None:
    assert "§\u00a0104" in para_text("efter § 104 inden 4 uger")
    assert "4\u00a0uger" in para_text("efter § 104 inden 4 uger")


def test_danish_dates() -> None:
    import datetime as dt

    assert date_text(dt.date(2027, 2, 12)) == "12. februar 2027"
    assert date_text(None) == "ikke fastsat"
