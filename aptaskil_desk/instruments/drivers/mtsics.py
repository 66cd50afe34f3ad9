"""Mettler Toledo balances over MT-SICS (the Standard Interface Command Set), level 0/1 commands.

Protocol (DOMAIN.md): 9600 baud 8N1, uppercase ASCII commands; every line ends CR LF. A reply
starts with the command's identifier and a status; a weight is ``<ID> <status> <weight, 10
characters right-aligned> <unit>``.

=======  =======================  ===================================================================
Command  Reply                    Other statuses
=======  =======================  ===================================================================
S        ``S S     100.00 g``     waits until stable; ``S I`` not stable within the balance's own
                                  limit (≈ 30 s) or busy, ``S +`` overload, ``S -`` underload
SI       ``S S …`` or ``S D …``   at once, stable or dynamic; ``S I`` busy
SIR      ``S D …`` again and      like SI, repeated until any other command arrives
         again
Z        ``Z A``                  waits until stable; ``Z I``; ``Z +``/``Z -`` outside the zero range
T        ``T S     100.00 g``     waits until stable, answers the tare weight; ``T I``, ``T +``, ``T -``
TA       ``TA A     100.00 g``    the tare weight (``TA 12.34 g`` presets it); ``TA I``, ``TA L``
TAC      ``TAC A``                tare cleared; ``TAC I``
@        ``I4 A "B021002593"``    reset: streaming stops, tare cleared; answers the serial number
I2       ``I2 A "XS205 220.00 g"``  model, capacity and unit
I4       ``I4 A "B021002593"``    serial number
=======  =======================  ===================================================================

Any command may instead be answered ``ES`` (syntax error), ``ET`` (transmission error) or ``EL``
(logic error). At power-on the balance sends ``I4 A "<serial>"`` unprompted: such a line arriving
while another reply is awaited is recognised (an event on the wire log, :attr:`MtSicsBalance.power_ons`)
and skipped, never taken for the reply. Commands are never pipelined: each waits for its reply,
and bytes left over from an earlier command (a reply that came after its timeout) are drained
before the next one is sent.

``S``, ``T`` and ``Z`` wait for the balance to settle, and the balance gives up only after its own
time limit, so their timeout is ``settle_timeout`` (40 s by default), not the line's.

Streaming: :meth:`MtSicsBalance.stream` sends ``SIR`` once and yields a reading per line. To stop
it sends ``I4`` — any command ends the stream, and this one's reply cannot be mistaken for a
weight (``@`` would also clear the tare) — and discards the weights still in flight up to that reply.

Values are the balance's own digits (:class:`~decimal.Decimal`). The manufacturer is not part of
any reply, so the identity holds the model and serial number the balance gives.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Generator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import ClassVar

from aptaskil_desk.clock import Clock
from aptaskil_desk.errors import InstrumentDisconnected, InstrumentError, InstrumentProtocolError, InvalidInput
from aptaskil_desk.i18n import N_
from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.line import LineSettings
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus, decimal_of
from aptaskil_desk.instruments.transport import Transport
from aptaskil_desk.instruments.wire import Direction

log = logging.getLogger(__name__)

#: Replies that refuse any command: the balance could not take it at all.
COMMAND_ERRORS: dict[str, str] = {
    "ES": N_("The balance did not recognise the command (ES: syntax error)."),
    "ET": N_("The balance received the command garbled (ET: transmission error); try again."),
    "EL": N_("The balance cannot carry out the command now (EL: logic error)."),
}

#: What a weight reply without a value means, by command and status.
NO_WEIGHT: dict[tuple[str, str], str] = {
    ("S", "I"): N_(
        "The balance could not settle within its time limit, or is busy (S I): "
        "shield it from draughts and vibration, then weigh again."
    ),
    ("SI", "I"): N_("The balance is busy and gave no weight (S I); try again."),
    ("S", "+"): N_("The load is above the balance's capacity (S +)."),
    ("S", "-"): N_("The load is below the balance's lower limit; is the pan in place? (S -)"),
}

#: Why a command did not run, by command and status.
REFUSALS: dict[tuple[str, str], str] = {
    ("Z", "I"): N_("The balance could not zero: it did not settle within its time limit, or is busy (Z I)."),
    ("Z", "+"): N_("The balance could not zero: the load is above its zero-setting range (Z +)."),
    ("Z", "-"): N_("The balance could not zero: the load is below its zero-setting range (Z -)."),
    ("T", "I"): N_("The balance could not tare: it did not settle within its time limit, or is busy (T I)."),
    ("T", "+"): N_("The balance could not tare: the load is above its taring range (T +)."),
    ("T", "-"): N_("The balance could not tare: the load is below its taring range (T -)."),
    ("TA", "I"): N_("The balance cannot give or set the tare weight now (TA I)."),
    ("TA", "L"): N_("The balance refused that tare weight: out of range or wrong unit (TA L)."),
    ("TAC", "I"): N_("The balance could not clear the tare now (TAC I)."),
    ("I2", "I"): N_("The balance cannot give its model now (I2 I)."),
    ("I4", "I"): N_("The balance cannot give its serial number now (I4 I)."),
}

_REPLY = re.compile(r"^([A-Z][A-Z0-9]*) ([SDAIL+-])(?: (.+))?$")
_WEIGHT = re.compile(r"^( *-?\d+(?:\.\d+)?) (\S{1,5})$")
_QUOTED = re.compile(r'^"([\x20-\x7e]*)"$')
_CAPACITY = re.compile(r"^(.*?)\s+(\d+(?:\.\d+)?)\s+(\S+)$")

#: The replies the driver can get: identifier → status → what follows ("" nothing, "weight", "quoted").
SHAPES: dict[str, dict[str, str]] = {
    "S": {"S": "weight", "D": "weight", "I": "", "+": "", "-": ""},
    "T": {"S": "weight", "I": "", "+": "", "-": ""},
    "TA": {"A": "weight", "I": "", "L": ""},
    "Z": {"A": "", "I": "", "+": "", "-": ""},
    "TAC": {"A": "", "I": ""},
    "I2": {"A": "quoted", "I": ""},
    "I4": {"A": "quoted", "I": ""},
}


@dataclass(frozen=True)
class SicsReply:
    """One MT-SICS reply line taken apart: ``T S     100.00 g`` → ``T``, ``S``, ``    100.00 g``.

    ``ES``/``ET``/``EL`` have an identifier only (empty status and body).
    """

    ident: str
    status: str
    body: str
    raw: bytes

    @property
    def is_error(self) -> bool:
        """``ES``, ``ET`` or ``EL``: the command was not taken at all."""
        return self.ident in COMMAND_ERRORS

    @property
    def is_power_on(self) -> bool:
        """The line a balance sends at power-on (and after ``@``): ``I4 A "<serial>"``."""
        return self.ident == "I4" and self.status == "A"


@dataclass(frozen=True)
class Weight:
    """What a weight reply says: a value and unit (stable/dynamic) or why there is none."""

    value: Decimal | None
    unit: str
    status: ReadingStatus
    message: str = ""


def split_reply(raw: bytes) -> SicsReply | None:
    """The reply in ``raw`` (a complete line, CR LF included), or None when it is not one of
    :data:`SHAPES` (garbage, a cut or mangled line)."""
    if not raw.endswith(b"\r\n"):
        return None
    try:
        text = raw[:-2].decode("ascii")
    except UnicodeDecodeError:
        return None
    if text in COMMAND_ERRORS:
        return SicsReply(text, "", "", raw)
    match = _REPLY.match(text)
    if match is None or not text.isprintable():
        return None
    ident, status, body = match.groups()
    body = body or ""
    shape = SHAPES.get(ident, {}).get(status)
    if shape is None or (shape == "" and body) or (shape == "weight" and weight_field(body) is None):
        return None
    if shape == "quoted" and _QUOTED.match(body) is None:
        return None
    return SicsReply(ident, status, body, raw)


def weight_field(body: str) -> tuple[Decimal, str] | None:
    """``"    100.00 g"`` → (100.00, "g"): exactly 10 characters of weight, a space, the unit."""
    match = _WEIGHT.match(body)
    if match is None or len(match.group(1)) != 10:
        return None
    value = decimal_of(match.group(1))
    return None if value is None else (value, match.group(2))


def quoted_text(reply: SicsReply) -> str | None:
    """The text between the quotes of ``I2 A "…"``/``I4 A "…"``, or None."""
    match = _QUOTED.match(reply.body)
    return match.group(1) if match else None


_NO_WEIGHT_STATUS = {"I": ReadingStatus.ERROR, "+": ReadingStatus.OVERLOAD, "-": ReadingStatus.UNDERLOAD}


def weight_of(reply: SicsReply, command: str = "S") -> Weight | None:
    """Interpret a reply to ``S``/``SI``/``SIR``; None when it answers another command.

    ``S S``/``S D`` carry a weight; ``S I``, ``S +``, ``S -`` and ``ES``/``ET``/``EL`` become a
    weight without value and with the reason.
    """
    if reply.is_error:
        return Weight(None, "", ReadingStatus.ERROR, COMMAND_ERRORS[reply.ident])
    if reply.ident != "S":
        return None
    field = weight_field(reply.body)
    if field is not None:
        status = ReadingStatus.STABLE if reply.status == "S" else ReadingStatus.DYNAMIC
        return Weight(field[0], field[1], status)
    key = "S" if command == "S" or reply.status != "I" else "SI"
    return Weight(None, "", _NO_WEIGHT_STATUS[reply.status], NO_WEIGHT[(key, reply.status)])


def parse_weight(raw: bytes, command: str = "S") -> Weight | None:
    """A weight reply line (bytes) interpreted; None for anything that is not one."""
    reply = split_reply(raw)
    return None if reply is None else weight_of(reply, command)


def model_and_capacity(text: str) -> tuple[str, Decimal | None, str]:
    """``"XS205 220.00 g"`` → ("XS205", 220.00, "g"); text without a capacity is all model."""
    match = _CAPACITY.match(text.strip())
    if match is None:
        return text.strip(), None, ""
    return match.group(1), Decimal(match.group(2)), match.group(3)


class MtSicsBalance(Driver):
    """A Mettler Toledo balance speaking MT-SICS.

    Args:
        settle_timeout: how long ``S``, ``T`` and ``Z`` may take — the balance waits for a stable
            weight up to its own limit (≈ 30 s) before answering ``I``; keep this above it.
    """

    name: ClassVar[str] = "mt-sics"
    title: ClassVar[str] = "Mettler Toledo balance (MT-SICS)"
    instrument_kind: ClassVar[str] = "balance"
    line: ClassVar[LineSettings] = LineSettings(baudrate=9600, terminator=b"\r\n", timeout=2.0)
    quantities: ClassVar[tuple[str, ...]] = ("mass",)

    def __init__(self, transport: Transport, clock: Clock | None = None, *, settle_timeout: float = 40.0) -> None:
        super().__init__(transport, clock)
        self.settle_timeout = settle_timeout
        self.capacity: Decimal | None = None
        self.capacity_unit = ""
        #: power-on lines seen since this driver was made (the balance restarted: tare lost)
        self.power_ons = 0
        self._streaming = False

    # -- identification --------------------------------------------------------------------------

    def identify(self) -> InstrumentIdentity:
        """Ask ``I2`` (model and capacity) and ``I4`` (serial number)."""
        model, self.capacity, self.capacity_unit = model_and_capacity(self._text("I2"))
        serial = self._text("I4")
        return InstrumentIdentity(model=model, serial_number=serial)

    def reset(self) -> str:
        """``@``: cancel what the balance is doing (streaming stops, tare cleared); its serial number."""
        self._streaming = False
        return self._quoted(self._ask("@", "I4"), "@")

    # -- weighing --------------------------------------------------------------------------------

    def read(self) -> Reading:
        """The weight now (``SI``), stable or dynamic as the balance says."""
        return self.read_immediate()

    def read_immediate(self) -> Reading:
        """``SI``: the current weight at once, with the balance's stability flag."""
        return self._weighing("SI", self.transport.line.timeout)

    def read_stable(self) -> Reading:
        """``S``: the next stable weight; an error reading (``S I``) when the balance cannot settle."""
        return self._weighing("S", self.settle_timeout)

    def readings(self, count: int | None = None) -> Generator[Reading, None, None]:
        """``count`` readings (forever when None) streamed with ``SIR``; see :meth:`stream`."""
        return self.stream(count)

    def stream(self, count: int | None = None) -> Generator[Reading, None, None]:
        """Send ``SIR`` once and yield a reading for each line the balance streams.

        Stops after ``count`` readings, or when the caller stops iterating (``break``/``close()``):
        then ``I4`` ends the stream and the lines still in flight are discarded. Garbage lines
        are skipped; a power-on line (the balance restarted) is logged and ``SIR`` sent again.
        """
        self._discard_stale()
        self.transport.write(b"SIR" + self.transport.line.terminator)
        self._streaming = True
        try:
            n = 0
            while count is None or n < count:
                yield self._streamed()
                n += 1
        except GeneratorExit:
            self.stop_stream()
            raise
        except BaseException:
            self._abandon_stream()
            raise
        self.stop_stream()

    def stop_stream(self) -> None:
        """End a ``SIR`` stream: send ``I4`` and discard the weights up to its reply."""
        if not self._streaming:
            return
        self._streaming = False
        self.transport.write(b"I4" + self.transport.line.terminator)
        self._reply(("I4",), "I4", self.transport.line.timeout, quiet=("S",))

    # -- zero and tare ---------------------------------------------------------------------------

    def zero(self) -> None:
        """``Z``: zero the balance once it is stable. Raises InstrumentError when it cannot."""
        reply = self._ask("Z", "Z", timeout=self.settle_timeout)
        self._require(reply, "Z", "A")

    def tare(self) -> Reading:
        """``T``: tare once stable; the tare weight taken. Raises InstrumentError when it cannot."""
        reply = self._ask("T", "T", timeout=self.settle_timeout)
        return self._tare_reading(reply, "T", "S")

    def tare_weight(self) -> Reading:
        """``TA``: the tare weight in memory."""
        return self._tare_reading(self._ask("TA", "TA"), "TA", "A")

    def set_tare(self, value: Decimal | int | str, unit: str) -> Reading:
        """``TA <value> <unit>``: preset the tare weight; the tare the balance then holds.

        Raises InvalidInput, sending nothing, unless ``value`` is a number and ``unit`` one word.
        """
        try:
            weight = Decimal(str(value).strip())
        except InvalidOperation:
            weight = None
        if weight is None or not weight.is_finite() or re.fullmatch(r"[A-Za-z%]{1,5}", unit) is None:
            raise InvalidInput("A tare of {value} {unit} cannot be sent: give a number and a unit such as g.",
                               value=value, unit=unit)  # fmt: skip
        command = f"TA {weight} {unit}"
        return self._tare_reading(self._ask(command, "TA"), command, "A")

    def clear_tare(self) -> None:
        """``TAC``: clear the tare memory."""
        self._require(self._ask("TAC", "TAC"), "TAC", "A")

    # -- one exchange ----------------------------------------------------------------------------

    def _ask(self, command: str, ident: str, *, timeout: float | None = None) -> SicsReply:
        """Send ``command`` (nothing else in flight) and return its reply or an ``E…`` error."""
        if self._streaming:
            self.stop_stream()
        self._discard_stale()
        budget = self.transport.line.timeout if timeout is None else timeout
        first = self.transport.exchange(command.encode("ascii"), timeout=budget)
        return self._reply((ident,), command, budget, first=first)

    def _reply(self, idents: tuple[str, ...], command: str, budget: float, *, first: bytes | None = None,
               quiet: tuple[str, ...] = ()) -> SicsReply:  # fmt: skip
        """The next line that answers ``command``; power-on lines are noted, others skipped.

        ``quiet``: identifiers expected in passing (weights in flight when a stream stops),
        dropped without being logged as garbage.
        """
        wanted = set(idents)

        def accept(raw: bytes) -> bool:
            reply = split_reply(raw)
            return reply is not None and (reply.ident in wanted or reply.is_error or reply.is_power_on
                                          or reply.ident in quiet)  # fmt: skip

        deadline = time.monotonic() + budget
        line = first
        while True:
            raw = self.reply_matching(accept, first=line, timeout=max(0.0, deadline - time.monotonic()))
            line = None
            reply = split_reply(raw)
            assert reply is not None  # accept() said so
            if reply.ident in quiet and reply.ident not in wanted:
                continue
            if reply.is_power_on and "I4" not in wanted:
                self._powered_on(raw)
                continue
            return reply

    def _streamed(self) -> Reading:
        """The next streamed weight as a reading."""
        while True:
            try:
                reply = self._reply(("S", "I4"), "SIR", self.transport.line.timeout)
            except InstrumentDisconnected:
                self._streaming = False
                raise
            if reply.ident == "I4":  # the balance restarted, which ended the stream: ask again
                self._powered_on(reply.raw)
                self.transport.write(b"SIR" + self.transport.line.terminator)
                continue
            return self._weight_reading(reply, "SIR")

    def _abandon_stream(self) -> None:
        """After a failure while streaming: try to stop the balance streaming, quietly."""
        if not self._streaming:
            return
        try:
            self.stop_stream()
        except InstrumentError as error:
            log.warning("%s on %s: stream not stopped cleanly: %s", self.name, self.transport.port, error)

    def _weighing(self, command: str, timeout: float) -> Reading:
        return self._weight_reading(self._ask(command, "S", timeout=timeout), command)

    def _weight_reading(self, reply: SicsReply, command: str) -> Reading:
        weight = weight_of(reply, "S" if command == "S" else "SI")
        if weight is None:  # cannot happen: _reply returns only S lines or errors here
            raise self._unexpected(reply, command)
        return self.reading(weight.value, weight.unit, weight.status, reply.raw, quantity="mass",
                            message=weight.message)  # fmt: skip

    def _tare_reading(self, reply: SicsReply, command: str, success: str) -> Reading:
        self._require(reply, command, success)
        value, unit = weight_field(reply.body) or (None, "")
        return self.reading(value, unit, ReadingStatus.STABLE, reply.raw, quantity="tare")

    def _text(self, command: str) -> str:
        reply = self._ask(command, command)
        return self._quoted(reply, command)

    def _quoted(self, reply: SicsReply, command: str) -> str:
        self._require(reply, command, "A")
        return (quoted_text(reply) or "").strip()

    def _require(self, reply: SicsReply, command: str, success: str) -> None:
        """Raise the balance's reason unless ``reply`` has the ``success`` status."""
        if reply.is_error:
            raise InstrumentError(COMMAND_ERRORS[reply.ident])
        if reply.status == success:
            return
        reason = REFUSALS.get((command.split(" ")[0], reply.status))
        if reason is not None:
            raise InstrumentError(reason)
        raise self._unexpected(reply, command)

    def _unexpected(self, reply: SicsReply, command: str) -> InstrumentProtocolError:
        text = reply.raw.decode("ascii", "replace").strip()
        self.transport.wire.record(Direction.FAULT, reply.raw, note=f"reply to {command} not understood")
        return InstrumentProtocolError("The balance on {port} answered {reply!r} to {command}: not an MT-SICS reply.",
                                       port=self.transport.port, reply=text, command=command)  # fmt: skip

    def _discard_stale(self) -> None:
        """Throw away bytes left from an earlier command, noting a power-on line among them."""
        stale = self.transport.drain()
        for raw in stale.splitlines(keepends=True):
            reply = split_reply(raw)
            if reply is not None and reply.is_power_on:
                self._powered_on(raw)

    def _powered_on(self, raw: bytes) -> None:
        self.power_ons += 1
        self.transport.wire.record(Direction.EVENT, raw, note="balance powered on or reset (tare lost)")
        log.info("%s on %s: balance powered on or reset: %r", self.name, self.transport.port, raw)
