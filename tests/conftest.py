"""Shared test set-up: Qt runs offscreen, the Danish locale, no real user data directory, and no
machine-wide IT policy (a test that wants one writes its own and points ``VISITATION_POLICY_FILE`` at it)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ["VISITATION_POLICY_FILE"] = os.path.join(os.sep, "nonexistent", "visitation-test-policy.json")


# --- a second municipality's standard (fictional, tests/data/standards/) ----------------------------

from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

SECOND_STANDARD = Path(__file__).parent / "data" / "standards" / "kildebjerg-104.toml"


@pytest.fixture(scope="session")
def kildebjerg() -> Any:
    """Kildebjerg Kommune's fictional standard: phone only, two legal bases, a cost exception."""
    from visitation_desktop.domain.standard import load_standard

    return load_standard(SECOND_STANDARD)


@pytest.fixture()
def kildebjerg_case(kildebjerg: Any) -> Any:
    """A complete grant under Kildebjerg's standard: the demo's main case moved to Kildebjerg
    (its ids, offer, citizen's town and reasoning), with nothing of Thisted left in it."""
    import datetime as dt
    import json

    from visitation_desktop.domain.case import Activities, CaseFile, Coordination, Placement, Purposes
    from visitation_desktop.domain.ffb import load_catalogue
    from visitation_desktop.domain.serialize import from_dict, to_dict
    from visitation_desktop.domain.standard import default_standard_path, load_standard
    from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases
    from visitation_desktop.services.reasoning import draft_reasoning

    today = dt.date(2026, 11, 26)
    catalogue = load_catalogue()
    thisted = load_standard(default_standard_path())
    case = next(c for c in demo_cases(thisted, catalogue, today) if c.citizen.name == MAIN_EXAMPLE)
    case.standard_id = kildebjerg.id
    case.citizen.address, case.citizen.postcode, case.citizen.town = "Bøgevej 3", "5985", "Kildebjerg"
    case.purposes = Purposes(selected=["faellesskab", "praktisk"], citizen_wishes=case.purposes.citizen_wishes)
    case.activities = Activities(selected=["vaerksted", "kokken"], note="Starter kl. 9.30.")
    case.other_services = []
    case.coordination = Coordination()
    case.placement = Placement(offer_id="moelledammen", place="full", transport_needed=False,
                               planned_start=dt.date(2026, 11, 12))
    text = json.dumps(to_dict(case), ensure_ascii=False)  # the citizen's own words name Thy's towns
    case = from_dict(CaseFile, json.loads(text.replace("Hurup", "Kildebjerg").replace("Thisted", "Nørre Kildebjerg")))
    draft = draft_reasoning(case, kildebjerg, catalogue, today)
    case.decision.rules_applied, case.decision.facts = draft.rules_applied, draft.facts
    case.decision.considerations = draft.considerations
    return case


@pytest.fixture(scope="session")
def _thisted_grant() -> Any:
    import datetime as dt

    from visitation_desktop.domain.ffb import load_catalogue
    from visitation_desktop.domain.standard import default_standard_path, load_standard
    from visitation_desktop.services.demo_data import MAIN_EXAMPLE, demo_cases

    standard = load_standard(default_standard_path())
    cases = demo_cases(standard, load_catalogue(), dt.date(2026, 11, 26))
    return next(c for c in cases if c.citizen.name == MAIN_EXAMPLE)


@pytest.fixture()
def complete_case(_thisted_grant: Any) -> Any:
    """A factory of complete Thisted cases the rules allow to grant (the demo's main case), moved to
    ``offer_id``/``place``, with its own fictional CPR number ``seq``; ``outcome`` "" leaves it undecided."""
    import copy
    import datetime as dt

    from visitation_desktop.domain.case import CaseStatus
    from visitation_desktop.domain.cpr import make_fictional_cpr

    def make(offer_id: str | None = None, place: str | None = None, outcome: str = "grant", *, waitlist: bool = False,
             seq: int = 1, decided: dt.date | None = None) -> Any:
        case = copy.deepcopy(_thisted_grant)
        case.id, case.status = None, CaseStatus.OPEN.value
        case.citizen.cpr = make_fictional_cpr(dt.date(1980, 1, 1), seq)
        case.citizen.name = f"Borger {seq}"
        p = case.placement
        p.offer_id = p.offer_id if offer_id is None else offer_id
        p.place = p.place if place is None else place
        p.waitlist = waitlist
        p.interim_solution = "Besøg i tilbuddet én dag om ugen, indtil der er plads." if waitlist else ""
        if outcome:
            case.decision.outcome = outcome
            case.decision.decided_on = decided or case.decision.decided_on
        else:
            case.decision.outcome, case.decision.decided_on = "", None
        return case

    return make


