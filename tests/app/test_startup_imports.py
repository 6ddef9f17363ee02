"""The login window comes up before the heavy parts of the program are imported.

Run in a fresh interpreter (the test process has imported everything already): the real
``run_gui`` on an existing store, inspected from a timer once the login window is on screen,
and again once the main window is open after logging in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from visitation_desktop.services.workspace import Workspace

from .conftest import PASSWORD

PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

HEAVY = ("alembic", "reportlab", "sqlalchemy.orm", "visitation_desktop.gui.wizard",
         "visitation_desktop.gui.main_window", "visitation_desktop.store.repository")
report = {}


def heavy():
    return sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def visible(name):
    return [w for w in QApplication.topLevelWidgets() if type(w).__name__ == name and w.isVisible()]


def at_login():
    dialogs = visible("LoginDialog")
    if not dialogs:
        QTimer.singleShot(20, at_login)
        return
    report["login"] = heavy()
    dialogs[0].ui.initialsEdit.setText("AB")
    dialogs[0].ui.passwordEdit.setText(sys.argv[2])
    dialogs[0].ui.buttonBox.accepted.emit()
    QTimer.singleShot(20, at_main)


def at_main():
    if not visible("MainWindow"):
        QTimer.singleShot(20, at_main)
        return
    report["main"] = heavy()
    QApplication.instance().quit()


app = QApplication(["visitation-desktop"])
QTimer.singleShot(0, at_login)
from visitation_desktop.gui.app import run_gui
report["code"] = run_gui(Path(sys.argv[1]))
print(json.dumps(report))
"""


def test_login_window_is_shown_before_alembic_reportlab_orm_and_wizard(workspace: Workspace, data_dir: Path) -> None:
    workspace.close()
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir), PASSWORD],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["login"] == []
    # Logged in: the store is open, but it was at the newest schema, so Alembic was never needed.
    assert "sqlalchemy.orm" in report["main"], "the probe sees what logging in imported"
    assert not [m for m in report["main"] if m.startswith("alembic")]
    # Nor was reportlab: nothing has been rendered yet.
    assert not [m for m in report["main"] if m.startswith("reportlab")]
