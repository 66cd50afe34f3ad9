"""The frozen one-folder bundle (build_installer.spec) runs without Python: CLI, migrations, PDFs, kiosk.

Two executables share the bundle: ``aptaskil-desk`` (console: the CLI) and ``aptaskil-desk-kiosk``
(windowless, for the Windows kiosk shell); both are run here.

Which bundle: ``APTASKIL_BUNDLE`` names its folder (the one holding ``aptaskil-desk[.exe]``), e.g.
``bash scripts/build_installer.sh --distpath /tmp/pyi/dist`` then
``APTASKIL_BUNDLE=/tmp/pyi/dist/aptaskil-desk pytest tests/integration/test_frozen_bundle.py``
(``scripts/build_installer.sh --check`` does both).

Without ``APTASKIL_BUNDLE``: skipped on a developer's machine; with ``CI=true`` the bundle is
built here first (about 40 s, into a temporary folder) so that CI always runs these checks.
NOTE for the lead: .ci/run may build it once and set APTASKIL_BUNDLE instead.

Every command runs the frozen program as a subprocess, with the source tree's Python nowhere in
its way: the bundle must carry the migrations, the catalogues, forms, fonts and Qt plugins itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from aptaskil_desk import __version__
from aptaskil_desk.settings import default_log_dir
from tests.conftest import IN_CI

ROOT = Path(__file__).resolve().parents[2]
EXE_NAME = "aptaskil-desk.exe" if sys.platform == "win32" else "aptaskil-desk"
KIOSK_EXE_NAME = "aptaskil-desk-kiosk.exe" if sys.platform == "win32" else "aptaskil-desk-kiosk"
#: How long the kiosk must stay up on the offscreen platform to count as "starts without a crash".
GUI_SECONDS = 4.0

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle folder: ``$APTASKIL_BUNDLE``, else (CI only) one built now."""
    named = os.environ.get("APTASKIL_BUNDLE")
    if named:
        folder = Path(named)
    elif IN_CI:
        out = tmp_path_factory.mktemp("pyi")
        subprocess.run(
            ["bash", str(ROOT / "scripts" / "build_installer.sh"), "--distpath", str(out / "dist"),
             "--workpath", str(out / "build")],
            check=True, cwd=ROOT, timeout=900,
        )  # fmt: skip
        folder = out / "dist" / "aptaskil-desk"
    else:
        pytest.skip("APTASKIL_BUNDLE is not set (build one with scripts/build_installer.sh)")
    for name in (EXE_NAME, KIOSK_EXE_NAME):
        assert (folder / name).is_file(), f"no {name} in {folder}"
    return folder


def _env(**extra: str) -> dict[str, str]:
    """The test process's environment (isolated XDG folders) without Python paths to the source tree."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "APTASKIL_HOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def _run(
    bundle: Path, *args: str, lang: str = "en", timeout: float = 180, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / EXE_NAME), "--lang", lang, *args],
        capture_output=True, text=True, env=_env() if env is None else env, cwd=bundle.parent, timeout=timeout,
    )  # fmt: skip


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout


@pytest.fixture
def demo_url(bundle: Path, empty_db_url: str) -> Iterator[str]:
    """An empty database migrated by the frozen program (its bundled Alembic scripts), then the demo centre."""
    _ok(_run(bundle, "--db", empty_db_url, "db", "upgrade"))
    _ok(_run(bundle, "--db", empty_db_url, "demo", "--learners", "5"))
    yield empty_db_url


def test_version(bundle: Path) -> None:
    assert _ok(_run(bundle, "--version")).strip() == f"aptaskil-desk {__version__}"
    if sys.platform != "win32":  # the windowless one has no console on Windows to print to
        windowless = subprocess.run([str(bundle / KIOSK_EXE_NAME), "--version"], capture_output=True, text=True,
                                    env=_env(), cwd=bundle.parent, timeout=60)  # fmt: skip
        assert _ok(windowless).strip() == f"aptaskil-desk {__version__}"


def test_demo_then_audit_verify_and_db_check(bundle: Path, demo_url: str) -> None:
    """Migrations from the bundle build the schema; the demo's audit trail and the database check pass."""
    _ok(_run(bundle, "--db", demo_url, "audit", "verify"))
    _ok(_run(bundle, "--db", demo_url, "db", "check"))


def test_messages_are_translated_from_the_bundled_catalogues(bundle: Path, demo_url: str) -> None:
    """The .ts catalogues inside the bundle are found: French and Dutch differ from English."""
    outputs = {lang: _ok(_run(bundle, "--db", demo_url, "audit", "verify", lang=lang)) for lang in ("en", "fr", "nl")}
    assert len(set(outputs.values())) == 3, outputs


