"""The instrument commands: ports, simulate (a real process), read (sim:// ports and real ptys), the register."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from aptaskil_desk.app import AppContext, SchemaPolicy, build_context
from aptaskil_desk.cli import main
from aptaskil_desk.clock import local
from aptaskil_desk.instruments.drivers.mtsics import MtSicsBalance
from aptaskil_desk.instruments.registry import KINDS
from aptaskil_desk.instruments.simulated import pty_line, resolved_port, start_simulated
from aptaskil_desk.instruments.simulators.pty import PtyLine
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.settings import Settings, load_settings

REPO_ROOT = Path(__file__).resolve().parents[2]


def _cheap_context(settings: Settings, *, schema: SchemaPolicy = SchemaPolicy.AUTO) -> AppContext:
    """The application as the CLI builds it, with cheap Argon2id (the demo hashes five passwords)."""
    return build_context(settings, hasher=fast_hasher(), schema=schema)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), context_factory=_cheap_context)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _first_line(proc: subprocess.Popen[str], within: float = 30.0) -> str:
    """The process's first line on stdout, or a failure (with its stderr) when none comes in time."""
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], within)
    if not ready:
        proc.kill()
        pytest.fail(f"no line from {proc.args!r} within {within} s")
    line = proc.stdout.readline()
    assert line, f"the process ended early: {proc.communicate()[1]}"
    return line.rstrip("\n")


def _simulate(tmp_path: Path, *options: str) -> subprocess.Popen[str]:
    argv = [sys.executable, "-m", "aptaskil_desk", "--db", f"sqlite:///{tmp_path / 'unused.db'}", "--lang", "en",
            "instrument", "simulate", *options]  # fmt: skip
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT)


def _stopped(proc: subprocess.Popen[str], sig: signal.Signals) -> int:
    proc.send_signal(sig)
    try:
        return proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()


# --- the line ---------------------------------------------------------------------------------------


def test_ports_json_lists_the_serial_ports(capsys: pytest.CaptureFixture[str]) -> None:
    """`instrument ports --json` prints one JSON list with device, USB id, serial number per port."""
    code, out, _ = run(capsys, "--lang", "en", "instrument", "ports", "--json")
    ports = json.loads(out)
    assert code == 0 and isinstance(ports, list)
    for port in ports:
        assert {"device", "description", "usb_id", "vid", "pid", "serial_number", "manufacturer"} <= port.keys()
        assert port["device"].startswith("/dev/")


#: sim:// port → (value, unit, status, raw bytes) that `instrument read` must report, byte for byte.
EXPECTED = {
    "sim://mt-sics?value=100.00": ("100.00", "g", "stable", b"S S     100.00 g\r\n"),
    "sim://sartorius-sbi?value=-12.5": ("-12.50", "g", "stable", b"-    12.50 g  \r\n"),
    "sim://scpi-dmm?value=0.012": ("0.0120000000", "V", "stable", b"+1.20000000E-02\r\n"),
    "sim://orion-star?value=4.01": ("4.01", "pH", "stable", None),  # the raw reply holds the meter's clock
    "sim://modbus-rtu?value=16": ("16.000", "mA", "stable", bytes.fromhex("0104063e801d4c0000a228")),
    "sim://mt-sics?overload": (None, "", "overload", b"S +\r\n"),
    "sim://scpi-dmm?overload=yes": (None, "V", "overload", b"+9.90000000E+37\r\n"),
}


