"""Qt translations from the same ``.ts`` catalogues as the CLI, and error messages in words.

PySide6 calls a Python override of ``QTranslator.translate`` (both ``self.tr()`` and
``QCoreApplication.translate()`` reach it; checked with PySide6 6.11 and 6.12), so no ``.qm``
file is compiled: :class:`CatalogueTranslator` answers from :func:`aptaskil_desk.i18n.catalogue`,
the very object the CLI uses.

The context of ``self.tr()`` is the *runtime* class name, so a subclass of a translated widget
needs its own entries in the catalogues.
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
    """A ``QTranslator`` answering from the program's own catalogue, then from Qt's own strings.

    Signals: none.
    """

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue: Catalogue = catalogue(language)
        # Qt's own strings (text field context menus, standard buttons) in the same language.
        self._qt = QTranslator(self)
        self._qt.load(locale_for(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

    def isEmpty(self) -> bool:
        return len(self._catalogue) == 0 and self._qt.isEmpty()

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        found = self._catalogue.lookup(context, source_text)
        if found is None:
            found = self._qt.translate(context, source_text, disambiguation, n) or None
        # None is a null QString: Qt then asks the next translator, and finally shows the source.
        return found


class UiTranslators:
    """The translator of one language, installed in the application until removed.

    A window keeps one per language it has shown, so switching back and forth (a learner's
    choice at the kiosk) reinstalls the same translator instead of reading the catalogues again.
    """

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        self.language = language
        self._translators: list[QTranslator] = [] if language == "en" else [CatalogueTranslator(language, parent)]
        self._installed: list[QTranslator] = []
        self.install()

    def install(self) -> None:
        """Put the translator in the application again after :meth:`remove` (no-op when there)."""
        for translator in self._translators:
            if translator not in self._installed and QCoreApplication.installTranslator(translator):
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
