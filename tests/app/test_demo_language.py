"""In --demo the store is new at every start, so the language chosen in the settings is kept beside it
(the platform's settings, no personal data) and the next demo starts in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from visitation_desktop.gui.app import demo_language, remember_demo_language


@pytest.fixture
def own_settings(tmp_path: Path) -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path))


def test_the_demo_starts_in_the_language_chosen_in_the_last_demo(own_settings: None) -> None:
    assert demo_language("da") == "da"
    remember_demo_language("en")
    assert demo_language("da") == "en"
    remember_demo_language("da")
    assert demo_language("en") == "da"


def test_a_strange_remembered_language_is_ignored(own_settings: None) -> None:
    QSettings("VisitationDesktop", "Demo").setValue("language", "xx")
    assert demo_language("da") == "da"
