"""Fixtures shared by the service tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from visitation_desktop.services.workspace import Workspace, init_store

PASSWORD = "korrekt-hest-batteri"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    """A fresh store with one caseworker, AB; closed after the test."""
    workspace = init_store(tmp_path / "data", "AB", "Anne Berg", PASSWORD)
    yield workspace
    workspace.close()
