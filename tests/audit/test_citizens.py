"""Varied citizens through the CLI under Ådalen's standard: what the store records, what the CLI says,
and what the citizen receives (the PDF's text)."""

from __future__ import annotations

import json
import re

import pytest

from .conftest import KINDS, NOT_RECORDED, STEMS, TODAY, Audit, document

RECORDED = [s for s in STEMS if s not in NOT_RECORDED]
GRANTS = [s for s in RECORDED if document(s)["decision"]["outcome"] == "grant"]
THISTED = ("Thisted", "Thy", "99 17 19 20", "social@thisted.dk", "Servicelovens § 104", "Handicap og Socialpsykiatri",
           "Thyværkstedet", "Daghuset", "Enggården", "Skiftesporet", "Limfjorden", "Hurup", "Vestervig")
# What must never stand in a citizen's letter: program values, markup, English, ISO dates.
LEAKS = re.compile(r"\bNone\b|\bnull\b|\bTrue\b|\bFalse\b|[{}<>]|&[a-z]+;|\b(?:the|and|of|Page|Goal|Offer)\b"
                   r"|\b\d{4}-\d{2}-\d{2}\b")


def _rendered(audit: Audit) -> list[tuple[str, str]]:
    return sorted(audit.texts)


@pytest.mark.parametrize("stem", STEMS)
def test_import_records_the_decision_only_when_the_rules_allow_it(audit: Audit, stem: str) -> None:
    result = audit.imports[stem]
    if stem in NOT_RECORDED:
        assert result.code == 8, result.err
        assert "sagen er gemt som »Under behandling«" in result.err
        assert "Traceback" not in result.err
    else:
        assert result.code == 0, result.err
        assert result.err == ""


def test_the_store_holds_each_case_with_its_status_and_name(audit: Audit) -> None:
    listed = audit.cli("cases", "list", "--json")
    assert listed.code == 0, listed.err
    rows = {row["id"]: row for row in json.loads(listed.out)}
    for stem, case_id in audit.ids.items():
        doc = document(stem)
        want = {"grant": "granted", "refusal": "refused"}[doc["decision"]["outcome"]]
        assert rows[case_id]["status"] == ("open" if stem in NOT_RECORDED else want), stem
        assert rows[case_id]["citizen"] == doc["citizen"]["name"]
        assert rows[case_id]["deadline"] == "2026-12-07"  # Ådalen: 4 weeks from 9 November 2026


def test_under_age_is_refused_with_the_standards_own_age_and_birthday(audit: Audit) -> None:
    err = audit.imports["under-aldersgraensen"].err
    assert "Borgeren er 20 år og er derfor ikke i målgruppen: Du skal være fyldt 21 år" in err
    assert "Borgeren fylder 21 år 15. juni 2027" in err


def test_a_vague_goal_cannot_be_granted(audit: Audit) -> None:
    err = audit.imports["vage-maal"].err
    assert "Mål 1 (»have det bedre«) – Specifikt" in err
    assert "Tidsbestemt" in err
    checked = audit.cli("cases", "check", str(audit.ids["vage-maal"]), "--json", "--today", TODAY)
    codes = {f["code"] for f in json.loads(checked.out) if f["severity"] == "blocking"}
    assert {"goals.not_specific", "goals.not_measurable", "goals.not_time_bound"} <= codes


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("kind", KINDS)
def test_each_document_is_made_or_refused_with_a_danish_reason(audit: Audit, stem: str, kind: str) -> None:
    result = audit.renders[(stem, kind)]
    refused = stem in NOT_RECORDED or (kind == "handleplan" and stem not in GRANTS)
    assert result.code == (13 if refused else 0), result.err
    if (stem, kind) == ("vage-maal", "decision"):  # through the CLI: the gate's reasons, one per line
        assert result.err.startswith("visitation-desktop: Afgørelsesbrevet kan ikke laves, fordi bevillingen")
        assert "- Mål (SMART): Mål 1 (»have det bedre«) – Specifikt" in result.err
    assert "Traceback" not in result.err
    if refused:
        assert "kan ikke laves" in result.err or "laves ikke for denne sag" in result.err
        assert (stem, kind) not in audit.texts
    elif (stem, kind) == ("soeren-aage", "decision"):  # through the CLI
        assert "filen er ikke krypteret" in result.err


def test_every_document_names_the_citizen_and_adalen_and_nothing_of_thisted(audit: Audit) -> None:
    assert len(audit.texts) == 3 * len(GRANTS) + 2 * (len(RECORDED) - len(GRANTS))
    for stem, kind in _rendered(audit):
        text = audit.texts[(stem, kind)]
        # a long hyphenated name may break at its own hyphen ("Frederiksen-" / "Sønderby"), never inside a part
        assert document(stem)["citizen"]["name"] in text.replace("- ", "-"), (stem, kind)
        assert "Ådalen Kommune" in text, (stem, kind)
        found = [word for word in THISTED if word in text]
        assert not found, (stem, kind, found)


def test_no_program_values_english_or_iso_dates_in_any_document(audit: Audit) -> None:
    for key in _rendered(audit):
        found = LEAKS.findall(audit.texts[key])
        assert not found, (key, found)


def test_the_full_cpr_number_is_never_printed_and_the_easy_read_has_none(audit: Audit) -> None:
    for (stem, kind), text in audit.texts.items():
        cpr = document(stem)["citizen"]["cpr"]
        assert cpr[6:] not in text.replace(" ", ""), (stem, kind)
        if kind == "easyread":
            assert cpr[:6] not in text, stem
        else:
            assert f"{cpr[:6]}-xxxx" in text, (stem, kind)


