"""The wire log: every byte sent and received on a line, with its time, and every fault.

Kept in a bounded ring (the oldest records fall off), and offered to listeners as it happens —
the instrument console's wire monitor shows it in hex and text. Faults (timeouts, garbage,
disconnections) are recorded here *and* logged, so nothing goes wrong silently.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

WireListener = Callable[["WireRecord"], None]


class Direction(StrEnum):
    TX = "tx"  # computer → instrument
    RX = "rx"  # instrument → computer
    FAULT = "fault"  # not bytes: something went wrong on the line (text in ``note``)
    EVENT = "event"  # not bytes: the port opened, closed, reconnected


@dataclass(frozen=True)
class WireRecord:
    at: datetime
    direction: Direction
    data: bytes = b""
    note: str = ""


_NAMES = {0x00: "NUL", 0x02: "STX", 0x03: "ETX", 0x06: "ACK", 0x09: "TAB", 0x0A: "LF", 0x0D: "CR",
          0x11: "XON", 0x13: "XOFF", 0x15: "NAK", 0x1B: "ESC"}  # fmt: skip


def hex_view(data: bytes) -> str:
    """``53 0D 0A``."""
    return data.hex(" ").upper()


def text_view(data: bytes) -> str:
    """Printable ASCII as is, control and non-ASCII bytes spelled out: ``S<CR><LF>``, ``<ESC>P``."""
    out = []
    for byte in data:
        if 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append(f"<{_NAMES.get(byte, f'{byte:02X}')}>")
    return "".join(out)


class WireLog:
    """A bounded, thread-safe record of one line's traffic.

    Listeners are called on the thread that records (the I/O thread); a GUI listener must hand
    the record over to the GUI thread itself (a queued signal).
    """

    def __init__(self, capacity: int = 2000, now: Callable[[], datetime] | None = None) -> None:
        self._records: deque[WireRecord] = deque(maxlen=capacity)
        self._lock = threading.Lock()
        self._listeners: list[WireListener] = []
        self._now = now or (lambda: datetime.now(UTC))

    def add_listener(self, listener: WireListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: WireListener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def record(self, direction: Direction, data: bytes = b"", note: str = "") -> WireRecord:
        rec = WireRecord(self._now(), direction, bytes(data), note)
        with self._lock:
            self._records.append(rec)
            listeners = list(self._listeners)
        for listener in listeners:
            listener(rec)
        return rec

    def records(self) -> list[WireRecord]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
