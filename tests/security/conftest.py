"""A store with the demo cases, made once per session and copied per test (Argon2 and the demo are slow)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from visitation_desktop.services.demo import fill_demo
from visitation_desktop.services.workspace import Workspace, init_store, unlock

PASSWORD = "korrekt-hest-batteri"
OTHER_PASSWORD = "en anden lang kode"
USER = "AB"
TODAY = dt.date(2026, 11, 26)
MAIN = "Mette Sønderby Thomsen"


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    data_dir = tmp_path_factory.mktemp("security-template") / "data"
    ws = init_store(data_dir, USER, "Anne Berg", PASSWORD)
    fill_demo(ws, TODAY)
    ids = {row.citizen_name: row.id for row in ws.repo.list_cases()}
    ws.close()
    return data_dir, ids


@pytest.fixture
def data_dir(_template: tuple[Path, dict[str, int]], tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(_template[0], target)
    return target


@pytest.fixture
def ids(_template: tuple[Path, dict[str, int]]) -> dict[str, int]:
    return _template[1]


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    workspace = unlock(data_dir, USER, PASSWORD)
    yield workspace
    workspace.close()
