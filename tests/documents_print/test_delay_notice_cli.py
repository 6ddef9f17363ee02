"""``render delay-notice``: the letter the law asks for when the deadline cannot be met, from the CLI."""

from __future__ import annotations

from pathlib import Path

from visitation_desktop.services.workspace import Workspace

from .conftest import CliRun, DemoStore, actions, flat, pdf_text


def test_render_delay_notice_records_date_and_reason_and_writes_the_letter(
    cli: CliRun, demo_store: DemoStore, workspace: Workspace, tmp_path: Path
) -> None:
    case_id = demo_store.ids["Niels Ejner Bak"]
    out = tmp_path / "forsinkelse.pdf"
    done = cli("render", "delay-notice", str(case_id), "--out", str(out), "--today", "2026-11-26",
               "--expected", "2026-12-18", "--reason", "Vi venter på en udtalelse fra din læge.")
    assert done.returncode == 0, done.stderr
    text = flat(pdf_text(out))
    for said in ("Du kan forvente en afgørelse senest 18. december 2026.", "Vi venter på en udtalelse fra din læge.",
                 "Besked om forsinkelse · 26. november 2026"):
        assert flat(said) in text, said
    stored = workspace.repo.load_case(case_id)
    assert str(stored.decision.expected_on) == "2026-12-18"
    logged = actions(workspace, stored)
    assert ("edit", "delay notice") in logged and ("export", "delay-notice") in logged


def test_delay_notice_without_a_date_names_what_is_missing(cli: CliRun, demo_store: DemoStore,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "forsinkelse.pdf"
    done = cli("render", "delay-notice", str(demo_store.ids["Karen Marie Vestergaard"]), "--out", str(out))
    assert done.returncode == 13
    assert "Beskeden om forsinkelse kan ikke laves endnu. Der mangler:" in done.stderr
    assert "- datoen, hvor borgeren kan forvente en afgørelse" in done.stderr
    assert "- årsagen til, at fristen ikke kan holdes" in done.stderr
    assert not out.exists()


def test_no_delay_notice_and_no_plan_where_the_outcome_has_none(cli: CliRun, demo_store: DemoStore,
                                                                tmp_path: Path) -> None:
    refused = demo_store.ids["Kasper Møller Nørgaard"]
    done = cli("render", "handleplan", str(refused), "--out", str(tmp_path / "plan.pdf"))
    assert done.returncode == 13
    assert "Handleplanen laves ikke for denne sag: Der laves ikke en handleplan" in done.stderr
    done = cli("render", "delay-notice", str(refused), "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 13 and "Sagen er afgjort" in done.stderr
    done = cli("render", "decision", str(refused), "--out", str(tmp_path / "x.pdf"), "--expected", "2026-12-01")
    assert done.returncode == 2 and "--expected og --reason hører kun til delay-notice." in done.stderr
