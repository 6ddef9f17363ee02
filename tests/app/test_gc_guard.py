"""Cyclic garbage is collected on the GUI thread once worker threads are in use."""

from __future__ import annotations

import gc
import threading
import time

import pytest
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


def _generations_collected_over(ticks: int) -> list[int]:
    """Run the collector's timer ``ticks`` times, each after enough allocation to pass gen-0's threshold."""
    from visitation_desktop.gui import gc_guard

    collector = gc_guard._collector
    assert collector is not None
    seen: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(note)
    try:
        for _ in range(ticks):
            keep = [[] for _ in range(2 * gc.get_threshold()[0])]  # tracked objects: count0 passes t0
            collector._on_tick()
            del keep
    finally:
        gc.callbacks.remove(note)
    return seen


def test_a_full_collection_runs_only_every_few_minutes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full collection walks every object (every case listed): the GUI thread pays it rarely."""
    from visitation_desktop.gui import gc_guard

    collect_garbage_on_gui_thread()
    assert gc_guard._collector is not None
    gc_guard._collector._last_full = time.monotonic()  # as if one ran just now (the suite shares one app)
    seen = _generations_collected_over(300)  # Python's thresholds would have asked for a few full ones
    assert 1 in seen and 2 not in seen
    monkeypatch.setattr(gc_guard, "FULL_EVERY_S", 0.0)
    assert 2 in _generations_collected_over(300)


def test_while_a_worker_builds_the_overview_the_timer_waits_and_then_sets_it_aside(qtbot: QtBot) -> None:
    from visitation_desktop.gui import gc_guard

    collect_garbage_on_gui_thread()
    gc.unfreeze()
    gc_guard.hold()
    try:
        assert _generations_collected_over(30) == []  # the rows being built are not walked tick by tick
    finally:
        gc_guard.release()
    assert gc.get_freeze_count() > 0  # what was alive is set aside until the next full collection
    assert _generations_collected_over(30)  # and the timer collects again
    gc.unfreeze()


def test_a_hold_never_released_ends_by_itself(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A window that went away while its overview loaded does not stop the collector for good."""
    from visitation_desktop.gui import gc_guard

    collect_garbage_on_gui_thread()
    monkeypatch.setattr(gc_guard, "HELD_AT_MOST_S", 0.0)
    gc_guard.hold()
    try:
        assert _generations_collected_over(30)  # held, but past its time: collected as usual
    finally:
        gc_guard.release()
        gc.unfreeze()
