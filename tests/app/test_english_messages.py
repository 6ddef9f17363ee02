"""The program's own words in English: findings and SMART messages.

The rules write each message as a Danish template and its values (``domain/messages.py``); the
GUI shows the template's translation from resources/i18n/visitation_en.ts. These tests drive the
rules over many kinds of case and follow-up and check, for every message they give: it has a
template, each template it uses has an English text in the .ts, and the values fill the English
text as they fill the Danish one. The standard's texts stay Danish (they are values, not templates).
"""

from __future__ import annotations

import ast
import copy
import datetime as dt
import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtWidgets import QLabel

from visitation_desktop.domain.case import CaseFile, Coordination, Goal, OtherService
from visitation_desktop.domain.ffb import load_catalogue
from visitation_desktop.domain.findings import Finding
from visitation_desktop.domain.followup import Adjustment, FollowUp
from visitation_desktop.domain.followup_rules import check_followup
from visitation_desktop.domain.messages import CONTEXT, Msg
from visitation_desktop.domain.rules import check_case
from visitation_desktop.domain.rules_capacity import check_capacity
from visitation_desktop.domain.smart import check_goal
from visitation_desktop.domain.standard import default_standard_path, load_standard
from visitation_desktop.paths import resource_path
from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases

REPO = Path(__file__).resolve().parents[2]
TS = resource_path("i18n", "visitation_en.ts")
TODAY = dt.date(2026, 11, 26)
STANDARD = load_standard(default_standard_path())
CATALOGUE = load_catalogue()
RULE_FILES = ("rules.py", "rules_intake.py", "rules_plan.py", "rules_capacity.py", "followup_rules.py", "smart.py")


