"""What a learner enters for an exercise (JSON-like data) → typed inputs → the computed result.

The service stores the normalised inputs and the result produced here; a verdict in the inputs is
never read. Numbers are taken as written (strings keep every digit; a French decimal comma is
accepted); a value that is not a number, a missing or an unknown field is refused by name.

Input forms (every number may be a string or an integer)::

    loop_calibration  {"tolerance_percent": "0.5", "range": {"lower": "0", "upper": "10", "unit": "bar"},
                       "as_found": ["4.002", …5] or [{"measured_ma": "4.002", "applied": "0.01"}, …5],
                       "as_left": […5]}                             (range and as_left optional)
    balance_check     {"reference": "200.0000", "unit": "g", "readability": "0.0001",
                       "weighings": ["200.0001", {"value": "199.9990", "stable": false}, …]}
    ph_calibration    {"temperature_c": "25.0", "buffers": [{"ph": "4.01", "mv": "177.2"}, …2 or 3]}
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from aptaskil_desk.domain import exercises as rules
from aptaskil_desk.domain.exercises import ExerciseKind, Verdict
from aptaskil_desk.errors import InvalidInput

_FIELDS: dict[ExerciseKind, tuple[set[str], set[str]]] = {  # (required, optional)
    ExerciseKind.LOOP_CALIBRATION: ({"tolerance_percent", "as_found"}, {"range", "as_left"}),
    ExerciseKind.BALANCE_CHECK: ({"reference", "weighings"}, {"unit", "readability"}),
    ExerciseKind.PH_CALIBRATION: ({"buffers"}, {"temperature_c"}),
}


@dataclass(frozen=True)
class Evaluation:
    """An exercise computed from its inputs: what to store and the verdict to show."""

    kind: ExerciseKind
    inputs: dict[str, Any]  # normalised: numbers as strings with their digits
    result: dict[str, Any]  # the rules' result as plain JSON values
    verdict: Verdict


def kind_of(name: str) -> ExerciseKind:
    try:
        return ExerciseKind(name)
    except ValueError:
        raise InvalidInput("Unknown exercise {kind!r}; known: {known}.", kind=name,
                           known=", ".join(k.value for k in ExerciseKind)) from None  # fmt: skip


def number(value: object, field: str) -> Decimal:
    """A Decimal from a string (``"4,012"`` too), an integer or a Decimal; anything else is refused."""
    if isinstance(value, Decimal):
        parsed: Decimal | None = value
    elif isinstance(value, int) and not isinstance(value, bool):
        parsed = Decimal(value)
    elif isinstance(value, float):
        parsed = Decimal(repr(value))  # the shortest digits that give this float: what was typed
    elif isinstance(value, str):
        text = value.strip().replace("\u202f", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            parsed = Decimal(text)
        except InvalidOperation:
            parsed = None
    else:
        parsed = None
    if parsed is None or not parsed.is_finite():
        raise InvalidInput("{field}: {value!r} is not a number.", field=field, value=value)
    return parsed


def _mapping(value: object, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidInput("{field} must be a set of named values.", field=field)
    return value


def _list(value: object, field: str) -> Sequence[Any]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise InvalidInput("{field} must be a list.", field=field)
    return value


def _check_fields(kind: ExerciseKind, inputs: Mapping[str, Any]) -> None:
    required, optional = _FIELDS[kind]
    missing = sorted(required - set(inputs))
    if missing:
        raise InvalidInput("Missing input for {kind}: {fields}.", kind=kind.value, fields=", ".join(missing))
    unknown = sorted(set(inputs) - required - optional)
    if unknown:
        raise InvalidInput("Unknown input for {kind}: {fields}.", kind=kind.value, fields=", ".join(unknown))


def _loop_points(value: object, field: str) -> list[rules.LoopPointInput]:
    points = []
    for i, item in enumerate(_list(value, field), 1):
        if isinstance(item, Mapping):
            applied = item.get("applied")
            points.append(rules.LoopPointInput(
                number(item.get("measured_ma"), f"{field} {i} measured_ma"),
                None if applied is None else number(applied, f"{field} {i} applied"),
            ))  # fmt: skip
        else:
            points.append(rules.LoopPointInput(number(item, f"{field} {i}")))
    return points


def _loop(inputs: Mapping[str, Any]) -> rules.LoopResult:
    span = None
    if inputs.get("range") is not None:
        given = _mapping(inputs["range"], "range")
        span = rules.LoopRange(number(given.get("lower"), "range lower"), number(given.get("upper"), "range upper"),
                               str(given.get("unit") or ""))  # fmt: skip
    as_left = inputs.get("as_left")
    return rules.loop_calibration(
        number(inputs["tolerance_percent"], "tolerance_percent"),
        _loop_points(inputs["as_found"], "as_found"),
        None if as_left is None else _loop_points(as_left, "as_left"),
        span,
    )


def _balance(inputs: Mapping[str, Any]) -> rules.BalanceResult:
    weighings = []
    for i, item in enumerate(_list(inputs["weighings"], "weighings"), 1):
        if isinstance(item, Mapping):
            stable = item.get("stable", True)
            if not isinstance(stable, bool):
                raise InvalidInput("Weighing {n}: 'stable' must be true or false.", n=i)
            value = item.get("value")
            weighings.append(rules.Weighing(None if value is None else number(value, f"weighings {i}"), stable))
        else:
            weighings.append(rules.Weighing(number(item, f"weighings {i}")))
    readability = inputs.get("readability")
    return rules.balance_check(
        number(inputs["reference"], "reference"), weighings, unit=str(inputs.get("unit") or "g"),
        readability=None if readability is None else number(readability, "readability"),
    )  # fmt: skip


def _ph(inputs: Mapping[str, Any]) -> rules.PhResult:
    buffers = [
        rules.Buffer(number(b.get("ph"), f"buffers {i} ph"), number(b.get("mv"), f"buffers {i} mv"))
        for i, b in enumerate((_mapping(item, "buffers") for item in _list(inputs["buffers"], "buffers")), 1)
    ]
    temperature = inputs.get("temperature_c")
    return rules.ph_calibration(buffers, Decimal(25) if temperature is None else number(temperature, "temperature_c"))


def plain(value: Any) -> Any:
    """A result as JSON values: dataclasses → objects, Decimal → its string, enums → their value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _inputs_of(kind: ExerciseKind, result: rules.LoopResult | rules.BalanceResult | rules.PhResult) -> dict[str, Any]:
    """The inputs as the rules understood them (normalised), rebuilt from the result."""
    if isinstance(result, rules.LoopResult):

        def series(s: rules.LoopSeries) -> list[dict[str, Any]]:
            return [{"measured_ma": p.measured_ma, "applied": p.applied} for p in s.points]

        out: dict[str, Any] = {"tolerance_percent": result.tolerance_percent, "as_found": series(result.as_found)}
        if result.process_range is not None:
            out["range"] = result.process_range
        if result.as_left is not None:
            out["as_left"] = series(result.as_left)
        return dict(plain(out))
    if isinstance(result, rules.BalanceResult):
        return dict(plain({"reference": result.reference, "unit": result.unit, "readability": result.readability,
                           "weighings": result.weighings}))  # fmt: skip
    return dict(plain({"temperature_c": result.temperature_c, "buffers": result.buffers}))


def evaluate(kind_name: str, inputs: Mapping[str, Any]) -> Evaluation:
    """Compute an exercise from what was entered. Raises InvalidInput naming what is wrong."""
    kind = kind_of(kind_name)
    inputs = _mapping(inputs, "inputs")
    _check_fields(kind, inputs)
    result: rules.LoopResult | rules.BalanceResult | rules.PhResult
    if kind is ExerciseKind.LOOP_CALIBRATION:
        result = _loop(inputs)
    elif kind is ExerciseKind.BALANCE_CHECK:
        result = _balance(inputs)
    else:
        result = _ph(inputs)
    computed = dict(plain(result))
    if isinstance(result, rules.LoopResult):
        computed["largest_error"] = str(result.largest_error)
    return Evaluation(kind, _inputs_of(kind, result), computed, result.verdict)
