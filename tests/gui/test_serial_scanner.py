"""The serial scanner over a real pseudo-terminal: lines become scans on the GUI thread, noise is dropped."""

from __future__ import annotations

import os
import sys
import threading
import tty
from collections.abc import Iterator

import pytest

from aptaskil_desk.ui.kiosk.serial_scanner import LineSplitter, SerialScanner
from tests.gui.helpers import seed_centre

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

CODE = "B60SK4CTN6NV3EE1T2"


@pytest.fixture
def pty_pair() -> Iterator[tuple[int, str]]:
    """(master fd, slave path): the test writes as the scanner on the master; the kiosk opens the slave."""
    master, slave = os.openpty()
    tty.setraw(master)
    tty.setraw(slave)
    # The slave stays open here too, so the pty is not hung up when the scanner closes it.
    yield master, os.ttyname(slave)
    os.close(master)
    os.close(slave)


@pytest.fixture
def scanner(qtbot, pty_pair) -> Iterator[SerialScanner]:
    _master, path = pty_pair
    device = SerialScanner(path, 9600, poll_s=0.05)
    with qtbot.waitSignal(device.port_opened):  # bytes sent before the port opens are flushed
        device.start()
    yield device
    assert device.stop()


def test_lines_arrive_as_scans_on_the_gui_thread(scanner, pty_pair, qtbot):
    """CR, LF and CRLF terminated lines each become one badge_scanned, emitted on the GUI thread."""
    master, _path = pty_pair
    seen: list[tuple[str, bool]] = []
    gui = threading.main_thread()
    scanner.badge_scanned.connect(lambda text: seen.append((text, threading.current_thread() is gui)))
    os.write(master, f"{CODE}\r\n".encode())
    os.write(master, b"B0123")  # a line may arrive in pieces
    qtbot.waitUntil(lambda: len(seen) == 1)
    os.write(master, b"456789\rE0000000000000000\n")
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(CODE, True), ("B0123456789", True), ("E0000000000000000", True)]


def test_garbage_is_dropped_and_the_next_line_still_counts(scanner, pty_pair, qtbot, caplog):
    """Non-ASCII bytes, control bytes and an over-long line are dropped with a log line; good lines pass."""
    master, _path = pty_pair
    seen: list[str] = []
    scanner.badge_scanned.connect(seen.append)
    os.write(master, b"\xff\xfe\x00B6\xc3\xa9\r\n")
    os.write(master, b"AB\x1b[2J\r\n")
    os.write(master, b"X" * 500 + b"\r\n")
    os.write(master, f"{CODE}\r\n".encode())
    qtbot.waitUntil(lambda: seen == [CODE])
    assert [r.getMessage() for r in caplog.records if "dropped" in r.getMessage()] == [
        "serial scanner: dropped a line of 7 bytes that is not printable ASCII",
        "serial scanner: dropped a line of 6 bytes that is not printable ASCII",
        "serial scanner: dropped a line longer than 128 bytes",
    ]


def test_a_missing_port_is_reported_and_the_scanner_stops_cleanly(qtbot):
    """Opening a port that does not exist emits port_failed with the reason; stop() ends the thread."""
    device = SerialScanner("/dev/aptaskil-no-such-port", 9600, reopen_s=30.0)
    with qtbot.waitSignal(device.port_failed) as failed:
        device.start()
    assert "aptaskil-no-such-port" in failed.args[0]
    with qtbot.waitSignal(device.stopped):
        assert device.stop(timeout_ms=2000)  # wakes the 30 s wait before reopening at once
    assert not device.running


def test_splitter_keeps_lines_whole_across_reads():
    """The line splitter joins pieces, skips empty lines and forgets an over-long line up to its end."""
    splitter = LineSplitter(max_length=8)
    assert splitter.feed(b"ABC") == []
    assert splitter.feed(b"D\r\n\r\nEF\n") == ["ABCD", "EF"]
    assert splitter.feed(b"123456789") == []
    assert splitter.feed(b"0\r\nOK\r") == ["OK"]


def test_a_serial_scan_reaches_the_kiosk(ctx, make_window, pty_pair, qtbot):
    """The main window with a serial port answers a badge read on it like a keyboard scan."""
    seed_centre(ctx)
    person = ctx.people.list_learners()[0]
    code = ctx.badges.issue(ctx.system_actor(), [person.id])[0].code
    master, path = pty_pair
    window = make_window(serial_port=path)
    assert window.serial_scanner is not None
    qtbot.waitUntil(lambda: window.serial_scanner is not None and window.serial_scanner.opened)
    with qtbot.waitSignal(window.result_screen.result_shown, timeout=10_000) as shown:
        os.write(master, f"{code}\r\n".encode())
    assert shown.args[0].result == "checked_in"
    assert window.result_screen.name_label.text() == person.display_name
