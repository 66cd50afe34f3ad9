"""Practical exercises: 4–20 mA loop calibration, balance check (USP <41>), pH meter calibration.

Pure rules in :class:`~decimal.Decimal` arithmetic (no floats, no I/O); the instrument service
records what they compute, never a verdict given from outside. The rules, formulas and verdict
words are written out for the instructors in ``docs/exercises.md``.

Verdicts: ``pass``, ``fail``, or ``not_evaluable`` (the data cannot support a verdict, e.g. fewer
than 10 weighings). A failed or non-evaluable part always carries its :class:`Reason`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, localcontext
from enum import StrEnum
from itertools import pairwise

from aptaskil_desk.domain.equipment import Reason
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import N_

#: Working precision: the inputs have a few digits each, so sums of squares stay exact.
_CONTEXT = Context(prec=40, rounding=ROUND_HALF_EVEN)
HUNDRED = Decimal(100)


class ExerciseKind(StrEnum):
    LOOP_CALIBRATION = "loop_calibration"
    BALANCE_CHECK = "balance_check"
    PH_CALIBRATION = "ph_calibration"


class Verdict(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_EVALUABLE = "not_evaluable"


#: What each reason code says, with its parameters (translated where shown:
#: ``tr(REASON_TEXTS[r.code], **r.params)``).
REASON_TEXTS = {
    "out_of_tolerance": N_("Error {error} % of span, beyond the ±{tolerance} % tolerance."),
    "ne43_failure_signal": N_("{current} mA is a NAMUR NE 43 failure signal (≤ 3.6 or ≥ 21 mA)."),
    "ne43_out_of_range": N_("{current} mA is outside the NE 43 measurement range (3.8–20.5 mA)."),
    "weighing_not_stable": N_("Weighing {number} was not stable: left out."),
    "too_few_weighings": N_("{count} stable weighings; USP <41> needs at least {needed}."),
    "repeatability": N_("Repeatability 2s/m = {value} %, above {limit} %."),
    "accuracy": N_("The mean is {deviation} % from the test weight, above {limit} %."),
    "mean_not_positive": N_("The mean {mean} is not positive: no repeatability."),
    "slope": N_("Slope {slope} %, outside {min}–{max} %."),
    "segment_slope": N_("Slope {slope} % between pH {from} and {to}, outside 95–105 %."),
    "offset": N_("Offset {offset} mV at pH 7, beyond ±{limit} mV."),
}


def overall(verdicts: Sequence[Verdict]) -> Verdict:
    """Fail if any part failed, else not evaluable if any part could not be judged, else pass."""
    if Verdict.FAIL in verdicts:
        return Verdict.FAIL
    return Verdict.NOT_EVALUABLE if Verdict.NOT_EVALUABLE in verdicts else Verdict.PASS


def _significant(value: Decimal, digits: int = 12) -> Decimal:
    """``value`` to ``digits`` significant digits, for the record (verdicts use the exact value)."""
    return Context(prec=digits, rounding=ROUND_HALF_EVEN).plus(value)


def _fine(value: Decimal, places: int) -> Decimal:
    """``value`` with at most ``places`` decimals (exact values keep their own digits)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -places:
        return value
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)


# --- 4–20 mA transmitter calibration --------------------------------------------------------------

ZERO_MA = Decimal(4)
SPAN_MA = Decimal(16)
#: The five calibration points, in % of range.
LOOP_POINTS = (Decimal(0), Decimal(25), Decimal(50), Decimal(75), Decimal(100))
#: NAMUR NE 43: at or beyond these currents the transmitter signals a failure.
NE43_FAILURE_LOW = Decimal("3.6")
NE43_FAILURE_HIGH = Decimal(21)
#: NAMUR NE 43: the measurement range (inclusive).
NE43_RANGE_LOW = Decimal("3.8")
NE43_RANGE_HIGH = Decimal("20.5")
MAX_TOLERANCE = Decimal(10)
#: An applied process value further than this (in % of range) from its point is a typing slip.
MAX_POINT_OFFSET = Decimal(10)


