"""``render`` on a damaged store says what the ordinary way of opening it says, whichever way it opens it.

Once the day's backup is taken, ``render`` reads the store through the driver (``store.direct``). A
store damaged so that the driver cannot open it is handed to the ordinary way, which names the
damage. Damage in pages the command never reads is met by neither (the day's backup, which reads
every page, was taken before it): both make the PDF. Damage met: exit code 5, one Danish line with
what is wrong, no PDF, no traceback, no file of the folder changed.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
from pathlib import Path

import pytest

from visitation_desktop.cli import main
from visitation_desktop.services.workspace import unlock
from visitation_desktop.store.direct import DirectStore, NotDirect

from .damage import PASSWORD, SCENARIOS, Scenario, fingerprint, make_base

STORE_DAMAGE = [s for s in SCENARIOS if s.kind == "store" and not s.usable]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_base(tmp_path_factory.mktemp("render-damage") / "base")
    unlock(folder, "AB", PASSWORD).close()  # the day's backup: from now on render reads directly
    return folder


def _render(folder: Path, out: Path) -> tuple[int, str]:
    err = io.StringIO()
    stdin, sys.stdin = sys.stdin, io.StringIO(PASSWORD + "\n")
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["--data-dir", str(folder), "--user", "AB", "--password-stdin", "render", "handleplan", "1",
                         "--out", str(out)])
    finally:
        sys.stdin = stdin
    return code, err.getvalue()


def test_an_intact_store_is_rendered_directly(base: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(base, folder)
    code, said = _render(folder, tmp_path / "plan.pdf")
    assert code == 0, said
    assert (tmp_path / "plan.pdf").stat().st_size > 10_000


def _attempt(base: Path, root: Path, scenario: Scenario) -> tuple[int, str, list[str], bool]:
    folder = root / "data"
    shutil.copytree(base, folder)
    scenario.damage(folder)
    before = fingerprint(folder)
    out = root / "plan.pdf"
    code, said = _render(folder, out)
    after = fingerprint(folder)
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return code, said.replace(str(root), "<mappe>"), changed, out.exists()


@pytest.mark.parametrize("scenario", STORE_DAMAGE, ids=[s.name for s in STORE_DAMAGE])
def test_render_says_what_the_ordinary_way_says(base: Path, tmp_path: Path, scenario: Scenario,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    code, said, changed, made = _attempt(base, tmp_path / "direkte", scenario)

    def ordinary(cls: type[DirectStore], data_dir: Path, key: bytes) -> DirectStore:
        raise NotDirect("the test asks for the ordinary way")

    monkeypatch.setattr(DirectStore, "open", classmethod(ordinary))
    ordinary_code, ordinary_said, _changed, ordinary_made = _attempt(base, tmp_path / "almindelig", scenario)
    assert (code, said, made) == (ordinary_code, ordinary_said, ordinary_made)
    assert "Traceback" not in said
    if code != 0:  # damage the reads met: named in one Danish line, nothing written
        lines = [line for line in said.splitlines() if line.strip()]
        assert code == scenario.code and scenario.expect in said, said
        assert len(lines) == 1 and lines[0].startswith("visitation-desktop: "), said
        assert not made and changed == []
