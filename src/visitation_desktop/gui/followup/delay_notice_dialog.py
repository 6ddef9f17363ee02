"""The written notice to the citizen of when to expect a decision, when the deadline cannot be met.

The text is kept in the case (``decision.delay_notice``) and shown in the overview; the letter
itself is sent the usual way.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain.deadlines import days_left_text, decision_deadline
from ...domain.findings import danish_date
from ...services.overview import open_for_delay_notice, save_delay_notice, suggest_delay_notice
from ...services.workspace import Workspace


class DelayNoticeDialog(QDialog):
    def __init__(self, ws: Workspace, case_id: int, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.case_id = case_id
        self.case = open_for_delay_notice(ws, case_id)
        weeks = ws.standard.decision_deadline_weeks
        self.setWindowTitle(self.tr("Besked om forsinkelse"))
        self.resize(620, 320)
        layout = QVBoxLayout(self)
        received = self.case.application.received
        if received is not None:
            deadline = decision_deadline(received, weeks)
            facts = self.tr("Fristen for afgørelsen er {0} ({1}).").format(
                danish_date(deadline), days_left_text((deadline - today).days).lower()
            )
        else:
            facts = self.tr("Der er ingen modtagelsesdato, så fristen kan ikke beregnes.")
        intro = QLabel(
            facts
            + " "
            + self.tr(
                "Kan fristen ikke holdes, skal borgeren have skriftlig besked om, hvornår afgørelsen kommer. "
                "Skriv her, hvad borgeren har fået at vide, og hvornår."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        caption = QLabel(self.tr("&Besked til borgeren:"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Besked til borgeren om forsinkelse"))
        caption.setBuddy(self.text_edit)
        self.text_edit.setPlainText(self.case.decision.delay_notice or suggest_delay_notice(self.case, weeks, today))
        layout.addWidget(caption)
        layout.addWidget(self.text_edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annullér"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.text_edit.setFocus()

    def accept(self) -> None:
        save_delay_notice(self.ws, self.case_id, self.text_edit.toPlainText())
        super().accept()
