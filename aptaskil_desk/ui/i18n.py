"""Qt translations from the same ``.ts`` catalogues as the CLI, and error messages in words.

PySide6 calls a Python override of ``QTranslator.translate`` (checked with PySide6 6.12: both
``self.tr()`` and ``QCoreApplication.translate()`` reach it), so no ``.qm`` files are compiled:
:class:`CatalogueTranslator` answers from :func:`aptaskil_desk.i18n.catalogue`.

The context of ``self.tr()`` is the *runtime* class name, so a subclass of a translated widget
needs its own entries in the catalogues (or must translate through its base's context).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.i18n import Catalogue, Translator, catalogue

log = logging.getLogger(__name__)

_LOCALES = {
    "fr": (QLocale.Language.French, QLocale.Country.Belgium),
    "nl": (QLocale.Language.Dutch, QLocale.Country.Belgium),
    "en": (QLocale.Language.English, QLocale.Country.Belgium),
}


def locale_for(language: str) -> QLocale:
    """The Belgian locale of a program language (dates, numbers)."""
    lang, country = _LOCALES.get(language, _LOCALES["fr"])
    return QLocale(lang, country)


class CatalogueTranslator(QTranslator):
    """A ``QTranslator`` that looks strings up in the program's own catalogue of one language."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue: Catalogue = catalogue(language)
        self._language = language

    def language(self) -> str:
        return self._language

    def isEmpty(self) -> bool:
        return len(self._catalogue) == 0

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None is a null QString: Qt then asks the next translator, and finally shows the source.
        return self._catalogue.lookup(context, source_text)


class UiTranslators:
    """The translators one window installs for its language, removed again when it closes."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        self.language = language
        self._installed: list[QTranslator] = []
        if language == "en":
            return
        own = CatalogueTranslator(language, parent)
        qt_own = QTranslator(parent)
        # Qt's own strings (context menus of text fields, standard buttons) in the same language.
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates: list[QTranslator] = [own]
        if qt_own.load(locale_for(language), "qtbase", "_", folder):
            candidates.append(qt_own)
        for translator in candidates:
            if QCoreApplication.installTranslator(translator):
                self._installed.append(translator)

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()


def error_text(error: BaseException, messages: Translator) -> str | None:
    """An error meant for a person, in their language; ``None`` for a programming error."""
    if not isinstance(error, AptaskilError):
        return None
    try:
        return messages(error.message, **error.params)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its parameters %r", error.message, error.params)
        return str(error)