def _english() -> dict[str, str]:
    """Danish template -> English text, for the domain's context of the .ts."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.iter("message"):
                found[message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


ENGLISH = _english()


def _in_english(template: str) -> str:
    assert ENGLISH.get(template), f"no English text in the .ts for {template!r}"
    return ENGLISH[template]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# -- many kinds of case --------------------------------------------------------------------------


DEMO = demo_cases(STANDARD, CATALOGUE, TODAY)


def _main() -> CaseFile:
    return copy.deepcopy(next(c for c in DEMO if c.citizen.name == MAIN_EXAMPLE))


def _variants() -> Iterator[CaseFile]:
    """The demo's citizens, an empty case, and the main example broken in one way at a time."""
    yield CaseFile()
    yield from copy.deepcopy(DEMO)
    changes: list[Callable[[CaseFile], object]] = [
        lambda c: setattr(c.citizen, "cpr", "12"),
        lambda c: setattr(c.citizen, "cpr", "3213901234"),
        lambda c: setattr(c.citizen, "cpr", "0101901235"),
        lambda c: setattr(c.citizen, "cpr", f"0101{(TODAY.year - 10) % 100:02d}4321"),
        lambda c: (setattr(c.citizen, "address", ""), setattr(c.citizen, "town", "")),
        lambda c: setattr(c.citizen, "postcode", "77"),
        lambda c: (setattr(c.citizen, "phone", ""), setattr(c.citizen, "email", "")),
        lambda c: setattr(c.application, "received", None),
        lambda c: setattr(c.application, "received", TODAY + dt.timedelta(days=3)),
        lambda c: setattr(c.application, "received", TODAY - dt.timedelta(days=200)),
        lambda c: (setattr(c.application, "received", TODAY - dt.timedelta(days=50)), _undecided(c)),
        lambda c: (setattr(c.application, "received", TODAY - dt.timedelta(days=2)), _undecided(c)),
        lambda c: (setattr(c.application, "received", TODAY - dt.timedelta(days=100)), _undecided(c)),
        lambda c: setattr(c.application, "channel", ""),
        lambda c: (setattr(c.application, "by_relative", True), setattr(c.application, "relative_contact", "")),
        lambda c: setattr(c.consent, "status", ""),
        lambda c: setattr(c.consent, "status", "declined"),
        lambda c: (setattr(c.consent, "status", "given"), setattr(c.consent, "sources", "")),
        lambda c: c.target_group.criteria.update({k: None for k in c.target_group.criteria}),
        lambda c: c.target_group.criteria.update({k: False for k in c.target_group.criteria}),
        lambda c: setattr(c.target_group, "individual_assessment", ""),
        lambda c: setattr(c.target_group, "codes", []),
        lambda c: setattr(c.target_group, "codes", ["no-such-code"]),
        lambda c: _levels(c, 7),
        lambda c: setattr(c.assessment, "support_level", None),
        lambda c: setattr(c.assessment, "support_level", 9),
        lambda c: [setattr(t, "own_words", "") for t in c.assessment.themes.values()],
        lambda c: setattr(c.purposes, "selected", ["no-such-purpose"]),
        lambda c: setattr(c.purposes, "citizen_wishes", ""),
        lambda c: setattr(c, "goals", []),
        lambda c: c.goals.append(Goal(text="Støtte til at komme ud", current_level=1, target_level=3, due=TODAY)),
        lambda c: c.goals.append(_goal(c, current_level=4, target_level=0, measure="det går bedre")),
        lambda c: c.goals.append(_goal(c, current_level=0, target_level=0, due=TODAY - dt.timedelta(days=5))),
        lambda c: c.goals.append(_goal(c, current_level=2, target_level=1, goal_type=_type("Fastholde"))),
        lambda c: c.goals.append(_goal(c, current_level=2, target_level=1, goal_type=_type("Begrænse"))),
        lambda c: c.goals.append(_goal(c, subtheme="nope", goal_type="nope", current_level=8, accepted=False)),
        lambda c: c.goals.append(
            _goal(c, accepted=True, acceptance_note="", realistic_reason="", evaluation="", evaluation_date=None)
        ),
        lambda c: c.goals.append(_goal(c, due=TODAY + dt.timedelta(days=900), attainment_levels={5: "x"})),
        lambda c: c.goals.append(_goal(c, evaluation_date=TODAY - dt.timedelta(days=1))),
        lambda c: c.goals.append(_goal(c, due=TODAY + dt.timedelta(days=30), evaluation_date=TODAY + dt.timedelta(days=300))),
        lambda c: (setattr(c.activities, "selected", []), setattr(c.activities, "courses", [])),
        lambda c: setattr(c.activities, "selected", ["no-such-activity"]),
        lambda c: (_every_other_service(c), setattr(c, "coordination", Coordination())),
        lambda c: setattr(c.placement, "offer_id", ""),
        lambda c: setattr(c.placement, "offer_id", "nope"),
        lambda c: [setattr(c.placement, "offer_id", o.id) for o in STANDARD.offers if not o.eligible][:1],
        _elsewhere,
        lambda c: setattr(c.placement, "place", ""),
        lambda c: setattr(c.placement, "place", "nope"),
        lambda c: (setattr(c.placement, "waitlist", True), setattr(c.placement, "interim_solution", "")),
        lambda c: (setattr(c.placement, "waitlist", True), setattr(c.placement, "interim_solution", "Café")),
        lambda c: setattr(c.placement, "transport_needed", None),
        lambda c: (setattr(c.placement, "transport_needed", True), setattr(c.placement, "transport_note", "")),
        lambda c: setattr(c.placement, "planned_start", None),
        lambda c: setattr(c.placement, "planned_start", dt.date(2020, 1, 1)),
        lambda c: (setattr(c.decision, "outcome", ""), setattr(c.decision, "facts", "")),
        lambda c: (setattr(c.decision, "outcome", "grant"), setattr(c, "goals", [])),
        lambda c: setattr(c.decision, "decided_on", TODAY + dt.timedelta(days=2)),
        lambda c: setattr(c.decision, "decided_on", dt.date(2000, 1, 1)),
        lambda c: (setattr(c.decision, "decided_on", TODAY), setattr(c.application, "received", dt.date(2025, 1, 1))),
        lambda c: (setattr(c.decision, "decided_on", None), setattr(c.decision, "outcome", "grant")),
    ]
    for change in changes:
        case = _main()
        change(case)
        yield case


def _every_other_service(case: CaseFile) -> None:
    case.other_services = [
        OtherService(kind=s.id, status=status) for s in STANDARD.other_services for status in ("has", "applied")
    ] + [OtherService(kind=""), OtherService(kind="nope"), OtherService(kind="other")]