class Ne43Zone(StrEnum):
    FAILURE_LOW = "failure_low"  # ≤ 3.6 mA
    BELOW_RANGE = "below_range"  # 3.6 < I < 3.8 mA
    MEASURING = "measuring"  # 3.8 ≤ I ≤ 20.5 mA
    ABOVE_RANGE = "above_range"  # 20.5 < I < 21 mA
    FAILURE_HIGH = "failure_high"  # ≥ 21 mA


def ne43_zone(current_ma: Decimal) -> Ne43Zone:
    if current_ma <= NE43_FAILURE_LOW:
        return Ne43Zone.FAILURE_LOW
    if current_ma >= NE43_FAILURE_HIGH:
        return Ne43Zone.FAILURE_HIGH
    if current_ma < NE43_RANGE_LOW:
        return Ne43Zone.BELOW_RANGE
    if current_ma > NE43_RANGE_HIGH:
        return Ne43Zone.ABOVE_RANGE
    return Ne43Zone.MEASURING


def expected_current(percent: Decimal) -> Decimal:
    """``4 + 16 × p`` mA for ``percent`` % of range (exact for the five points)."""
    with localcontext(_CONTEXT):
        return _fine(ZERO_MA + SPAN_MA * percent / HUNDRED, 6)


def span_error(measured_ma: Decimal, expected_ma: Decimal) -> Decimal:
    """Error in % of span: ``(measured − expected) / 16 mA × 100``, to 0.0001 % (0.016 µA)."""
    with localcontext(_CONTEXT):
        return ((measured_ma - expected_ma) / SPAN_MA * HUNDRED).quantize(Decimal("0.0001"), ROUND_HALF_EVEN)


@dataclass(frozen=True)
class LoopRange:
    """The transmitter's calibrated range in engineering units (``lower`` may exceed ``upper``:
    a reverse-acting transmitter)."""

    lower: Decimal
    upper: Decimal
    unit: str = ""

    def __post_init__(self) -> None:
        if self.lower == self.upper:
            raise InvalidInput("The range's lower and upper values must differ.")

    def percent_of(self, value: Decimal) -> Decimal:
        with localcontext(_CONTEXT):
            return _fine((value - self.lower) / (self.upper - self.lower) * HUNDRED, 6)


@dataclass(frozen=True)
class LoopPointInput:
    """One point as measured: the output current, and the process value applied if it was read."""

    measured_ma: Decimal
    applied: Decimal | None = None


@dataclass(frozen=True)
class LoopPoint:
    nominal_percent: Decimal
    percent: Decimal  # from the applied value when given, else the nominal point
    applied: Decimal | None
    expected_ma: Decimal
    measured_ma: Decimal
    error_percent: Decimal  # % of span, signed
    zone: Ne43Zone
    verdict: Verdict
    reason: Reason | None


@dataclass(frozen=True)
class LoopSeries:
    """The five points of one pass (as found, or as left)."""

    points: tuple[LoopPoint, ...]
    verdict: Verdict
    largest_error: Decimal  # the signed error of largest magnitude


@dataclass(frozen=True)
class LoopResult:
    tolerance_percent: Decimal
    process_range: LoopRange | None
    as_found: LoopSeries
    as_left: LoopSeries | None
    verdict: Verdict  # as left when it was measured, else as found

    @property
    def largest_error(self) -> Decimal:
        series = [self.as_found, *([self.as_left] if self.as_left else [])]
        return max((s.largest_error for s in series), key=abs)


