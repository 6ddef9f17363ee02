"""Small dialogs of the main window: settings, password, caseworker, about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.standard import StandardError, load_standard
from ..services.central import CentralUrlError, central_url
from ..services.settings import IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES, Settings
from ..services.workspace import SetupError, Workspace


class _FormDialog(QDialog):
    """A form with a message line under it and OK/Cancel; subclasses implement ``apply``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        self.message.setAccessibleName(self.tr("Besked"))
        self.button_box = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _password_edit(self, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(accessible)
        return edit

    def apply(self) -> None:
        raise SetupError("")

    def _on_ok(self) -> None:
        try:
            self.apply()
        except SetupError as exc:
            self.message.setText(str(exc))
            return
        self.accept()


class SettingsDialog(_FormDialog):
    """The laptop's settings; a value IT's policy fixed is greyed out and marked "Fastsat af IT"."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Indstillinger"), parent)
        self.settings = settings
        self.idle = QSpinBox()
        self.idle.setRange(IDLE_LOCK_MIN_MINUTES, IDLE_LOCK_MAX_MINUTES)
        self.idle.setSuffix(self.tr(" min."))
        self.idle.setValue(settings.idle_lock_minutes)
        self.idle.setAccessibleName(self.tr("Lås efter minutters inaktivitet"))
        self.full_cpr = QCheckBox(self.tr("Vis hele CPR-nummeret på udskrifter"))
        self.full_cpr.setChecked(settings.show_full_cpr)
        self.language = QComboBox()
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Sprog"))
        self.central_url = QLineEdit(settings.central_url)
        self.central_url.setPlaceholderText("postgresql://bruger@server/database?sslmode=verify-full")
        self.central_url.setAccessibleName(self.tr("Adresse på den centrale database"))
        self.save_folder = QLineEdit(settings.default_save_folder)
        self.save_folder.setPlaceholderText(self.tr("Mappen Dokumenter"))
        self.save_folder.setAccessibleName(self.tr("Mappe til Gem som PDF"))
        self.standard_file = QLineEdit(settings.standard_file)
        self.standard_file.setReadOnly(True)
        self.standard_file.setPlaceholderText(self.tr("Den medfølgende kvalitetsstandard"))
        self.standard_file.setAccessibleName(self.tr("Kvalitetsstandardens fil"))
        self.choose_standard = QPushButton(self.tr("&Vælg fil …"))
        self.choose_standard.clicked.connect(self._on_choose_standard)
        self.bundled_standard = QPushButton(self.tr("&Medfølgende"))
        self.bundled_standard.clicked.connect(self.standard_file.clear)
        standard_row = QWidget()
        standard_layout = QHBoxLayout(standard_row)
        standard_layout.setContentsMargins(0, 0, 0, 0)
        standard_layout.addWidget(self.standard_file, 1)
        standard_layout.addWidget(self.choose_standard)
        standard_layout.addWidget(self.bundled_standard)
        self.fixed_labels: dict[str, QLabel] = {}
        self._add_row(self.tr("&Lås efter:"), "idle_lock_minutes", self.idle)
        self.form.addRow("", self.full_cpr)
        self.form.addRow(self.tr("&Sprog (ved næste start):"), self.language)
        self._add_row(self.tr("&Central database:"), "central_url", self.central_url)
        self._add_row(self.tr("&Gem PDF i mappen:"), "default_save_folder", self.save_folder)
        self._add_row(self.tr("&Kvalitetsstandard:"), "standard_file", standard_row)
        self.standard_hint = QLabel(self.tr(
            "Nye sager vurderes efter den valgte standard. Sager, der allerede er vurderet, beholder deres egen."))
        self.standard_hint.setWordWrap(True)
        self.form.addRow("", self.standard_hint)
        if settings.policy_problem:
            self.message.setText(settings.policy_problem)
        self.setMinimumWidth(560)

    def _add_row(self, text: str, name: str, editor: QWidget) -> None:
        """A labelled row; greyed out with "Fastsat af IT" beside it when IT's policy sets ``name``."""
        label = QLabel(text)
        label.setBuddy(editor)
        if not self.settings.is_it_fixed(name):
            self.form.addRow(label, editor)
            return
        editor.setEnabled(False)
        note = QLabel(self.tr("Fastsat af IT"))
        note.setEnabled(False)  # greyed like the value it describes
        editor.setToolTip(self.tr("Denne værdi er fastsat af kommunens IT og kan ikke ændres her."))
        editor.setAccessibleDescription(self.tr("Fastsat af IT"))
        self.fixed_labels[name] = note
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor, 1)
        layout.addWidget(note)
        self.form.addRow(label, row)

    def apply(self) -> None:
        fixed = self.settings.is_it_fixed
        if not fixed("idle_lock_minutes"):
            self.settings.idle_lock_minutes = self.idle.value()
        self.settings.show_full_cpr = self.full_cpr.isChecked()
        self.settings.language = str(self.language.currentData())
        if not fixed("central_url"):
            address = self.central_url.text().strip()
            if address:
                try:
                    central_url(address)
                except CentralUrlError as exc:
                    raise SetupError(str(exc)) from None
            self.settings.central_url = address
        if not fixed("default_save_folder"):
            self.settings.default_save_folder = self.save_folder.text().strip()
        if not fixed("standard_file"):
            chosen = self.standard_file.text().strip()
            if chosen:
                try:
                    load_standard(Path(chosen))
                except StandardError as exc:
                    raise SetupError(
                        self.tr("Kvalitetsstandarden kan ikke bruges: {0}: {1}").format(exc.key, exc.problem)
                    ) from None
            self.settings.standard_file = chosen

    def _on_choose_standard(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Vælg kvalitetsstandard"), self.standard_file.text(), self.tr("Kvalitetsstandard (*.toml)")
        )
        if path:
            self.standard_file.setText(path)


