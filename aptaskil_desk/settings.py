"""Settings: defaults < TOML file < environment < command-line flags.

The TOML file lives in the platform's config folder (``config_path()``) unless ``--config``
names another. Example::

    database = "postgresql+psycopg://kiosk@db.centre.local/aptaskil"
    terminal = "LAB-QC-01"
    language = "fr"
    centre_name = "Centre de compétences — Biopharma"
    staff_idle_lock_minutes = 5
    scanner_port = "/dev/ttyACM0"   # a serial badge scanner (COM3 on Windows); omit for none
"""

from __future__ import annotations

import os
import socket
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from aptaskil_desk.errors import InvalidInput

APP_NAME = "aptaskil-desk"
LANGUAGES = ("fr", "en", "nl")


def config_path() -> Path:
    """Where the settings file is looked for when ``--config`` is not given."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


def default_database_url() -> str:
    """A SQLite file in the platform's user data folder."""
    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{data / 'aptaskil.db'}"


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Settings:
    """Everything the program can be configured with. Frozen: build a new one to change it."""

    database: str = ""
    terminal: str = ""
    language: str = "fr"
    centre_name: str = "Centre de compétences"
    log_dir: str = ""
    log_level: str = "INFO"
    staff_idle_lock_minutes: int = 5
    pin_max_attempts: int = 5
    busy_timeout_ms: int = 30_000
    #: A serial (USB CDC) badge scanner, read besides keyboard-wedge scanners ("" = none).
    scanner_port: str = ""
    scanner_baud: int = 9600

    @property
    def database_url(self) -> str:
        return self.database or default_database_url()

    @property
    def terminal_name(self) -> str:
        return self.terminal or socket.gethostname()

    @property
    def log_path(self) -> Path:
        return Path(self.log_dir) if self.log_dir else default_log_dir()


_ENV = {"APTASKIL_DB": "database", "APTASKIL_TERMINAL": "terminal", "APTASKIL_LANG": "language"}


def _validated(settings: Settings) -> Settings:
    if settings.language not in LANGUAGES:
        raise InvalidInput(
            "Unknown language {lang!r}: choose one of {choices}.",
            lang=settings.language,
            choices=", ".join(LANGUAGES),
        )
    if settings.pin_max_attempts < 1 or settings.staff_idle_lock_minutes < 1:
        raise InvalidInput("pin_max_attempts and staff_idle_lock_minutes must be at least 1.")
    return settings


def load_settings(
    config_file: Path | None = None,
    env: dict[str, str] | None = None,
    *,
    read_default_file: bool = True,
    **flags: Any,
) -> Settings:
    """Build the settings from the file, then the environment, then explicit flags.

    Args:
        config_file: a TOML file; ``None`` means the platform default, if it exists.
        env: the environment to read (defaults to ``os.environ``).
        read_default_file: whether to read the platform default file when ``config_file`` is None.
        flags: values given on the command line; ``None`` values are ignored.
    """
    env = dict(os.environ) if env is None else env
    values: dict[str, Any] = {}
    known = {f.name: f.type for f in fields(Settings)}
    path = config_file or config_path()
    if config_file is not None and not path.exists():
        raise InvalidInput("Settings file not found: {path}", path=str(path))
    if path.exists() and (config_file is not None or read_default_file):
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise InvalidInput("Settings file {path} is not valid TOML: {err}", path=str(path), err=exc) from None
        for key, value in data.items():
            if key not in known:
                raise InvalidInput("Unknown setting {key!r} in {path}.", key=key, path=str(path))
            values[key] = value
    for var, key in _ENV.items():
        if env.get(var):
            values[key] = env[var]
    values.update({k: v for k, v in flags.items() if v is not None})
    defaults = Settings()
    for key, value in values.items():
        expected = type(getattr(defaults, key))
        if not isinstance(value, expected):
            raise InvalidInput(
                "Setting {key!r} must be {kind}, not {value!r}.", key=key, kind=expected.__name__, value=value
            )
    return _validated(replace(defaults, **values))
