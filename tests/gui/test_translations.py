"""Every string the GUI shows is in the French and Dutch catalogues, and Qt really uses them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from aptaskil_desk.i18n import catalogue
from aptaskil_desk.ui.i18n import UiTranslators

UI = Path(__file__).resolve().parents[2] / "aptaskil_desk" / "ui"
PLACEHOLDER = re.compile(r"\{[^}]*\}")


def _tr_calls() -> list[tuple[str, str, str]]:
    """(file, class, source) for every ``self.tr(...)`` in the GUI package."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(cls, ast.ClassDef):
                continue
            for node in ast.walk(cls):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
                    arg = node.args[0] if node.args else None
                    source = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else ""
                    found.append((f"{path.name}:{node.lineno}", cls.name, source))
    return found


def test_every_tr_call_has_a_literal_english_source():
    """tr() gets a plain literal, so lupdate and the catalogues can see it."""
    calls = _tr_calls()
    assert len(calls) > 30
    assert [where for where, _cls, source in calls if not source] == []


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_ui_string_is_translated_with_the_same_placeholders(language):
    """Each tr() string has a translation under its class's context, keeping every {placeholder}."""
    entries = catalogue(language)
    missing, mismatched = [], []
    for where, cls, source in _tr_calls():
        translation = entries.lookup(cls, source)
        if translation is None:
            missing.append(f"{where} {cls}: {source!r}")
        elif sorted(PLACEHOLDER.findall(translation)) != sorted(PLACEHOLDER.findall(source)):
            mismatched.append(f"{where} {cls}: {translation!r}")
    assert missing == [] and mismatched == []


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_qt_translates_exactly_like_the_cli_catalogue(qapp, language):
    """PySide6 calls our QTranslator override: Qt gives, for every tr() string, the catalogue's text."""
    translators = UiTranslators(language)
    try:
        entries = catalogue(language)
        for _where, cls, source in _tr_calls():
            assert QCoreApplication.translate(cls, source) == entries.lookup(cls, source)
        assert QCoreApplication.translate("KioskIdleScreen", "not in any catalogue") == "not in any catalogue"
        # Qt's own strings come from Qt's catalogue of the same language.
        assert QCoreApplication.translate("QLineEdit", "&Copy") != "&Copy"
    finally:
        translators.remove()
    assert QCoreApplication.translate("KioskIdleScreen", "Scan your badge") == "Scan your badge"
