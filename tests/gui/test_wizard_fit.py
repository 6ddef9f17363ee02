"""Every wizard page fits a 14" laptop: at 1280×720 with 100 %, 125 % and 150 % scaling, in Danish
and English, nothing scrolls sideways, the window can shrink to the screen, and no button or
one-line label is cut short.

QT_SCALE_FACTOR must be set before a QApplication exists, so each screen is opened in its own
process (``fit_probe.py``) with the full demo case (the one with the most goals) in the main window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("fit_probe.py")
SCREENS = [(1280, 720, scale, language) for scale in ("1", "1.25", "1.5") for language in ("da", "en")]
SCREENS.append((1366, 768, "1.25", "da"))


@pytest.mark.parametrize(
    ("width", "height", "scale", "language"), SCREENS, ids=[f"{w}x{h}-{s}-{lang}" for w, h, s, lang in SCREENS]
)
def test_every_page_fits_the_screen(tmp_path: Path, width: int, height: int, scale: str, language: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    run = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path / "data"), str(width), str(height), language],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    expected = [round(width / float(scale)), round((height - 32) / float(scale))]
    assert report["logical"] == expected, "the scale factor took effect"
    assert report["pages"] == 17, "all ten pages, the assessment in each of its eight views"
    assert report["problems"] == []
