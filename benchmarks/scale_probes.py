"""The child processes of ``benchmarks/scale.py``: each prints one JSON line on standard output.

Run as ``python benchmarks/scale_probes.py KIND ARGS...``:

- ``anchor``: a bare PySide6 QWizard, 10 pages x 6 labelled fields, until it is on screen;
- ``login DATA_DIR``: the program's own start (``visitation_desktop.cli.main``) until the login
  window is on screen;
- ``main DATA_DIR COUNT``: unlock, then the main window until its list holds COUNT cases, with the
  longest time the GUI thread did not answer; then search steps (typed into the window on screen,
  each timed until the list has painted its result), autosaves and the peak RSS. What
  the program imports while its login window is shown (``gui.app.preload_main_window``) is
  imported first, as it would be by the time the caseworker has typed the password.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable

PASSWORD = "benchmark-kodeord-1"
USER = "BM"
QUERIES = ("a", "an", "ann", "s", "sø", "sør", "m", "ma", "mar", "k", "kr", "kri", "h", "ha", "han", "l", "le", "len")


def _rss_mb() -> float:
    """This process's own peak RSS. On Linux ``ru_maxrss`` keeps the parent's peak across fork and
    exec (``scale.py`` holds the store it just filled: the probes reported its size, not theirs);
    ``VmHWM`` is the peak of this process's own memory."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _done(report: dict[str, object]) -> None:
    report["rss_mb"] = _rss_mb()
    print(json.dumps(report), flush=True)
    os._exit(0)  # the figures are out; skip Qt's and SQLAlchemy's teardown


