"""Cyclic garbage is collected on the GUI thread once worker threads are in use."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from visitation_desktop.gui.gc_guard import collect_garbage_on_gui_thread


class _Cycle:
    def __init__(self, collected_in: list[str]) -> None:
        self.me = self
        self.collected_in = collected_in

    def __del__(self) -> None:
        self.collected_in.append(threading.current_thread().name)


def test_cycles_made_in_a_worker_are_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    collect_garbage_on_gui_thread()
    assert not gc.isenabled()
    collected_in: list[str] = []

    def work() -> None:
        for _ in range(50):
            _Cycle(collected_in)
        junk = [[] for _ in range(5000)]  # allocations that would pass gen-0's threshold
        for item in junk:
            item.append(item)

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert collected_in == []  # nothing collected in the worker
    qtbot.waitUntil(lambda: len(collected_in) == 50, timeout=10_000)
    assert set(collected_in) == {threading.main_thread().name}
