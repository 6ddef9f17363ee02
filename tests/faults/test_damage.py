"""Every damaged file named in Danish, with what to do: one test per damage scenario of ``damage.py``.

A damaged store, a store that does not fit the key file, a store that is gone: exit code 5, one
line that names the file, what is wrong and the way back (the newest backup), no traceback, and not
one file of the data folder changed. A damaged settings file or standard named in it: the defaults
are used, a warning line says so, the cases are all there and settings.json is left as it was.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .damage import SCENARIOS, Scenario, make_base, run_cli

MINE = SCENARIOS  # the keys.json cases are the security engineer's messages (exit code 9)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_base(tmp_path_factory.mktemp("damage") / "base")


@pytest.fixture
def folder(base: Path, tmp_path: Path) -> Path:
    d = tmp_path / "data"
    shutil.copytree(base, d)
    return d


@pytest.mark.parametrize("scenario", MINE, ids=[s.name for s in MINE])
def test_damage_is_named_in_danish_and_nothing_is_changed(folder: Path, scenario: Scenario) -> None:
    scenario.damage(folder)
    outcome = run_cli(folder, scenario)

    assert not outcome.traceback, outcome.message
    assert scenario.expect in outcome.message
    assert " / " not in outcome.message, "one line"
    if scenario.usable:
        assert outcome.code == 0 and outcome.cases == 10, outcome.message
        if scenario.kind != "keys":  # a streak date that cannot be read counts as no streak
            assert outcome.message.startswith("visitation-desktop: advarsel: ")
        assert "settings.json" not in outcome.changed  # left for the caseworker to fix or save over
    else:
        assert outcome.code == scenario.code, outcome.message
        assert outcome.changed == [], f"the attempt changed {outcome.changed}"
        if scenario.kind == "store":
            assert "Nyeste sikkerhedskopi" in outcome.message or "ingen sikkerhedskopier" in outcome.message
