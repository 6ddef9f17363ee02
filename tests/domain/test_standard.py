"""Thisted's § 104 standard as data: complete, corrected, and broken copies refused by key."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any

import pytest

from visitation_desktop.domain.standard import (
    OtherServiceRule,
    Standard,
    StandardError,
    default_standard_path,
    list_standards,
    load_standard,
    parse_standard,
)


@pytest.fixture(scope="module")
def thisted() -> Standard:
    return load_standard(default_standard_path())


def _texts(obj: Any, skip: type) -> list[str]:
    """Every text in the standard, except inside objects of type ``skip``."""
    if isinstance(obj, skip):
        return []
    if isinstance(obj, str):
        return [obj]
    if dataclasses.is_dataclass(obj):
        return [t for f in dataclasses.fields(obj) if f.name != "source" for t in _texts(getattr(obj, f.name), skip)]
    if isinstance(obj, tuple):
        return [t for item in obj for t in _texts(item, skip)]
    return []


def test_thisted_file_is_found_and_listed() -> None:
    assert default_standard_path().name == "thisted-104.toml"
    assert default_standard_path() in list_standards()


def test_thisted_identity_legal_basis_and_numbers(thisted: Standard) -> None:
    assert thisted.id == "thisted-104"
    assert thisted.municipality == "Thisted Kommune"
    assert len(thisted.legal_bases) == 1
    assert thisted.legal_basis.reference == "Servicelovens § 104"
    assert thisted.legal_basis.name == "Servicelovens § 104 om aktivitets- og samværstilbud"
    assert thisted.service_title == "aktivitets- og samværstilbud"
    assert thisted.legal_basis.text == "Servicelovens § 104 om visiteret aktivitets- og samværstilbud."
    assert thisted.need.startswith("Der tilbydes aktivitet eller samvær")
    assert thisted.decision_deadline_weeks == 8
    assert (thisted.first_followup_months, thisted.followup_interval_months) == (3, 12)
    assert thisted.individual_assessment_required is True
    assert thisted.free_choice_of_provider is False
    assert thisted.free_of_charge is True
    assert thisted.cost_text == "Aktivitets- og samværstilbuddet er gratis at deltage i."
    assert "dagtimerne på hverdage" in thisted.scope_text
    assert "ikke sættes bestemte tidsmæssige grænser" in thisted.duration_text
    assert "socialpsykiatriområdet" in thisted.proximity_text
    assert "pædagogisk-, social- eller sundhedsfaglig uddannelse" in thisted.staff_competence
    assert "foreløbig løsning" in thisted.waitlist_text
    assert "efter 3 måneder" in thisted.followup_text
    assert "botilbud" in thisted.residence_note and "§ 85" in thisted.residence_note
    assert "SMART" in thisted.goals_text
    assert thisted.links == (
        "https://tilbudsportalen.dk/tilbudssoegning/landing/index",
        "http://www.thisted.dk",
        "http://www.tilbudsportalen.dk",
    )


def test_contact(thisted: Standard) -> None:
    assert thisted.contact.unit == "Visitationen, Handicap og Socialpsykiatri"
    assert thisted.contact.email == "social@thisted.dk"
    assert thisted.contact.phone == "99 17 19 20"


def test_paragraphs_are_kept_and_wrapped_lines_joined(thisted: Standard) -> None:
    paragraphs = thisted.goals_text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[2] == "Indsatsmålene indgår i din evt. handleplan."
    assert all("\n" not in p for p in paragraphs)


def test_every_purpose(thisted: Standard) -> None:
    assert [p.id for p in thisted.purposes] == [
        "livskvalitet",
        "funktioner",
        "identitet",
        "egne-ressourcer",
        "selvhjaelp",
    ]
    assert thisted.purpose("livskvalitet") is not None
    assert thisted.purposes[0].text.startswith("At du øger din livskvalitet")
    assert thisted.purposes[4].text == "At sigte på hjælp til selvhjælp på det praktiske og personlige plan."
    assert thisted.purpose_intro.endswith("et eller flere af følgende:")


def test_target_group_criteria(thisted: Standard) -> None:
    age, ability = thisted.criteria
    assert (age.kind, age.min_age, age.text) == ("min_age", 18, "Du skal være fyldt 18 år.")
    assert ability.kind == "judgement" and ability.min_age is None
    assert "særlige sociale problemer" in ability.text


def test_every_activity_with_its_ffb_code_and_pictogram(thisted: Standard) -> None:
    found = [(a.text, a.ffb_code, a.pictogram) for a in thisted.activities]
    assert found == [
        ("Social aktivitet", "7e419926-bb04-4829-99c9-95ea20403c2c", "social"),
        ("Fysisk aktivitet", "66e23d66-1c5f-4070-bed1-8827cc863dcd", "physical"),
        ("Sansestimulerende aktivitet", "299af83f-586c-4c17-8af6-c8c47a847d6d", "sensory"),
        ("Oplevelsesaktivitet", "2c1944be-fe87-4c42-b08e-9cc075c9ef18", "experience"),
        ("Kreativ aktivitet", "be5d5058-ef06-42a9-b894-51e44513e717", "creative"),
        ("Kompetenceudviklende aktivitet", "f25674bf-3162-45c3-bde4-6d542bf9629b", "competence"),
    ]
    assert "individuelt tilrettelagt" in thisted.activities_note


def test_courses_and_exclusions(thisted: Standard) -> None:
    assert [c.text for c in thisted.courses] == [
        "Et særligt taleundervisningsforløb",
        "Et at-lære-at-leve-med-kursus",
        "Psykoedukationsforløb",
        "Forældre-kursus",
        "Kæreste-kursus",
    ]
    assert [e.text for e in thisted.exclusions] == [
        "Aktiviteter, som personalet udfører uden din aktive deltagelse.",
        "Ledsagelse efter servicelovens § 97.",
    ]


def test_other_services_and_their_rules(thisted: Standard) -> None:
    rules = {(s.paragraph, s.title): s.rule for s in thisted.other_services}
    assert rules == {
        ("§ 103", "Beskyttet beskæftigelse"): "day_offer",
        ("§ 104", "Et andet aktivitets- og samværstilbud"): "day_offer",
        ("", "Andet visiteret dagtilbud"): "day_offer",
        ("§ 85", "Socialpædagogisk støtte"): "coordinate",
        ("§ 107", "Midlertidigt botilbud"): "coordinate",
        ("§ 108", "Længerevarende botilbud"): "coordinate",
        ("§ 97", "Ledsagelse"): "none",
    }
    escort = thisted.other_service("sel97")
    assert escort is not None and "ikke en del af aktivitets- og samværstilbuddet" in escort.explanation
    assert "kan det ikke kombineres med andre visiterede dagtilbud" in thisted.day_offer_rule
    assert "§§ 85, 107 eller 108" in thisted.coordination_rule


def test_place_sizes(thisted: Standard) -> None:
    assert [(p.id, p.label, p.fraction) for p in thisted.place_sizes] == [
        ("full", "Hel plads", 1.0),
        ("half", "Halv plads", 0.5),
    ]


def test_every_offer_and_only_registered_ones_eligible(thisted: Standard) -> None:
    assert [(o.name, o.address, o.postcode, o.town) for o in thisted.offers[:5]] == [
        ("Thyværkstedet", "Kronborgvej 113", "7700", "Thisted"),
        ("Aktivitetshuset Limfjorden", "Poppelvej 10", "7760", "Hurup"),
        ("Daghuset", "Korsgade 18", "7700", "Thisted"),
        ("Enggården", "Enggårdsvej 3", "7700", "Thisted"),
        ("Skiftesporet", "Skolegade 8C", "7700", "Thisted"),
    ]
    assert all(o.eligible and o.capacity_full > 0 for o in thisted.offers[:5])
    example = thisted.offers[5]
    assert "fiktivt eksempel" in example.name
    assert example.socialtilsynet_approved and not example.tilbudsportalen_registered
    assert not example.eligible


def test_copy_slips_from_the_103_standard_are_corrected(thisted: Standard) -> None:
    # Only the § 103 entry among other services may speak of sheltered employment.
    texts = " ".join(_texts(thisted, skip=OtherServiceRule)).lower()
    assert "beskyttet beskæftigelse" not in texts
    assert "beskæftigelsestilbud" not in texts
    assert "ansøgning om botilbud" not in texts
    assert thisted.application_text.startswith("Ansøgning om et aktivitets- og samværstilbud sker ved")
    assert thisted.waitlist_text.startswith(
        "Efter en bevilling vil du blive tilbudt et aktivitets- og samværstilbud."
    )
    assert thisted.staff_competence.startswith("Personalet i aktivitets- og samværstilbuddene")
    assert (
        "primært tilbydes aktivitets- og samværstilbud inden for kommunens eget regi"
        in thisted.proximity_text
    )
    assert "for at du bevarer dit nuværende funktionsniveau" in thisted.purpose_intro
    assert "udfører foretager" not in texts


def test_parse_standard_accepts_the_parsed_file(thisted: Standard) -> None:
    data = tomllib.loads(default_standard_path().read_text(encoding="utf-8"))
    assert parse_standard(data, "x.toml") == thisted


# --- broken copies -------------------------------------------------------------------------------


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    source = default_standard_path().read_text(encoding="utf-8")
    assert source.count(old) == 1, f"the test's anchor {old!r} must occur once"
    path = tmp_path / "broken.toml"
    path.write_text(source.replace(old, new), encoding="utf-8")
    return path


BROKEN = [
    ('postcode = "7760"', 'postcode = "776"', "offers[2].postcode", "skal være 4 cifre"),
    ('postcode = "7760"', "postcode = 7760", "offers[2].postcode", "anførselstegn"),
    ("capacity_full = 20\ncapacity_half = 6\n", "capacity_half = 6\n", "offers[2].capacity_full", "mangler"),
    ("capacity_half = 4", "capacity_half = -4", "offers[4].capacity_half", "negativ"),
    ("capacity_full = 40", "capasity_full = 40", "offers[1].capasity_full", 'Mente du "capacity_full"'),
    ('id = "daghuset"', 'id = "thyvaerkstedet"', "offers[3].id", "allerede brugt i offers[1].id"),
    ('id = "daghuset"', 'id = "Daghuset"', "offers[3].id", "ikke et gyldigt id"),
    ("tilbudsportalen_registered = false", 'tilbudsportalen_registered = "nej"',
     "offers[6].tilbudsportalen_registered", "true eller false"),
    ("decision_deadline_weeks = 8", 'decision_deadline_weeks = "8"', "quality.decision_deadline_weeks", "heltal"),
    ("decision_deadline_weeks = 8", "decision_deadline_weeks = 0", "quality.decision_deadline_weeks", "mindst 1"),
    ("interval_months = 12", "interval_months = -12", "followup.interval_months", "mindst 1"),
    ('text = "At støtte dig i at opnå identitet, selvværd og tryghed."', 'text = "  "',
     "purpose.items[3].text", "tom"),
    ('id = "identitet"', 'id = "livskvalitet"', "purpose.items[3].id", "allerede brugt"),
    ('rule = "none"', 'rule = "maybe"', "other_services.rules[7].rule", "Tilladte værdier: day_offer, coordinate, none"),
    ('kind = "judgement"', 'kind = "skøn"', "target_group.criteria[2].kind", "Tilladte værdier: min_age, judgement"),
    ('kind = "judgement"', 'kind = "judgement"\nmin_age = 18', "target_group.criteria[2].min_age", "min_age"),
    ('pictogram = "sensory"', 'pictogram = "smell"', "activities.types[3].pictogram", "Ugyldig værdi"),
    ('ffb_code = "66e23d66-1c5f-4070-bed1-8827cc863dcd"', 'ffb_code = "fysisk"', "activities.types[2].ffb_code",
     "FFB-kode"),
    ("fraction = 0.5", "fraction = 0", "scope.place_sizes[2].fraction", "større end 0"),
    ("free_of_charge = true", "free_of_charge = 1", "cost.free_of_charge", "true eller false"),
    ('email = "social@thisted.dk"', 'email = "social.thisted.dk"', "contact.email", "e-mailadresse"),
    ('phone = "99 17 19 20"\nemail = "social@thisted.dk"\n', "", "contact.phone", "mindst én måde"),
    ('reference = "Servicelovens § 104"\n', "", "legal_basis[1].reference", "mangler"),
    ('reference = "Servicelovens § 104"', 'law = "Serviceloven"', "legal_basis[1].law", "Ukendt nøgle"),
    ("first_months = 3", "first_months = 0", "followup.first_months", "mindst 1"),
    ("decision_deadline_weeks = 8", "decision_deadline_weeks = 8\nfirst_contact_days = 0",
     "quality.first_contact_days", "mindst 1"),
    ('text = "Aktivitets- og samværstilbuddet er gratis at deltage i."',
     'text = "Gratis."\nexceptions = [""]', "cost.exceptions[1]", "ikke er tom"),
    ("format = 2", "format = 1", "format", "format 2"),
    ('"http://www.thisted.dk",', '"www.thisted.dk",', "links[2]", "http://"),
    ('[staff]\n', "[personale]\n", "personale", "Ukendt nøgle"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "key", "problem"), BROKEN)
def test_broken_copy_is_refused_naming_the_key(
    tmp_path: Path, old: str, new: str, key: str, problem: str
) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(StandardError) as caught:
        load_standard(path)
    assert caught.value.key == key
    assert problem in caught.value.problem
    assert caught.value.file == str(path)
    assert str(caught.value) == f"{path}: {key}: {caught.value.problem}"


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = _broken(tmp_path, 'municipality = "Thisted Kommune"', 'municipality = "Thisted Kommune')
    line = 1 + default_standard_path().read_text(encoding="utf-8").split("\n").index(
        'municipality = "Thisted Kommune"'
    )
    with pytest.raises(StandardError) as caught:
        load_standard(path)
    assert caught.value.key == f"linje {line}"
    assert "ikke gyldig TOML" in caught.value.problem


def test_missing_file_and_wrong_encoding(tmp_path: Path) -> None:
    with pytest.raises(StandardError, match="Filen findes ikke"):
        load_standard(tmp_path / "none.toml")
    latin = tmp_path / "latin.toml"
    latin.write_bytes(default_standard_path().read_text(encoding="utf-8").encode("latin-1", "replace"))
    with pytest.raises(StandardError, match="UTF-8"):
        load_standard(latin)


def test_missing_table_is_named() -> None:
    data = tomllib.loads(default_standard_path().read_text(encoding="utf-8"))
    del data["contact"]
    with pytest.raises(StandardError) as caught:
        parse_standard(data, "x.toml")
    assert (caught.value.key, caught.value.problem) == ("contact", "Nøglen mangler.")


def test_second_age_criterion_is_refused() -> None:
    data = tomllib.loads(default_standard_path().read_text(encoding="utf-8"))
    data["target_group"]["criteria"].append({"id": "alder2", "text": "Du skal være 20 år.", "kind": "min_age",
                                              "min_age": 20})  # fmt: skip
    with pytest.raises(StandardError) as caught:
        parse_standard(data, "x.toml")
    assert caught.value.key == "target_group.criteria[3].kind"
    assert "kun være ét" in caught.value.problem
