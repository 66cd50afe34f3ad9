"""Keep the English catalogues in step with the code and with the French and Dutch ones.

Usage: python scripts/ts_sync.py [--check] [--dir resources/translations]
(run it under ``flock /tmp/ts.lock`` while others may be adding translations).

English is the source language: an English entry is the source text itself (identity), so the
English catalogues ``cli_en.ts`` and ``ui_en.ts`` are never edited by hand; to change English
wording, change the string in the code. This script

* finds every translatable string in the code (:func:`code_sources`; the tests use the same
  extractors), and every string the French or Dutch catalogues hold;
* adds each one missing from the English catalogue of its part (``cli`` or ``ui``), with the
  source as its translation; entries already there are left as they are;
* reports strings the code uses that French or Dutch lack, and *obsolete* entries: in a
  catalogue but no longer found in the code (left in place: a string reached only through a
  variable is invisible to the extractors, so a person decides).

``--check`` writes nothing and exits with 1 when English entries are missing or a French or
Dutch translation is missing.
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "aptaskil_desk"
TRANSLATIONS = ROOT / "resources" / "translations"
#: The languages of the program; English is the source language.
LANGUAGES = ("fr", "en", "nl")
SOURCE_LANGUAGE = "en"
CLI_CONTEXT = "cli"
#: A translatable string: (context, English source).
Key = tuple[str, str]

#: Callables, outside ``ui/``, whose first positional literal is a message for a person (with the
#: error classes, found below): the CLI's output helpers and the health check's items.
MESSAGE_CALLS = frozenset({"say", "error", "prompt", "CheckItem"})
#: Callables anywhere whose first literal is translated in the ``cli`` context: ``N_`` marks a
#: constant, the others are a :class:`~aptaskil_desk.i18n.Translator` under its usual names.
TRANSLATOR_CALLS = frozenset({"N_", "tr", "_tr", "messages", "_messages"})


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literals(node: ast.Call, index: int = 0) -> list[str]:
    """The string literal at a call's positional ``index``; both of ``"a" if c else "b"``."""
    arg = node.args[index] if len(node.args) > index else None
    return _strings(arg) if arg is not None else []


def _strings(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


@dataclass(frozen=True)
class _Call:
    """A call with a string literal somewhere in its arguments, and where it stands."""

    where: str  # file:line
    in_ui: bool
    classes: tuple[str, ...]  # the enclosing classes, outermost first
    node: ast.Call


class _Collector(ast.NodeVisitor):
    """One pass over a module: its classes (with their bases) and its calls (with their classes)."""

    def __init__(self, where: str, in_ui: bool) -> None:
        self.where, self.in_ui = where, in_ui
        self.classes: list[tuple[str, set[str | None]]] = []
        self.calls: list[_Call] = []
        self._stack: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append((node.name, {_name(base) for base in node.bases}))
        self._stack.append(node.name)
        self.generic_visit(node)
        self._stack.pop()

    def visit_Call(self, node: ast.Call) -> None:
        if node.args:
            self.calls.append(_Call(f"{self.where}:{node.lineno}", self.in_ui, tuple(self._stack), node))
        self.generic_visit(node)


@cache
def _scan(package: Path) -> tuple[tuple[tuple[str, set[str | None]], ...], tuple[_Call, ...]]:
    """Classes and calls of every module but the migrations (read once per run)."""
    classes: list[tuple[str, set[str | None]]] = []
    calls: list[_Call] = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent)
        if "migrations" in relative.parts:
            continue
        collector = _Collector(str(relative), relative.parts[1] == "ui")
        collector.visit(ast.parse(path.read_text(encoding="utf-8")))
        classes += collector.classes
        calls += collector.calls
    return tuple(classes), tuple(calls)


def error_classes(package: Path = PACKAGE) -> set[str]:
    """Names of ``AptaskilError`` and of every class deriving from it anywhere in the package."""
    classes = _scan(package)[0]
    found = {"AptaskilError"}
    grew = True
    while grew:
        before = len(found)
        found |= {name for name, bases in classes if bases & found}
        grew = len(found) > before
    return found


