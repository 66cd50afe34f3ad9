"""Every user-facing string is in the French, English and Dutch catalogues, and they compile.

The strings come from ``scripts/ts_sync.py``'s extractors (CLI output, service errors, PDF and
spreadsheet text, drivers' messages in the ``cli`` context; every ``self.tr()`` of the GUI under
its class). A failure names the strings: translate them with ``scripts/ts_add.py``, then run
``scripts/ts_sync.py`` for English (docs/translations.md).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from aptaskil_desk.i18n import parse_ts
from scripts.ts_compile import compile_all, verify
from scripts.ts_sync import (
    LANGUAGES,
    TRANSLATIONS,
    Key,
    catalogue_files,
    cli_sources,
    code_sources,
    live,
    read_ts,
    sync,
    ui_sources,
)
from tests.gui.test_translations import _tr_calls
from tests.unit.messages import cli_messages

PLACEHOLDER = re.compile(r"\{[^}]*\}")


def _entries(language: str, directory: Path = TRANSLATIONS) -> dict[Key, str]:
    """The finished translations of a language, all its files merged (as the program does)."""
    entries: dict[Key, str] = {}
    for path in sorted(directory.glob(f"*_{language}.ts")):
        entries.update(parse_ts(path.read_text(encoding="utf-8")))
    return entries


def test_the_extractors_see_at_least_what_the_older_tests_see() -> None:
    """ts_sync's extractors find every message the CLI test and every tr() string the GUI test check."""
    assert set(cli_messages()) <= set(cli_sources())
    assert {(cls, source) for _where, cls, source in _tr_calls()} <= set(ui_sources())
    assert len(cli_sources()) > 700 and len(ui_sources()) > 1000


def test_every_language_has_the_same_catalogue_families() -> None:
    """cli_*.ts and ui_*.ts exist in French, English and Dutch alike."""
    files = catalogue_files(TRANSLATIONS)
    parts = {language: sorted(part for part, lang in files if lang == language) for language in LANGUAGES}
    assert parts == {language: ["cli", "ui"] for language in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_user_facing_string_has_a_translation(language: str) -> None:
    """Each string of the code (cli context and every Qt class) has a finished entry in the language."""
    entries = _entries(language)
    missing = [f"{context}: {source!r} ({places[0]})" for (context, source), places in code_sources().items()
               if (context, source) not in entries]  # fmt: skip
    assert not missing, f"{language}: {len(missing)} strings without a translation:\n" + "\n".join(missing)


def test_translations_keep_the_placeholders_of_their_source() -> None:
    """Every entry of every catalogue has exactly its source's {placeholders}, format specs included."""
    wrong = [
        f"{path.name} {e.context}: {e.translation!r}"
        for path in catalogue_files(TRANSLATIONS).values()
        for e in live(read_ts(path))
        if sorted(PLACEHOLDER.findall(e.translation)) != sorted(PLACEHOLDER.findall(e.source))
    ]
    assert wrong == []


def test_no_entry_is_unfinished_or_empty() -> None:
    """An unfinished or empty translation would show English in a French or Dutch screen."""
    unfinished = [
        f"{path.name} {e.context}: {e.source!r}"
        for path in catalogue_files(TRANSLATIONS).values()
        for e in live(read_ts(path))
        if e.kind == "unfinished" or not e.translation.strip()
    ]
    assert unfinished == []


def test_english_entries_are_the_source_itself() -> None:
    """English is the source language: its entries repeat the source (reword in the code instead)."""
    for language_file in ("cli_en.ts", "ui_en.ts"):
        entries = read_ts(TRANSLATIONS / language_file)
        assert len(entries) > 700
        assert [e.source for e in entries if e.translation != e.source] == [], language_file


def test_the_english_catalogue_holds_every_french_and_dutch_entry() -> None:
    """ts_sync has nothing to add: English covers the code and the other languages' entries."""
    assert sync(TRANSLATIONS, write=False).english_missing == {}


def test_sync_adds_the_missing_english_entries_and_touches_nothing_else(tmp_path: Path) -> None:
    """Without ui_en.ts and with one cli entry gone, sync writes them back as identity entries."""
    shutil.copytree(TRANSLATIONS, tmp_path, dirs_exist_ok=True)
    sync(tmp_path)  # others may have added French and Dutch entries since the last sync
    complete = _entries("en", tmp_path)
    ui_count = len(read_ts(tmp_path / "ui_en.ts"))
    (tmp_path / "ui_en.ts").unlink()
    cli_en = tmp_path / "cli_en.ts"
    gone = "    <message>\n        <source>Unknown login or wrong password.</source>\n"
    gone += "        <translation>Unknown login or wrong password.</translation>\n    </message>\n"
    assert gone in cli_en.read_text(encoding="utf-8")
    cli_en.write_text(cli_en.read_text(encoding="utf-8").replace(gone, ""), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*_[fn][rl].ts")}

    report = sync(tmp_path, write=False)
    assert report.english_missing["cli_en.ts"] == [("cli", "Unknown login or wrong password.")]
    assert len(report.english_missing["ui_en.ts"]) == ui_count
    assert not (tmp_path / "ui_en.ts").exists()  # a check writes nothing

    sync(tmp_path)
    assert (tmp_path / "ui_en.ts").stat().st_mode & 0o777 == 0o644
    assert _entries("en", tmp_path) == complete
    assert all(source == text for (_context, source), text in complete.items())
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*_[fn][rl].ts")} == before
    assert sync(tmp_path).english_missing == {}  # a second run changes nothing


def test_compiled_catalogues_translate_exactly_like_their_sources(tmp_path: Path) -> None:
    """lrelease turns each language into one .qm that Qt reads back identically; a change shows."""
    compiled = compile_all(TRANSLATIONS, tmp_path / "qm")
    assert sorted(compiled) == sorted(LANGUAGES)
    assert all(qm.name == f"aptaskil_{language}.qm" for language, qm in compiled.items())
    changed = tmp_path / "ui_fr.ts"
    changed.write_text(
        (TRANSLATIONS / "ui_fr.ts")
        .read_text(encoding="utf-8")
        .replace("<translation>Scannez votre badge</translation>", "<translation>Badgez</translation>"),
        encoding="utf-8",
    )
    assert verify(compiled["fr"], [changed]) == [
        "aptaskil_fr.qm KioskIdleScreen: 'Scan your badge' gives 'Scannez votre badge', not 'Badgez'"
    ]