class ChangePasswordDialog(_FormDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Skift adgangskode"), parent)
        self.ws = workspace
        self.old = self._password_edit(self.tr("Nuværende adgangskode"))
        self.new = self._password_edit(self.tr("Ny adgangskode"))
        self.repeat = self._password_edit(self.tr("Gentag ny adgangskode"))
        self.form.addRow(self.tr("&Nuværende:"), self.old)
        self.form.addRow(self.tr("N&y (mindst 12 tegn):"), self.new)
        self.form.addRow(self.tr("&Gentag ny:"), self.repeat)

    def apply(self) -> None:
        if self.new.text() != self.repeat.text():
            raise SetupError(self.tr("De to nye adgangskoder er ikke ens."))
        self.ws.change_password(self.old.text(), self.new.text())


class AddCaseworkerDialog(_FormDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tilføj sagsbehandler"), parent)
        self.ws = workspace
        self.initials = QLineEdit()
        self.initials.setAccessibleName(self.tr("Initialer"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Navn"))
        self.password = self._password_edit(self.tr("Adgangskode"))
        self.form.addRow(self.tr("&Initialer:"), self.initials)
        self.form.addRow(self.tr("&Navn:"), self.name)
        self.form.addRow(self.tr("&Adgangskode:"), self.password)

    def apply(self) -> None:
        self.ws.add_caseworker(self.initials.text(), self.name.text(), self.password.text())


def show_about(workspace: Workspace, parent: QWidget) -> None:
    standard = workspace.standard
    QMessageBox.about(
        parent,
        QCoreApplication.translate("AboutBox", "Om Visitation Desktop"),
        QCoreApplication.translate(
            "AboutBox",
            "<h3>Visitation Desktop {0}</h3>"
            "<p>Visitation til {1} efter {2}, offline.</p>"
            "<p>Kvalitetsstandard: {3} ({4}).<br>Datalager: {5} (krypteret).</p>",
        ).format(
            __version__,
            standard.legal_basis.title,
            standard.legal_basis.reference,
            standard.municipality,
            standard.version,
            workspace.data_dir,
        ),
    )