def _when_visible(app: object, name: str, report: dict[str, object]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll() -> None:
        if any(type(w).__name__ == name and w.isVisible() for w in QApplication.topLevelWidgets()):
            report["shown_s"] = time.perf_counter()
            _done(report)
        QTimer.singleShot(2, poll)

    QTimer.singleShot(0, poll)


def anchor() -> None:
    from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWizard, QWizardPage

    app = QApplication(["anchor"])
    wizard = QWizard()
    for p in range(10):
        page = QWizardPage()
        page.setTitle(f"Side {p + 1}")
        form = QFormLayout(page)
        for f in range(6):
            form.addRow(f"Felt {f + 1}", QLineEdit())
        wizard.addPage(page)
    wizard.show()
    _when_visible(app, "QWizard", {})
    app.exec()


def login(data_dir: str) -> None:
    # The entry point imports the CLI before anything of Qt (``entry.main``): so does the probe. A
    # module imported after PySide6 costs more, as PySide reads its source (``__feature__`` check).
    from visitation_desktop.cli import main  # noqa: I001 (before PySide6, as the entry point)
    from PySide6.QtWidgets import QApplication

    app = QApplication(["visitation-desktop"])
    _when_visible(app, "LoginDialog", {})
    main(["--data-dir", data_dir])


def _percentiles(times: list[float]) -> dict[str, float]:
    return {"p50": statistics.median(times), "p95": statistics.quantiles(times, n=100)[94], "max": max(times)}


class _Paints:
    """Counts the paint events of a widget (the case list's viewport): a search step ends when it painted."""

    def __init__(self, widget: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint

        class Filter(QObject):
            count = 0

            def eventFilter(self, _watched: object, event: QEvent) -> bool:  # noqa: N802 (Qt API)
                if event.type() == paint:
                    Filter.count += 1
                return False

        self._filter = Filter()
        self._kind = Filter
        widget.installEventFilter(self._filter)  # type: ignore[attr-defined]

    @property
    def count(self) -> int:
        return self._kind.count


def _search_step(window: object, text: str, paints: _Paints) -> float:
    """Type ``text`` into the search field; the time until the list on screen shows the result: the
    keystroke's own work, then the event loop's turns (the view's layout, then its paint) until the
    list has painted, as the caseworker waits for it. The window is on screen (never hidden by then)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    started = time.perf_counter()
    before = paints.count
    window.ui.searchEdit.setText(text)  # type: ignore[attr-defined]
    timer = getattr(window, "_search_timer", None)
    if timer is not None and timer.isActive():  # before the search index: a debounced refresh
        timer.stop()
        window.refresh()  # type: ignore[attr-defined]
    for _turn in range(20):
        app.processEvents()  # type: ignore[union-attr]
        if paints.count > before:
            break
    else:  # nothing asked for a paint (the list did not change): what it shows is the result
        window.ui.caseTable.viewport().repaint()  # type: ignore[attr-defined]
    return (time.perf_counter() - started) * 1000


def _spin_until(condition: Callable[[], bool]) -> None:
    """Run the event loop until ``condition()`` holds, looking each turn; not ``app.exec()``:
    ``QApplication.quit()`` closes every window (Qt 6)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()

    def look() -> None:
        if condition():
            loop.quit()
        else:
            QTimer.singleShot(1, look)

    QTimer.singleShot(0, look)
    loop.exec()


def main_window(data_dir: str, count: int) -> None:
    from pathlib import Path

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(["visitation-desktop"])
    report: dict[str, object] = {}
    try:  # the program imports these while the login window is on screen and the password is typed
        from visitation_desktop.gui.app import preload_main_window

        preload_main_window().join()
        report["preloaded"] = True
        from visitation_desktop.gui.qt_warmup import warm_all

        warm_all()  # the program readies Qt's classes on the login window's idle turns (gui/qt_warmup.py)
        report["warmed"] = True
    except ImportError:  # a program from before the preload (or the warm-up)
        report.setdefault("preloaded", False)
    started = time.perf_counter()
    import inspect

    from visitation_desktop.services.workspace import unlock

    # As the login window unlocks: the direct store first, the repository opened behind the list.
    window_way = {"direct_first": True} if "direct_first" in inspect.signature(unlock).parameters else {}
    ws = unlock(Path(data_dir), USER, PASSWORD, **window_way)  # type: ignore[arg-type]
    unlocked = time.perf_counter()
    report["direct_first"] = type(ws.repo).__name__ == "DirectFirst"

    def repo_open() -> bool:  # the repository opened behind the list (store/direct_first.py)
        return type(window.ws.repo).__name__ == "Repository"

    from visitation_desktop.gui.main_window import MainWindow

    gaps: list[float] = []
    busy: list[float] = []  # the GUI thread's own CPU time between two ticks (a loaded machine adds waiting)
    cpu = [time.thread_time()]
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        gaps.append(clock.restart())
        now = time.thread_time()
        busy.append((now - cpu[0]) * 1000)
        cpu[0] = now

    ticker.timeout.connect(tick)
    clock.start()
    ticker.start()
    window = MainWindow(ws)
    window.resize(1366, 740)
    window.show()
    shown = time.perf_counter()

    def filled() -> bool:
        return bool(window.model.rowCount() >= count)

    _spin_until(filled)
    app.processEvents()
    done = time.perf_counter()
    ticker.stop()
    gaps.append(clock.elapsed())
    report.update(
        unlock_s=unlocked - started,
        window_shown_s=shown - unlocked,
        window_filled_s=done - unlocked,
        longest_block_ms=max(gaps),
        longest_busy_ms=max(busy, default=0.0),
        rows=window.model.rowCount(),
    )
    # The caseworker types into a settled window: the columns are fitted to the rows on the turns
    # right after the list fills (gui/main_window.py, one column a turn), not during the keystrokes.
    _spin_until(lambda: bool(getattr(window, "columns_ready", True)))
    app.processEvents()
    if not window.ui.caseTable.isVisible():  # type: ignore[attr-defined]
        raise SystemExit("the case list is not on screen: a search step would paint nothing")
    paints = _Paints(window.ui.caseTable.viewport())  # type: ignore[attr-defined]
    report["repo_open_before_search"] = repo_open()
    steps: list[float] = []
    for _round in range(2):
        for q in QUERIES:
            if len(q) == 1:
                _search_step(window, "", paints)
            steps.append(_search_step(window, q, paints))
    _search_step(window, "", paints)
    report["search_ms"] = _percentiles(steps)
    report["repo_open_after_search"] = repo_open()
    # The latest changed case (as before: the CLI list's first), found among the window's rows and
    # opened as the window opens one, by its id.
    model = window.model
    latest = max(range(model.rowCount()), key=lambda r: (model.row_data(r).summary.updated_at, model.case_id(r)))
    saves = _autosaves(ws, model.case_id(latest))
    report["autosave_ms"] = _percentiles(saves)
    report["first_autosave_ms"] = saves[0]  # with the wait for the repository, if it was not open yet
    _done(report)


def _autosaves(ws: object, case_id: int, n: int = 60) -> list[float]:
    """Not ``CaseService.list_cases()[0]``: that reads every case's summary once more (the CLI's list,
    50 MB at 50,000 cases), which the program never does to save a case, and the peak RSS showed it."""
    from visitation_desktop.services.cases import CaseService

    service = CaseService(ws)  # type: ignore[arg-type]
    case = service.open_case(case_id)
    times: list[float] = []
    for i in range(n):
        case.purposes.citizen_wishes = f"Vil gerne komme ud blandt andre ({i})"
        started = time.perf_counter()
        service.save(case)
        times.append((time.perf_counter() - started) * 1000)
    return times


if __name__ == "__main__":
    kind, args = sys.argv[1], sys.argv[2:]
    if kind == "anchor":
        anchor()
    elif kind == "login":
        login(args[0])
    elif kind == "main":
        main_window(args[0], int(args[1]))
    else:
        raise SystemExit(f"unknown probe {kind}")