def loop_point(
    nominal: Decimal, given: LoopPointInput, tolerance: Decimal, span: LoopRange | None, number: int
) -> LoopPoint:
    """Judge one point. NE 43 first: a failure current or a current outside the measurement
    range fails the point whatever the tolerance; then the error against the tolerance."""
    percent = nominal
    if given.applied is not None:
        if span is None:
            raise InvalidInput("Point {n}: an applied process value needs the transmitter's range.", n=number)
        percent = span.percent_of(given.applied)
        if abs(percent - nominal) > MAX_POINT_OFFSET:
            raise InvalidInput(
                "Point {n}: the applied value {value} is {percent} % of range, too far from the {nominal} % point.",
                n=number, value=given.applied, percent=_fine(percent, 2), nominal=nominal,
            )  # fmt: skip
    expected = expected_current(percent)
    measured = given.measured_ma
    error = span_error(measured, expected)
    zone = ne43_zone(measured)
    reason: Reason | None = None
    if zone in (Ne43Zone.FAILURE_LOW, Ne43Zone.FAILURE_HIGH):
        reason = Reason("ne43_failure_signal", {"current": str(measured)})
    elif zone is not Ne43Zone.MEASURING:
        reason = Reason("ne43_out_of_range", {"current": str(measured)})
    elif abs(error) > tolerance:
        reason = Reason("out_of_tolerance", {"error": str(error), "tolerance": str(tolerance)})
    verdict = Verdict.PASS if reason is None else Verdict.FAIL
    return LoopPoint(nominal, percent, given.applied, expected, measured, error, zone, verdict, reason)


def loop_series(given: Sequence[LoopPointInput], tolerance: Decimal, span: LoopRange | None, left: bool) -> LoopSeries:
    """The as-found (``left`` false) or as-left series."""
    if len(given) != len(LOOP_POINTS) and left:
        raise InvalidInput(
            "The as-left series needs 5 points (0, 25, 50, 75 and 100 %), not {count}.", count=len(given)
        )
    if len(given) != len(LOOP_POINTS):
        raise InvalidInput(
            "The as-found series needs 5 points (0, 25, 50, 75 and 100 %), not {count}.", count=len(given)
        )
    points = tuple(
        loop_point(n, g, tolerance, span, i) for i, (n, g) in enumerate(zip(LOOP_POINTS, given, strict=True), 1)
    )
    verdict = overall([p.verdict for p in points])
    return LoopSeries(points, verdict, max((p.error_percent for p in points), key=abs))


def loop_calibration(
    tolerance_percent: Decimal,
    as_found: Sequence[LoopPointInput],
    as_left: Sequence[LoopPointInput] | None = None,
    span: LoopRange | None = None,
) -> LoopResult:
    """A 5-point calibration of a 4–20 mA transmitter against a tolerance in % of span."""
    if not 0 < tolerance_percent <= MAX_TOLERANCE:
        raise InvalidInput("The tolerance must be more than 0 and at most 10 % of span, not {value}.",
                           value=tolerance_percent)  # fmt: skip
    found = loop_series(as_found, tolerance_percent, span, left=False)
    left = loop_series(as_left, tolerance_percent, span, left=True) if as_left is not None else None
    return LoopResult(tolerance_percent, span, found, left, (left or found).verdict)


# --- balance check, USP <41> ----------------------------------------------------------------------

#: USP <41>: 2 × s / m and the accuracy deviation, at most 0.10 %.
USP_LIMIT_PERCENT = Decimal("0.10")
MIN_WEIGHINGS = 10
#: USP <41>: a standard deviation below 0.41 d (d the scale interval) counts as 0.41 d.
MIN_SD_FACTOR = Decimal("0.41")


