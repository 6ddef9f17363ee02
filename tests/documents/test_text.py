"""Text safety: any Unicode either prints or is visibly replaced, and markup stays text."""

from __future__ import annotations

import unicodedata

from visitation_desktop.documents.common import clean, date_text, para_text


def test_danish_letters_and_common_signs_print_as_they_are() -> None:
    text = "Æble, Ølstykke, Århus – § 104 · “citat” »citat« ½ €"
    assert clean(text) == text


def test_control_characters_become_a_visible_mark_and_other_scripts_get_their_font() -> None:
    assert clean("a \u0007") == "a ?"
    markup = para_text("漢字 og Søren")
    assert markup == '<font face="VDCJK-Regular">漢字</font> og Søren'


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


def test_every_face_of_the_main_family_draws_the_safe_characters() -> None:
    """Text made only of these needs no coverage look-up (the fast path of fonts.family_of)."""
    from visitation_desktop.documents import fonts

    coverage = fonts.coverage(fonts.MAIN)
    for low, high in fonts.SAFE:
        for cp in range(low, high + 1):
            if unicodedata.category(chr(cp)) not in ("Cc", "Cf", "Zl", "Zp", "Cn"):
                assert cp in coverage, hex(cp)
