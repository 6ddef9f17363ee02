"""The written notice to the citizen of when to expect a decision, when the deadline cannot be met.

The caseworker gives the date the decision can be expected and why it is late; the dialog
keeps both in the case (``decision.expected_on``, ``decision.overrun_reason``) with a note of
the notice (``decision.delay_notice``, shown in the overview), and "Lav brevet" makes the
letter itself (the delay-notice document, previewed, printed or saved like every document).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.deadlines import days_left_msg, decision_deadline
from ...domain.messages import date_msg
from ...services.overview import open_for_delay_notice, save_delay_notice, suggest_delay_notice
from ...services.standards import standard_for
from ...services.workspace import Workspace
from ..messages import shown

DEFAULT_EXTRA_DAYS = 14  # a first suggestion for the expected date: two weeks after the deadline


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DelayNoticeDialog(QDialog):
    def __init__(self, ws: Workspace, case_id: int, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.case_id = case_id
        self.today = today
        self.case = open_for_delay_notice(ws, case_id)
        self.weeks = standard_for(ws, self.case).decision_deadline_weeks  # the case's own standard
        self.setWindowTitle(self.tr("Besked om forsinkelse"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        received = self.case.application.received
        deadline = decision_deadline(received, self.weeks) if received is not None else None
        if deadline is not None:
            facts = self.tr("Fristen for afgørelsen er {0} ({1}).").format(
                shown(date_msg(deadline)), shown(days_left_msg((deadline - today).days))
            )
        else:
            facts = self.tr("Der er ingen modtagelsesdato, så fristen kan ikke beregnes.")
        intro = QLabel(
            facts
            + " "
            + self.tr(
                "Kan fristen ikke holdes, skal borgeren have skriftlig besked om, hvornår afgørelsen kommer, "
                "og hvorfor. Skriv datoen og årsagen, og lav brevet."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.expected_edit = QDateEdit()
        self.expected_edit.setCalendarPopup(True)
        self.expected_edit.setDisplayFormat("dd-MM-yyyy")
        self.expected_edit.setAccessibleName(self.tr("Afgørelsen kan forventes senest"))
        start = self.case.decision.expected_on or max(today, deadline or today) + dt.timedelta(DEFAULT_EXTRA_DAYS)
        self.expected_edit.setMinimumDate(_qdate(today))
        self.expected_edit.setDate(_qdate(start))
        form.addRow(self.tr("Afgørelsen kan &forventes senest:"), self.expected_edit)
        self.reason_edit = QPlainTextEdit(self.case.decision.overrun_reason)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Årsag til forsinkelsen"))
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("Å&rsag til forsinkelsen:"), self.reason_edit)
        layout.addLayout(form)

        caption = QLabel(self.tr("&Besked til borgeren (gemmes i sagen):"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Besked til borgeren om forsinkelse"))
        caption.setBuddy(self.text_edit)
        self._suggested = self.case.decision.delay_notice or self._suggestion()
        self.text_edit.setPlainText(self._suggested)
        layout.addWidget(caption)
        layout.addWidget(self.text_edit, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annullér"))
        self.letter_button = buttons.addButton(self.tr("&Lav brevet …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.letter_button.clicked.connect(self.make_letter)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.expected_edit.dateChanged.connect(self._refresh_suggestion)
        self.reason_edit.textChanged.connect(self._refresh_suggestion)
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.expected_edit.setFocus()

    def expected_on(self) -> dt.date:
        d = self.expected_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def _suggestion(self) -> str:
        return suggest_delay_notice(self.case, self.weeks, self.today, self.expected_on(),
                                    self.reason_edit.toPlainText())

    def _refresh_suggestion(self) -> None:
        """The note follows the date and the reason until the caseworker writes it themselves."""
        if self.text_edit.toPlainText() == self._suggested:
            self._suggested = self._suggestion()
            self.text_edit.setPlainText(self._suggested)

    def _save(self) -> None:
        self.case = save_delay_notice(self.ws, self.case_id, self.text_edit.toPlainText(),
                                      expected_on=self.expected_on(), reason=self.reason_edit.toPlainText())

    def make_letter(self) -> None:
        """Save, then show the letter (preview, print, save as PDF), made from the case's own dates."""
        from ...documents import DocumentKind
        from ...services.documents import DocumentService
        from ..preview import DocumentPreview

        self._save()
        self.status.setText(self.tr("Datoen og årsagen er gemt i sagen."))
        preview = DocumentPreview(DocumentService(self.ws), self.case, self, DocumentKind.DELAY_NOTICE, self.today)
        preview.exec()

    def accept(self) -> None:
        self._save()
        super().accept()
