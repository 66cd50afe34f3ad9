"""Settings: defaults < TOML file < environment < command-line flags.

The TOML file lives in the platform's config folder (``config_path()``) unless ``--config``
names another. Example::

    database = "postgresql+psycopg://kiosk@db.centre.local/aptaskil"
    terminal = "LAB-QC-01"
    language = "fr"
    centre_name = "Centre de compétences — Biopharma"
    staff_idle_lock_minutes = 5
    scanner_port = "/dev/ttyACM0"   # a serial badge scanner (COM3 on Windows); omit for none
    authorisation_lapse_days = 180  # an equipment authorisation unused this many days lapses

The environment (``APTASKIL_DB``, ``APTASKIL_TERMINAL``, ``APTASKIL_LANG``,
``APTASKIL_AUTHORISATION_LAPSE_DAYS``) wins over the file; command-line flags win over both.
"""

from __future__ import annotations

import os
import socket
import tomllib
from dataclasses import dataclass, fields, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import platformdirs

from aptaskil_desk.errors import InvalidInput

APP_NAME = "aptaskil-desk"
LANGUAGES = ("fr", "en", "nl")
#: Bounds of ``authorisation_lapse_days`` (a century is beyond any real policy, and keeps dates computable).
LAPSE_DAYS_RANGE = (1, 36_500)


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
    #: A learner's equipment authorisation that nobody used for more than this many days lapses.
    authorisation_lapse_days: int = 180

    @property
    def authorisation_lapse(self) -> timedelta:
        return timedelta(days=self.authorisation_lapse_days)

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
#: Environment variables holding a whole number.
_ENV_INT = {"APTASKIL_AUTHORISATION_LAPSE_DAYS": "authorisation_lapse_days"}


def _validated(settings: Settings) -> Settings:
    if settings.language not in LANGUAGES:
        raise InvalidInput(
            "Unknown language {lang!r}: choose one of {choices}.",
            lang=settings.language,
            choices=", ".join(LANGUAGES),
        )
    if settings.pin_max_attempts < 1 or settings.staff_idle_lock_minutes < 1:
        raise InvalidInput("pin_max_attempts and staff_idle_lock_minutes must be at least 1.")
    low, high = LAPSE_DAYS_RANGE
    if not low <= settings.authorisation_lapse_days <= high:
        raise InvalidInput(
            "authorisation_lapse_days must be a number of days from {low} to {high}, not {value}.",
            low=low,
            high=high,
            value=settings.authorisation_lapse_days,
        )
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
    for var, key in _ENV_INT.items():
        if env.get(var):
            try:
                values[key] = int(env[var].strip())
            except ValueError:
                raise InvalidInput(
                    "Environment variable {var} must be a whole number, not {value!r}.", var=var, value=env[var]
                ) from None
    values.update({k: v for k, v in flags.items() if v is not None})
    defaults = Settings()
    for key, value in values.items():
        expected = type(getattr(defaults, key))
        # TOML's true/false are Python bools, which are ints too: never a number of anything.
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            raise InvalidInput(
                "Setting {key!r} must be {kind}, not {value!r}.", key=key, kind=expected.__name__, value=value
            )
    return _validated(replace(defaults, **values))
