""" "Hent sager": the cases a search found are listed with check boxes, and only those left checked are fetched."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from visitation_desktop.gui.sync_dialogs import PullDialog
from visitation_desktop.store.central.ops import Found


def test_the_caseworker_unchecks_a_found_case_and_fetches_the_others(qtbot: QtBot) -> None:
    dialog = PullDialog(service=Any, parent=None)  # type: ignore[arg-type]  # the search itself is not run here
    qtbot.addWidget(dialog)
    found = [
        Found("u-1", "Bent Overgaard Iversen", "0206611234", "open", "MLH", 1),
        Found("u-2", "Hanne Lykke Dalsgaard", "2701951234", "granted", "MLH", 3),
        Found("u-3", "Poul Erik Damgaard", "1402531234", "ended", "KB", 2),
    ]
    dialog._show_found(found)
    shown = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert shown == [
        "Bent Overgaard Iversen (020661-xxxx) – MLH",
        "Hanne Lykke Dalsgaard (270195-xxxx) – MLH",
        "Poul Erik Damgaard (140253-xxxx) – KB",
    ]
    assert dialog.message.text() == "3 sag(er) fundet."
    assert dialog.chosen() == ["u-1", "u-2", "u-3"], "all are checked at first"
    dialog.results.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == ["u-1", "u-3"]
