"""Checklist templates (IQ/OQ/PQ, routine checks, exercises) as data: read, validate, hash, judge a value.

A template is one TOML file in ``forms/checklists/`` (format: ``docs/checklists.md``). Reading it
gives frozen dataclasses or refuses the file with its name, the line and the reason (``InvalidInput``
with ``file`` and ``line`` among its parameters): a coordinator fixes the file, not the program.

The content hash is the SHA-256 of a canonical JSON of the *parsed* template (sorted keys, numbers
as written), so comments, spacing and key order do not change it and any change of content does:
an imported version is immutable and known by that hash.

:func:`evaluate` judges one step's answer against its criteria in :class:`~decimal.Decimal`
arithmetic (never floats): ``pass``, ``fail`` or ``not_evaluable``, with a :class:`Reason`.
Ranges are inclusive: ``min ≤ v ≤ max``, ``|v − target| ≤ tolerance``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from aptaskil_desk.domain.equipment import Reason
from aptaskil_desk.domain.exercises import Verdict
from aptaskil_desk.domain.toml_lines import Path, key_lines, line_of
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import N_

LANGUAGES = ("fr", "en", "nl")
#: Bumped if the canonical form ever changes, so old and new hashes can never be confused.
CANONICAL_FORMAT = 1


class ChecklistPhase(StrEnum):
    IQ = "IQ"
    OQ = "OQ"
    PQ = "PQ"
    ROUTINE = "routine"
    EXERCISE = "exercise"


class StepKind(StrEnum):
    CHECK = "check"
    NUMBER = "number"
    TEXT = "text"
    CHOICE = "choice"
    INSTRUMENT = "instrument"
    ATTACHMENT = "attachment"


class AttachmentKind(StrEnum):
    FILE = "file"
    PHOTO = "photo"


#: Accepted when a photo step names no extensions.
PHOTO_EXTENSIONS = ("jpeg", "jpg", "png")

_RANGE_KEYS = ("min", "max", "target", "tolerance")
_COMMON_KEYS = ("id", "kind", "instruction", "required", "prerequisites")
_KIND_KEYS: dict[StepKind, tuple[str, ...]] = {
    StepKind.CHECK: (),
    StepKind.NUMBER: ("unit", *_RANGE_KEYS),
    StepKind.TEXT: (),
    StepKind.CHOICE: ("options", "acceptable"),
    StepKind.INSTRUMENT: ("driver", "quantity", "unit", *_RANGE_KEYS),
    StepKind.ATTACHMENT: ("attachment", "extensions"),
}
_STEP_KEYS = tuple(dict.fromkeys((*_COMMON_KEYS, *(k for keys in _KIND_KEYS.values() for k in keys))))
_TOP_KEYS = ("code", "version", "title", "equipment_type", "phase", "purpose", "references", "sections")
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]{0,63}")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{1,31}")
_EXTENSION = re.compile(r"[a-z0-9]{1,10}")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")

#: Units that convert by a power of ten: unit → (base unit, exponent). Others convert to nothing.
UNITS: dict[str, tuple[str, int]] = {
    **{u: ("g", e) for u, e in (("kg", 3), ("g", 0), ("mg", -3), ("µg", -6))},
    **{u: ("A", e) for u, e in (("A", 0), ("mA", -3), ("µA", -6))},
    **{u: ("V", e) for u, e in (("V", 0), ("mV", -3), ("µV", -6))},
    **{u: ("Pa", e) for u, e in (("MPa", 6), ("bar", 5), ("kPa", 3), ("hPa", 2), ("mbar", 2), ("Pa", 0))},
    **{u: ("L", e) for u, e in (("L", 0), ("mL", -3), ("µL", -6))},
}
#: The base unit of each quantity a driver reads: an instrument step's unit must convert to it.
QUANTITY_UNITS = {"mass": "g", "dc_current": "A", "current_dc": "A", "dc_voltage": "V", "mv": "V",
                  "pressure": "Pa", "ph": "pH", "temperature": "°C"}  # fmt: skip

#: What each evaluation reason says (translated where shown: ``tr(REASON_TEXTS[r.code], **r.params)``).
REASON_TEXTS = {
    "value_missing": N_("No value entered."),
    "not_a_number": N_("{value} is not a number."),
    "invalid_answer": N_("{value} is not a valid answer to this step."),
    "below_minimum": N_("{value} {unit} is below the minimum of {min} {unit}."),
    "above_maximum": N_("{value} {unit} is above the maximum of {max} {unit}."),
    "outside_tolerance": N_("{value} {unit} is outside {target} ± {tolerance} {unit}."),
    "not_confirmed": N_("Not confirmed: the requirement of this step is not met."),
    "unknown_option": N_("{value} is not one of the options."),
    "unacceptable_option": N_("{option} is not an acceptable result."),
    "unit_mismatch": N_("The value is in {unit}; this step expects {expected}."),
    "file_not_accepted": N_("A .{extension} file is not accepted here; accepted: {accepted}."),
}


@dataclass(frozen=True)
class Translated:
    """One text in French, English and Dutch."""

    fr: str
    en: str
    nl: str

    def in_language(self, language: str) -> str:
        return str(getattr(self, language, self.fr)) if language in LANGUAGES else self.fr


@dataclass(frozen=True)
class Acceptance:
    """An inclusive range: ``minimum``/``maximum`` (either may be open), or ``target ± tolerance``."""

    minimum: Decimal | None = None
    maximum: Decimal | None = None
    target: Decimal | None = None
    tolerance: Decimal | None = None

    def describe(self, unit: str = "") -> str:
        """The criterion in symbols, the same in every language: ``121.0–124.0 °C``, ``≥ 15 min``."""
        suffix = f" {unit}" if unit else ""
        if self.target is not None:
            return f"{self.target} ± {self.tolerance}{suffix}"
        if self.minimum is not None and self.maximum is not None:
            return f"{self.minimum}–{self.maximum}{suffix}"
        return f"≥ {self.minimum}{suffix}" if self.minimum is not None else f"≤ {self.maximum}{suffix}"


@dataclass(frozen=True)
class Option:
    id: str
    label: Translated


@dataclass(frozen=True)
class Step:
    """One step; the fields after ``prerequisites`` apply to some kinds only (``None``/empty otherwise)."""

    id: str
    kind: StepKind
    instruction: Translated
    required: bool = True
    prerequisites: tuple[str, ...] = ()  # ids of earlier steps, in protocol order
    unit: str | None = None  # number, instrument
    acceptance: Acceptance | None = None  # number (optional), instrument
    options: tuple[Option, ...] = ()  # choice
    acceptable: tuple[str, ...] = ()  # choice: option ids, in option order
    driver: str | None = None  # instrument
    quantity: str | None = None  # instrument
    attachment: AttachmentKind | None = None  # attachment
    extensions: tuple[str, ...] = ()  # attachment: lower case, no dot, sorted; empty = any file


@dataclass(frozen=True)
class Section:
    id: str
    title: Translated
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class ChecklistTemplate:
    code: str
    version: int
    title: Translated
    equipment_type: str
    phase: ChecklistPhase
    sections: tuple[Section, ...]
    purpose: Translated | None = None
    references: tuple[str, ...] = ()

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(step for section in self.sections for step in section.steps)

    def step(self, step_id: str) -> Step:
        return next(s for s in self.steps if s.id == step_id)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(canonical_json(self).encode("utf-8")).hexdigest()


# --- reading a template ----------------------------------------------------------------------------


def parse_template(source: str, origin: str, *, instruments: Mapping[str, Collection[str]]) -> ChecklistTemplate:
    """Read and validate a template. ``instruments`` maps each driver name to the quantities it reads
    (the caller takes them from the instrument registry). Raises InvalidInput with file, line, reason."""
    try:
        data = tomllib.loads(source, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        line, reason = _syntax_error(error, source)
        raise InvalidInput("{file}, line {line}: not valid TOML: {error}.", file=origin, line=line,
                           error=reason) from None  # fmt: skip
    return _Reader(origin, source, instruments).template(data)


def _syntax_error(error: tomllib.TOMLDecodeError, source: str) -> tuple[int, str]:
    """tomllib words its errors ``"Reason (at line 3, column 7)"`` or ``"(at end of document)"``."""
    text = str(error)
    found = re.search(r"\s*\(at line (\d+), column \d+\)$", text)
    if found:
        return int(found.group(1)), text[: found.start()]
    return len(source.splitlines()) or 1, re.sub(r"\s*\(at end of document\)$", "", text)


class _Reader:
    """Validates the parsed data, naming the line of whatever is wrong."""

    def __init__(self, origin: str, source: str, instruments: Mapping[str, Collection[str]]) -> None:
        self.origin = origin
        self.lines = key_lines(source)
        self.instruments = instruments

    def at(self, path: Path) -> dict[str, object]:
        return {"file": self.origin, "line": line_of(self.lines, path)}

    # -- the template --------------------------------------------------------------------------------

    def template(self, data: dict[str, Any]) -> ChecklistTemplate:
        self.keys(data, (), _TOP_KEYS, ("code", "version", "title", "equipment_type", "phase", "sections"))
        code = self.text(data, "code", ())
        if not _CODE.fullmatch(code):
            raise InvalidInput("{file}, line {line}: the code {value!r} must be 2 to 32 capital letters, digits "
                               "or dashes.", **self.at(("code",)), value=code)  # fmt: skip
        version = data["version"]
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise InvalidInput("{file}, line {line}: version must be a whole number of at least 1.",
                               **self.at(("version",)))  # fmt: skip
        phase = self.text(data, "phase", ())
        if phase not in set(ChecklistPhase):
            raise InvalidInput("{file}, line {line}: unknown phase {value!r}; use one of: {known}.",
                               **self.at(("phase",)), value=phase, known=", ".join(ChecklistPhase))  # fmt: skip
        title, equipment_type = self.translated(data, "title", ()), self.identifier(data, "equipment_type", ())
        purpose = self.translated(data, "purpose", ()) if "purpose" in data else None
        references = self.texts(data, "references", ())
        sections = tuple(self.section(s, ("sections", i)) for i, s in enumerate(self.tables(data, "sections", ())))
        self.unique([(s.id, ("sections", i, "id")) for i, s in enumerate(sections)])
        return ChecklistTemplate(code, version, title, equipment_type, ChecklistPhase(phase),
                                 self.prerequisites(sections), purpose, references)  # fmt: skip

    def section(self, table: dict[str, Any], path: Path) -> Section:
        self.keys(table, path, ("id", "title", "steps"), ("id", "title", "steps"))
        section_id, title = self.identifier(table, "id", path), self.translated(table, "title", path)
        steps = tuple(
            self.step(s, (*path, "steps", i)) for i, s in enumerate(self.tables(table, "steps", path, "sections.steps"))
        )
        return Section(section_id, title, steps)

    def step(self, table: dict[str, Any], path: Path) -> Step:
        self.keys(table, path, _STEP_KEYS, ("id", "kind", "instruction"))
        kind = self.text(table, "kind", path)
        if kind not in set(StepKind):
            raise InvalidInput("{file}, line {line}: unknown step kind {value!r}; use one of: {known}.",
                               **self.at((*path, "kind")), value=kind, known=", ".join(StepKind))  # fmt: skip
        for key in table:
            if key not in _COMMON_KEYS and key not in _KIND_KEYS[StepKind(kind)]:
                raise InvalidInput("{file}, line {line}: {key!r} does not apply to a {kind} step.",
                                   **self.at((*path, key)), key=key, kind=kind)  # fmt: skip
        required = table.get("required", True)
        if not isinstance(required, bool):
            raise InvalidInput("{file}, line {line}: {key} must be true or false.", **self.at((*path, "required")),
                               key="required")  # fmt: skip
        step = Step(self.identifier(table, "id", path), StepKind(kind), self.translated(table, "instruction", path),
                    required, self.texts(table, "prerequisites", path))  # fmt: skip
        return self.kind_fields(step, table, path)

    def kind_fields(self, step: Step, table: dict[str, Any], path: Path) -> Step:
        if step.kind is StepKind.NUMBER:
            unit = self.text(table, "unit", path) if "unit" in table else ""
            return dataclasses.replace(step, unit=unit, acceptance=self.acceptance(table, path, needed=False))
        if step.kind is StepKind.INSTRUMENT:
            self.keys(table, path, table.keys(), ("driver", "quantity", "unit"))
            driver, quantity, unit = self.instrument(table, path)
            acceptance = self.acceptance(table, path, needed=True)
            return dataclasses.replace(step, unit=unit, acceptance=acceptance, driver=driver, quantity=quantity)
        if step.kind is StepKind.CHOICE:
            options, acceptable = self.choice(table, path)
            return dataclasses.replace(step, options=options, acceptable=acceptable)
        if step.kind is StepKind.ATTACHMENT:
            attachment, extensions = self.attachment(table, path)
            return dataclasses.replace(step, attachment=attachment, extensions=extensions)
        return step

    def attachment(self, table: dict[str, Any], path: Path) -> tuple[AttachmentKind, tuple[str, ...]]:
        self.keys(table, path, table.keys(), ("attachment",))
        attachment = self.text(table, "attachment", path)
        if attachment not in set(AttachmentKind):
            raise InvalidInput('{file}, line {line}: attachment must be "file" or "photo", not {value!r}.',
                               **self.at((*path, "attachment")), value=attachment)  # fmt: skip
        extensions = self.texts(table, "extensions", path)
        for i, extension in enumerate(extensions):
            if not _EXTENSION.fullmatch(extension):
                raise InvalidInput("{file}, line {line}: {value!r} is not a file extension (lower-case letters "
                                   "and digits, without the dot).", **self.at((*path, "extensions", i)),
                                   value=extension)  # fmt: skip
        if not extensions and attachment == AttachmentKind.PHOTO:
            extensions = PHOTO_EXTENSIONS
        return AttachmentKind(attachment), tuple(sorted(extensions))

    def instrument(self, table: dict[str, Any], path: Path) -> tuple[str, str, str]:
        driver, quantity, unit = (self.text(table, key, path) for key in ("driver", "quantity", "unit"))
        if driver not in self.instruments:
            raise InvalidInput("{file}, line {line}: unknown instrument driver {value!r}; known: {known}.",
                               **self.at((*path, "driver")), value=driver,
                               known=", ".join(sorted(self.instruments)))  # fmt: skip
        if quantity not in self.instruments[driver]:
            raise InvalidInput("{file}, line {line}: the {driver} driver does not read {value!r}; it reads: {known}.",
                               **self.at((*path, "quantity")), driver=driver, value=quantity,
                               known=", ".join(self.instruments[driver]))  # fmt: skip
        base = QUANTITY_UNITS.get(quantity)
        if base is not None and UNITS.get(unit, (unit, 0))[0] != base:
            fitting = [u for u, (b, _e) in UNITS.items() if b == base] or [base]
            raise InvalidInput("{file}, line {line}: the unit {value!r} does not fit {quantity}; use one of: "
                               "{known}.", **self.at((*path, "unit")), value=unit, quantity=quantity,
                               known=", ".join(fitting))  # fmt: skip
        return driver, quantity, unit

    def acceptance(self, table: dict[str, Any], path: Path, *, needed: bool) -> Acceptance | None:
        given = {key: self.number(table, key, path) for key in _RANGE_KEYS if key in table}
        if not given:
            if needed:
                raise InvalidInput("{file}, line {line}: an instrument step needs an acceptance range (min and/or "
                                   "max, or target and tolerance).", **self.at(path))  # fmt: skip
            return None
        first = (*path, next(iter(given)))
        if given.keys() & {"min", "max"} and given.keys() & {"target", "tolerance"}:
            raise InvalidInput("{file}, line {line}: give either min/max or target and tolerance, not both.",
                               **self.at(first))  # fmt: skip
        if len(given.keys() & {"target", "tolerance"}) == 1:
            raise InvalidInput("{file}, line {line}: target and tolerance go together.", **self.at(first))
        low, high, tolerance = given.get("min"), given.get("max"), given.get("tolerance")
        if low is not None and high is not None and low > high:
            raise InvalidInput("{file}, line {line}: min {min} is above max {max}.", **self.at((*path, "min")),
                               min=low, max=high)  # fmt: skip
        if tolerance is not None and tolerance <= 0:
            raise InvalidInput("{file}, line {line}: the tolerance must be more than 0, not {value}.",
                               **self.at((*path, "tolerance")), value=tolerance)  # fmt: skip
        return Acceptance(low, high, given.get("target"), tolerance)

    def choice(self, table: dict[str, Any], path: Path) -> tuple[tuple[Option, ...], tuple[str, ...]]:
        self.keys(table, path, table.keys(), ("options", "acceptable"))
        items = table["options"]
        if not isinstance(items, list) or len(items) < 2 or not all(isinstance(o, dict) for o in items):
            raise InvalidInput("{file}, line {line}: a choice step needs at least 2 options, each "
                               "{{ id = …, fr = …, en = …, nl = … }}.", **self.at((*path, "options")))  # fmt: skip
        options = []
        for i, item in enumerate(items):
            where = (*path, "options", i)
            self.keys(item, where, ("id", *LANGUAGES), ("id", *LANGUAGES))
            options.append(Option(self.identifier(item, "id", where), self.translated_in(item, where, "options")))
        self.unique([(o.id, (*path, "options", i, "id")) for i, o in enumerate(options)])
        acceptable = self.texts(table, "acceptable", path)
        ids = [o.id for o in options]
        for i, option in enumerate(acceptable):
            if option not in ids:
                raise InvalidInput("{file}, line {line}: {value!r} is not one of the options of this step.",
                                   **self.at((*path, "acceptable", i)), value=option)  # fmt: skip
        if not acceptable:
            raise InvalidInput("{file}, line {line}: acceptable must name at least one option.",
                               **self.at((*path, "acceptable")))  # fmt: skip
        return tuple(options), tuple(o for o in ids if o in acceptable)

    # -- across steps --------------------------------------------------------------------------------

    def unique(self, ids: list[tuple[str, Path]]) -> None:
        first: dict[str, Path] = {}
        for value, path in ids:
            if value in first:
                raise InvalidInput("{file}, line {line}: the id {value!r} is already used at line {first}.",
                                   **self.at(path), value=value, first=line_of(self.lines, first[value]))  # fmt: skip
            first[value] = path

    def prerequisites(self, sections: tuple[Section, ...]) -> tuple[Section, ...]:
        """Check that every prerequisite exists, that none waits in a circle, and that each comes earlier;
        return the sections with prerequisites in protocol order."""
        located = [(s, ("sections", i, "steps", j)) for i, sec in enumerate(sections) for j, s in enumerate(sec.steps)]
        self.unique([(s.id, (*path, "id")) for s, path in located])
        paths = {s.id: path for s, path in located}
        steps = [s for s, _path in located]
        position = {s.id: n for n, s in enumerate(steps)}
        waits = {s.id: s.prerequisites for s in steps}
        for step in steps:
            for k, wanted in enumerate(step.prerequisites):
                if wanted not in position:
                    raise InvalidInput("{file}, line {line}: prerequisite {value!r} is not a step of this template.",
                                       **self.at((*paths[step.id], "prerequisites", k)), value=wanted)  # fmt: skip
        cycle = _find_cycle([s.id for s in steps], waits)
        if cycle:
            where = (*paths[cycle[0]], "prerequisites", waits[cycle[0]].index(cycle[1]))
            raise InvalidInput("{file}, line {line}: prerequisite cycle: {cycle}; a step can only wait for earlier "
                               "steps.", **self.at(where), cycle=" → ".join(cycle))  # fmt: skip
        for step in steps:
            for k, wanted in enumerate(step.prerequisites):
                if position[wanted] > position[step.id]:
                    raise InvalidInput("{file}, line {line}: prerequisite {value!r} comes later in the protocol; a "
                                       "step can only wait for earlier steps.",
                                       **self.at((*paths[step.id], "prerequisites", k)), value=wanted)  # fmt: skip

        def ordered(step: Step) -> Step:
            return dataclasses.replace(step, prerequisites=tuple(sorted(step.prerequisites, key=position.__getitem__)))

        return tuple(dataclasses.replace(sec, steps=tuple(map(ordered, sec.steps))) for sec in sections)

    # -- values --------------------------------------------------------------------------------------

    def keys(self, table: Mapping[str, Any], path: Path, allowed: Collection[str], required: Collection[str]) -> None:
        for key in table:
            if key not in allowed:
                raise InvalidInput("{file}, line {line}: unknown key {key!r} here; expected: {known}.",
                                   **self.at((*path, key)), key=key, known=", ".join(allowed))  # fmt: skip
        for key in required:
            if key not in table:
                raise InvalidInput("{file}, line {line}: {key!r} is missing; it is required here.", **self.at(path),
                                   key=key)  # fmt: skip

    def text(self, table: Mapping[str, Any], key: str, path: Path) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise InvalidInput("{file}, line {line}: {key} must be a non-empty text.", **self.at((*path, key)),
                               key=key)  # fmt: skip
        return value.strip()

    def identifier(self, table: Mapping[str, Any], key: str, path: Path) -> str:
        value = self.text(table, key, path)
        if not _IDENTIFIER.fullmatch(value):
            raise InvalidInput("{file}, line {line}: {key} = {value!r}: use lower-case letters, digits and _, "
                               "starting with a letter (at most 64).", **self.at((*path, key)), key=key,
                               value=value)  # fmt: skip
        return value

    def texts(self, table: Mapping[str, Any], key: str, path: Path) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise InvalidInput("{file}, line {line}: {key} must be a list of texts.", **self.at((*path, key)),
                               key=key)  # fmt: skip
        return tuple(dict.fromkeys(v.strip() for v in value))

    def tables(self, table: Mapping[str, Any], key: str, path: Path, header: str = "") -> list[dict[str, Any]]:
        value = table.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
            raise InvalidInput("{file}, line {line}: {key} must be a non-empty list of tables ([[{key}]]).",
                               **self.at((*path, key)), key=header or key)  # fmt: skip
        return value

    def number(self, table: Mapping[str, Any], key: str, path: Path) -> Decimal:
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int | Decimal) or not Decimal(value).is_finite():
            raise InvalidInput("{file}, line {line}: {key} must be a number.", **self.at((*path, key)), key=key)
        return Decimal(value)

    def translated(self, table: Mapping[str, Any], key: str, path: Path) -> Translated:
        value = table.get(key)
        if not isinstance(value, dict):
            raise InvalidInput("{file}, line {line}: {key} must give the text in fr, en and nl "
                               "({key}.fr = …, {key}.en = …, {key}.nl = …).", **self.at((*path, key)),
                               key=key)  # fmt: skip
        self.keys(value, (*path, key), LANGUAGES, ())
        return self.translated_in(value, (*path, key), key)

    def translated_in(self, table: Mapping[str, Any], path: Path, key: str) -> Translated:
        missing = [lang for lang in LANGUAGES if not isinstance(table.get(lang), str) or not table[lang].strip()]
        if missing:
            raise InvalidInput("{file}, line {line}: {key} needs its text in fr, en and nl; missing: {missing}.",
                               **self.at(path), key=key, missing=", ".join(missing))  # fmt: skip
        return Translated(*(str(table[lang]).strip() for lang in LANGUAGES))


def _find_cycle(order: list[str], waits: Mapping[str, tuple[str, ...]]) -> list[str]:
    """A prerequisite cycle as ``[a, b, …, a]`` (the first met, following the protocol order), or ``[]``."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(node: str, trail: list[str]) -> list[str]:
        state[node] = 1
        for nxt in waits.get(node, ()):
            if state.get(nxt) == 1:
                return [*trail[trail.index(nxt) :], node, nxt] if nxt in trail else [node, nxt]
            if nxt not in state and (found := visit(nxt, [*trail, node])):
                return found
        state[node] = 2
        return []

    for start in order:
        if start not in state and (found := visit(start, [])):
            return found
    return []


