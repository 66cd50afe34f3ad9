"""Compile the Qt Linguist catalogues (``.ts``) into ``.qm`` files, then check them.

Usage: python scripts/ts_compile.py [--out build/translations] [--dir resources/translations]

One ``aptaskil_<language>.qm`` per language (French, English, Dutch), merging every
``<part>_<language>.ts`` file as the program does at run time. The compiler is Qt's own
``lrelease``, which PySide6-Essentials (a dependency of the program) ships: ``$LRELEASE`` if set,
else the one inside the PySide6 package (what ``pyside6-lrelease`` runs), else ``pyside6-lrelease``
or ``lrelease`` on the PATH. No home-made ``.qm`` writer: wherever the program runs from source,
``lrelease`` is there.

Unfinished translations are left out (``-nounfinished``), like the run-time reader does. After
compiling, every ``.qm`` is loaded in a ``QTranslator`` and must give, for every message of the
catalogues, exactly the catalogue's translation; a difference fails the build (exit 1).

The program still reads the ``.ts`` files at run time (``aptaskil_desk.i18n``); the ``.qm`` files
are the compiled form shipped with the installer for Qt.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
OUT = ROOT / "build" / "translations"
LANGUAGES = ("fr", "en", "nl")
#: ``QTranslator.load(locale, PREFIX, "_", folder)`` finds ``aptaskil_fr.qm`` and the like.
PREFIX = "aptaskil"


class CompileError(Exception):
    """lrelease is missing or failed, or a compiled catalogue does not match its source."""


def find_lrelease() -> Path:
    """Qt's ``lrelease``: ``$LRELEASE``, PySide6's own binary, or one on the PATH."""
    candidates: list[str | None] = [os.environ.get("LRELEASE")]
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidates.append(shutil.which("lrelease", path=folder))
    candidates += [shutil.which("pyside6-lrelease"), shutil.which("lrelease")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise CompileError("lrelease not found: install PySide6-Essentials (scripts/install.sh) or set LRELEASE")


def sources(directory: Path, language: str) -> list[Path]:
    """The catalogues of one language, in the order the program merges them."""
    return sorted(directory.glob(f"*_{language}.ts"))


def compile_language(lrelease: Path, directory: Path, out: Path, language: str) -> Path:
    """Compile every catalogue of ``language`` into one ``.qm``; returns its path."""
    files = sources(directory, language)
    if not files:
        raise CompileError(f"no catalogue for {language!r} in {directory}")
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PREFIX}_{language}.qm"
    command = [str(lrelease), "-nounfinished", "-silent", *map(str, files), "-qm", str(target)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not target.is_file():
        raise CompileError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    return target


def verify(qm: Path, catalogues: list[Path]) -> list[str]:
    """Differences between a compiled ``.qm`` (read by Qt) and the catalogues it came from."""
    from PySide6.QtCore import QTranslator  # Qt only here: the checks need Qt's own reader

    from aptaskil_desk.i18n import parse_ts

    translator = QTranslator()
    if not translator.load(str(qm)):
        return [f"{qm}: Qt cannot load it"]
    problems = []
    for path in catalogues:
        for (context, source), wanted in parse_ts(path.read_text(encoding="utf-8")).items():
            got = translator.translate(context, source)
            if got != wanted:
                problems.append(f"{qm.name} {context}: {source!r} gives {got!r}, not {wanted!r}")
    return problems


def compile_all(directory: Path = TRANSLATIONS, out: Path = OUT) -> dict[str, Path]:
    """Compile and check every language; returns ``language → .qm``; raises :class:`CompileError`."""
    lrelease = find_lrelease()
    compiled = {}
    for language in LANGUAGES:
        qm = compile_language(lrelease, directory, out, language)
        problems = verify(qm, sources(directory, language))
        if problems:
            raise CompileError("\n".join(problems[:20]) + f"\n({len(problems)} differences)")
        compiled[language] = qm
    return compiled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compile resources/translations/*.ts into .qm files.")
    parser.add_argument("--dir", type=Path, default=TRANSLATIONS, help="the catalogues' folder")
    parser.add_argument("--out", type=Path, default=OUT, help="where the .qm files go (default build/translations)")
    args = parser.parse_args(argv)
    try:
        compiled = compile_all(args.dir, args.out)
    except CompileError as error:
        print(f"ts_compile: {error}", file=sys.stderr)
        return 1
    for language, qm in compiled.items():
        print(f"{language}: {qm} ({qm.stat().st_size} bytes, checked against its catalogues)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
