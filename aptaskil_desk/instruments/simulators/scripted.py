"""A scripted instrument: expects exact requests in order and answers each with exact bytes.

The command/response check for drivers (as PyMeasure's ``expected_protocol``): a test lists
every exchange the driver must make; afterwards :meth:`ScriptedInstrument.check` fails if the
driver sent anything else, in another order, or left an exchange unused.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from aptaskil_desk.instruments.simulators.base import Simulator


class ScriptedInstrument(Simulator):
    """``script``: ``(request without terminator, reply bytes or None)`` pairs, in order.

    ``terminator`` None frames requests by silence (Modbus); the reply is sent as given.
    """

    kind: ClassVar[str] = "scripted"

    def __init__(self, script: Sequence[tuple[bytes, bytes | None]], *, terminator: bytes | None = b"\r\n") -> None:
        self.terminator = terminator  # type: ignore[misc]  # per instance on purpose
        super().__init__()
        self.script = list(script)
        self.position = 0
        self.unexpected: list[bytes] = []

    def handle(self, request: bytes) -> bytes | None:
        if self.position >= len(self.script) or self.script[self.position][0] != request:
            self.unexpected.append(request)
            return None
        reply = self.script[self.position][1]
        self.position += 1
        return reply

    def check(self) -> None:
        """Raise AssertionError unless every scripted exchange happened, in order, and nothing else."""
        problems = []
        if self.unexpected:
            expected = self.script[self.position][0] if self.position < len(self.script) else None
            problems.append(f"unexpected request(s) {self.unexpected!r}; next expected {expected!r}")
        if self.position < len(self.script):
            problems.append(f"unused exchange(s) {self.script[self.position :]!r}")
        if problems:
            raise AssertionError("; ".join(problems))
