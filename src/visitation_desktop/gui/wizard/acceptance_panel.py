"""The plan's acceptance on the decision page: its state, and the button that opens the signing dialog.

It says whether the plan is accepted as it stands ("Accepteret af … den …"), or that the plan
changed after the acceptance and needs a new one; a signature is shown small beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.acceptance import AcceptanceState, acceptance_state, signature_png
from ...domain.case import AcceptanceKind
from ..lock import open_dialog
from .acceptance_dialog import AcceptanceDialog, Draft
from .context import WizardContext
from .fields import format_danish_date

THUMBNAIL_HEIGHT = 40
THUMBNAIL_WIDTH = 180  # the state text keeps the room


class AcceptancePanel(QWidget):
    """A bold heading like the page's other parts, and a framed box with the state and the button."""

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = self.tr("Borgerens accept af planen")
        self.heading = QLabel(f"<b>{_escape(title)}</b>")
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label.setAccessibleName(self.tr("Accept af planen"))
        self.thumbnail = QLabel()
        self.thumbnail.setAccessibleName(self.tr("Underskriften"))
        self.accept_button = QPushButton(self.tr("Lad borgeren acce&ptere planen …"))
        self.accept_button.setToolTip(
            self.tr("Vend skærmen mod borgeren: underskrift på skærmen, eller mundtlig accept med en begrundelse")
        )
        text_column = QVBoxLayout()
        text_column.addWidget(self.state_label)
        button_row = QHBoxLayout()
        button_row.addWidget(self.accept_button)
        button_row.addStretch(1)
        text_column.addLayout(button_row)
        self.box = QFrame()
        self.box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QHBoxLayout(self.box)
        box_layout.addLayout(text_column, 1)
        box_layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.box)
        self.dialog: AcceptanceDialog | None = None
        self._draft: Draft | None = None  # a signature begun and closed unsaved, in memory only
        self.accept_button.clicked.connect(self._on_accept)
        ctx.findings_changed.connect(self.refresh)  # after every change and every save
        self.refresh()

    def state_text(self) -> str:
        case = self.ctx.case
        state = acceptance_state(case)
        acceptance = case.acceptance
        if state is AcceptanceState.NONE or acceptance is None:
            return self.tr(
                "Planen er ikke accepteret endnu. Vend skærmen mod borgeren, og lad borgeren eller "
                "repræsentanten skrive under – eller registrér en mundtlig accept."
            )
        day = format_danish_date(acceptance.on)
        if acceptance.kind == AcceptanceKind.SIGNATURE.value:
            done = self.tr("Accepteret af {0} den {1} med underskrift på skærmen.").format(acceptance.by, day)
        else:
            done = self.tr("Accepteret mundtligt af {0} den {1}. Ingen underskrift, fordi: {2}").format(
                acceptance.by, day, acceptance.reason
            )
        done = _escape(done)
        if state is AcceptanceState.STALE:
            stale = self.tr("Planen er ændret efter accepten – der skal en ny accept til.")
            return f"<span style='color:#a40000'><b>⚠ {_escape(stale)}</b></span><br>{done}"
        version = self.tr("Handleplanens version {0}.").format(acceptance.plan_version or 1)
        return f"<span style='color:#2e7d32'><b>✓</b></span> {done} {_escape(version)}"

    def refresh(self) -> None:
        self.state_label.setText(self.state_text())
        acceptance = self.ctx.case.acceptance
        pixmap = QPixmap()
        current = acceptance_state(self.ctx.case) is AcceptanceState.CURRENT
        if acceptance is not None and current and pixmap.loadFromData(signature_png(acceptance), "PNG"):
            small = pixmap.scaled(
                THUMBNAIL_WIDTH,
                THUMBNAIL_HEIGHT,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.thumbnail.setPixmap(small)
            self.thumbnail.show()
        else:
            self.thumbnail.clear()
            self.thumbnail.hide()

    def _on_accept(self) -> None:
        dialog = self.dialog = AcceptanceDialog(self.ctx, self.window())
        if self._draft is not None:
            dialog.restore(self._draft)  # closed unsaved before: nothing drawn or typed is lost
        dialog.rejected.connect(lambda: self._keep_draft(dialog))
        dialog.accepted.connect(self._on_saved)
        dialog.destroyed.connect(self._on_dialog_gone)
        open_dialog(dialog)  # window-modal; the lock can hide it and bring it back

    def _keep_draft(self, dialog: AcceptanceDialog) -> None:
        self._draft = dialog.draft()

    def _on_saved(self) -> None:
        self._draft = None
        self.refresh()

    def _on_dialog_gone(self) -> None:
        self.dialog = None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