def _is_message(call: _Call, errors: set[str]) -> bool:
    name = _name(call.node.func)
    if name == "__init__":  # an error class passing its message to super().__init__
        return bool(call.classes) and call.classes[-1] in errors
    return (
        (name in TRANSLATOR_CALLS and not (call.in_ui and name == "tr"))  # in ui/, tr() is Qt's
        or name in errors
        or (not call.in_ui and name in MESSAGE_CALLS)
    )


def cli_sources(package: Path = PACKAGE) -> dict[str, list[str]]:
    """Every string translated in the ``cli`` context (CLI output, service errors, PDF and
    spreadsheet text, drivers' messages) → the places (file:line) it appears."""
    errors = error_classes(package)
    found: dict[str, list[str]] = {}
    for call in _scan(package)[1]:
        if _is_message(call, errors):
            for source in _literals(call.node):
                found.setdefault(source, []).append(call.where)
    return found


def ui_sources(package: Path = PACKAGE) -> dict[Key, list[str]]:
    """Every Qt string of ``ui/``: ``self.tr("…")`` under each enclosing class's name (Qt's
    context is the innermost; the outer ones are kept, as the older GUI test does), and
    ``QCoreApplication.translate("Context", "…")`` → places."""
    found: dict[Key, list[str]] = {}
    for call in _scan(package)[1]:
        if not call.in_ui:
            continue
        func = call.node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            for cls in call.classes:
                for source in _literals(call.node):
                    found.setdefault((cls, source), []).append(call.where)
        elif _name(func) == "translate":
            for context in _literals(call.node, 0):
                for source in _literals(call.node, 1):
                    found.setdefault((context, source), []).append(call.where)
    return found


def code_sources(package: Path = PACKAGE) -> dict[Key, list[str]]:
    """Every translatable string of the program, CLI and Qt alike, keyed by (context, source)."""
    found = {(CLI_CONTEXT, source): places for source, places in cli_sources(package).items()}
    found.update(ui_sources(package))
    return found


# --- catalogues -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One ``<message>`` of a ``.ts`` file, as written (``kind``: its ``type`` attribute)."""

    context: str
    source: str
    translation: str
    kind: str | None


def read_ts(path: Path) -> list[Entry]:
    """Every message of a catalogue, unfinished and obsolete ones included."""
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            source = message.findtext("source")
            if source is not None:
                text = (node.text or "") if node is not None else ""
                entries.append(Entry(name, source, text, node.get("type") if node is not None else None))
    return entries


def catalogue_files(directory: Path) -> dict[tuple[str, str], Path]:
    """``(part, language) → path`` for every ``<part>_<language>.ts`` of the directory."""
    files = {}
    for path in sorted(directory.glob("*_*.ts")):
        part, _, language = path.stem.rpartition("_")
        if language in LANGUAGES:
            files[(part, language)] = path
    return files


def live(entries: Iterable[Entry]) -> list[Entry]:
    """Entries that count: not marked obsolete or vanished by Qt Linguist."""
    return [e for e in entries if e.kind not in ("obsolete", "vanished")]


EMPTY_TS = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    '<TS version="2.1" language="{language}" sourcelanguage="en">\n</TS>\n'
)


def append_identity(path: Path, keys: Iterable[Key], language: str = "en_BE") -> int:
    """Add English entries (translation = source) at the end of their contexts; returns how many.

    Re-reads the file right before writing and replaces it in one step (write then rename).
    """
    text = path.read_text(encoding="utf-8") if path.exists() else EMPTY_TS.format(language=language)
    present = {(e.context, e.source) for e in read_ts(path)} if path.exists() else set()
    added = 0
    for context, source in keys:
        if (context, source) in present:
            continue
        marker = f"<name>{escape(context)}</name>"
        if marker not in text:
            text = text.replace("</TS>", f"<context>\n    {marker}\n</context>\n</TS>")
        end = text.index("</context>", text.index(marker))
        block = (
            f"    <message>\n        <source>{escape(source)}</source>\n"
            f"        <translation>{escape(source)}</translation>\n    </message>\n"
        )
        text = text[:end] + block + text[end:]
        present.add((context, source))
        added += 1
    if added:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(temporary, mode)  # mkstemp makes it private; keep the catalogue's own mode
        os.replace(temporary, path)
    return added


