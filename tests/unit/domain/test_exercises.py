"""Practical exercise rules (pure): 4–20 mA loop calibration, USP <41> balance check, pH calibration."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aptaskil_desk.domain import exercises as x
from aptaskil_desk.domain.exercise_inputs import evaluate
from aptaskil_desk.domain.exercises import Ne43Zone, Verdict
from aptaskil_desk.errors import InvalidInput


def D(text: str | int) -> Decimal:
    return Decimal(text)


def points(*currents: str) -> list[x.LoopPointInput]:
    return [x.LoopPointInput(D(c)) for c in currents]


def codes(point: x.LoopPoint) -> str | None:
    return point.reason.code if point.reason else None


# --- 4–20 mA -------------------------------------------------------------------------------------


def test_loop_as_found_with_a_failed_point_then_as_left_passing() -> None:
    """Known currents give the expected currents, errors in % of span, a failed 50 % point, a passing as-left."""
    result = x.loop_calibration(
        D("0.5"),
        points("4.020", "8.050", "12.100", "16.040", "19.960"),
        points("4.002", "8.004", "11.998", "16.001", "20.003"),
    )
    found = result.as_found.points
    assert [p.expected_ma for p in found] == [D(4), D(8), D(12), D(16), D(20)]
    assert [p.error_percent for p in found] == [D("0.125"), D("0.3125"), D("0.625"), D("0.25"), D("-0.25")]
    assert [p.verdict for p in found] == [Verdict.PASS, Verdict.PASS, Verdict.FAIL, Verdict.PASS, Verdict.PASS]
    assert found[2].reason is not None and found[2].reason.code == "out_of_tolerance"
    assert found[2].reason.params == {"error": "0.6250", "tolerance": "0.5"}
    assert result.as_found.verdict is Verdict.FAIL and result.as_found.largest_error == D("0.625")
    left = result.as_left
    assert left is not None and left.verdict is Verdict.PASS
    assert [p.error_percent for p in left.points] == [D("0.0125"), D("0.025"), D("-0.0125"), D("0.0062"), D("0.0188")]
    assert result.verdict is Verdict.PASS  # the instrument as it was left
    assert result.largest_error == D("0.625")


def test_ne43_failure_currents_fail_whatever_the_tolerance() -> None:
    """3.55 mA and 21.2 mA are NAMUR NE 43 failure signals: the points fail even with a 10 % tolerance."""
    result = x.loop_calibration(D(10), points("3.55", "8.0", "12.0", "16.0", "21.2"))
    first, last = result.as_found.points[0], result.as_found.points[-1]
    assert (first.zone, codes(first), first.error_percent) == (
        Ne43Zone.FAILURE_LOW,
        "ne43_failure_signal",
        D("-2.8125"),
    )
    assert (last.zone, codes(last)) == (Ne43Zone.FAILURE_HIGH, "ne43_failure_signal")
    assert first.reason is not None and first.reason.params == {"current": "3.55"}
    assert result.verdict is Verdict.FAIL


def test_ne43_bands_and_their_boundaries() -> None:
    """≤ 3.6 and ≥ 21 mA: failure; 3.6–3.8 and 20.5–21 mA: out of the measurement range; 3.8–20.5: measuring."""
    zones = {c: x.ne43_zone(D(c)) for c in ("3.6", "3.61", "3.79", "3.8", "20.5", "20.51", "20.99", "21")}
    assert zones == {
        "3.6": Ne43Zone.FAILURE_LOW, "3.61": Ne43Zone.BELOW_RANGE, "3.79": Ne43Zone.BELOW_RANGE,
        "3.8": Ne43Zone.MEASURING, "20.5": Ne43Zone.MEASURING, "20.51": Ne43Zone.ABOVE_RANGE,
        "20.99": Ne43Zone.ABOVE_RANGE, "21": Ne43Zone.FAILURE_HIGH,
    }  # fmt: skip
    # 20.55 mA at 100 % is within a 5 % tolerance (+3.44 %) but saturated: out of range, fails.
    result = x.loop_calibration(D(5), points("4.0", "8.0", "12.0", "16.0", "20.55"))
    last = result.as_found.points[-1]
    assert last.error_percent == D("3.4375") and codes(last) == "ne43_out_of_range" and last.verdict is Verdict.FAIL
    # 3.8 and 20.5 mA are inside the measurement range: judged on their error alone (−1.25 %, +3.125 %).
    edge = x.loop_calibration(D("3.2"), points("3.8", "8.0", "12.0", "16.0", "20.5"))
    assert edge.as_found.verdict is Verdict.PASS and edge.largest_error == D("3.125")


def test_applied_process_values_set_the_expected_current() -> None:
    """With a 0–10 bar range, 2.6 bar applied at the 25 % point expects 8.16 mA; reverse action works too."""
    span = x.LoopRange(D(0), D(10), "bar")
    given = [x.LoopPointInput(D(m), D(a)) for m, a in
             (("4.00", "0"), ("8.17", "2.6"), ("12.00", "5"), ("16.00", "7.5"), ("20.00", "10"))]  # fmt: skip
    second = x.loop_calibration(D("0.25"), given, span=span).as_found.points[1]
    assert (second.percent, second.expected_ma, second.error_percent) == (D(26), D("8.16"), D("0.0625"))
    reverse = x.LoopRange(D(10), D(0), "bar")
    assert reverse.percent_of(D(10)) == 0 and reverse.percent_of(D("2.5")) == 75


def test_loop_input_mistakes_are_refused() -> None:
    """Four points, a zero tolerance, an applied value far from its point, or no range for it: refused."""
    with pytest.raises(InvalidInput, match="5 points"):
        x.loop_calibration(D("0.5"), points("4", "8", "12", "16"))
    with pytest.raises(InvalidInput, match="tolerance"):
        x.loop_calibration(D(0), points("4", "8", "12", "16", "20"))
    slip = [x.LoopPointInput(D(4)), x.LoopPointInput(D(8), D(5)), *points("12", "16", "20")]  # 5 bar: the 50 % point
    with pytest.raises(InvalidInput, match="too far"):
        x.loop_calibration(D("0.5"), slip, span=x.LoopRange(D(0), D(10)))
    with pytest.raises(InvalidInput, match="range"):
        x.loop_calibration(D("0.5"), [x.LoopPointInput(D(4), D(0)), *points("8", "12", "16", "20")])


currents = st.decimals(min_value=D("3.81"), max_value=D("20.49"), places=2)
percents = st.sampled_from(x.LOOP_POINTS)


@given(currents, percents)
def test_span_error_is_linear_and_signed(measured: Decimal, percent: Decimal) -> None:
    """error = (measured − expected) × 6.25 exactly; its sign is the sign of the deviation."""
    expected = x.expected_current(percent)
    error = x.span_error(measured, expected)
    assert error == (measured - expected) * D("6.25")
    assert (error > 0) == (measured > expected) and (error == 0) == (measured == expected)


@given(st.decimals(min_value=D("0.01"), max_value=D("3.6"), places=2), percents, st.decimals(D("0.1"), D(10), places=1))
def test_a_failure_current_always_fails(measured: Decimal, percent: Decimal, tolerance: Decimal) -> None:
    """Any current at or below 3.6 mA fails its point with the NE 43 reason, whatever the tolerance."""
    point = x.loop_point(percent, x.LoopPointInput(measured), tolerance, None, 1)
    assert point.verdict is Verdict.FAIL and codes(point) == "ne43_failure_signal"


@given(currents, percents, st.decimals(D("0.1"), D(10), places=2))
def test_in_range_points_fail_exactly_beyond_the_tolerance(measured: Decimal, percent: Decimal, tol: Decimal) -> None:
    """Inside the measurement range a point passes iff |error| ≤ tolerance."""
    point = x.loop_point(percent, x.LoopPointInput(measured), tol, None, 1)
    assert (point.verdict is Verdict.PASS) == (abs(point.error_percent) <= tol)


# --- balance, USP <41> ----------------------------------------------------------------------------


def weighings(*values: str) -> list[x.Weighing]:
    return [x.Weighing(D(v)) for v in values]


def test_balance_that_passes_both_tests() -> None:
    """Five at 100.0000 g and five at 100.0002 g: s = 0.000105409 g, 2s/m = 0.00 %, accuracy 0.00 %."""
    result = x.balance_check(D("100.0000"), weighings(*["100.0000"] * 5, *["100.0002"] * 5))
    assert result.count == 10 and result.mean == D("100.0001")
    assert result.std_dev == D("0.000105409255339")
    assert (result.repeatability_percent, result.accuracy_percent) == (D("0.00"), D("0.00"))
    assert result.verdict is Verdict.PASS and result.reasons == ()


def test_balance_failing_repeatability() -> None:
    """9.990/10.010 g alternately on a 10 g weight: 2s/m = 0.21 % > 0.10 % fails; accuracy passes."""
    result = x.balance_check(D("10.000"), weighings(*["9.990", "10.010"] * 5))
    assert result.std_dev == D("0.0105409255339")
    assert result.repeatability_percent == D("0.21") and result.repeatability is Verdict.FAIL
    assert result.accuracy is Verdict.PASS and result.verdict is Verdict.FAIL
    assert [r.code for r in result.reasons] == ["repeatability"]


def test_accuracy_is_rounded_to_the_limit_before_comparing() -> None:
    """USP rounding: a mean 0.104 % off reads 0.10 % and passes; 0.105 % reads 0.11 % and fails."""
    passing = x.balance_check(D(1000), weighings(*["1001.04"] * 10))
    failing = x.balance_check(D(1000), weighings(*["1001.05"] * 10))
    assert (passing.accuracy_percent, passing.accuracy) == (D("0.10"), Verdict.PASS)
    assert (failing.accuracy_percent, failing.accuracy) == (D("0.11"), Verdict.FAIL)
    assert failing.reasons[0].code == "accuracy"


def test_small_standard_deviation_counts_as_041_d() -> None:
    """Ten identical weighings of 100 mg: d = 0.1 mg gives 2 × 0.41d / m = 0.08 % (pass); d = 1 mg, 0.82 % (fail)."""
    fine = x.balance_check(D("0.1000"), weighings(*["0.1000"] * 10), readability=D("0.0001"))
    coarse = x.balance_check(D("0.1000"), weighings(*["0.1000"] * 10), readability=D("0.001"))
    assert fine.std_dev == 0 and fine.repeatability_percent == D("0.08") and fine.verdict is Verdict.PASS
    assert coarse.repeatability_percent == D("0.82") and coarse.verdict is Verdict.FAIL


def test_fewer_than_ten_stable_weighings_is_not_evaluable() -> None:
    """Nine weighings, or eleven of which two were not stable: not evaluable, saying how many were used."""
    nine = x.balance_check(D(100), weighings(*["100.00"] * 9))
    assert nine.verdict is Verdict.NOT_EVALUABLE and nine.repeatability_percent is None
    assert nine.reasons[-1].code == "too_few_weighings" and nine.reasons[-1].params == {"count": "9", "needed": "10"}
    mixed = weighings(*["100.00"] * 11)
    mixed[2] = x.Weighing(D("100.37"), stable=False)
    mixed[6] = x.Weighing(None, stable=False)
    result = x.balance_check(D(100), mixed)
    assert result.excluded == (3, 7) and result.count == 9 and result.verdict is Verdict.NOT_EVALUABLE
    assert [r.code for r in result.reasons] == ["weighing_not_stable", "weighing_not_stable", "too_few_weighings"]


def test_too_few_weighings_that_are_inaccurate_fail() -> None:
    """An accuracy failure is a failure even when repeatability cannot be judged."""
    result = x.balance_check(D(100), weighings(*["100.30"] * 3))
    assert result.accuracy is Verdict.FAIL and result.repeatability is Verdict.NOT_EVALUABLE
    assert result.verdict is Verdict.FAIL


masses = st.lists(st.decimals(min_value=D("0.0001"), max_value=D("500"), places=4), min_size=2, max_size=30)


@given(masses, st.decimals(min_value=D("-50"), max_value=D("500"), places=4))
def test_standard_deviation_ignores_an_added_constant(values: list[Decimal], shift: Decimal) -> None:
    """Adding the same mass to every weighing leaves s exactly unchanged (a tare does not change repeatability)."""
    assert x.statistics([v + shift for v in values]).std_dev == x.statistics(values).std_dev


@given(masses)
def test_standard_deviation_is_zero_only_for_identical_weighings(values: list[Decimal]) -> None:
    """s ≥ 0, and s = 0 exactly when every weighing is the same."""
    s = x.statistics(values).std_dev
    assert s >= 0 and (s == 0) == (len(set(values)) == 1)


# --- pH meter --------------------------------------------------------------------------------------


def buffers(*pairs: tuple[str, str]) -> list[x.Buffer]:
    return [x.Buffer(D(ph), D(mv)) for ph, mv in pairs]


def test_three_buffer_calibration_passes() -> None:
    """4.01/7.00/10.01 at 174.5/−2.1/−176.4 mV: slope 98.9 %, offset −0.9 mV, segments 99.8 % and 97.9 %."""
    result = x.ph_calibration(buffers(("4.01", "174.5"), ("7.00", "-2.1"), ("10.01", "-176.4")))
    assert result.slope_mv_per_ph == D("-58.4827") and result.slope_percent == D("98.9")
    assert result.offset_mv == D("-0.9")
    assert [s.slope_percent for s in result.segments] == [D("99.8"), D("97.9")]
    assert result.verdict is Verdict.PASS


def test_weak_slope_high_offset_and_a_bad_segment_fail() -> None:
    """94.4 % slope fails; a 35 mV offset fails; one segment at 93.3 % fails a 3-buffer line that averages fine."""
    weak = x.ph_calibration(buffers(("4.01", "170"), ("7.00", "3")))
    assert (weak.slope_percent, weak.offset_mv, weak.verdict) == (D("94.4"), D("3.0"), Verdict.FAIL)
    assert [r.code for r in weak.reasons] == ["slope"]
    shifted = x.ph_calibration(buffers(("4.01", "210"), ("7.00", "35")))
    assert shifted.offset_mv == D("35.0") and [r.code for r in shifted.reasons] == ["offset"]
    bent = x.ph_calibration(buffers(("4.01", "165.0"), ("7.00", "0"), ("10.01", "-185.0")))
    assert x.SLOPE_MIN <= bent.slope_percent <= x.SLOPE_MAX
    assert [(r.code, r.params["from"], r.params["slope"]) for r in bent.reasons] == [("segment_slope", "4.01", "93.3")]


def test_slope_is_temperature_corrected() -> None:
    """An ideal electrode at 35 °C (61.14 mV/pH) reads 100.0 % at 35 °C and 103.4 % if 25 °C is assumed."""
    nernst = x.nernst_slope(D(35))
    assert nernst.quantize(D("0.0001")) == D("61.1442")
    data = [x.Buffer(D("7.00"), D(0)), x.Buffer(D("4.01"), D("2.99") * nernst)]
    assert x.ph_calibration(data, D(35)).slope_percent == D("100.0")
    assert x.ph_calibration(data, D(25)).slope_percent == D("103.4")


def test_ph_input_mistakes_are_refused() -> None:
    """One buffer, four buffers, two buffers 0.5 pH apart or a 120 °C temperature: refused."""
    with pytest.raises(InvalidInput, match="2 or 3"):
        x.ph_calibration(buffers(("7.00", "0")))
    with pytest.raises(InvalidInput, match="2 or 3"):
        x.ph_calibration(buffers(("4", "180"), ("7", "0"), ("9", "-118"), ("10", "-177")))
    with pytest.raises(InvalidInput, match="1 pH"):
        x.ph_calibration(buffers(("7.00", "0"), ("7.50", "-29")))
    with pytest.raises(InvalidInput, match="temperature"):
        x.ph_calibration(buffers(("4.01", "177"), ("7.00", "0")), D(120))


@given(
    st.decimals(min_value=D(0), max_value=D(100), places=1), st.decimals(min_value=D(-50), max_value=D(50), places=1)
)
def test_an_ideal_electrode_reads_100_percent_at_any_temperature(temperature: Decimal, offset: Decimal) -> None:
    """mV = offset − Nernst(T) × (pH − 7) gives slope 100.0 % and the offset back, at every temperature."""
    nernst = x.nernst_slope(temperature)
    data = [x.Buffer(ph, offset - nernst * (ph - 7)) for ph in x.STANDARD_BUFFERS]
    result = x.ph_calibration(data, temperature)
    assert result.slope_percent == D("100.0") and result.offset_mv == offset


# --- inputs as entered -----------------------------------------------------------------------------


def test_inputs_as_entered_are_normalised_and_computed() -> None:
    """Strings, a French decimal comma and integers are read as written; the result is plain JSON."""
    evaluation = evaluate("loop_calibration", {
        "tolerance_percent": "0,5", "as_found": ["4.020", "8.050", "12.100", "16.040", "19.960"],
        "as_left": [{"measured_ma": "4.002"}, "8.004", "11.998", 16, "20.003"],
    })  # fmt: skip
    assert evaluation.verdict is Verdict.PASS
    assert evaluation.inputs["tolerance_percent"] == "0.5"
    assert evaluation.inputs["as_left"][3] == {"measured_ma": "16", "applied": None}
    assert evaluation.result["largest_error"] == "0.6250"
    assert evaluation.result["as_found"]["points"][2]["reason"]["code"] == "out_of_tolerance"
    assert json.loads(json.dumps(evaluation.result)) == evaluation.result


def test_a_verdict_given_in_the_inputs_is_refused() -> None:
    """The verdict is computed, never taken: an input named 'verdict' is an unknown field."""
    inputs = {"reference": "100", "weighings": ["100"] * 10, "verdict": "pass"}
    with pytest.raises(InvalidInput, match="Unknown input") as refused:
        evaluate("balance_check", inputs)
    assert refused.value.params["fields"] == "verdict"


def test_bad_entries_are_named() -> None:
    """A word for a number, a missing field and an unknown exercise are refused with the field's name."""
    with pytest.raises(InvalidInput) as word:
        evaluate("balance_check", {"reference": "100", "weighings": ["100", "cent"]})
    assert word.value.params == {"field": "weighings 2", "value": "cent"}
    with pytest.raises(InvalidInput, match="Missing input"):
        evaluate("ph_calibration", {"temperature_c": 25})
    with pytest.raises(InvalidInput, match="Unknown exercise"):
        evaluate("titration", {})
    with pytest.raises(InvalidInput, match="true or false"):
        evaluate("balance_check", {"reference": "100", "weighings": [{"value": "100", "stable": "yes"}]})


