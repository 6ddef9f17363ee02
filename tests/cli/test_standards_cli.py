"""``standards use FILE`` and ``standards list``: the documented way to choose the quality standard."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SECOND_STANDARD

from .conftest import Run


def test_use_and_list(run: Run, store: Path) -> None:
    before = run("standards", "list")
    assert before.code == 0
    assert before.out.splitlines()[0].startswith("* thisted-104\tThisted Kommune\tUdateret udgave")
    done = run("standards", "use", str(SECOND_STANDARD))
    assert done.code == 0, done.err
    assert done.out.startswith("Programmet bruger nu Kildebjerg Kommunes kvalitetsstandard")
    settings = json.loads((store / "settings.json").read_text(encoding="utf-8"))
    assert settings["standard_file"] == str(SECOND_STANDARD.resolve())
    rows = run("standards", "list", "--json").json()
    assert [(r["id"], r["active"]) for r in rows][:2] == [("kildebjerg-104", True), ("thisted-104", False)]


def test_a_broken_file_is_refused_and_nothing_changes(run: Run, store: Path, tmp_path: Path) -> None:
    broken = tmp_path / "x.toml"
    broken.write_text("format = 2\n", encoding="utf-8")
    done = run("standards", "use", str(broken))
    assert done.code == 1
    assert f"{broken}: fejl ved id: Nøglen mangler." in done.err
    assert run("standards", "list").out.startswith("* thisted-104")
