"""After the preload, ``linecache`` holds one file's source, not every module PySide6 looked at; tracebacks keep their lines."""

from __future__ import annotations

import json
import linecache
import os
import subprocess
import sys
import traceback

from visitation_desktop.gui import source_lines

PROBE = """
import json, linecache, sys
from visitation_desktop.cli import main  # before PySide6, as the entry point
from PySide6.QtWidgets import QApplication

app = QApplication(["probe"])
from visitation_desktop.gui.app import preload_main_window

preload_main_window().join()
import visitation_desktop.store.repository  # and what the repository opened behind the list imports

print(json.dumps({
    "files": len(linecache.cache),
    "chars": sum(sum(map(len, e[2])) for e in linecache.cache.values() if len(e) > 2),
    "store_imported": "visitation_desktop.store.repository" in sys.modules,
}))
"""


def test_the_preload_leaves_no_module_sources_in_linecache() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=180, check=True
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["store_imported"]  # the store was imported (and PySide6 read its sources)
    assert report["files"] <= 1
    assert report["chars"] < 200_000  # one file at most (without it: some 9.6 million characters)


def test_linecache_keeps_the_last_file_and_tracebacks_show_their_lines(monkeypatch) -> None:
    monkeypatch.setattr(linecache, "cache", {})
    source_lines.keep_one_file()
    source_lines.keep_one_file()  # idempotent
    first, second = source_lines.__file__, traceback.__file__
    assert linecache.getline(first, 1).startswith('"""Keep one file')
    assert linecache.getline(second, 1)
    assert list(linecache.cache) == [second]
    try:
        raise ValueError("probe")
    except ValueError as exc:
        shown = "".join(traceback.format_exception(exc))
    assert 'raise ValueError("probe")' in shown
    linecache.clearcache()
    assert not linecache.cache


def test_a_file_pushed_out_between_check_and_read_is_read_again(monkeypatch) -> None:
    monkeypatch.setattr(linecache, "cache", {})
    source_lines.keep_one_file()
    first, second = source_lines.__file__, traceback.__file__
    linecache.getline(first, 1)
    assert first in linecache.cache
    linecache.getline(second, 1)  # another thread, between a reader's "in" and its look-up
    assert linecache.cache[first][2][0].startswith('"""Keep one file')
    assert linecache.getline(first, 1).startswith('"""Keep one file')
