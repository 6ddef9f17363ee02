"""Nothing leaks outside the encrypted store: no core dumps, owner-only exports warned about first,
the spooler's setting that keeps printed documents checked and explained."""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

import pytest

from visitation_desktop.hardening import harden_process
from visitation_desktop.services.spool_check import cups_problem, preserve_job_files

from .cli_run import run
from .conftest import MAIN, PASSWORD


def test_core_dumps_are_off_for_the_process() -> None:
    done = harden_process()
    assert done == {"core_limit_zero": True, "not_dumpable": True}
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def test_export_warns_before_writing_and_is_owner_only(
    data_dir: Path, ids: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "sag.json"
    seen_before: list[bool] = []
    real_write = sys.stderr.write

    def watch(text: str) -> int:
        if "ikke krypteret" in text:
            seen_before.append(target.exists())
        return real_write(text)

    monkeypatch.setattr(sys.stderr, "write", watch)
    code, _out, err = run(data_dir, monkeypatch, capsys, "cases", "export", str(ids[MAIN]), "--out", str(target),
                          stdin=PASSWORD + "\n")
    assert code == 0, err
    assert seen_before == [False], "the warning comes before the file exists"
    assert target.stat().st_mode & 0o777 == 0o600
    assert MAIN in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("conf", "kept"),
    [
        ("", True),  # CUPS 2.x keeps job files a day when unset
        ("PreserveJobFiles Yes\n", True),
        ("PreserveJobFiles 3600\n", True),
        ("# PreserveJobFiles No\nPreserveJobFiles No\n", False),
        ("PreserveJobHistory Yes\npreservejobfiles off\n", False),
    ],
)
def test_cups_preserve_job_files_is_checked_and_the_line_to_change_given(conf: str, kept: bool, tmp_path: Path) -> None:
    path = tmp_path / "cupsd.conf"
    path.write_text(conf, encoding="utf-8")
    problem = cups_problem(path)
    assert (problem is not None) == kept
    if problem:
        assert "PreserveJobFiles No" in problem and str(path) in problem and "/var/spool/cups" in problem
        assert "\n" not in problem


def test_this_machines_cups_setting_is_reported_by_security_check(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(data_dir, monkeypatch, capsys, "security", "check")
    value = preserve_job_files()
    if value is None or value.lower() in {"no", "off", "false", "0"}:
        assert code == 0 and "gemmer ikke" in out
    else:
        assert code == 1 and "PreserveJobFiles No" in out
    assert os.getpid() > 0
