"""``standards check`` on a third municipality's standard (Ådalen, fictional): accepted as written, and
each of a municipality's likely slips refused with one Danish line naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import AADALEN, Cli

SLIPS = [
    pytest.param("min_age = 21", "min_age = 21.5", "target_group.criteria[1].min_age: Skal være et heltal",
                 id="decimal-age"),
    pytest.param("decision_deadline_weeks = 4", "decision_deadline_weeks = 0",
                 "quality.decision_deadline_weeks: Skal være mindst 1", id="no-deadline"),
    pytest.param("first_months = 6", "first_month = 6", 'followup.first_month: Ukendt nøgle. Mente du "first_months"?',
                 id="misspelt-key"),
    pytest.param('postcode = "4391"', "postcode = 4391", "offers[1].postcode: Postnummeret skal skrives i anførselstegn",
                 id="postcode-number"),
    pytest.param('id = "cafe-broen"', 'id = "Café Broen"', 'offers[2].id: "Café Broen" er ikke et gyldigt id',
                 id="offer-id-with-space"),
    pytest.param("fraction = 0.4", "fraction = 40", "scope.place_sizes[3].fraction: Skal være større end 0",
                 id="fraction-as-percent"),
    pytest.param('kind = "judgement"', 'kind = "judgment"', 'target_group.criteria[2].kind: Ugyldig værdi "judgment"',
                 id="misspelt-kind"),
    pytest.param('email = "myndighed-voksen@aadalen.invalid"\ndigital_post = "Skriv til »Myndighed Voksen« via borger.dk"\n'
                 'letter = "Ådalen Kommune, Myndighed Voksen, Rådhustorvet 1, 4390 Ådalby"\n'
                 'address = "Rådhustorvet 1, 4390 Ådalby"\n', "",
                 "contact.phone: Der skal være mindst én måde at kontakte kommunen på", id="no-contact-channel"),
]


def test_the_third_standard_is_accepted(tmp_path: Path) -> None:
    result = Cli(tmp_path / "data")("standards", "check", str(AADALEN))
    assert result.code == 0, result.err
    assert result.out.strip().endswith(
        "OK - Ådalen Kommune, § 104 i lov om social service (serviceloven), 4 tilbud, 3 formål.")


@pytest.mark.parametrize(("old", "new", "message"), SLIPS)
def test_a_slip_is_refused_with_the_key_named(tmp_path: Path, old: str, new: str, message: str) -> None:
    text = AADALEN.read_text(encoding="utf-8")
    assert old in text
    broken = tmp_path / "aadalen-104.toml"
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = Cli(tmp_path / "data")("standards", "check", str(broken))
    assert result.code == 1
    assert result.out == ""
    line = result.err.strip()
    assert "\n" not in line and "Traceback" not in line
    assert f"{broken}: fejl ved {message}" in line


@pytest.mark.parametrize(("weeks", "first_warning"), [(8, "2026-12-21"), (4, "2026-11-23"), (6, "2026-12-07"),
                                                      (1, "2026-11-09")])
def test_the_deadline_warning_covers_the_last_two_weeks_of_any_deadline(weeks: int, first_warning: str) -> None:
    """Ådalen decides within 4 weeks: warned from week 2, not only on the deadline day."""
    import datetime as dt

    from visitation_desktop.domain.deadlines import DeadlineState, deadline_state, deadline_state_until

    received = dt.date(2026, 11, 9)
    warn = dt.date.fromisoformat(first_warning)
    deadline = received + dt.timedelta(weeks=weeks)
    for state in (deadline_state(received, weeks, warn), deadline_state_until(received, deadline, warn)):
        assert state.state == DeadlineState.WARNING
    if warn > received:
        before = warn - dt.timedelta(days=1)
        assert deadline_state(received, weeks, before).state == DeadlineState.OK
        assert deadline_state_until(received, deadline, before).state == DeadlineState.OK


@pytest.mark.parametrize(("standard", "sizes"), [
    ("aadalen", "Hel plads (5 dage), Trekvart plads (4 dage), Deltidsplads (2 dage)"),
    ("kildebjerg", "Hel plads"),  # the default: one size only, no half place to choose
])
def test_the_missing_place_size_names_the_standards_own_sizes(standard: str, sizes: str) -> None:
    import datetime as dt

    from visitation_desktop.domain.case import CaseFile
    from visitation_desktop.domain.ffb import load_catalogue
    from visitation_desktop.domain.rules import check_case
    from visitation_desktop.domain.standard import load_standard

    std = load_standard(AADALEN.parent / f"{standard}-104.toml")
    case = CaseFile(standard_id=std.id)
    case.placement.offer_id = std.offers[0].id
    found = [f for f in check_case(case, std, load_catalogue(), dt.date(2026, 11, 27)) if f.code == "offer.place_missing"]
    assert [f.message for f in found] == [f"Vælg pladsens størrelse: {sizes}."]


def test_a_file_saved_with_a_byte_order_mark_or_crlf_is_accepted(tmp_path: Path) -> None:
    text = AADALEN.read_text(encoding="utf-8")
    for name, encoding, newline in (("bom", "utf-8-sig", "\n"), ("crlf", "utf-8", "\r\n")):
        path = tmp_path / f"{name}.toml"
        path.write_text(text, encoding=encoding, newline=newline)
        result = Cli(tmp_path / "data")("standards", "check", str(path))
        assert result.code == 0, result.err
        assert "OK - Ådalen Kommune" in result.out


def test_a_file_saved_in_windows_1252_is_refused_with_how_to_save_it(tmp_path: Path) -> None:
    path = tmp_path / "ansi.toml"
    path.write_bytes(AADALEN.read_text(encoding="utf-8").encode("cp1252", errors="replace"))
    result = Cli(tmp_path / "data")("standards", "check", str(path))
    assert result.code == 1
    assert result.err.strip().endswith(f"{path}: fejl ved (hele filen): Filen er ikke gemt som UTF-8. Gem den igen "
                                       "med kodningen UTF-8 (i Notesblok: Gem som ... og vælg Kodning: UTF-8).")