def _elsewhere(case: CaseFile) -> None:
    """The citizen lives where one offer is, and is placed in another."""
    eligible = [o for o in STANDARD.offers if o.eligible]
    here = eligible[0]
    case.citizen.postcode = here.postcode
    case.placement.offer_id = next(o.id for o in eligible if o.postcode != here.postcode)


def _undecided(case: CaseFile) -> None:
    case.decision.decided_on = None
    case.decision.delay_notice = ""


def _levels(case: CaseFile, level: int) -> None:
    for theme in case.assessment.themes.values():
        for key in theme.levels:
            theme.levels[key] = level
    case.assessment.themes["nope"] = copy.deepcopy(next(iter(case.assessment.themes.values())))
    case.assessment.themes["nope"].levels = {"no-such-subtheme": None}


def _type(first_word: str) -> str:
    return next(t.code for t in CATALOGUE.goal_types if t.name.startswith(first_word))


def _goal(case: CaseFile, **changes: object) -> Goal:
    goal = copy.deepcopy(case.goals[0])
    goal.id = f"extra-{len(case.goals)}"
    for name, value in changes.items():
        setattr(goal, name, value)
    return goal


def _followups(case: CaseFile) -> Iterator[FollowUp]:
    ids = [g.id for g in case.goals]
    yield FollowUp()
    yield FollowUp(held_on=TODAY + dt.timedelta(days=5), scores={ids[0]: 7, "ghost": 1}, weights={ids[0]: -1})
    yield FollowUp(held_on=dt.date(2000, 1, 1), outcome="what", levels={"nope": 1})
    sub = next(code for code in case.assessment.themes[next(iter(case.assessment.themes))].levels)
    yield FollowUp(held_on=TODAY, scores=dict.fromkeys(ids, 0), outcome="end", levels={sub: 9})
    yield FollowUp(held_on=TODAY, scores=dict.fromkeys(ids, 0), outcome="adjust", next_date=TODAY)
    yield FollowUp(
        held_on=TODAY, scores=dict.fromkeys(ids, 0), outcome="continue",
        adjustment=Adjustment(place="half"), next_date=TODAY + dt.timedelta(days=2000),
    )  # fmt: skip
    bad = Goal(text="Bedre", accepted=False)
    yield FollowUp(
        held_on=TODAY, scores=dict.fromkeys(ids, 0), outcome="adjust",
        adjustment=Adjustment(place="nope", offer_id="nope", goals=[bad, Goal(accepted=True)], ended_goals=[*ids, "ghost"]),
    )  # fmt: skip
    yield FollowUp(
        held_on=TODAY, scores=dict.fromkeys(ids, 0), outcome="adjust", adjustment=Adjustment(ended_goals=ids)
    )
    revised = copy.deepcopy(case.goals[0])
    revised.measure = ""
    ineligible = [o.id for o in STANDARD.offers if not o.eligible]
    yield FollowUp(
        held_on=TODAY, scores=dict.fromkeys(ids, 0), outcome="adjust",
        adjustment=Adjustment(offer_id=ineligible[0] if ineligible else "", goals=[revised]),
    )  # fmt: skip


def _all_findings() -> list[Finding]:
    findings: list[Finding] = []
    for case in _variants():
        findings += check_case(case, STANDARD, CATALOGUE, TODAY)
        offer = case.placement.offer_id
        findings += check_capacity(case, STANDARD, {offer: {case.placement.place: 10_000}})
    granted = _main()
    granted.status = "granted"
    for followup in _followups(granted):
        findings += check_followup(followup, granted, STANDARD, CATALOGUE, TODAY)
        findings += check_followup(followup, _main(), STANDARD, CATALOGUE, TODAY)
        findings += check_followup(followup, CaseFile(), STANDARD, CATALOGUE, TODAY)
    return findings


FINDINGS = _all_findings()


