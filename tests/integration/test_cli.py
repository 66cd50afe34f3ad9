"""The public command line: exit codes, --json, clear messages for bad URLs, servers, locks, options."""

from __future__ import annotations

import io
import json
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from aptaskil_desk.cli import main
from aptaskil_desk.db import engine as engine_module
from tests.databases import SqliteFactory


def run(
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    stdin: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_upgrade_then_check_on_a_new_database(empty_db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`db upgrade` migrates an empty database to head; `db check --json` then passes every check."""
    code, out, _ = run(capsys, "--db", empty_db_url, "db", "upgrade", "--json")
    assert code == 0 and json.loads(out)["after"] == json.loads(out)["after"] and json.loads(out)["before"] is None
    code, out, _ = run(capsys, "--db", empty_db_url, "db", "check", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["ok"] is True
    assert {c["label"] for c in doc["checks"]} >= {"Settings", "Schema version", "Record guards", "Audit chain"}


def test_postgres_refuses_an_old_schema_sqlite_upgrades_itself(
    empty_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """On PostgreSQL a command on an unmigrated database is refused with 'db upgrade'; SQLite migrates itself."""
    code, out, err = run(capsys, "--db", empty_db_url, "--lang", "en", "user", "list", "--json")
    if empty_db_url.startswith("postgresql"):
        assert code == 2 and "db upgrade" in err
    else:
        assert code == 0 and json.loads(out) == []


def test_user_add_from_stdin_and_list(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`user add --password-stdin` creates the account with roles and PIN; `user list --json` shows it."""
    code, out, err = run(
        capsys,
        "--db",
        db_url,
        "user",
        "add",
        "elodie",
        "--name",
        "Van den Bossche-Leclercq, Élodie",
        "--role",
        "instructor",
        "qa",
        "--password-stdin",
        "--json",
        stdin="a long enough secret\n4321\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, err
    created = json.loads(out)
    assert created["given_name"] == "Élodie" and created["family_name"] == "Van den Bossche-Leclercq"
    assert created["roles"] == ["instructor", "qa"] and created["has_pin"] is True
    code, out, _ = run(capsys, "--db", db_url, "user", "list", "--json")
    assert [u["login"] for u in json.loads(out)] == ["elodie"]


def test_refusals_exit_1_and_input_errors_exit_2(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused act exits 1 with a reason; bad input exits 2; both in the chosen language."""
    code, _, err = run(
        capsys,
        "--db",
        db_url,
        "--lang",
        "en",
        "user",
        "add",
        "x",
        "--name",
        "Solo",
        "--role",
        "admin",
        "--password-stdin",
        stdin="a long enough secret\n",
        monkeypatch=monkeypatch,
    )
    assert code == 2 and "Given Family" in err
    code, _, err = run(capsys, "--db", db_url, "--lang", "en", "user", "unlock", "ghost", "--reason", "r")
    assert code == 2 and "No staff account 'ghost'" in err
    code, _, err = run(capsys, "--db", db_url, "--lang", "fr", "user", "unlock", "ghost", "--reason", "r")
    assert code == 2 and "Aucun compte" in err


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown option or command exits 2 with argparse's usage message."""
    with pytest.raises(SystemExit) as exc:
        main(["--bogus"])
    assert exc.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_bad_url_unreachable_server_and_locked_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_factory: SqliteFactory
) -> None:
    """Clear messages and exit 2 for a malformed URL, an unreachable server and a locked SQLite file."""
    code, _, err = run(capsys, "--db", "mysql://x@y/z", "--lang", "en", "user", "list")
    assert code == 2 and "Unsupported database" in err
    code, _, err = run(capsys, "--db", "not a url", "--lang", "en", "user", "list")
    assert code == 2 and "Not a database URL" in err
    code, _, err = run(capsys, "--db", "postgresql://postgres@127.0.0.1:1/nowhere", "--lang", "en", "user", "list")
    assert code == 2 and "Cannot reach the database server" in err

    url = sqlite_factory.new()
    config = tmp_path / "settings.toml"
    config.write_text("busy_timeout_ms = 200\n", encoding="utf-8")
    blocker = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    try:
        blocker.execute("BEGIN EXCLUSIVE")
        code, _, err = run(
            capsys, "--db", url, "--config", str(config), "--lang", "en", "user", "unlock", "a", "--reason", "r"
        )
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert code == 2 and "locked" in err


def test_settings_file_env_and_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sqlite_factory: SqliteFactory
) -> None:
    """The database comes from --db, else APTASKIL_DB, else the settings file."""
    from_file, from_env = sqlite_factory.new(), sqlite_factory.new()
    config = tmp_path / "settings.toml"
    config.write_text(f'database = "{from_file}"\nterminal = "LAB-1"\n', encoding="utf-8")
    assert main(["--config", str(config), "terminal", "list", "--json"]) == 0
    capsys.readouterr()
    from aptaskil_desk.cli import build_parser, settings_from_args

    monkeypatch.setenv("APTASKIL_DB", from_env)
    settings = settings_from_args(build_parser().parse_args(["--config", str(config), "user", "list"]))
    assert settings.database == from_env and settings.terminal == "LAB-1"
    settings = settings_from_args(
        build_parser().parse_args(["--config", str(config), "--db", from_file, "user", "list"])
    )
    assert settings.database == from_file
    bad = tmp_path / "bad.toml"
    bad.write_text("databse = 'typo'\n", encoding="utf-8")
    assert main(["--config", str(bad), "--lang", "en", "user", "list"]) == 2
    assert "Unknown setting 'databse'" in capsys.readouterr().err


def test_demo_is_deterministic_and_idempotent(empty_db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`demo` fills a new database with a centre, prints the staff accounts, and a second run changes nothing."""
    if empty_db_url.startswith("postgresql"):
        assert main(["--db", empty_db_url, "db", "upgrade"]) == 0
        capsys.readouterr()
    code, out, _ = run(capsys, "--db", empty_db_url, "demo", "--learners", "40", "--seed", "7", "--json")
    first = json.loads(out)
    assert code == 0 and first["created"] is True and first["learners"] == 40
    assert {a["login"] for a in first["accounts"]} == {"admin", "qa", "mdubois", "evdbossche", "jfdhondt"}
    code, out, _ = run(capsys, "--db", empty_db_url, "demo", "--json")
    assert code == 0 and json.loads(out)["created"] is False
    code, out, _ = run(capsys, "--db", empty_db_url, "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True


def test_python_dash_m_and_version() -> None:
    """`python -m aptaskil_desk --version` works as a real process."""
    done = subprocess.run(
        [sys.executable, "-m", "aptaskil_desk", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("aptaskil-desk ")


def test_a_server_that_never_answers_is_given_up_on(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PostgreSQL address that accepts the connection and then says nothing (a server hung, a
    firewall that swallows packets) ends in a clear message, not a kiosk held for minutes: every
    connection attempt has a time limit (10 s; 1 s here to keep the test short)."""
    monkeypatch.setattr(engine_module, "CONNECT_TIMEOUT_S", 1)
    silent = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    port = silent.getsockname()[1]
    try:
        url = f"postgresql://postgres@127.0.0.1:{port}/nowhere"
        code, _, err = run(capsys, "--db", url, "--lang", "en", "user", "list")
    finally:
        silent.close()
    assert code == 2 and "Cannot reach the database server" in err