# --- the sync -------------------------------------------------------------------------------


@dataclass
class Report:
    """What a sync found: English entries to add, untranslated strings, obsolete entries."""

    english_missing: dict[str, list[Key]] = field(default_factory=dict)  # file name → keys
    untranslated: dict[str, list[Key]] = field(default_factory=dict)  # language → keys
    obsolete: dict[str, list[Key]] = field(default_factory=dict)  # file name → keys

    @property
    def failed(self) -> bool:
        return any(self.english_missing.values()) or any(self.untranslated.values())


def part_of(context: str) -> str:
    """The catalogue family a new string goes to: ``cli`` for the ``cli`` context, else ``ui``."""
    return CLI_CONTEXT if context == CLI_CONTEXT else "ui"


def sync(directory: Path = TRANSLATIONS, package: Path = PACKAGE, *, write: bool = True) -> Report:
    """Compare the catalogues of ``directory`` with the code; add the English entries if ``write``."""
    sources = code_sources(package)
    files = catalogue_files(directory)
    entries = {key: live(read_ts(path)) for key, path in files.items()}
    report = Report()
    for part in sorted({part for part, _ in files} | {CLI_CONTEXT, "ui"}):
        # Ordered: the French catalogue's order, then the Dutch one's, then the code's.
        wanted: dict[Key, None] = {}
        for language in LANGUAGES:
            if language != SOURCE_LANGUAGE:
                wanted.update(dict.fromkeys((e.context, e.source) for e in entries.get((part, language), [])))
        elsewhere = {(e.context, e.source) for (other, _), found in entries.items() if other != part for e in found}
        wanted.update(dict.fromkeys(k for k in sources if part_of(k[0]) == part and k not in elsewhere))
        have = {(e.context, e.source) for e in entries.get((part, SOURCE_LANGUAGE), [])}
        missing = [key for key in wanted if key not in have]
        if missing:
            path = directory / f"{part}_{SOURCE_LANGUAGE}.ts"
            report.english_missing[path.name] = missing
            if write:
                append_identity(path, missing)
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        have = {
            (e.context, e.source)
            for (_, lang), found in entries.items()
            if lang == language
            for e in found
            if e.kind != "unfinished" and e.translation
        }
        report.untranslated[language] = sorted(key for key in sources if key not in have)
    for (part, language), found in sorted(entries.items()):
        stale = [(e.context, e.source) for e in found if (e.context, e.source) not in sources]
        if stale:
            report.obsolete[files[(part, language)].name] = stale
    return report


def _show(key: Key) -> str:
    return f"{key[0]}: {key[1]!r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything is missing")
    parser.add_argument("--dir", type=Path, default=TRANSLATIONS, help="the catalogues' folder")
    args = parser.parse_args(argv)
    report = sync(args.dir, write=not args.check)
    for name, keys in report.english_missing.items():
        print(f"{name}: {len(keys)} English entries {'missing' if args.check else 'added'}")
    for language, keys in report.untranslated.items():
        for key in keys:
            print(f"untranslated in {language}: {_show(key)}")
    for name, keys in report.obsolete.items():
        print(f"{name}: {len(keys)} obsolete entries (not found in the code; check, then remove by hand):")
        for key in keys:
            print(f"    {_show(key)}")
    if not report.failed:
        print("catalogues in step with the code")
    untranslated = any(report.untranslated.values())
    return 1 if untranslated or (args.check and report.failed) else 0


if __name__ == "__main__":
    sys.exit(main())
