"""The equipment authorisation lapse period as a setting: file < environment < flags, bad values refused."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from aptaskil_desk.domain.equipment import LAPSE_AFTER
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import Translator
from aptaskil_desk.settings import load_settings


def test_default_is_the_domain_default() -> None:
    """Without a setting, authorisations lapse after the domain's 180 days."""
    settings = load_settings(None, env={}, read_default_file=False)
    assert settings.authorisation_lapse_days == 180 and settings.authorisation_lapse == LAPSE_AFTER


def test_file_then_environment_then_flag(tmp_path: Path) -> None:
    """The file's value, beaten by APTASKIL_AUTHORISATION_LAPSE_DAYS, beaten by a flag."""
    f = tmp_path / "s.toml"
    f.write_text("authorisation_lapse_days = 90\n", encoding="utf-8")
    assert load_settings(f, env={}).authorisation_lapse == timedelta(days=90)
    env = {"APTASKIL_AUTHORISATION_LAPSE_DAYS": " 30 "}
    assert load_settings(f, env=env).authorisation_lapse_days == 30
    assert load_settings(f, env=env, authorisation_lapse_days=365).authorisation_lapse_days == 365
    assert load_settings(f, env=env, authorisation_lapse_days=None).authorisation_lapse_days == 30


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("authorisation_lapse_days = 0", "from 1 to 36500, not 0"),
        ("authorisation_lapse_days = -5", "from 1 to 36500, not -5"),
        ("authorisation_lapse_days = 9999999999", "from 1 to 36500"),
        ("authorisation_lapse_days = '30'", "must be int"),
        ("authorisation_lapse_days = 30.5", "must be int"),
        ("authorisation_lapse_days = true", "must be int"),
    ],
)
def test_bad_values_in_the_file_are_refused(tmp_path: Path, content: str, words: str) -> None:
    """Zero, negative, absurd, text, fractional or true/false: refused saying what is expected."""
    f = tmp_path / "s.toml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput) as exc:
        load_settings(f, env={})
    assert words in str(exc.value)


def test_bad_environment_value_is_refused_in_french() -> None:
    """Not a whole number in the environment: a clear message, translated."""
    with pytest.raises(InvalidInput) as exc:
        load_settings(None, env={"APTASKIL_AUTHORISATION_LAPSE_DAYS": "six mois"}, read_default_file=False)
    error = exc.value
    assert "APTASKIL_AUTHORISATION_LAPSE_DAYS must be a whole number" in str(error)
    french = Translator("fr")(error.message, **error.params)
    assert (
        french
        == "La variable d'environnement APTASKIL_AUTHORISATION_LAPSE_DAYS doit être un nombre entier, pas 'six mois'."
    )
    with pytest.raises(InvalidInput) as zero:
        load_settings(None, env={"APTASKIL_AUTHORISATION_LAPSE_DAYS": "0"}, read_default_file=False)
    assert Translator("fr")(zero.value.message, **zero.value.params) == (
        "authorisation_lapse_days doit être un nombre de jours de 1 à 36500, pas 0."
    )
