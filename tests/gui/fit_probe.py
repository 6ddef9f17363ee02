"""Open every wizard page in the main window at one screen size, scale factor and language, and
report what does not fit: a page that scrolls sideways, a window that cannot shrink to the screen,
text cut short on a button or a one-line label. Run in its own process, as QT_SCALE_FACTOR must be
set before the QApplication exists:

    QT_SCALE_FACTOR=1.25 python tests/gui/fit_probe.py DATA_DIR 1280 720 da

Prints one JSON object: {"problems": [...], "pages": n}.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QScrollArea, QStyle, QWidget

TITLE_BAR_PX = 32  # the window manager's title bar, in screen pixels
TODAY = dt.date(2026, 3, 2)


def _cut_short(page: QWidget) -> list[str]:
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if (
            isinstance(widget, QLabel)
            and not widget.wordWrap()
            and widget.text()
            and widget.pixmap().isNull()
        ):
            if widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(
                    f"label {widget.text()[:40]!r}: {widget.width()} < {widget.minimumSizeHint().width()} px"
                )
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.width() + 1 < widget.minimumSizeHint().width()
        ):
            found.append(
                f"button {widget.text()[:40]!r}: {widget.width()} < {widget.minimumSizeHint().width()} px"
            )
    return found


def main(argv: list[str]) -> int:
    data_dir, width, height, language = Path(argv[1]), int(argv[2]), int(argv[3]), argv[4]
    app = QApplication(argv[:1])
    from visitation_desktop import i18n_build
    from visitation_desktop.domain.case import WizardPage
    from visitation_desktop.gui.i18n import install_translators
    from visitation_desktop.gui.main_window import MainWindow
    from visitation_desktop.services.demo_data import demo_cases
    from visitation_desktop.services.workspace import init_store

    i18n_build.build()
    install_translators(app, language)
    scale = app.primaryScreen().devicePixelRatio()
    ws = init_store(data_dir, "AB", "Anne Berg", "korrekt-hest-batteri")
    problems: list[str] = []
    pages = 0
    try:
        window = MainWindow(ws)
        logical = (round(width / scale), round((height - TITLE_BAR_PX) / scale))
        window.resize(*logical)
        window.show()
        case = max(demo_cases(ws.standard, ws.catalogue, TODAY), key=lambda c: len(c.goals))
        window.cases.new_case(case)
        window.open_wizard(window.cases.open_case(case.id or 0))
        app.processEvents()
        wizard = window._wizard
        assert wizard is not None
        shrink = window.minimumSizeHint()
        if shrink.width() > logical[0] or shrink.height() > logical[1]:
            problems.append(f"window needs {shrink.width()}×{shrink.height()} of {logical[0]}×{logical[1]}")
        for page_id in WizardPage:
            wizard.go_to(page_id)
            page = wizard.pages[page_id]
            views = range(page.theme_list.count()) if hasattr(page, "theme_list") else [None]
            for view in views:
                if view is not None:
                    page.theme_list.setCurrentRow(view)
                for _ in range(3):
                    app.processEvents()
                pages += 1
                for scroll in page.findChildren(QScrollArea):
                    if scroll.isVisible() and scroll.horizontalScrollBar().maximum() > 0:
                        body = scroll.widget()
                        need = body.minimumSizeHint().width() if body else 0
                        problems.append(
                            f"{page_id.value}: scrolls sideways ({need} px in {scroll.viewport().width()})"
                        )
                problems += [f"{page_id.value}: {p}" for p in _cut_short(page)]
                problems += _steps_cut_short(wizard.steps)
                buttons = wizard.wizard.findChildren(QAbstractButton)
                problems += [f"{page_id.value}: {p}" for p in _cut_short_buttons(buttons)]
        window.close()
    finally:
        ws.close()
    print(json.dumps({"problems": sorted(set(problems)), "pages": pages, "logical": logical}))
    return 0


def _steps_cut_short(steps: QListWidget) -> list[str]:
    """A step name the list shows only in part: its text, wrapped at words, does not fit its row."""
    found = []
    metrics = steps.fontMetrics()
    margin = (
        steps.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, steps) + 1
    )  # as the delegate
    for row in range(steps.count()):
        item = steps.item(row)
        rect = steps.visualItemRect(item)
        room = rect.adjusted(margin, 0, -margin, 0)
        flags = int(Qt.TextFlag.TextWordWrap)
        need = metrics.boundingRect(room.x(), room.y(), room.width(), 10_000, flags, item.text())
        if (
            need.width() > room.width()
            or need.height() > rect.height()
            or rect.right() > steps.viewport().width()
        ):
            found.append(
                f"step {item.text()!r}: needs {need.width()}×{need.height()} in {room.width()}×{rect.height()}"
            )
    return found


def _cut_short_buttons(buttons: list[QAbstractButton]) -> list[str]:
    return [
        f"wizard button {b.text()!r}: {b.width()} < {b.minimumSizeHint().width()} px"
        for b in buttons
        if b.isVisible() and b.text() and b.width() + 1 < b.minimumSizeHint().width()
    ]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
