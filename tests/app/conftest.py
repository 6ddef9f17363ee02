from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from visitation_desktop import i18n_build
from visitation_desktop.gui.i18n import install_translators
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


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English translators for one test; removed afterwards so the other tests stay Danish."""
    i18n_build.build()
    locale = QLocale()
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
