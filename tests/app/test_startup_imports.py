"""The login window comes up before the heavy parts of the program are imported.

Run in a fresh interpreter (the test process has imported everything already): the real
``run_gui`` on an existing store, inspected from a timer once the login window is on screen,
and again once the main window is open after logging in.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from visitation_desktop.domain.case import CaseFile
from visitation_desktop.domain.cpr import make_fictional_cpr
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import Workspace, unlock

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
    windows = visible("MainWindow")
    if not windows or windows[0].overview_pending:
        QTimer.singleShot(5, at_main)
        return
    report["main"] = heavy()
    report["listed"] = [windows[0].model.row_data(r).summary.citizen_name for r in range(windows[0].model.rowCount())]
    QTimer.singleShot(0, lambda: behind(windows[0]))


def behind(window):
    if type(window.ws.repo).__name__ != "Repository":  # opened behind the list (store/direct_first.py)
        QTimer.singleShot(20, lambda: behind(window))
        return
    report["opened"] = heavy()
    QApplication.instance().quit()


app = QApplication(["visitation-desktop"])
QTimer.singleShot(0, at_login)
from visitation_desktop.gui.app import run_gui
report["code"] = run_gui(Path(sys.argv[1]))
print(json.dumps(report))
"""


def _run_gui(data_dir: Path) -> dict[str, list[str]]:
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
    report: dict[str, list[str]] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_login_window_is_shown_before_alembic_reportlab_orm_and_wizard(workspace: Workspace, data_dir: Path) -> None:
    workspace.close()  # no backup taken today yet: the login opens the store the ordinary way, backing it up
    report = _run_gui(data_dir)
    assert report["login"] == []
    # Logged in: the store is open, but it was at the newest schema, so Alembic was never needed.
    assert "sqlalchemy.orm" in report["main"], "the probe sees what logging in imported"
    assert not [m for m in report["main"] if m.startswith("alembic")]
    # Nor was reportlab: nothing has been rendered yet.
    assert not [m for m in report["main"] if m.startswith("reportlab")]


def test_the_list_fills_before_sqlalchemy_is_imported_and_the_store_opens_behind_it(
    workspace: Workspace, data_dir: Path
) -> None:
    """Once the day's backup is taken, the main window fills its list through the SQLCipher driver
    alone: SQLAlchemy was not in memory beside the password's Argon2id (the program's peak)."""
    workspace.close()
    ws = unlock(data_dir, "AB", PASSWORD)  # the day's first login: the backup
    case = CaseFile()
    case.citizen.name, case.citizen.cpr = "Birte Kjær Sørensen", make_fictional_cpr(dt.date(1958, 3, 4), 2)
    CaseService(ws).new_case(case)
    ws.close()
    report = _run_gui(data_dir)
    assert report["login"] == []
    assert not [m for m in report["main"] if m.startswith("sqlalchemy")], report["main"]
    assert report["listed"] == ["Birte Kjær Sørensen"]
    assert "sqlalchemy.orm" in report["opened"] and "visitation_desktop.store.repository" in report["opened"]
    assert not [m for m in report["opened"] if m.startswith(("alembic", "reportlab"))]
