"""The case list fills in after the window is shown, and search-as-you-type never resets it."""

from __future__ import annotations

import datetime as dt

from visitation_desktop.domain.case import CaseFile, Citizen
from visitation_desktop.gui.main_window import MainWindow
from visitation_desktop.services.cases import CaseService
from visitation_desktop.services.workspace import Workspace

PEOPLE = (
    ("0101901234", "Inge Holm", "Storegade 4"),
    ("1505851235", "Bo Sørensen", "Kirkevej 12"),
    ("2002991237", "Åse Ærø", "Fjordvej 1"),
    ("0303701111", "Søren Holm Dam", "Storegade 40"),
)


def _window(qtbot, workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    service = CaseService(workspace)
    for cpr, name, address in PEOPLE:
        case = CaseFile(citizen=Citizen(cpr=cpr, name=name, address=address, postcode="7700", town="Thisted"))
        case.application.received = dt.date.today() - dt.timedelta(days=10)
        service.new_case(case)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    return window


def _names(window: MainWindow) -> list[str]:
    return sorted(window.model.index(r, 0).data() for r in range(window.model.rowCount()))


def test_the_window_shows_at_once_and_fills_in(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, workspace)
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=30_000)
    assert window.ui.countLabel.text() == "4 sager"
    assert not window.overview_pending and not window.busy.isVisible()
    assert window.overview.tabs.tabText(0) == "Alle (4)"


def test_typing_narrows_the_list_without_a_reset_and_a_settled_search_is_reported_once(  # type: ignore[no-untyped-def]
    qtbot, workspace: Workspace
) -> None:
    window = _window(qtbot, workspace)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=30_000)
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    settled: list[tuple[str, list[int]]] = []
    window.model.search.on_settled(lambda query, ids: settled.append((query, ids)))

    window.ui.caseTable.setCurrentIndex(window.model.index(window.model.row_of_case(4), 0))
    qtbot.keyClicks(window.ui.searchEdit, "holm")
    assert _names(window) == ["Inge Holm", "Søren Holm Dam"]
    assert window.ui.countLabel.text() == "2 sager" and window.overview.tabs.tabText(0) == "Alle (2)"
    assert window.selected_case_id() == 4, "the chosen case stays chosen while it is shown"
    qtbot.keyClicks(window.ui.searchEdit, " dam")
    assert _names(window) == ["Søren Holm Dam"]
    window.ui.searchEdit.setText("150585-xxxx")
    assert _names(window) == ["Bo Sørensen"]
    window.ui.searchEdit.setText("storegade 40")
    assert _names(window) == ["Søren Holm Dam"]
    assert resets == []
    qtbot.waitUntil(lambda: bool(settled), timeout=30_000)
    assert settled == [("storegade 40", [4])], "one report for the query the caseworker stopped at"
    window.ui.searchEdit.clear()
    assert len(_names(window)) == 4