# --- the false grants the rules gate must stop on every path -------------------------------------

FULL_OFFER = "enggaarden"  # the tests give it a single full place (see small_capacity_standard)
FALSE_GRANTS = ("17 år", "§ 103", "§ 85 uden samarbejde", "fuldt tilbud", "venteliste uden foreløbig løsning")


@pytest.fixture(scope="session")
def small_capacity_standard(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Thisted's standard with one full place at Enggården, so one grant fills it."""
    from visitation_desktop.domain.standard import default_standard_path

    text = default_standard_path().read_text(encoding="utf-8")
    anchor = 'id = "enggaarden"\nname = "Enggården"\naddress = "Enggårdsvej 3"\npostcode = "7700"\ntown = "Thisted"\n'
    assert text.count(anchor + "capacity_full = 15\n") == 1
    path = tmp_path_factory.mktemp("standards") / "thisted-104.toml"
    path.write_text(text.replace(anchor + "capacity_full = 15\n", anchor + "capacity_full = 1\n"), encoding="utf-8")
    return path


@pytest.fixture()
def false_grant(complete_case: Any) -> Any:
    """``false_grant(name)``: a grant the standard does not allow, as a case dated and reasoned.
    "fuldt tilbud" needs ``occupant()`` (the grant holding the one place) stored first."""
    import datetime as dt

    from visitation_desktop.domain.case import Coordination, OtherService
    from visitation_desktop.domain.cpr import make_fictional_cpr

    def make(name: str) -> Any:
        case = complete_case(seq=40 + FALSE_GRANTS.index(name))
        decided = case.decision.decided_on
        if name == "17 år":
            case.citizen.cpr = make_fictional_cpr(dt.date(decided.year - 17, decided.month, 1), 7)
        elif name == "§ 103":
            case.other_services.append(OtherService(kind="sel103", description="Værksted", status="has"))
        elif name == "§ 85 uden samarbejde":
            assert any(s.kind == "sel85" for s in case.other_services)
            case.coordination = Coordination()
        elif name == "fuldt tilbud":
            case.placement.offer_id, case.placement.place = FULL_OFFER, "full"
        else:
            case.placement.waitlist, case.placement.interim_solution = True, ""
        return case

    return make


@pytest.fixture()
def occupant(complete_case: Any) -> Any:
    """The grant that holds Enggården's one full place (decided before the false grants)."""
    import datetime as dt

    def make() -> Any:
        case = complete_case(FULL_OFFER, "full", seq=30)
        case.decision.decided_on = case.decision.decided_on - dt.timedelta(days=1)
        return case

    return make


# --- windows a test shows live until its teardown ------------------------------------------------


@pytest.fixture
def qtbot(qtbot: Any) -> Any:
    """pytest-qt's ``qtbot``, whose ``addWidget`` also holds the window until the test's teardown
    and then deletes it, after pytest-qt has closed it.

    pytest-qt keeps only a weak reference. A window made without a parent is owned by its Python
    wrapper, and a wizard's wrapper sits in reference cycles (its pages, bindings and helpers point
    back at it): once the test function returned it was garbage while still shown, and the
    collection Python starts at any allocation — inside a chart's ``paintEvent`` while pytest-qt
    processed the events after the test — destroyed the widget tree under the paint (a segmentation
    fault). Held here, it goes at a known moment, when nothing of it is running."""
    import shiboken6

    kept: list[Any] = []
    track = qtbot.addWidget

    def add_widget(widget: Any, *, before_close_func: Any = None) -> None:
        track(widget, before_close_func=before_close_func)
        kept.append(widget)

    qtbot.addWidget = qtbot.add_widget = add_widget
    yield qtbot
    while kept:
        widget = kept.pop()
        if shiboken6.isValid(widget):
            shiboken6.delete(widget)
