"""Open a case in the main window on a laptop screen with a second screen beside it (Qt's offscreen
platform with two screens, see ``test_citizen_view.py``) and report where the citizen's view went.

    QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json python tests/gui/two_screens_probe.py DATA_DIR [PNG]

Prints one JSON object: the screens, the view's screen, geometry, full screen, hint, and its texts.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

TODAY = dt.date(2026, 11, 26)


def main(argv: list[str]) -> int:
    data_dir = Path(argv[1])
    app = QApplication(argv[:1])
    from visitation_desktop.gui.main_window import MainWindow
    from visitation_desktop.services.demo_data import demo_cases
    from visitation_desktop.services.workspace import init_store

    laptop = next(s for s in app.screens() if s.name() == "laptop")
    ws = init_store(data_dir, "AB", "Anne Berg", "korrekt-hest-batteri")
    try:
        window = MainWindow(ws)
        window.setScreen(laptop)
        window.setGeometry(laptop.availableGeometry())
        window.show()
        case = max(demo_cases(ws.standard, ws.catalogue, TODAY), key=lambda c: len(c.goals))
        window.cases.new_case(case)
        window.open_wizard(window.cases.open_case(case.id or 0))
        for _ in range(5):
            app.processEvents()
        wizard = window._wizard
        view = getattr(getattr(wizard, "citizen_screen", None), "view", None)
        report: dict[str, object] = {"screens": [s.name() for s in app.screens()], "opened": view is not None}
        if view is not None:
            geometry = view.geometry()
            report |= {
                "visible": view.isVisible(),
                "screen": view.screen().name(),
                "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
                "full_screen": view.isFullScreen(),
                "hint": view.hint.isVisibleTo(view),
                "texts": view.texts(),
                "wizard_screen": window.screen().name(),
            }
            if len(argv) > 2:
                view.grab().save(argv[2])
            window.close_wizard()
            for _ in range(5):
                app.processEvents()
            report["closed_with_case"] = not view.isVisible()
        window.close()
    finally:
        ws.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