@pytest.mark.parametrize("port", list(EXPECTED))
def test_read_from_a_simulated_port(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`instrument read --port sim://KIND --json` starts that simulator and reads exact digits and raw bytes."""
    kind = port.removeprefix("sim://").partition("?")[0]
    code, out, err = run(capsys, "--lang", "en", "instrument", "read", "--port", port, "--driver", kind,
                         "--count", "2", "--json")  # fmt: skip
    assert code == 0, err
    doc = json.loads(out)
    value, unit, status, raw = EXPECTED[port]
    assert doc["driver"] == kind and doc["line"].endswith(",8N1") and doc["instrument"]["model"]
    assert len(doc["readings"]) == 2
    for reading in doc["readings"]:
        assert (reading["value"], reading["unit"], reading["status"]) == (value, unit, status)
        if raw is not None:
            assert bytes.fromhex(reading["raw_hex"]) == raw
        assert reading["at"].endswith("+00:00")
    if kind == "orion-star":
        assert bytes.fromhex(doc["readings"][0]["raw_hex"]).startswith(b"GETMEAS\r\nA215 pH,X51250,3.04,")


#: What each simulator shows by default: (identity words, value and unit, raw text of the reply's end).
DEFAULTS = {
    "mt-sics": ("XS205 s/n B021002593", "0.00 g", "S S       0.00 g<CR><LF>"),
    "sartorius-sbi": ("BP2100S s/n 0012345678", "0.00 g", "+     0.00 g  <CR><LF>"),
    "scpi-dmm": ("HEWLETT-PACKARD 34401A s/n 0 fw 11-5-2", "0.00400012300 V", "+4.00012300E-03<CR><LF>"),
    "orion-star": ("A215 pH s/n X51250 fw 3.04", "7.00 pH", ",pH,7.00,pH,0.0, mV,25.0,C,98.5,%,M100,#2<CR><LF>"),
    "modbus-rtu": ("AI-420 SIM s/n MB-000001 fw 1.4", "12.000 mA", "<88><NUL><NUL>c<A5>"),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_driver_reads_its_simulated_port_in_words(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Each of the five drivers reads `sim://KIND` in human form: identity, Brussels time, value, status, raw text."""
    code, out, err = run(capsys, "--lang", "nl", "instrument", "read", "--port", f"sim://{kind}", "--driver", kind)
    assert code == 0, err
    header, reading = out.splitlines()
    identity, value, raw_end = DEFAULTS[kind]
    assert header.startswith(f"{identity} op sim://{kind} (")
    assert reading.startswith(f"{local(datetime.now(UTC)):%Y-%m-%d %H:}")
    assert " ".join(reading.split()[2:5]) == f"{value} stabiel" and reading.endswith(raw_end)


def test_read_overload_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    """An overloaded balance reads as `surcharge` with the driver's message in French."""
    code, out, _ = run(capsys, "--lang", "fr", "instrument", "read", "--port", "sim://mt-sics?overload",
                       "--driver", "mt-sics")  # fmt: skip
    assert code == 0
    line = out.splitlines()[1]
    assert "surcharge" in line and "S +<CR><LF>" in line and "dépasse la portée de la balance" in line


def test_bad_driver_kind_or_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown driver exits 2 naming the known ones; so do a bad sim:// port and bad simulate options."""
    code, _, err = run(capsys, "--lang", "en", "instrument", "read", "--port", "sim://mt-sics", "--driver", "bogus")
    assert code == 2 and "Unknown instrument driver 'bogus'" in err
    assert all(kind in err for kind in KINDS)
    code, _, err = run(capsys, "--lang", "en", "instrument", "read", "--port", "sim://nope", "--driver", "mt-sics")
    assert code == 2 and "Unknown instrument driver 'nope'" in err
    code, _, err = run(capsys, "--lang", "en", "instrument", "read", "--port", "sim://mt-sics?bogus=1",
                       "--driver", "mt-sics")  # fmt: skip
    assert code == 2 and "Unknown simulated instrument option 'bogus'" in err
    code, _, err = run(capsys, "--lang", "fr", "instrument", "simulate", "mt-sics", "--noise", "-1")
    assert code == 2 and "noise ne peut pas être négatif" in err
    code, _, err = run(capsys, "--lang", "en", "instrument", "simulate", "mt-sics", "--overload", "--underload")
    assert code == 2 and "not both" in err
    code, _, err = run(capsys, "--lang", "en", "instrument", "read", "--port", "sim://mt-sics", "--driver",
                       "mt-sics", "--count", "0")  # fmt: skip
    assert code == 2 and "--count" in err


def test_nothing_answering_exits_1_within_the_timeout(capsys: pytest.CaptureFixture[str]) -> None:
    """A port where nothing answers ends with exit 1 and a translated reason within the reply timeout."""
    silent = PtyLine()
    try:
        started = time.monotonic()
        code, out, err = run(capsys, "--lang", "fr", "instrument", "read", "--port", silent.port, "--driver",
                             "mt-sics", "--line", "9600,8N1", "--json")  # fmt: skip
        elapsed = time.monotonic() - started
    finally:
        silent.close()
    assert code == 1 and "Aucune réponse complète" in err
    assert elapsed < MtSicsBalance.line.timeout + 1.5
    doc = json.loads(out)
    assert doc["readings"] == [] and "Aucune réponse complète" in doc["error"]
    code, _, err = run(capsys, "--lang", "en", "instrument", "read", "--port", "/dev/aptaskil-no-such-port",
                       "--driver", "mt-sics")  # fmt: skip
    assert code == 1 and "Cannot open the port /dev/aptaskil-no-such-port" in err


def test_simulate_runs_as_a_process_until_sigterm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`instrument simulate` prints its pty and link on one line, serves `instrument read`, and exits 0 on SIGTERM."""
    link = tmp_path / "balance"
    proc = _simulate(tmp_path, "mt-sics", "--value", "100.00", "--link", str(link))
    try:
        pty, printed_link = _first_line(proc).split(" ")
        assert pty.startswith("/dev/pts/") and printed_link == str(link) and os.path.realpath(link) == pty
        code, out, err = run(capsys, "--lang", "en", "instrument", "read", "--port", str(link), "--driver",
                             "mt-sics", "--count", "3", "--json")  # fmt: skip
        assert code == 0, err
        doc = json.loads(out)
        assert doc["instrument"]["serial_number"] == "B021002593" and doc["line"] == "9600,8N1"
        assert [(r["value"], r["status"]) for r in doc["readings"]] == [("100.00", "stable")] * 3
        assert {bytes.fromhex(r["raw_hex"]) for r in doc["readings"]} == {b"S S     100.00 g\r\n"}
    finally:
        returncode = _stopped(proc, signal.SIGTERM)
    assert returncode == 0, proc.stderr.read() if proc.stderr else ""
    assert not link.exists()  # the simulator took its link away


def test_simulate_json_and_sigint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json: the port as one JSON line; a negative value behind garbage reaches the reader; SIGINT exits 0."""
    proc = _simulate(tmp_path, "scpi-dmm", "--value", "-0.02", "--garbage-every", "1", "--json")
    try:
        announced = json.loads(_first_line(proc))
        assert announced["kind"] == "scpi-dmm" and announced["link"] is None
        code, out, err = run(capsys, "--lang", "en", "instrument", "read", "--port", announced["port"], "--driver",
                             "scpi-dmm", "--line", "9600,8N1", "--count", "1", "--json")  # fmt: skip
        assert code == 0, err
        assert json.loads(out)["readings"][0]["value"] == "-0.0200000000"
    finally:
        returncode = _stopped(proc, signal.SIGINT)
    assert returncode == 0


# --- the register -----------------------------------------------------------------------------------


def _record_a_reading(db_url: str, asset: str) -> None:
    """A stable reading from the simulated balance, recorded through the service as the console does."""
    ctx = build_context(load_settings(env={}, database=db_url, terminal="T", language="en"), hasher=fast_hasher())
    try:
        with resolved_port("sim://mt-sics?value=50.00") as path:
            driver = MtSicsBalance(Transport(path, pty_line(MtSicsBalance.line)), ctx.clock)
            driver.connect()
            try:
                reading = driver.read()
            finally:
                driver.close()
        ctx.instruments.record_reading(ctx.system_actor(), asset, reading, str(uuid.uuid4()))
    finally:
        ctx.close()


def test_instrument_add_list_show(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`instrument add/list/show` over the service: calibration state, refusals, last recorded readings."""
    today = local(datetime.now(UTC)).date()  # the service's "today": Brussels
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "instrument", "add", "BAL-9", "--driver", "mt-sics",
                         "--port", "sim://mt-sics", "--name", "Balance XS205", "--serial", "B021002593",
                         "--calibration-due", str(today + timedelta(days=30)), "--json")  # fmt: skip
    assert code == 0, err
    added = json.loads(out)
    assert added["asset_code"] == "BAL-9" and added["calibration_ok"] is True and added["line"] is None
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "instrument", "add", "DMM-9", "--driver", "scpi-dmm",
                         "--port", "/dev/ttyUSB0", "--line", "9600,7e2", "--handshake", "DTR/DSR", "--name",
                         "Multimeter", "--calibration-due", str(today - timedelta(days=3)))  # fmt: skip
    assert code == 0 and "Instrument DMM-9 registered." in out and "not usable as GMP evidence" in out

    for bad, message in [
        (["BAL-9", "--driver", "mt-sics", "--port", "sim://mt-sics"], "already exists"),
        (["X-1", "--driver", "nope", "--port", "/dev/ttyS0"], "Unknown instrument driver 'nope'"),
        (["X-1", "--driver", "mt-sics", "--port", "sim://mt-sics?value=heavy"], "value must be a number"),
        (["X-1", "--driver", "mt-sics", "--port", "/dev/ttyS0", "--line", "fast"], "not understood"),
        (["X-1", "--driver", "mt-sics", "--port", "/dev/ttyS0", "--calibration-due", "31/12/2026"], "Not a date"),
    ]:
        code, _, err = run(capsys, "--db", db_url, "--lang", "en", "instrument", "add", *bad, "--name", "x")
        assert code == 2 and message in err, (bad, err)

    code, out, _ = run(capsys, "--db", db_url, "instrument", "list", "--json")
    listed = {i["asset_code"]: i for i in json.loads(out)}
    assert set(listed) == {"BAL-9", "DMM-9"}
    assert listed["DMM-9"]["line"] == "9600,7E2" and listed["DMM-9"]["handshake"] == "dtr/dsr"
    assert listed["DMM-9"]["calibration_problem"] == {
        "code": "calibration_overdue", "since": str(today - timedelta(days=3))
    }  # fmt: skip
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "instrument", "list")
    assert code == 0 and "!calibration_overdue" in out.splitlines()[1] and out.startswith("BAL-9")

    _record_a_reading(db_url, "BAL-9")
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "instrument", "show", "BAL-9", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["calibration_ok"] is True
    assert [(r["value"], r["unit"], r["calibration_ok"]) for r in shown["readings"]] == [("50.00", "g", True)]
    assert bytes.fromhex(shown["readings"][0]["raw_hex"]) == b"S S      50.00 g\r\n"
    code, out, _ = run(capsys, "--db", db_url, "--lang", "fr", "instrument", "show", "DMM-9")
    assert code == 0 and "Étalonnage échu depuis le" in out and "pas utilisables comme preuve BPF" in out
    code, _, err = run(capsys, "--db", db_url, "--lang", "en", "instrument", "show", "NOPE")
    assert code == 2 and "No instrument 'NOPE'" in err
    code, out, _ = run(capsys, "--db", db_url, "audit", "verify", "--json")
    assert json.loads(out)["ok"] is True


def test_demo_registers_simulated_instruments(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The demo registers five instruments on sim:// ports (one overdue) once; each reads from its port."""
    code, out, err = run(capsys, "--db", db_url, "demo", "--learners", "4", "--json")
    assert code == 0, err
    assert sorted(json.loads(out)["instruments"]) == ["BAL-01", "BAL-02", "CND-01", "DMM-01", "PH-01"]
    code, out, _ = run(capsys, "--db", db_url, "demo", "--json")
    assert code == 0 and json.loads(out)["instruments"] == []  # present already: nothing added twice
    code, out, _ = run(capsys, "--db", db_url, "instrument", "list", "--json")
    listed = {i["asset_code"]: i for i in json.loads(out)}
    assert len(listed) == 5
    assert {code: i["port"] for code, i in listed.items()} == {
        "BAL-01": "sim://mt-sics", "DMM-01": "sim://scpi-dmm", "PH-01": "sim://orion-star",
        "CND-01": "sim://modbus-rtu", "BAL-02": "sim://sartorius-sbi",
    }  # fmt: skip
    assert listed["DMM-01"]["line"] == "9600,8N1"
    assert [c for c, i in listed.items() if not i["calibration_ok"]] == ["BAL-02"]
    for info in listed.values():  # each registered instrument reads as registered, and is the one registered
        argv: list[str] = ["instrument", "read", "--port", info["port"], "--driver", info["driver"], "--json"]
        code, out, err = run(capsys, "--db", db_url, *argv, *(["--line", info["line"]] if info["line"] else []))
        doc: dict[str, Any] = json.loads(out)
        assert code == 0, err
        assert doc["readings"][0]["status"] == "stable"
        assert info["serial_number"] in (None, doc["instrument"]["serial_number"])


def test_start_simulated_gives_a_started_simulator_to_stop() -> None:
    """`start_simulated` returns a running simulator of the kind asked, with the query's value."""
    sim = start_simulated("sim://orion-star?value=9.18&seed=3")
    try:
        assert sim.kind == "orion-star" and str(sim.quantity.target) == "9.18" and sim.scenario.seed == 3
        with Transport(sim.port, pty_line(MtSicsBalance.line)) as transport:
            transport.write(b"GETMEAS\r")
            assert transport.read_line() == b"GETMEAS\r\n"
            assert b",pH,9.18,pH," in transport.read_line()
    finally:
        sim.stop()
    assert not sim.line.plugged