def test_every_reason_has_words_in_three_languages() -> None:
    """Each reason the rules give has an English text filled by its parameters, translated to French and Dutch."""
    import string

    from aptaskil_desk.i18n import Translator

    failing: list[Any] = [
        *x.loop_calibration(D(1), points("3.5", "8.5", "12", "16", "20.7")).as_found.points,
        x.balance_check(D(100), [x.Weighing(D("101"), stable=False), *weighings("100.3", "100.4")]),
        x.balance_check(D(10), weighings(*["9.990", "10.010"] * 5)),
        x.balance_check(D(1), weighings(*["-1", "1"] * 5)),
        x.ph_calibration(buffers(("4.01", "150"), ("7.00", "40"), ("10.01", "-160"))),
        x.ph_calibration(buffers(("4.01", "210"), ("7.00", "35"))),
    ]
    reasons = [r for item in failing for r in ([item.reason] if isinstance(item, x.LoopPoint) else item.reasons) if r]
    assert {r.code for r in reasons} == set(x.REASON_TEXTS)
    for reason in reasons:
        source = x.REASON_TEXTS[reason.code]
        assert {f for _, f, _, _ in string.Formatter().parse(source) if f} == set(reason.params)
        for language in ("fr", "nl"):
            assert Translator(language)(source, **reason.params) != source.format(**reason.params)