def _codes_in_source() -> set[str]:
    domain = REPO / "src/visitation_desktop/domain"
    text = "".join((domain / name).read_text(encoding="utf-8") for name in RULE_FILES)
    codes = set(re.findall(r'\.(?:block|warn|info)\(\s*"([a-z_]+\.[a-z_]+)"', text))
    codes |= set(re.findall(r'^\s*"(decision\.[a-z_]+_missing)",$', text, flags=re.MULTILINE))  # reasoning parts
    codes |= set(re.findall(r'\(\s*"[a-z_]+",\s*"(decision\.[a-z_]+_missing)",', text))
    codes |= set(re.findall(r'"(goals\.[a-z_]+)"', text))
    codes |= {f"followup.goal_not_{s}" for s in re.findall(r'"[SMRTE]": "([a-z_]+)"', text)}
    return codes


def test_the_rules_driven_here_give_nearly_every_code() -> None:
    """The cases above are varied enough that what they check is what the rules can say."""
    given = {f.code for f in FINDINGS}
    in_source = _codes_in_source()
    assert len(in_source) > 90
    missed = sorted(in_source - given)
    assert len(missed) <= 3, f"codes no case here gives: {missed}"


def test_every_finding_has_a_template_and_reads_the_same_in_danish() -> None:
    untranslatable = sorted({f.code for f in FINDINGS if f.text is None})
    assert untranslatable == []
    for finding in FINDINGS:
        assert finding.text is not None
        assert finding.text.render() == finding.message


def test_every_finding_and_smart_check_fills_its_english_text() -> None:
    """No template without an English text, no field the English text names that the values lack."""
    texts: list[Msg] = [f.text for f in FINDINGS if f.text is not None]
    for case in _variants():
        for goal in case.goals:
            texts += [c.text for c in check_goal(goal, TODAY, CATALOGUE) if isinstance(c.text, Msg)]
    for text in texts:
        english = text.render(_in_english)  # KeyError on a field the values do not have
        assert english != text.render() or not re.search("[æøå]", text.template)


def test_every_template_in_the_ts_names_the_same_fields_in_english() -> None:
    """So any values that fill the Danish template fill the English one too."""
    assert len(ENGLISH) > 150
    wrong = {source: text for source, text in ENGLISH.items() if _fields(source) != _fields(text)}
    assert wrong == {}


def test_every_rule_message_is_a_template_not_a_danish_string() -> None:
    """A rule that passed a plain (f-)string would show Danish in English; each passes ``msg(...)``."""
    offenders = []
    for name in RULE_FILES:
        path = REPO / "src/visitation_desktop/domain" / name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr in ("block", "warn", "info") and len(node.args) >= 2:
                message = node.args[1]
                if isinstance(message, ast.Constant | ast.JoinedStr | ast.BinOp):
                    offenders.append(f"{name}:{node.lineno}")
    assert offenders == []


# -- what the caseworker sees --------------------------------------------------------------------



def test_an_empty_case_shows_its_findings_in_english(qtbot, english: None, workspace) -> None:  # type: ignore[no-untyped-def]
    from visitation_desktop.gui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.ui.newCaseButton.click()
    wizard = window._wizard
    assert wizard is not None
    page = wizard.wizard.currentPage()  # type: ignore[attr-defined]
    page.reveal()  # as when Next was tried
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page) and label.text()]
    assert "Enter the citizen's CPR number." in shown
    assert "Enter the citizen's name." in shown
    assert not [t for t in shown if "Skriv" in t or "Vælg" in t], shown
    window.close_wizard()


def test_the_smart_check_and_goal_findings_in_english(qtbot, english: None) -> None:  # type: ignore[no-untyped-def]
    from visitation_desktop.gui.messages import finding_text
    from visitation_desktop.gui.wizard.pages.smart_panel import SmartPanel

    goal = Goal(text="Have det bedre.", measure="Det går bedre.", due=TODAY - dt.timedelta(days=3))
    panel = SmartPanel()
    qtbot.addWidget(panel)
    panel.show_checks(check_goal(goal, TODAY, CATALOGUE), set())
    shown = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "“bedre” cannot be counted." in shown
    assert "The date of the goal (23 November 2026) has passed." in shown
    assert not re.search("Skriv|Målet|Datoen", shown), shown
    case = CaseFile(goals=[goal])
    texts = [finding_text(f) for f in check_case(case, STANDARD, CATALOGUE, TODAY) if f.page == "goals"]
    assert any(t.startswith("Goal 1 (“Have det bedre.”) – Measurable: ") for t in texts), texts
