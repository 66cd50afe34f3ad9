"""The kiosk stylesheet (high contrast, large type) from ``resources/styles``."""

from __future__ import annotations

import logging

from aptaskil_desk.resources import resource_path

log = logging.getLogger(__name__)

STYLESHEET = "kiosk.qss"


def load_stylesheet(name: str = STYLESHEET) -> str:
    """The stylesheet's text; empty (Qt's default look) when the file is missing or unreadable."""
    path = resource_path("styles", name)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        # A kiosk that starts plain is better than one that does not start.
        log.exception("stylesheet %s is unreadable; using Qt's default look", path)
        return ""
