"""The dialog the caseworker turns towards the citizen: accept the plan by signing on the screen,
or, without a signature, a spoken acceptance with the reason why.

It shows the goals being accepted, who accepts (the citizen or the representative named in the
case, or another name typed), the signature pad or the reason, and saves through
``services.acceptance.accept_plan``: the acceptance, its plan version and its log row in one
transaction. A refusal is shown in the dialog's own message line; nothing drawn or typed is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.acceptance import plan_digest
from ...domain.case import AcceptanceKind
from ...services.acceptance import AcceptanceRefused, accept_plan, representative
from ...store.errors import CaseChangedElsewhere, StoreError
from ..signature_pad import Point, SignaturePad
from .context import WizardContext

MIN_INK = 30.0  # logical pixels of pen travel: less is a tap, not a signature


@dataclass(frozen=True)
class Draft:
    """A signature begun and closed unsaved, for the plan whose fingerprint is ``plan``."""

    plan: str
    who: str
    spoken: bool
    strokes: list[list[Point]]
    reason: str


class AcceptanceDialog(QDialog):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Accept af planen"))  # no name in the title (privacy)
        self.setModal(True)
        layout = QVBoxLayout(self)

        heading = QLabel(self.tr("Accepterer du planen med disse mål?"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.goals_scroll = self._goals()
        layout.addWidget(self.goals_scroll)

        form = QFormLayout()
        self.who_combo = QComboBox()
        self.who_combo.setEditable(True)
        self.who_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who_combo.setAccessibleName(self.tr("Hvem accepterer planen"))
        case = ctx.case
        for name in dict.fromkeys(n for n in (case.citizen.name.strip(), representative(case)) if n):
            self.who_combo.addItem(name)
        who_label = QLabel(self.tr("&Hvem accepterer:"))
        who_label.setBuddy(self.who_combo)
        form.addRow(who_label, self.who_combo)

        self.signature_radio = QRadioButton(self.tr("&Underskrift på skærmen"))
        self.spoken_radio = QRadioButton(self.tr("&Mundtlig accept (ingen underskrift)"))
        self.how_group = QButtonGroup(self)
        self.how_group.addButton(self.signature_radio, 0)
        self.how_group.addButton(self.spoken_radio, 1)
        self.signature_radio.setChecked(True)
        how_row = QWidget()
        how_layout = QHBoxLayout(how_row)
        how_layout.setContentsMargins(0, 0, 0, 0)
        how_layout.addWidget(self.signature_radio)
        how_layout.addWidget(self.spoken_radio)
        how_layout.addStretch(1)
        form.addRow(self.tr("Sådan:"), how_row)
        layout.addLayout(form)

        self.stack = QStackedWidget()
        self.pad = SignaturePad()
        self.stack.addWidget(self.pad)
        spoken = QWidget()
        spoken_layout = QVBoxLayout(spoken)
        spoken_layout.setContentsMargins(0, 0, 0, 0)
        reason_label = QLabel(self.tr("Hv&orfor er der ingen underskrift?"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("Fx borgeren kan ikke holde en pen, eller mødet blev holdt over telefonen")
        )
        self.reason_edit.setAccessibleName(self.tr("Hvorfor der ikke er en underskrift"))
        reason_label.setBuddy(self.reason_edit)
        spoken_layout.addWidget(reason_label)
        spoken_layout.addWidget(self.reason_edit, 1)
        self.stack.addWidget(spoken)
        layout.addWidget(self.stack, 1)

        self.message = QLabel(" ")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000; font-weight: bold;")
        self.message.setAccessibleName(self.tr("Besked"))
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2)  # kept: no jumping
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Gem accept"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._fit_screen(parent)

    def _fit_screen(self, parent: QWidget | None) -> None:
        """760 × 560 where there is room; on a small or scaled screen (1280 × 720 at 150 %) what fits."""
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.goals_scroll.setMaximumHeight(120 if room.height() >= 560 else 76)
        self.resize(min(760, room.width() - 40), min(560, room.height() - 40))

    def _goals(self) -> QScrollArea:
        """The goals in the citizen's own words: what the signature is given to."""
        goals = [g.text.strip() for g in self.ctx.case.goals if g.text.strip()]
        none = self.tr("Der er ingen mål i planen endnu.")
        text = "".join(f"<li>{_escape(goal)}</li>" for goal in goals) or f"<li>{_escape(none)}</li>"
        label = QLabel(f"<ul style='margin-top:0; margin-bottom:0; margin-left:-16px'>{text}</ul>")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Planens mål"))
        scroll = QScrollArea()
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMaximumHeight(120)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # the pad takes the rest
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return scroll

    def _connect_signals(self) -> None:
        self.how_group.idToggled.connect(self._on_how)
        self.save_button.clicked.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.pad.changed.connect(lambda: self.show_message(""))
        self.reason_edit.textChanged.connect(lambda: self.show_message(""))

    def _on_how(self, index: int, checked: bool) -> None:
        if checked:
            self.stack.setCurrentIndex(index)
            self.show_message("")
            (self.pad.canvas if index == 0 else self.reason_edit).setFocus()

    def draft(self) -> Draft:
        """What is drawn, typed and chosen so far (kept in memory by the panel when closed unsaved)."""
        return Draft(
            plan_digest(self.ctx.case),
            self.who_combo.currentText(), self.spoken_radio.isChecked(), self.pad.canvas.strokes(),
            self.reason_edit.toPlainText(),
        )

    def restore(self, draft: Draft) -> None:
        """Put a draft back, unless the plan changed since: a signature is given to the plan as shown."""
        if draft.plan != plan_digest(self.ctx.case):
            return
        self.who_combo.setCurrentText(draft.who)
        (self.spoken_radio if draft.spoken else self.signature_radio).setChecked(True)
        self.pad.canvas.set_strokes(draft.strokes)
        self.reason_edit.setPlainText(draft.reason)
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.message.setText(text or " ")

    def _on_save(self) -> None:
        who = self.who_combo.currentText().strip()
        if not who:
            self.show_message(self.tr("Skriv, hvem der accepterer planen."))
            self.who_combo.setFocus()
            return
        spoken = self.spoken_radio.isChecked()
        reason = self.reason_edit.toPlainText().strip() if spoken else ""
        image = b""
        if spoken and not reason:
            self.show_message(self.tr("Skriv, hvorfor der ikke er en underskrift."))
            self.reason_edit.setFocus()
            return
        if not spoken:
            if self.pad.canvas.ink_length() < MIN_INK:
                self.show_message(self.tr("Skriv under i feltet først – eller vælg mundtlig accept."))
                return
            image = self.pad.to_png()
        kind = AcceptanceKind.SPOKEN if spoken else AcceptanceKind.SIGNATURE
        ws, today = self.ctx.service.ws, self.ctx.today
        try:
            self.ctx.write_through(
                lambda case: accept_plan(ws, case, kind, who, image=image, reason=reason, on=today)
            )
        except AcceptanceRefused as exc:
            self.show_message(str(exc))
            return
        except CaseChangedElsewhere:
            self.show_message(
                self.tr("Sagen er gemt et andet sted imens. Accepten er ikke gemt endnu – tryk »Gem accept« igen.")
            )
            return
        except StoreError as exc:
            self.show_message(str(exc))
            return
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
