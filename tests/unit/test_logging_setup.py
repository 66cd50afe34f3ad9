"""Logging goes to a rotating file in the given folder and never stops the program."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from aptaskil_desk.logging_setup import configure_logging


@pytest.fixture(autouse=True)
def _restore_root_logger():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_log_records_reach_the_rotating_file(tmp_path: Path) -> None:
    """A record logged after configuration is in aptaskil-desk.log."""
    path = configure_logging(tmp_path / "logs", "INFO")
    assert path is not None
    logging.getLogger("aptaskil_desk.test").info("scan refused: Ødegård")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "scan refused: Ødegård" in path.read_text(encoding="utf-8")


def test_unwritable_log_folder_is_survived(tmp_path: Path) -> None:
    """A log folder that cannot be created returns None instead of raising."""
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert configure_logging(blocker / "logs", "INFO") is None
