"""Logging to a rotating file in the platform's log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"


def configure_logging(log_dir: Path, level: str = "INFO") -> Path | None:
    """Send this process's log records to ``log_dir/aptaskil-desk.log`` (5 × 2 MB).

    Returns the log file path, or ``None`` when the folder cannot be written (the program
    then still runs; a kiosk must not die because a log folder is read-only).
    """
    root = logging.getLogger()
    root.setLevel(level.upper())
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "aptaskil-desk.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    for existing in root.handlers:
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    return path
