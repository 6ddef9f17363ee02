""" "Frigiv sager": choose which checked-in cases leave the laptop (the CLI's ``sync release``).

Only cases the central store has confirmed (checked in, unchanged since, no conflict) are listed;
the others stay on the laptop until they are sent. Releasing removes the case and its citizen from
the laptop's store; its access-log rows stay. It needs no network, but runs on a worker thread with
progress and "Stop" like "Hent sager" and "Send sager".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.cpr import mask
from ..services.sync_offline import ReleaseReport, releasable
from ..services.workspace import Workspace
from .check_list import add_checked, checked_values


class ReleaseDialog(QDialog):
    """The checked-in cases, each with a check box (all checked); ``chosen()`` the case ids to release."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Frigiv sager"))
        intro = QLabel(
            self.tr(
                "Sager, der er sendt til den centrale database og ikke ændret siden, kan fjernes fra computeren. "
                "De findes stadig i den centrale database, og adgangsloggen bevares."
            )
        )
        intro.setWordWrap(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Sager, der kan frigives"))
        for case in releasable(ws):
            sent = case.checked_in_at.astimezone().strftime("%d-%m-%Y")
            text = self.tr("%1 (%2) – sendt %3").replace("%1", case.citizen_name or self.tr("(uden navn)"))
            add_checked(self.results, text.replace("%2", mask(case.cpr) if case.cpr else "").replace("%3", sent),
                        case.case_id)
        self.all_button = QPushButton(self.tr("Vælg &alle"))
        self.none_button = QPushButton(self.tr("Vælg &ingen"))
        choose = QHBoxLayout()
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)
        choose.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.release_button = self.buttons.addButton(
            self.tr("&Fjern valgte fra computeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.results, 1)
        layout.addLayout(choose)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.results.itemChanged.connect(self._update)
        self._update()
        self.resize(640, 460)

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.results.count()):
            self.results.item(i).setCheckState(state)

    def _update(self) -> None:
        count = len(self.chosen())
        if self.results.count() == 0:
            self.message.setText(
                self.tr("Ingen sager kan frigives. En sag skal være sendt og ikke ændret siden, før den kan fjernes.")
            )
        else:
            self.message.setText(self.tr("%1 af %2 sag(er) valgt.").replace("%1", str(count))
                                 .replace("%2", str(self.results.count())))
        self.release_button.setEnabled(count > 0)

    def chosen(self) -> list[int]:
        return checked_values(self.results)


def release_summary(widget: QWidget, report: ReleaseReport) -> str:
    """What the progress dialog says when the release is done."""
    text = widget.tr("Fjernet fra computeren: %1 sag(er). Adgangsloggen er bevaret.").replace(
        "%1", str(len(report.released))
    )
    if report.kept:
        text += " " + widget.tr("%1 sag(er) er ændret siden afsendelsen og bliver på computeren.").replace(
            "%1", str(len(report.kept))
        )
    if report.stopped:
        text += " " + widget.tr("Stoppet; de øvrige sager er ikke fjernet.")
    return text
