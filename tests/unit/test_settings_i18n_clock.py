"""Settings precedence, translation catalogues, and the clocks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from aptaskil_desk.clock import FixedClock, ServerClock, local
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import Translator, catalogue, parse_ts
from aptaskil_desk.settings import load_settings
from tests.unit.messages import cli_messages


def test_settings_precedence_file_then_env_then_flags(tmp_path: Path) -> None:
    """A flag beats the environment, which beats the file, which beats the defaults."""
    f = tmp_path / "s.toml"
    f.write_text('database = "sqlite:///file.db"\nlanguage = "nl"\nterminal = "FROM-FILE"\n', encoding="utf-8")
    s = load_settings(f, env={"APTASKIL_DB": "sqlite:///env.db"})
    assert (s.database, s.language, s.terminal) == ("sqlite:///env.db", "nl", "FROM-FILE")
    s = load_settings(f, env={"APTASKIL_DB": "sqlite:///env.db"}, database="sqlite:///flag.db", language=None)
    assert s.database == "sqlite:///flag.db" and s.language == "nl"
    assert load_settings(None, env={}, read_default_file=False).language == "fr"


def test_settings_refuse_bad_values(tmp_path: Path) -> None:
    """Unknown keys, wrong types, unknown languages and broken TOML are refused with the reason."""
    f = tmp_path / "s.toml"
    for content, words in (
        ("colour = 'red'", "Unknown setting"),
        ("pin_max_attempts = 'five'", "must be int"),
        ("language = 'de'", "Unknown language"),
        ("database = ", "not valid TOML"),
    ):
        f.write_text(content, encoding="utf-8")
        with pytest.raises(InvalidInput) as exc:
            load_settings(f, env={})
        assert words in str(exc.value)
    with pytest.raises(InvalidInput, match="not found"):
        load_settings(tmp_path / "missing.toml", env={})


def test_ts_parser_skips_unfinished_translations() -> None:
    """Only finished translations count; the rest shows the English source."""
    entries = parse_ts(
        '<TS version="2.1"><context><name>cli</name>'
        "<message><source>Yes</source><translation>Oui</translation></message>"
        '<message><source>No</source><translation type="unfinished">Non</translation></message>'
        "</context></TS>"
    )
    assert entries == {("cli", "Yes"): "Oui"}


def test_every_cli_message_is_translated_in_french_and_dutch() -> None:
    """Each message the CLI and the services can show has a French and a Dutch translation."""
    messages = cli_messages()
    assert len(messages) > 50  # the extractor really found them
    for language in ("fr", "nl"):
        missing = sorted(m for m in messages if catalogue(language).lookup("cli", m) is None)
        assert missing == [], f"{language}: {missing}"


def test_translations_keep_their_placeholders() -> None:
    """A translation uses exactly the placeholders of its source, so formatting never fails."""
    import string

    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}  # noqa: E731
    for message in cli_messages():
        for language in ("fr", "nl"):
            translated = catalogue(language).lookup("cli", message)
            assert translated is not None and fields(translated) == fields(message), (language, message)


def test_translator_formats_in_the_chosen_language() -> None:
    """The helper translates then fills in the parameters; English is the source itself."""
    assert Translator("fr")("Account {login} unlocked.", login="zoe") == "Compte zoe déverrouillé."
    assert Translator("nl")("Account {login} unlocked.", login="zoe") == "Account zoe ontgrendeld."
    assert Translator("en")("Account {login} unlocked.", login="zoe") == "Account zoe unlocked."


def test_fixed_clock_and_brussels_dst() -> None:
    """Instants stay UTC; Brussels local time follows DST (UTC+2 in summer, +1 in winter)."""
    clock = FixedClock(datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    assert local(clock.now()).hour == 2  # still CEST
    clock.advance(timedelta(hours=1))
    assert local(clock.now()).hour == 2  # 01:30 UTC is now 02:30 CET: the hour repeats
    with pytest.raises(ValueError):
        FixedClock(datetime(2026, 1, 1))


def test_server_clock_follows_the_server_not_the_terminal() -> None:
    """ServerClock tells the server's time (offset kept), asking it again only after resync."""
    calls: list[int] = []
    server_time = datetime(2030, 1, 1, tzinfo=UTC)

    def fetch() -> datetime:
        calls.append(1)
        return server_time

    clock = ServerClock(fetch, resync=3600)
    first, second = clock.now(), clock.now()
    assert abs(first - server_time) < timedelta(seconds=1) and second >= first
    assert len(calls) == 1
