"""Translations: Qt's own strings in Danish, ours in Danish (source) or English (.qm)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import translations_dir


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's translation for the language and, for English, the program's own .qm."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_tr)
        translators.append(qt_tr)
    if language != "da":
        own = QTranslator(app)
        if own.load(str(translations_dir() / f"visitation_{language}.qm")):
            app.installTranslator(own)
            translators.append(own)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if language == "da" else QLocale.Language.English, QLocale.Country.Denmark
        )
    )
    return translators