def test_badge_pdf_with_bundled_fonts(bundle: Path, demo_url: str, tmp_path: Path) -> None:
    """reportlab and the DejaVu fonts (names with Ş, ı, Ø) work frozen."""
    out = tmp_path / "badges.pdf"
    _ok(_run(bundle, "--db", demo_url, "badges", "print", "--all", "--layout", "sheet", "--out", str(out)))
    assert out.read_bytes().startswith(b"%PDF-")


def test_diagnostics_and_pdf_preview_in_the_frozen_program(bundle: Path, demo_url: str) -> None:
    """`diagnostics --json` passes, its PDF preview check included: QtPdf, the Qt libraries it needs
    and a platform plugin are in the bundle and work. No platform is named and no display is set, as
    in an SSH session: the check must choose the offscreen platform itself (Windows: its own)."""
    env = {k: v for k, v in _env().items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    doc = json.loads(_ok(_run(bundle, "--db", demo_url, "diagnostics", "--json", env=env)))
    assert doc["ok"] is True
    preview = doc["pdf_preview"]
    assert preview["ok"] is True and preview["problem"] is None, preview
    assert preview["pages"] == 1 and preview["width"] > 0 and preview["ink"] > 0.1
    assert preview["platform"] == ("windows" if sys.platform == "win32" else "offscreen")
    assert doc["database"]["reachable"] is True and doc["database"]["schema_current"] is True
    assert doc["versions"]["aptaskil-desk"] == f"{__version__} (bundled)"
    assert doc["versions"]["Qt"] and len(doc["instruments"]["registered"]) >= 1


def test_bundle_carries_its_files(bundle: Path) -> None:
    """Data the program reads from disk, and the Qt parts the print preview and the platforms need."""
    internal = bundle / "_internal"
    for part in ("resources/translations/ui_nl.ts", "resources/translations/aptaskil_fr.qm", "resources/styles",
                 "resources/sounds/success.wav", "resources/fonts/DejaVuSans.ttf", "forms/equipment-questions.toml",
                 "aptaskil_desk/db/migrations/env.py", "aptaskil_desk/db/migrations/script.py.mako",
                 "tzdata/zoneinfo/Europe/Brussels"):  # fmt: skip
        assert (internal / part).exists(), part
    assert list((internal / "aptaskil_desk/db/migrations/versions").glob("*.py"))
    qt = internal / "PySide6"
    assert list(qt.rglob("*Qt6Pdf*")) or list(qt.rglob("*Qt6Pdf*.dll")), "QtPdf library missing"
    platforms = {p.name for p in qt.rglob("platforms/*")}
    wanted = ("qwindows",) if sys.platform == "win32" else ("qoffscreen", "qxcb")
    for name in wanted:
        assert any(name in p for p in platforms), (name, platforms)
    assert not list(qt.rglob("*Qt6WebEngine*")) and not list(qt.rglob("*Qt6Quick*")), "unused Qt modules bundled"


@pytest.mark.parametrize(
    ("exe", "command"),
    [(EXE_NAME, ["kiosk", "--windowed"]), (KIOSK_EXE_NAME, [])],
    ids=["console-kiosk-windowed", "windowless-default-full-screen"],
)
def test_kiosk_starts_offscreen_without_a_crash(bundle: Path, demo_url: str, exe: str, command: list[str]) -> None:
    """The kiosk window stays up for a few seconds on the offscreen platform; then we stop it.

    Both executables: the console one with ``kiosk --windowed``; the windowless one as the Windows
    kiosk shell starts it, with no command (the kiosk, full screen).
    """
    process = subprocess.Popen(
        [str(bundle / exe), "--lang", "en", "--db", demo_url, *command],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=bundle.parent,
    )  # fmt: skip
    try:
        time.sleep(GUI_SECONDS)
        still_running = process.poll() is None
    finally:
        process.terminate()
        try:
            _out, err = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, err = process.communicate()
    assert still_running, f"the kiosk ended by itself (exit {process.returncode}):\n{err}"
    assert "Traceback" not in err, err
    # The same folder as the frozen program's (same environment): it says the kiosk window opened.
    log = (default_log_dir() / "aptaskil-desk.log").read_text(encoding="utf-8")
    mode = "windowed" if command else "full screen"
    assert f"[{process.pid}] kiosk window open on terminal " in log, log[-2000:]
    assert any(f"[{process.pid}] kiosk window open" in line and line.endswith(f"({mode})")
               for line in log.splitlines()), log[-2000:]  # fmt: skip
