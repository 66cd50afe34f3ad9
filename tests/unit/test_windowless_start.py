"""The program starts without a console: stdin, stdout and stderr ``None``, as the windowless kiosk
executable (``aptaskil-desk-kiosk``, console=False) has them on Windows.

Each case runs ``python -m aptaskil_desk``'s entry (``runpy``, so ``__main__.py`` itself runs) in a
child process that first sets the three streams to ``None``; the exit code and the log file say
what happened, since nothing can be printed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Runs the package's __main__ with no standard streams; ``QUIT_AFTER_MS`` first starts a Qt
#: application that leaves its event loop after that long (``exit``: ``quit`` would ask the full-screen
#: kiosk window to close, which it refuses without a PIN).
CHILD = """
import os, runpy, sys
sys.stdin = sys.stdout = sys.stderr = None
if os.environ.get("QUIT_AFTER_MS"):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(int(os.environ["QUIT_AFTER_MS"]), lambda: app.exit(0))
sys.argv = ["aptaskil-desk", *sys.argv[1:]]
runpy.run_module("aptaskil_desk", run_name="__main__", alter_sys=True)
"""


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A settings file sending the log to tmp_path/logs, and a SQLite database URL beside it."""
    (tmp_path / "settings.toml").write_text(
        f'log_dir = {str(tmp_path / "logs")!r}\nterminal = "WINDOWLESS-1"\nlanguage = "en"\n', encoding="utf-8"
    )
    return tmp_path


def _run(home: Path, *args: str, quit_after_ms: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("APTASKIL_DB", "APTASKIL_TERMINAL", "APTASKIL_LANG")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if quit_after_ms is not None:
        env["QUIT_AFTER_MS"] = str(quit_after_ms)
    return subprocess.run(
        [sys.executable, "-c", CHILD, "--config", str(home / "settings.toml"), *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip


def _log(home: Path) -> str:
    return (home / "logs" / "aptaskil-desk.log").read_text(encoding="utf-8")


def test_version_and_usage_errors_without_streams(home: Path) -> None:
    """--version exits 0; an unknown option exits 2 (argparse's usage error), not with a traceback."""
    version = _run(home, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout == ""  # it went to the null device, not to the parent's pipe
    bad = _run(home, "--no-such-option")
    assert bad.returncode == 2, bad.stderr
    assert "Traceback" not in bad.stderr


def test_commands_run_and_log_without_streams(home: Path) -> None:
    """db upgrade then db check on a new SQLite file: exit 0, and the migrations are in the log."""
    url = f"sqlite:///{home / 'windowless.db'}"
    upgrade = _run(home, "--db", url, "db", "upgrade")
    assert upgrade.returncode == 0, upgrade.stderr
    assert "Running upgrade" in _log(home)
    check = _run(home, "--db", url, "db", "check")
    assert check.returncode == 0, check.stderr
    # A refusal keeps its exit code (2: no such account) and its log line; the missing stderr breaks nothing.
    refused = _run(home, "--db", url, "user", "unlock", "nobody", "--reason", "test")
    assert refused.returncode == 2, refused.stderr
    assert "Traceback" not in refused.stderr
    assert "command refused: No staff account 'nobody'." in _log(home)


def test_kiosk_opens_and_closes_without_streams(home: Path) -> None:
    """The default command (the kiosk) opens its window, logs it, and ends with 0 when Qt quits."""
    url = f"sqlite:///{home / 'kiosk.db'}"
    assert _run(home, "--db", url, "db", "upgrade").returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, "--config", str(home / "settings.toml"), "--db", url],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUIT_AFTER_MS": "1500"},
    )  # fmt: skip
    try:
        _out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:  # it did not leave its event loop: do not leave it behind
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert f"[{process.pid}] kiosk window open on terminal WINDOWLESS-1 (full screen)" in _log(home)
