"""The transport's line reading, whatever the chunking: every line that fits comes out whole and in
order, every over-long line is refused exactly once, nothing else comes out."""

from __future__ import annotations

import serial
from hypothesis import given, settings
from hypothesis import strategies as st

from aptaskil_desk.errors import InstrumentProtocolError, InstrumentTimeout
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.transport import Transport

MAX_LINE = 16
LINE = LineSettings(timeout=0.005, poll=0.001)
BODY = st.binary(min_size=0, max_size=2 * MAX_LINE).filter(lambda b: b"\r" not in b and b"\n" not in b)


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(BODY, min_size=1, max_size=8), cuts=st.lists(st.integers(1, 40), min_size=1, max_size=20))
def test_lines_come_out_whole_or_are_refused_once(lines: list[bytes], cuts: list[int]) -> None:
    """Random line lengths (some over the limit) cut into random chunks."""
    stream = b"".join(line + b"\r\n" for line in lines)
    handle = serial.serial_for_url("loop://", timeout=LINE.poll)
    transport = Transport("loop://", LINE, handle=handle, max_line=MAX_LINE)
    got: list[bytes] = []
    refused = 0
    position, n = 0, 0
    while position < len(stream):
        size = cuts[n % len(cuts)]
        handle.write(stream[position : position + size])
        position += size
        n += 1
        while True:
            try:
                got.append(transport.read_line())
            except InstrumentProtocolError:
                refused += 1
            except InstrumentTimeout:
                break
    assert got == [line + b"\r\n" for line in lines if len(line) + 2 <= MAX_LINE]
    assert refused == sum(1 for line in lines if len(line) + 2 > MAX_LINE)
