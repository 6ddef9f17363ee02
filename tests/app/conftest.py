from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from visitation_desktop.services.workspace import Workspace, init_store

PASSWORD = "korrekt-hest-batteri"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = init_store(data_dir, "AB", "Anne Berg", PASSWORD)
    yield ws
    ws.close()  # stops the timers of every window on it (Workspace.on_close)
