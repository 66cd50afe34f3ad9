"""Translations outside Qt (CLI and PDF text), from the same Qt Linguist ``.ts`` catalogues.

Source strings are English; ``resources/translations/<part>_<lang>.ts`` (``cli_fr.ts``,
``ui_fr.ts``…) hold French and Dutch; every file of a language is merged into one catalogue.
The Qt side (``ui/i18n.py``) installs a ``QTranslator`` that reads the very same
:class:`Catalogue`, so a string is translated once for every surface.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import cache

from aptaskil_desk.resources import resource_path

log = logging.getLogger(__name__)

#: Context used for command-line and PDF strings in the catalogues.
CLI_CONTEXT = "cli"


class Catalogue:
    """The translations of one language: ``(context, source) -> translation``."""

    def __init__(self, language: str, entries: dict[tuple[str, str], str]) -> None:
        self.language = language
        self._entries = entries

    def lookup(self, context: str, source: str) -> str | None:
        """The translation, or ``None`` when the catalogue has none (caller shows the source)."""
        return self._entries.get((context, source))

    def __len__(self) -> int:
        return len(self._entries)


def parse_ts(text: str) -> dict[tuple[str, str], str]:
    """Read a Qt Linguist ``.ts`` document; unfinished or empty translations are skipped."""
    root = ET.fromstring(text)
    entries: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            entries[(name, source)] = node.text
    return entries


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue for a language; English (the source language) is empty by design."""
    entries: dict[tuple[str, str], str] = {}
    if language == "en":
        return Catalogue(language, entries)
    for path in sorted(resource_path("translations").glob(f"*_{language}.ts")):
        try:
            entries.update(parse_ts(path.read_text(encoding="utf-8")))
        except ET.ParseError:
            log.exception("translation catalogue %s is unreadable; its strings show in English", path)
    return Catalogue(language, entries)


def N_(text: str) -> str:
    """Mark a string for translation where it is defined (e.g. in a table); translate it where shown."""
    return text


class Translator:
    """gettext-style helper bound to one language: ``t("Hello {name}", name=...)``."""

    def __init__(self, language: str, context: str = CLI_CONTEXT) -> None:
        self.language = language
        self.context = context
        self._catalogue = catalogue(language)

    def __call__(self, source: str, /, **params: object) -> str:
        text = self._catalogue.lookup(self.context, source) or source
        return text.format(**params) if params else text
