"""The serial benchmark's core runs over real pseudo-terminals at 115200 baud and loses nothing.

Counts only: how fast is for ``python -m benchmarks.bench_serial`` to print, never for a test to assert.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_serial import CASES, Continuity, measure

#: Bytes per reading on the line, both ways: (command, reply). A stream has no command per reading.
BYTES = {"stream": (0, len(b"S S       0.01 g\r\n")), "poll": (len(b"READ?\r\n"), len(b"+1.00000000E-06\r\n"))}
BYTES["pymeasure"] = BYTES["poll"]


@pytest.mark.parametrize("case", CASES)
def test_every_reading_arrives_once_in_order(case):
    """About 0.35 s per case: the simulator's sequence 1, 2, 3, … arrives whole, over the exact bytes."""
    outcome = measure(case, 115200, 0.35)
    continuity = outcome.continuity
    assert continuity.received >= 5
    assert (continuity.first, continuity.last) == (1, continuity.received)
    assert (continuity.lost, continuity.duplicated, continuity.out_of_order, outcome.bad) == (0, 0, 0, 0)
    assert continuity.perfect
    assert outcome.bytes_per_reading == BYTES[case]
    if case == "stream":  # the lines in flight when the stream stops are sent, then discarded
        assert outcome.sent >= continuity.received
    else:
        assert outcome.sent == continuity.received
    if case == "pymeasure":
        assert outcome.setup == [b"SYST:REM", b'FUNC "VOLT"', b"*IDN?"]
    assert outcome.rate > 0  # computed; how fast is not a test's business


def test_gaps_repeats_and_reversals_are_counted():
    """The loss check itself: a gap counts its missing readings, a repeat and a step back count once."""
    continuity = Continuity.of([2, 3, 5, 5, 4, 8])
    assert (continuity.lost, continuity.duplicated, continuity.out_of_order) == (1 + 1 + 3, 1, 1)
    assert not continuity.perfect
    assert Continuity.of([1, 2, 3]).perfect
    assert not Continuity.of([]).perfect