def _usp_round(value: Decimal) -> Decimal:
    """Round to the decimals of the 0.10 % limit, half up, before comparing (USP General Notices 7.20)."""
    return value.quantize(USP_LIMIT_PERCENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Weighing:
    """One weighing: its value, and whether the balance reported it stable."""

    value: Decimal | None
    stable: bool = True


@dataclass(frozen=True)
class Statistics:
    count: int
    mean: Decimal
    std_dev: Decimal  # sample standard deviation (n − 1)


def statistics(values: Sequence[Decimal]) -> Statistics:
    """Mean and sample standard deviation, ``s = √((nΣx² − (Σx)²) / (n(n − 1)))``, in Decimal.

    The sums are exact at this precision, so adding a constant to every value leaves ``s`` unchanged.
    """
    n = len(values)
    if n < 2:
        raise ValueError("a standard deviation needs at least two values")
    with localcontext(_CONTEXT):
        total = sum(values, Decimal(0))
        squares = sum((v * v for v in values), Decimal(0))
        spread = (n * squares - total * total) / (n * (n - 1))
        return Statistics(n, total / n, max(spread, Decimal(0)).sqrt())


@dataclass(frozen=True)
class BalanceResult:
    reference: Decimal  # the test weight's value
    unit: str
    readability: Decimal | None  # d, the scale interval
    weighings: tuple[Weighing, ...]
    excluded: tuple[int, ...]  # 1-based numbers of weighings left out (not stable, no value)
    count: int  # weighings used
    mean: Decimal | None
    std_dev: Decimal | None
    repeatability_percent: Decimal | None  # 2 × s / m × 100, rounded to 0.01
    accuracy_percent: Decimal | None  # |m − reference| / reference × 100, rounded to 0.01
    repeatability: Verdict
    accuracy: Verdict
    verdict: Verdict
    reasons: tuple[Reason, ...]


def balance_check(
    reference: Decimal, weighings: Sequence[Weighing], *, unit: str = "g", readability: Decimal | None = None
) -> BalanceResult:
    """Repeatability (≥ 10 weighings, ``2 × s / m ≤ 0.10 %``) and accuracy (mean within 0.10 % of
    the test weight) of a balance. Weighings that were not stable are kept on record but left out."""
    if reference <= 0:
        raise InvalidInput("The test weight's value must be positive, not {value}.", value=reference)
    if readability is not None and readability <= 0:
        raise InvalidInput("The scale interval d must be positive, not {value}.", value=readability)
    excluded = tuple(i for i, w in enumerate(weighings, 1) if not w.stable or w.value is None)
    values = [w.value for w in weighings if w.stable and w.value is not None]
    reasons: list[Reason] = [Reason("weighing_not_stable", {"number": str(i)}) for i in excluded]
    mean = std_dev = repeatability = accuracy = None
    repeatable = accurate = Verdict.NOT_EVALUABLE
    with localcontext(_CONTEXT):
        if values:
            mean = sum(values, Decimal(0)) / len(values)
            accuracy = _usp_round(abs(mean - reference) / reference * HUNDRED)
            accurate = Verdict.PASS if accuracy <= USP_LIMIT_PERCENT else Verdict.FAIL
            if accurate is Verdict.FAIL:
                reasons.append(Reason("accuracy", {"deviation": str(accuracy), "limit": str(USP_LIMIT_PERCENT)}))
        if len(values) < MIN_WEIGHINGS:
            reasons.append(Reason("too_few_weighings", {"count": str(len(values)), "needed": str(MIN_WEIGHINGS)}))
        else:
            stats = statistics(values)
            std_dev = stats.std_dev
            effective = max(std_dev, MIN_SD_FACTOR * readability) if readability is not None else std_dev
            if stats.mean > 0:
                repeatability = _usp_round(2 * effective / stats.mean * HUNDRED)
                repeatable = Verdict.PASS if repeatability <= USP_LIMIT_PERCENT else Verdict.FAIL
            else:
                reasons.append(Reason("mean_not_positive", {"mean": str(_significant(stats.mean))}))
            if repeatable is Verdict.FAIL:
                reasons.append(Reason("repeatability", {"value": str(repeatability), "limit": str(USP_LIMIT_PERCENT)}))
    return BalanceResult(
        reference, unit, readability, tuple(weighings), excluded, len(values),
        None if mean is None else _significant(mean), None if std_dev is None else _significant(std_dev),
        repeatability, accuracy, repeatable, accurate, overall([repeatable, accurate]), tuple(reasons),
    )  # fmt: skip


# --- pH meter calibration -------------------------------------------------------------------------

#: Nernst slope at 25 °C, mV per pH unit; proportional to the absolute temperature.
NERNST_25C = Decimal("59.16")
KELVIN = Decimal("273.15")
T25 = Decimal("298.15")
SLOPE_MIN = Decimal(95)
SLOPE_MAX = Decimal(105)
OFFSET_MAX_MV = Decimal(30)
NEUTRAL_PH = Decimal(7)
STANDARD_BUFFERS = (Decimal("4.01"), Decimal("7.00"), Decimal("10.01"))


def nernst_slope(temperature_c: Decimal) -> Decimal:
    """Ideal electrode slope in mV/pH at ``temperature_c``: ``59.16 × T / 298.15 K``."""
    with localcontext(_CONTEXT):
        return NERNST_25C * (temperature_c + KELVIN) / T25


@dataclass(frozen=True)
class Buffer:
    """A buffer's pH at the measuring temperature (from its certificate table) and the mV read in it."""

    ph: Decimal
    mv: Decimal


@dataclass(frozen=True)
class Segment:
    low_ph: Decimal
    high_ph: Decimal
    slope_percent: Decimal  # rounded to 0.1 %


@dataclass(frozen=True)
class PhResult:
    temperature_c: Decimal
    nernst_mv_per_ph: Decimal
    buffers: tuple[Buffer, ...]
    slope_mv_per_ph: Decimal  # least-squares line, signed (an electrode's is negative)
    slope_percent: Decimal  # of the Nernst slope, rounded to 0.1 % as a meter shows it
    offset_mv: Decimal  # the line's mV at pH 7, rounded to 0.1 mV
    segments: tuple[Segment, ...]
    verdict: Verdict
    reasons: tuple[Reason, ...]


def _percent_of_nernst(slope: Decimal, nernst: Decimal) -> Decimal:
    return (-slope / nernst * HUNDRED).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def ph_calibration(buffers: Sequence[Buffer], temperature_c: Decimal = Decimal(25)) -> PhResult:
    """Slope (in % of Nernst at the temperature) and offset at pH 7 of a 2- or 3-buffer calibration.

    Acceptable: slope 95–105 % (the whole line and each segment between adjacent buffers), offset
    within ±30 mV. Values are rounded to 0.1 before the comparison, as the meter displays them.
    """
    if len(buffers) not in (2, 3):
        raise InvalidInput("A pH calibration uses 2 or 3 buffers, not {count}.", count=len(buffers))
    if not 0 <= temperature_c <= 100:
        raise InvalidInput("The temperature must be between 0 and 100 °C, not {value}.", value=temperature_c)
    ordered = sorted(buffers, key=lambda b: b.ph)
    if any(not 0 <= b.ph <= 14 for b in ordered):
        raise InvalidInput("A buffer's pH must be between 0 and 14.")
    if any(high.ph - low.ph < 1 for low, high in pairwise(ordered)):
        raise InvalidInput("The buffers must differ by at least 1 pH unit.")
    with localcontext(_CONTEXT):
        nernst = nernst_slope(temperature_c)
        n = len(ordered)
        mean_ph = sum((b.ph for b in ordered), Decimal(0)) / n
        mean_mv = sum((b.mv for b in ordered), Decimal(0)) / n
        covariance = sum(((b.ph - mean_ph) * (b.mv - mean_mv) for b in ordered), Decimal(0))
        slope = covariance / sum(((b.ph - mean_ph) ** 2 for b in ordered), Decimal(0))
        offset = (mean_mv + slope * (NEUTRAL_PH - mean_ph)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        percent = _percent_of_nernst(slope, nernst)
        segments = tuple(
            Segment(low.ph, high.ph, _percent_of_nernst((high.mv - low.mv) / (high.ph - low.ph), nernst))
            for low, high in pairwise(ordered)
        )
    reasons: list[Reason] = []
    if not SLOPE_MIN <= percent <= SLOPE_MAX:
        reasons.append(Reason("slope", {"slope": str(percent), "min": str(SLOPE_MIN), "max": str(SLOPE_MAX)}))
    if len(segments) > 1:
        reasons.extend(
            Reason("segment_slope", {"from": str(s.low_ph), "to": str(s.high_ph), "slope": str(s.slope_percent)})
            for s in segments
            if not SLOPE_MIN <= s.slope_percent <= SLOPE_MAX
        )
    if abs(offset) > OFFSET_MAX_MV:
        reasons.append(Reason("offset", {"offset": str(offset), "limit": str(OFFSET_MAX_MV)}))
    return PhResult(
        temperature_c, _fine(nernst, 4), tuple(buffers), _fine(slope, 4), percent, offset, segments,
        Verdict.FAIL if reasons else Verdict.PASS, tuple(reasons),
    )  # fmt: skip