# --- canonical form and hash -----------------------------------------------------------------------


def _texts(text: Translated | None) -> dict[str, str] | None:
    return None if text is None else {lang: text.in_language(lang) for lang in LANGUAGES}


def _number(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _step_dict(step: Step) -> dict[str, Any]:
    accept = step.acceptance
    return {
        "id": step.id, "kind": step.kind.value, "instruction": _texts(step.instruction), "required": step.required,
        "prerequisites": list(step.prerequisites), "unit": step.unit,
        "acceptance": None if accept is None else {
            "min": _number(accept.minimum), "max": _number(accept.maximum),
            "target": _number(accept.target), "tolerance": _number(accept.tolerance),
        },
        "options": [{"id": o.id, "label": _texts(o.label)} for o in step.options],
        "acceptable": list(step.acceptable), "driver": step.driver, "quantity": step.quantity,
        "attachment": None if step.attachment is None else step.attachment.value, "extensions": list(step.extensions),
    }  # fmt: skip


def canonical_json(template: ChecklistTemplate) -> str:
    """The template as deterministic JSON (sorted keys, no spaces, UTF-8, numbers as written)."""
    document = {
        "format": CANONICAL_FORMAT, "code": template.code, "version": template.version,
        "title": _texts(template.title), "equipment_type": template.equipment_type, "phase": template.phase.value,
        "purpose": _texts(template.purpose), "references": list(template.references),
        "sections": [
            {"id": s.id, "title": _texts(s.title), "steps": [_step_dict(step) for step in s.steps]}
            for s in template.sections
        ],
    }  # fmt: skip
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# --- judging an answer -----------------------------------------------------------------------------

Answer = bool | int | Decimal | str | None


@dataclass(frozen=True)
class Evaluation:
    """The verdict on one answer; ``value`` is the number judged, in the step's unit (number steps)."""

    verdict: Verdict
    reason: Reason | None = None
    value: Decimal | None = None


def parse_number(text: str) -> Decimal | None:
    """A number as typed: ``121,5`` or ``121.5``, spaces between thousands allowed; None if it is not one."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text).replace("−", "-")
    if not _NUMBER.fullmatch(cleaned):
        return None
    try:
        return Decimal(cleaned.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        return None


def convert(value: Decimal, unit: str, to: str) -> Decimal | None:
    """``value`` from ``unit`` into ``to`` when they differ by a power of ten (A → mA), else None."""
    if unit == to:
        return value
    (base, exponent), (to_base, to_exponent) = UNITS.get(unit, (unit, 0)), UNITS.get(to, (to, 0))
    return value.scaleb(exponent - to_exponent) if base == to_base and unit in UNITS and to in UNITS else None


def _missing(value: Answer) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def evaluate(step: Step, value: Answer, *, unit: str | None = None) -> Evaluation:
    """Judge ``value`` against ``step``'s criteria. ``unit``: the unit a reading came in (None: the step's)."""
    if isinstance(value, float):
        raise TypeError("a float loses digits: give a Decimal or the text as typed")
    if _missing(value):
        return Evaluation(Verdict.NOT_EVALUABLE, Reason("value_missing"))
    if step.kind in (StepKind.NUMBER, StepKind.INSTRUMENT):
        return _judge_number(step, value, unit)
    if step.kind is StepKind.CHECK and isinstance(value, bool):
        return Evaluation(Verdict.PASS) if value else Evaluation(Verdict.FAIL, Reason("not_confirmed"))
    if not isinstance(value, str) or step.kind is StepKind.CHECK:
        return Evaluation(Verdict.NOT_EVALUABLE, Reason("invalid_answer", {"value": str(value)}))
    if step.kind is StepKind.CHOICE:
        if value not in {o.id for o in step.options}:
            return Evaluation(Verdict.NOT_EVALUABLE, Reason("unknown_option", {"value": value}))
        if value not in step.acceptable:
            return Evaluation(Verdict.FAIL, Reason("unacceptable_option", {"option": value}))
    if step.kind is StepKind.ATTACHMENT:
        extension = value.rsplit(".", 1)[-1].lower() if "." in value else ""
        if step.extensions and extension not in step.extensions:
            return Evaluation(Verdict.NOT_EVALUABLE, Reason("file_not_accepted", {
                "extension": extension, "accepted": ", ".join(step.extensions)}))  # fmt: skip
    return Evaluation(Verdict.PASS)


def _judge_number(step: Step, value: Answer, unit: str | None) -> Evaluation:
    if isinstance(value, bool):
        return Evaluation(Verdict.NOT_EVALUABLE, Reason("invalid_answer", {"value": str(value)}))
    number = parse_number(value) if isinstance(value, str) else Decimal(value) if value is not None else None
    if number is None or not number.is_finite():
        return Evaluation(Verdict.NOT_EVALUABLE, Reason("not_a_number", {"value": str(value)}))
    expected = step.unit or ""
    converted = number if unit is None else convert(number, unit, expected)
    if converted is None:
        return Evaluation(Verdict.NOT_EVALUABLE, Reason("unit_mismatch", {"unit": str(unit), "expected": expected}))
    accept = step.acceptance
    params = {"value": str(converted), "unit": expected}
    reason: Reason | None = None
    if accept is None:
        pass
    elif accept.target is not None and accept.tolerance is not None:
        if abs(converted - accept.target) > accept.tolerance:
            reason = Reason("outside_tolerance", {**params, "target": str(accept.target),
                                                  "tolerance": str(accept.tolerance)})  # fmt: skip
    elif accept.minimum is not None and converted < accept.minimum:
        reason = Reason("below_minimum", {**params, "min": str(accept.minimum)})
    elif accept.maximum is not None and converted > accept.maximum:
        reason = Reason("above_maximum", {**params, "max": str(accept.maximum)})
    return Evaluation(Verdict.PASS if reason is None else Verdict.FAIL, reason, converted)
