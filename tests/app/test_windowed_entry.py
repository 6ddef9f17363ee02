"""The programs' entry point as Windows starts them: the windowed GUI gets ``sys.stdout`` and
``sys.stderr`` set to None and must still run; the console CLI prints ``--help`` and ``cases list``.

Each run is a child process, as the real program is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

PASSWORD = "korrekt-hest-batteri"

GUI_CHILD = textwrap.dedent(
    """
    import json, sys
    sys.stdout = None   # what a windowed (console=False) Windows executable gets
    sys.stderr = None
    sys.stdin = None
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    marker = sys.argv[1]
    seen = {}

    def step():
        from visitation_desktop.gui.login_dialog import LoginDialog
        from visitation_desktop.gui.main_window import MainWindow
        modal = QApplication.activeModalWidget()
        if isinstance(modal, LoginDialog) and "login" not in seen:
            seen["login"] = modal.ui.initialsEdit.text()
            modal._on_accept()
            return
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible() and window.model.rowCount() > 0:
                seen["title"] = window.windowTitle()
                seen["rows"] = window.model.rowCount()
                seen["stdout_writable"] = sys.stdout is not None and sys.stderr is not None
                with open(marker, "w", encoding="utf-8") as out:
                    json.dump(seen, out)
                timer.stop()
                window.close()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(100)
    from visitation_desktop.entry import main
    code = main(["--demo"])
    with open(marker + ".exit", "w", encoding="utf-8") as out:
        out.write(str(code))
    """
)


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}


def test_the_gui_entry_runs_with_stdout_and_stderr_none(tmp_path: Path) -> None:
    marker = tmp_path / "seen.json"
    done = subprocess.run([sys.executable, "-c", GUI_CHILD, str(marker)], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout == "", "nothing reached the (absent) console"
    assert "Traceback" not in done.stderr  # only Qt's own C-level messages may reach file descriptor 2
    seen = json.loads(marker.read_text(encoding="utf-8"))
    assert seen["login"] == "DEMO"
    assert seen["title"] == "Visitation Desktop – DEMO" and seen["rows"] >= 8
    assert seen["stdout_writable"], "the missing streams were given a null device"
    assert (tmp_path / "seen.json.exit").read_text() == "0"


def test_a_command_in_the_windowed_program_does_not_crash_on_missing_streams(tmp_path: Path) -> None:
    """``cases list --json`` writes with sys.stdout.write: without a stream it would raise."""
    data = tmp_path / "data"
    script = textwrap.dedent(
        f"""
        import io, sys
        from visitation_desktop.services.workspace import init_store
        init_store(__import__("pathlib").Path({str(data)!r}), "AB", "Anne Berg", {PASSWORD!r}).close()
        sys.stdout = None
        sys.stderr = None
        sys.stdin = None
        from visitation_desktop.entry import main
        code = main(["--data-dir", {str(data)!r}, "--user", "AB", "--password-stdin", "cases", "list", "--json"])
        open({str(tmp_path / "code")!r}, "w").write(str(code))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], env=_env(tmp_path), capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    # The password comes from stdin, which is the null device: an empty password is refused (exit 3),
    # with no traceback.
    assert (tmp_path / "code").read_text() == "3"
    assert "Traceback" not in done.stderr


def test_the_console_entry_prints_help_and_the_case_list(tmp_path: Path) -> None:
    env = _env(tmp_path)
    data = tmp_path / "data"
    base = [sys.executable, "-m", "visitation_desktop"]
    done = subprocess.run([*base, "--help"], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0
    assert "brug: visitation-desktop" in done.stdout and "cases" in done.stdout
    for args in (["init", "--name", "Anne Berg"], ["demo"]):
        step = subprocess.run([*base, "--data-dir", str(data), "--user", "AB", "--password-stdin", *args],
                              input=PASSWORD + "\n", env=env, capture_output=True, text=True, timeout=180,
                              check=False)
        assert step.returncode == 0, step.stderr
    listed = subprocess.run([*base, "--data-dir", str(data), "--user", "AB", "--password-stdin", "cases", "list"],
                            input=PASSWORD + "\n", env=env, capture_output=True, text=True, timeout=60,
                            check=False)
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert len(rows) >= 8 and all(len(row) >= 3 for row in rows)
    assert any("Mette Sønderby Thomsen" in row for row in rows)
