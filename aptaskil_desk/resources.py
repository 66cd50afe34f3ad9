"""Where the top-level ``resources/`` and ``forms/`` folders are, in a checkout or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _root() -> Path:
    override = os.environ.get("APTASKIL_HOME")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder bundle
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``."""
    return _root().joinpath("resources", *parts)


def forms_path(*parts: str) -> Path:
    """A file under ``forms/``."""
    return _root().joinpath("forms", *parts)