@pytest.mark.parametrize("stem", RECORDED)
def test_the_decision_letter_carries_the_complaint_guidance(audit: Audit, stem: str) -> None:
    text = audit.texts[(stem, "decision")]
    assert "Klagevejledning" in text
    assert "Klagen skal være modtaget af Ådalen Kommune senest 4 uger efter" in text
    assert "Brev: Ådalen Kommune, Myndighed Voksen, Rådhustorvet 1, 4390 Ådalby" in text
    assert "efter § 104 i lov om social service (serviceloven)" in text


def test_the_refusal_says_so_in_the_letter_and_the_easy_read(audit: Audit) -> None:
    assert "Du får afslag på et aktivitets- og samværstilbud" in audit.texts[("afslag", "decision")]
    easy = audit.texts[("afslag", "easyread")]
    assert "Vil du klage?" in easy and "Din klage skal være hos os inden 4 uger." in easy


def test_a_partial_grant_names_the_smaller_place_and_why(audit: Audit) -> None:
    text = audit.texts[("delvis-bevilling", "decision")]
    assert "Du får en trekvart plads (4 dage)." in text
    assert "Du får altså ikke helt det, du har søgt om." in text


@pytest.mark.parametrize("stem", [s for s in GRANTS if document(s)["placement"]["planned_start"]])
def test_follow_ups_follow_adalens_six_months(audit: Audit, stem: str) -> None:
    decision = audit.texts[(stem, "decision")]
    assert "Vi følger op på dine mål første gang 7. juni 2027 og derefter hver 6. måned" in decision
    assert "om året" not in decision
    plan = audit.texts[(stem, "handleplan")]
    assert "6 måneder efter start, og derefter hver 6. måned: 7. december 2027, 7. juni 2028" in plan
    assert "Vi ses igen 7. juni 2027." in audit.texts[(stem, "easyread")]


def test_the_waitlist_shows_the_interim_solution_and_no_start_date(audit: Audit) -> None:
    interim = document("venteliste")["placement"]["interim_solution"]
    for kind in KINDS:
        text = audit.texts[("venteliste", kind)]
        assert interim in text, kind
        assert "7. december 2026" not in text, kind
    assert "Du står på venteliste." in audit.texts[("venteliste", "easyread")]
    assert "hver 6. måned" in audit.texts[("venteliste", "decision")]


def test_a_standard_without_a_phone_never_tells_the_citizen_to_ring(audit: Audit) -> None:
    for key in _rendered(audit):
        text = audit.texts[key]
        for phrase in ("Du kan ringe til os", "Hvem kan du ringe til?", "Du kan altid ringe", "Ring på"):
            assert phrase not in text, (key, phrase)


def test_the_citizens_address_heads_the_letter(audit: Audit) -> None:
    for stem in RECORDED:
        c = document(stem)["citizen"]
        recipient = " ".join(x for x in (c["name"], c["address"], f"{c['postcode']} {c['town']}".strip()) if x)
        assert recipient + " Dato: 27. november 2026" in audit.texts[(stem, "decision")], stem


def test_twelve_goals_and_a_page_of_notes_are_printed_whole(audit: Audit) -> None:
    plan = audit.texts[("tolv-maal", "handleplan")]
    for goal in document("tolv-maal")["goals"]:
        assert goal["text"] in plan, goal["id"]
        assert f"Sådan ser vi, hvor godt mål {goal['id'].split('-')[1]} er nået" in plan
    long = document("lange-noter")
    last = re.sub(r"\s+", " ", long["target_group"]["individual_assessment"].split("\n\n")[-1])
    assert last in audit.texts[("lange-noter", "decision")]
    assert last in audit.texts[("lange-noter", "handleplan")]


def test_the_letterheads_rule_crosses_no_word(audit: Audit) -> None:
    """Ådalen's unit name is long: it wraps, and must stay above the rule under the letterhead."""
    import subprocess

    rule_y = (12 + 11.5) / 25.4 * 72  # points from the top of the page (documents/common.py)
    for key in sorted(k for k in audit.pdfs if k[1] != "easyread"):
        html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(audit.pdfs[key]), "-"],
                              check=True, capture_output=True, text=True).stdout
        for y_min, y_max, word in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', html):
            assert not float(y_min) < rule_y < float(y_max), (key, word)


def test_followups_due_lists_the_grants_at_adalens_six_months(audit: Audit) -> None:
    due = audit.cli("followups", "due", "--today", "2027-06-01", "--json")
    assert due.code == 0, due.err
    rows = {row["case_id"]: row for row in json.loads(due.out)}
    started = {audit.ids[s] for s in GRANTS if document(s)["placement"]["planned_start"]}
    assert set(rows) == started  # not the waitlist (no start), the refusal or the undecided
    assert {row["due"] for row in rows.values()} == {"2027-06-07"}
    assert all(row["first"] and row["cpr"].endswith("-xxxx") for row in rows.values())
    later = audit.cli("followups", "due", "--today", "2027-03-01", "--json")  # 3 months: Thisted's, not Ådalen's
    assert json.loads(later.out) == []


def test_the_plan_names_who_applied_on_the_citizens_behalf_without_calling_a_guardian_a_relative(audit: Audit) -> None:
    plan = audit.texts[("vaerge", "handleplan")]
    assert "Ansøgt for dig af Advokat Mette Lindholm (værge)" in plan
    assert "pårørende" not in plan
