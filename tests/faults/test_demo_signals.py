"""A `--demo` ended by SIGTERM or SIGINT removes its throw-away store, as a normal close does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signalled_demo_leaves_no_store_behind(tmp_path: Path, signum: signal.Signals) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen", "VISITATION_DATA_DIR": str(tmp_path / "d")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "visitation_desktop", "--demo"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 120
        # The login dialog is up once the demo store's log folder exists (written after it is filled).
        while not list(temp.glob("visitation-demo-*/logs")) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)  # polling a subprocess's progress; the assertion does not depend on timing
        assert list(temp.glob("visitation-demo-*/store.db")), "the demo store was made"
        proc.send_signal(signum)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode >= 0, "the program ended itself instead of being killed by the signal"
    assert "Traceback" not in err
    assert list(temp.glob("visitation-demo-*")) == [], "the demo store is removed"
