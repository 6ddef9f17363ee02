"""Funktioner > Fjern sagsbehandler … and Ophæv spærring …: the CLI's ``users remove|unblock`` in the GUI.

Removing re-keys the store (``services.accounts``): the dialog says so before OK is pressed. Both
actions are off while the window is locked, like the other account actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ..services.accounts import remove_caseworker, unblock
from ..services.workspace import SetupError, Workspace
from .dialogs import _FormDialog
from .lock import open_dialog

if TYPE_CHECKING:
    from .main_window import MainWindow


class _ChooseCaseworkerDialog(_FormDialog):
    def __init__(self, title: str, explanation: str, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ws = workspace
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Sagsbehandler"))
        for initials, name in workspace.repo.caseworkers():
            if initials != workspace.caseworker:
                self.who.addItem(f"{initials} – {name}", initials)
        self.form.addRow(self.tr("&Sagsbehandler:"), self.who)

    def chosen(self) -> str:
        initials = self.who.currentData()
        if not initials:
            raise SetupError(self.tr("Der er ingen anden sagsbehandler på denne computer."))
        return str(initials)


class RemoveCaseworkerDialog(_ChooseCaseworkerDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Fjern sagsbehandler"),
            self.tr(
                "Sagsbehandleren kan ikke længere logge ind. Datalageret får samtidig en ny nøgle, så en "
                "ældre kopi af nøglefilen ikke åbner noget. De andre beholder deres adgangskoder."
            ),
            workspace,
            parent,
        )

    def apply(self) -> None:
        remove_caseworker(self.ws, self.chosen())


class UnblockDialog(_ChooseCaseworkerDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Ophæv spærring"),
            self.tr("En sagsbehandler, der er spærret efter for mange forkerte adgangskoder, kan logge ind igen."),
            workspace,
            parent,
        )

    def apply(self) -> None:
        unblock(self.ws, self.chosen())


def add_account_actions(window: MainWindow) -> list[QAction]:
    """Put the two actions in the Funktioner menu after 'Tilføj sagsbehandler'; off while locked."""
    remove = QAction(window.tr("&Fjern sagsbehandler …"), window)
    lift = QAction(window.tr("O&phæv spærring …"), window)
    remove.triggered.connect(
        lambda: open_dialog(
            RemoveCaseworkerDialog(window.ws, window),
            lambda: window.statusBar().showMessage(window.tr("Sagsbehandleren er fjernet; datalageret har fået en ny nøgle."), 5000),
        )
    )
    lift.triggered.connect(
        lambda: open_dialog(
            UnblockDialog(window.ws, window),
            lambda: window.statusBar().showMessage(window.tr("Spærringen er ophævet."), 5000),
        )
    )
    for action in (remove, lift):
        window.ui.toolsMenu.addAction(action)
        window.locked_changed.connect(lambda locked, a=action: a.setEnabled(not locked))
    return [remove, lift]
