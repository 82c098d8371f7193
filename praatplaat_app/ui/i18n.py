"""Translations: the UI is written in Dutch; English comes from Qt's translation system.

The sources of the English translation are in ``resources/translations/praatplaat_en.ts``
(updated and compiled by ``scripts/translations.py``); at run time the compiled
``praatplaat_en.qm`` is loaded. The language is the setting ``ui/language`` ("nl" or "en")
and takes effect when the app starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from praatplaat_app import paths
from praatplaat_app.messages import LANGUAGES

DEFAULT_LANGUAGE = "nl"
_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


# How date fields show a date: as the printouts and summaries write it (formatting.short_date).
_DATE_EDIT_FORMATS = {"nl": "dd-MM-yyyy", "en": "dd/MM/yyyy"}


def date_edit_format() -> str:
    """The display format for a QDateEdit in the app's language."""
    from praatplaat_app.messages import current_language

    return _DATE_EDIT_FORMATS.get(current_language(), _DATE_EDIT_FORMATS[DEFAULT_LANGUAGE])


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def load_app_translator(
    language: str, parent: QCoreApplication | None = None
) -> QTranslator | None:
    """The translator for Praatplaat's own strings, or None for Dutch (the source language)."""
    if language != "en":
        return None
    translator = QTranslator(parent)
    if translator.load("praatplaat_en", str(translations_dir())):
        return translator
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("nl" or "en"; anything else is Dutch).

    Returns the installed translators (so that tests can remove them again).
    """
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    locale = QLocale(_LOCALES[language])
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    app_translator = load_app_translator(language, app)
    if app_translator is not None:
        app.installTranslator(app_translator)
        installed.append(app_translator)
    return installed
