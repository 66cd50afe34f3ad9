"""Checklist templates as data: the shipped protocols validate, bad files are refused at the right
line with the reason, answers are judged exactly (Decimal), and the content hash is canonical."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aptaskil_desk.domain.checklist_template import (
    REASON_TEXTS,
    Acceptance,
    AttachmentKind,
    ChecklistPhase,
    ChecklistTemplate,
    Option,
    Step,
    StepKind,
    Translated,
    canonical_json,
    convert,
    evaluate,
    parse_number,
    parse_template,
)
from aptaskil_desk.domain.exercises import Verdict
from aptaskil_desk.domain.toml_lines import key_lines, line_of
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import catalogue
from aptaskil_desk.instruments.registry import KINDS, driver_class
from aptaskil_desk.resources import forms_path

INSTRUMENTS = {name: driver_class(name).quantities for name in KINDS}
SHIPPED = sorted(forms_path("checklists").glob("*.toml"))


def load(path: Path) -> ChecklistTemplate:
    return parse_template(path.read_text(encoding="utf-8"), path.name, instruments=INSTRUMENTS)


def shipped(code: str) -> ChecklistTemplate:
    return next(t for t in map(load, SHIPPED) if t.code == code)


# --- the shipped templates -------------------------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_template_validates(path: Path) -> None:
    """Each file in forms/checklists parses, is complete in three languages and cites its standards."""
    template = load(path)
    assert template.references and template.purpose is not None
    assert len(template.steps) >= 10
    for step in template.steps:
        assert all(len(step.instruction.in_language(lang)) > 10 for lang in ("fr", "en", "nl"))
        assert step.instruction.fr != step.instruction.en
    assert len(template.content_hash) == 64
    assert load(path).content_hash == template.content_hash


def test_the_six_protocols_are_shipped_with_distinct_codes() -> None:
    """Autoclave IQ and OQ, BSC OQ, balance USP <41>, pH calibration and the loop check are all there."""
    templates = {t.code: t for t in map(load, SHIPPED)}
    assert set(templates) == {"AUT-IQ", "AUT-OQ", "BSC-OQ", "BAL-USP41", "PHM-CAL", "LOOP-420"}
    assert templates["AUT-IQ"].phase is ChecklistPhase.IQ and templates["AUT-OQ"].phase is ChecklistPhase.OQ
    assert {t.equipment_type for t in templates.values()} == {
        "autoclave", "biosafety_cabinet", "balance", "ph_meter", "transmitter"}  # fmt: skip
    assert len({t.content_hash for t in templates.values()}) == 6


def test_autoclave_oq_criteria_are_those_of_en_285() -> None:
    """Hold 121–124 °C, hold ≥ 15 min, leak ≤ 1.3 mbar/min, Bowie-Dick passes only on a uniform change."""
    oq = shipped("AUT-OQ")
    for step_id in ("lowest_hold_temperature", "highest_hold_temperature"):
        assert oq.step(step_id).acceptance == Acceptance(Decimal("121.0"), Decimal("124.0"))
        assert oq.step(step_id).unit == "°C"
    assert oq.step("hold_time").acceptance == Acceptance(minimum=Decimal(15))
    assert oq.step("leak_rate").acceptance == Acceptance(maximum=Decimal("1.3"))
    assert oq.step("bowie_dick").acceptable == ("uniform",)
    assert oq.step("bowie_dick").prerequisites == ("leak_rate",)
    assert "EN 285" in oq.step("leak_rate").instruction.fr


def test_bsc_balance_ph_and_loop_criteria() -> None:
    """BSC velocities (EN 12469), USP <41> weighings read from mt-sics, pH slope/offset, loop ±0.5 % of span."""
    bsc = shipped("BSC-OQ")
    assert bsc.step("inflow_velocity").acceptance == Acceptance(minimum=Decimal("0.40"))
    assert bsc.step("downflow_velocity").acceptance == Acceptance(Decimal("0.25"), Decimal("0.50"))
    balance = shipped("BAL-USP41")
    weighings = [s for s in balance.steps if s.kind is StepKind.INSTRUMENT]
    assert len(weighings) == 11 and {(s.driver, s.quantity, s.unit) for s in weighings} == {("mt-sics", "mass", "g")}
    assert balance.step("repeatability_result").acceptance == Acceptance(maximum=Decimal("0.10"))
    assert len(balance.step("repeatability_result").prerequisites) == 10
    ph = shipped("PHM-CAL")
    assert ph.step("slope").acceptance == Acceptance(Decimal(95), Decimal(105))
    assert (ph.step("offset").driver, ph.step("offset").unit) == ("orion-star", "mV")
    assert ph.step("offset").acceptance == Acceptance(target=Decimal(0), tolerance=Decimal(30))
    loop = shipped("LOOP-420")
    found = [s for s in loop.steps if s.id.startswith("found_")]
    assert [s.acceptance.target for s in found if s.acceptance] == [
        4 + 16 * p / Decimal(100) for p in (0, 25, 50, 75, 100)
    ]
    assert {(s.driver, s.quantity, s.acceptance.tolerance if s.acceptance else None) for s in found} == {
        ("scpi-dmm", "dc_current", Decimal("0.080"))}  # fmt: skip
    assert Decimal("0.080") / 16 * 100 == Decimal("0.5")  # ±0.5 % of the 16 mA span
    assert not any(s.required for s in loop.steps if s.id.startswith("left_"))


# --- refusing bad templates ------------------------------------------------------------------------

HEAD = """\
code = "T-1"
version = 1
phase = "OQ"
equipment_type = "autoclave"
title.fr = "Titre"
title.en = "Title"
title.nl = "Titel"

[[sections]]
id = "main"
title = { fr = "Principal", en = "Main", nl = "Hoofd" }
"""


def step(step_id: str, *lines: str, kind: str = "check", mark_kind: bool = False) -> str:
    """One step of the test template; ``mark_kind`` marks its ``kind`` line as the expected error line."""
    body = "".join(f"{line}\n" for line in lines)
    mark = "  # <-" if mark_kind else ""
    return (f'\n[[sections.steps]]\nid = "{step_id}"\nkind = "{kind}"{mark}\n{body}'
            'instruction = { fr = "Faire", en = "Do", nl = "Doen" }\n')  # fmt: skip


def marked_line(source: str) -> int:
    """The line that ends with ``# <-``: where the test expects the error."""
    return next(i for i, line in enumerate(source.splitlines(), 1) if line.rstrip().endswith("# <-"))


NUMBER = 'unit = "°C"'
BAD_TEMPLATES = {
    "syntax": (HEAD + step("a", 'unit = "°C  # <-'), "not valid TOML"),
    "syntax_end": (HEAD + step("a") + "references = [  # <-", "not valid TOML"),
    "unknown_kind": (HEAD + step("a") + step("b", kind="slider", mark_kind=True), "unknown step kind 'slider'"),
    "duplicate_step": (HEAD + step("a") + step("a").replace('id = "a"', 'id = "a"  # <-'),
                       "the id 'a' is already used at line 14"),
    "duplicate_section": (HEAD + step("a") + '\n[[sections]]\nid = "main"  # <-\n'
                          'title = { fr = "x", en = "y", nl = "z" }\n' + step("b"),
                          "the id 'main' is already used at line 10"),
    "cycle": (HEAD + step("a", 'prerequisites = ["b"]  # <-') + step("b", 'prerequisites = ["a"]'),
              "prerequisite cycle: a → b → a"),
    "self_cycle": (HEAD + step("a", 'prerequisites = ["a"]  # <-'), "prerequisite cycle: a → a"),
    "long_cycle": (HEAD + step("a") + step("b", 'prerequisites = ["a", "d"]  # <-') + step("c", 'prerequisites = ["b"]')
                   + step("d", 'prerequisites = ["c"]'), "prerequisite cycle: b → d → c → b"),
    "unknown_prerequisite": (HEAD + step("a", 'prerequisites = [', '  "zz",  # <-', "]"),
                             "prerequisite 'zz' is not a step"),
    "forward_prerequisite": (HEAD + step("a", 'prerequisites = ["b"]  # <-') + step("b"), "'b' comes later"),
    "min_above_max": (HEAD + step("a", NUMBER, "min = 124.0  # <-", "max = 121.0", kind="number"),
                      "min 124.0 is above max 121.0"),
    "zero_tolerance": (HEAD + step("a", NUMBER, "target = 4", "tolerance = 0.0  # <-", kind="number"),
                       "tolerance must be more than 0"),
    "range_and_target": (HEAD + step("a", NUMBER, "min = 1  # <-", "target = 4", "tolerance = 1", kind="number"),
                         "either min/max or target and tolerance"),
    "target_alone": (HEAD + step("a", NUMBER, "target = 4  # <-", kind="number"), "target and tolerance go together"),
    "range_not_a_number": (HEAD + step("a", NUMBER, 'max = "5"  # <-', kind="number"), "max must be a number"),
    "range_not_finite": (HEAD + step("a", NUMBER, "max = nan  # <-", kind="number"), "max must be a number"),
    "instrument_without_range": (HEAD + step("a", 'driver = "mt-sics"', 'quantity = "mass"', 'unit = "g"',
                                             kind="instrument").replace("]]", "]]  # <-"),
                                 "needs an acceptance range"),
    "unknown_driver": (HEAD + step("a", 'driver = "fluke-754"  # <-', 'quantity = "mass"', 'unit = "g"', "max = 1",
                                   kind="instrument"), "unknown instrument driver 'fluke-754'; known: modbus-rtu"),
    "unknown_quantity": (HEAD + step("a", 'driver = "mt-sics"', 'quantity = "ph"  # <-', 'unit = "pH"', "max = 1",
                                     kind="instrument"), "the mt-sics driver does not read 'ph'; it reads: mass"),
    "unit_not_fitting": (HEAD + step("a", 'driver = "scpi-dmm"', 'quantity = "dc_current"', 'unit = "mV"  # <-',
                                     "max = 1", kind="instrument"), "unit 'mV' does not fit dc_current"),
    "missing_translation": (HEAD + step("a").replace('nl = "Doen" }', '"nl" = "  " }  # <-'),
                            "instruction needs its text in fr, en and nl; missing: nl"),
    "missing_title_language": (HEAD.replace('title.nl = "Titel"\n', "").replace('"Titre"', '"Titre"  # <-')
                               + step("a"), "title needs its text in fr, en and nl; missing: nl"),
    "unknown_language": (HEAD + step("a").replace('nl = "Doen" }', 'nl = "Doen", de = "Tun" }  # <-'),
                         "unknown key 'de' here; expected: fr, en, nl"),
    "title_not_a_table": (HEAD.replace('title = { fr = "Principal", en = "Main", nl = "Hoofd" }',
                                       'title = "Principal"  # <-') + step("a"), "title must give the text in fr"),
    "typo_key": (HEAD + step("a", "requried = false  # <-"), "unknown key 'requried' here"),
    "key_of_another_kind": (HEAD + step("a", 'unit = "V"  # <-'), "'unit' does not apply to a check step"),
    "required_not_bool": (HEAD + step("a", 'required = "yes"  # <-'), "required must be true or false"),
    "missing_kind": (HEAD + '\n[[sections.steps]]  # <-\nid = "a"\ninstruction = { fr = "a", en = "b", nl = "c" }\n',
                     "'kind' is missing"),
    "bad_step_id": (HEAD + step("a").replace('id = "a"', 'id = "Étape 1"  # <-'), "id = 'Étape 1': use lower-case"),
    "bad_phase": (HEAD.replace('phase = "OQ"', 'phase = "DQ"  # <-') + step("a"), "unknown phase 'DQ'"),
    "bad_code": (HEAD.replace('code = "T-1"', 'code = "t 1"  # <-') + step("a"), "the code 't 1' must be"),
    "bad_version": (HEAD.replace("version = 1", "version = 1.5  # <-") + step("a"), "version must be a whole number"),
    "no_steps": (HEAD + "steps = []  # <-\n", "steps must be a non-empty list of tables"),
    "one_option": (HEAD + step("a", 'options = [{ id = "ok", fr = "a", en = "b", nl = "c" }]  # <-',
                               'acceptable = ["ok"]', kind="choice"), "at least 2 options"),
    "unknown_acceptable": (HEAD + step("a", "options = [", '  { id = "ok", fr = "a", en = "b", nl = "c" },',
                                       '  { id = "ko", fr = "a", en = "b", nl = "c" },', "]",
                                       'acceptable = ["ok", "fine"]  # <-', kind="choice"),
                           "'fine' is not one of the options"),
    "duplicate_option": (HEAD + step("a", "options = [", '  { id = "ok", fr = "a", en = "b", nl = "c" },',
                                     '  { id = "ok", fr = "a", en = "b", nl = "c" },  # <-', "]",
                                     'acceptable = ["ok"]', kind="choice"), "the id 'ok' is already used at line 17"),
    "option_without_dutch": (HEAD + step("a", "options = [", '  { id = "ok", fr = "a", en = "b", nl = "c" },',
                                         '  { id = "ko", fr = "a", en = "b" },  # <-', "]", 'acceptable = ["ok"]',
                                         kind="choice"), "'nl' is missing"),
    "bad_attachment": (HEAD + step("a", 'attachment = "video"  # <-', kind="attachment"),
                       'attachment must be "file" or "photo"'),
    "bad_extension": (HEAD + step("a", 'attachment = "file"', 'extensions = ["pdf", ".docx"]  # <-',
                                  kind="attachment"), "'.docx' is not a file extension"),
}  # fmt: skip


@pytest.mark.parametrize(("source", "words"), BAD_TEMPLATES.values(), ids=BAD_TEMPLATES.keys())
def test_bad_templates_are_refused_with_file_line_and_reason(source: str, words: str) -> None:
    """Each kind of mistake is refused, naming the file and the line of the mistake and saying why."""
    with pytest.raises(InvalidInput) as error:
        parse_template(source, "oq-test.toml", instruments=INSTRUMENTS)
    line = marked_line(source)
    assert error.value.params["file"] == "oq-test.toml"
    assert error.value.params["line"] == line, str(error.value)
    assert str(error.value).startswith(f"oq-test.toml, line {line}: ")
    assert words in str(error.value)


def test_a_good_minimal_template_and_prerequisites_in_protocol_order() -> None:
    """The minimal source used above is valid; prerequisites come back deduplicated, in protocol order."""
    source = HEAD + step("a") + step("b") + step("c", 'prerequisites = ["b", "a", "b"]')
    template = parse_template(source, "t.toml", instruments=INSTRUMENTS)
    assert template.step("c").prerequisites == ("a", "b")
    assert template.step("a").required is True and template.title.in_language("nl") == "Titel"


def test_refusals_are_translated() -> None:
    """A refusal reads in French with the same file and line (the message is in the CLI catalogue)."""
    with pytest.raises(InvalidInput) as error:
        parse_template(BAD_TEMPLATES["cycle"][0], "x.toml", instruments=INSTRUMENTS)
    french = catalogue("fr").lookup("cli", error.value.message)
    assert french is not None and "ligne" in french
    assert french.format(**error.value.params).startswith(f"x.toml, ligne {marked_line(BAD_TEMPLATES['cycle'][0])}")


# --- the line locator ------------------------------------------------------------------------------

LOCATOR_SOURCE = """\
# [[not.a.table]] in a comment
code = "X" # trailing = comment
"quoted.key".sub = 'literal'
text = \"\"\"
[[fake]]
id = "inside a string"
\\\"\"\" still inside
\"\"\"
[[sections]]
id = "one"
  [[sections.steps]]
  options = [
    { id = "u", label = "a # not a comment, ] not the end" },
    { id = "v" },
  ]
[[sections]]
[[sections.steps]]
[[sections.steps]]
raw = '''
key = 1
'''
instruction.fr = "z"
[sections.steps.more]
k = 1
"""


def test_key_lines_follow_arrays_of_tables_strings_and_comments() -> None:
    """Every key, table and array element gets its own line; strings and comments never fool it."""
    lines = key_lines(LOCATOR_SOURCE)
    assert lines[("code",)] == 2
    assert lines[("quoted.key", "sub")] == 3
    assert lines[("sections", 0, "id")] == 10
    assert lines[("sections", 0, "steps", 0, "options", 1, "id")] == 14
    assert lines[("sections", 1)] == 16
    assert lines[("sections", 1, "steps", 1)] == 18
    assert lines[("sections", 1, "steps", 1, "instruction", "fr")] == 22
    assert lines[("sections", 1, "steps", 1, "more", "k")] == 24
    assert ("fake",) not in lines and ("key",) not in lines and ("sections", 1, "steps", 1, "key") not in lines


def test_line_of_falls_back_to_the_nearest_parent_and_handles_crlf() -> None:
    """A missing key points at its table; Windows line ends count the same."""
    lines = key_lines(LOCATOR_SOURCE.replace("\n", "\r\n"))
    assert line_of(lines, ("sections", 0, "steps", 0, "missing")) == 11
    assert line_of(lines, ("nothing",)) == 1
    assert lines[("sections", 1, "steps", 1, "more")] == 23


# --- judging answers -------------------------------------------------------------------------------

TEXT = Translated("f", "e", "n")
HOLD = Step("hold", StepKind.NUMBER, TEXT, unit="°C", acceptance=Acceptance(Decimal("121.0"), Decimal("124.0")))
LEAK = Step("leak", StepKind.NUMBER, TEXT, unit="mbar/min", acceptance=Acceptance(maximum=Decimal("1.3")))
RECORD = Step("volume", StepKind.NUMBER, TEXT, unit="L")
LOOP = Step("found_000", StepKind.INSTRUMENT, TEXT, unit="mA", driver="scpi-dmm", quantity="dc_current",
            acceptance=Acceptance(target=Decimal("4.000"), tolerance=Decimal("0.080")))  # fmt: skip
CHECK = Step("door", StepKind.CHECK, TEXT)
CHOICE = Step("bd", StepKind.CHOICE, TEXT, options=(Option("uniform", TEXT), Option("non_uniform", TEXT)),
              acceptable=("uniform",))  # fmt: skip
FREE = Step("lots", StepKind.TEXT, TEXT)
PHOTO = Step("plate", StepKind.ATTACHMENT, TEXT, attachment=AttachmentKind.PHOTO, extensions=("jpeg", "jpg", "png"))
ANY_FILE = Step("doc", StepKind.ATTACHMENT, TEXT, attachment=AttachmentKind.FILE)
D = Decimal

EVALUATIONS = [
    (HOLD, D("121.0"), None, Verdict.PASS, None),
    (HOLD, D("124.0"), None, Verdict.PASS, None),
    (HOLD, D("120.99"), None, Verdict.FAIL, "below_minimum"),
    (HOLD, D("124.001"), None, Verdict.FAIL, "above_maximum"),
    (HOLD, "121,5", None, Verdict.PASS, None),
    (HOLD, " 123.9 ", None, Verdict.PASS, None),
    (HOLD, 122, None, Verdict.PASS, None),
    (HOLD, "douze", None, Verdict.NOT_EVALUABLE, "not_a_number"),
    (HOLD, "1e2", None, Verdict.NOT_EVALUABLE, "not_a_number"),
    (HOLD, D("NaN"), None, Verdict.NOT_EVALUABLE, "not_a_number"),
    (HOLD, None, None, Verdict.NOT_EVALUABLE, "value_missing"),
    (HOLD, "  ", None, Verdict.NOT_EVALUABLE, "value_missing"),
    (HOLD, True, None, Verdict.NOT_EVALUABLE, "invalid_answer"),
    (LEAK, D("1.3"), None, Verdict.PASS, None),
    (LEAK, D("1.30001"), None, Verdict.FAIL, "above_maximum"),
    (LEAK, "−0,2", None, Verdict.PASS, None),
    (RECORD, "1 250,5", None, Verdict.PASS, None),
    (RECORD, "x", None, Verdict.NOT_EVALUABLE, "not_a_number"),
    (LOOP, D("4.080"), "mA", Verdict.PASS, None),
    (LOOP, D("3.920"), "mA", Verdict.PASS, None),
    (LOOP, D("4.0801"), "mA", Verdict.FAIL, "outside_tolerance"),
    (LOOP, D("3.9199"), "mA", Verdict.FAIL, "outside_tolerance"),
    (LOOP, D("0.00408"), "A", Verdict.PASS, None),
    (LOOP, D("+4.08010000E-03"), "A", Verdict.FAIL, "outside_tolerance"),
    (LOOP, D("4080"), "µA", Verdict.PASS, None),
    (LOOP, D("4.0"), "V", Verdict.NOT_EVALUABLE, "unit_mismatch"),
    (LOOP, D("4.0"), "°C", Verdict.NOT_EVALUABLE, "unit_mismatch"),
    (CHECK, True, None, Verdict.PASS, None),
    (CHECK, False, None, Verdict.FAIL, "not_confirmed"),
    (CHECK, "yes", None, Verdict.NOT_EVALUABLE, "invalid_answer"),
    (CHOICE, "uniform", None, Verdict.PASS, None),
    (CHOICE, "non_uniform", None, Verdict.FAIL, "unacceptable_option"),
    (CHOICE, "maybe", None, Verdict.NOT_EVALUABLE, "unknown_option"),
    (FREE, "Lot 23A017, exp. 03/2027", None, Verdict.PASS, None),
    (FREE, D(1), None, Verdict.NOT_EVALUABLE, "invalid_answer"),
    (PHOTO, "plaque.JPG", None, Verdict.PASS, None),
    (PHOTO, "rapport.pdf", None, Verdict.NOT_EVALUABLE, "file_not_accepted"),
    (PHOTO, "sans-extension", None, Verdict.NOT_EVALUABLE, "file_not_accepted"),
    (ANY_FILE, "certificat.pdf", None, Verdict.PASS, None),
]


@pytest.mark.parametrize(("step", "value", "unit", "verdict", "reason"), EVALUATIONS)
def test_evaluation(step: Step, value: object, unit: str | None, verdict: Verdict, reason: str | None) -> None:
    """Each answer gets the verdict its criteria give, boundaries included, with the reason code."""
    result = evaluate(step, value, unit=unit)  # type: ignore[arg-type]
    assert result.verdict is verdict
    assert (result.reason.code if result.reason else None) == reason
    if result.reason:
        REASON_TEXTS[result.reason.code].format(**result.reason.params)  # every placeholder is filled


def test_evaluation_reports_the_value_in_the_steps_unit_and_refuses_floats() -> None:
    """A reading in A is judged and reported in mA, exactly; a float is a programming error."""
    result = evaluate(LOOP, Decimal("+4.08010000E-03"), unit="A")
    assert result.value == Decimal("4.0801")
    assert result.reason is not None and result.reason.params == {
        "value": "4.08010000", "unit": "mA", "target": "4.000", "tolerance": "0.080"}  # fmt: skip
    with pytest.raises(TypeError):
        evaluate(HOLD, 121.5)  # type: ignore[arg-type]


def test_numbers_units_and_criteria_in_words() -> None:
    """Typed numbers, unit conversion and the criterion as printed."""
    assert parse_number("1 234,50") == Decimal("1234.50") and parse_number("12.") == Decimal("12")
    assert parse_number("1,2,3") is None and parse_number("Infinity") is None
    assert convert(Decimal("1.3"), "mbar", "Pa") == Decimal("130") and convert(Decimal(1), "g", "°C") is None
    assert convert(Decimal(25), "°C", "°C") == Decimal(25) and convert(Decimal(1), "m/s", "km/h") is None
    assert HOLD.acceptance and HOLD.acceptance.describe("°C") == "121.0–124.0 °C"
    assert LOOP.acceptance and LOOP.acceptance.describe("mA") == "4.000 ± 0.080 mA"
    assert Acceptance(minimum=Decimal(15)).describe("min") == "≥ 15 min"
    assert Acceptance(maximum=Decimal("1.3")).describe() == "≤ 1.3"


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_reason_texts_are_translated_with_their_placeholders(language: str) -> None:
    """Every evaluation reason has a French and a Dutch text keeping the same placeholders."""
    for source in REASON_TEXTS.values():
        translated = catalogue(language).lookup("cli", source)
        assert translated is not None, source
        assert sorted(re.findall(r"\{[^}]*\}", translated)) == sorted(re.findall(r"\{[^}]*\}", source))


# --- the content hash ------------------------------------------------------------------------------

_words = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(str.strip)
_ids = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
_numbers = st.decimals(min_value=-1000, max_value=1000, places=3, allow_nan=False, allow_infinity=False)


def _texts() -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({lang: _words for lang in ("fr", "en", "nl")})


@st.composite
def _step_tables(draw: st.DrawFn, step_id: str) -> dict[str, object]:
    kind = draw(st.sampled_from(["check", "number", "range", "text", "choice", "instrument"]))
    table: dict[str, object] = {"id": step_id, "instruction": draw(_texts()), "required": draw(st.booleans())}
    if kind == "range":
        low, high = sorted(draw(st.lists(_numbers, min_size=2, max_size=2)))
        table.update(kind="number", unit=draw(_words), min=low, max=high)
    elif kind == "number":
        table.update(kind="number", target=draw(_numbers), tolerance=draw(_numbers.filter(lambda d: d > 0)))
    elif kind == "choice":
        table.update(kind="choice", options=[{"id": "ok", **draw(_texts())}, {"id": "ko", **draw(_texts())}],
                     acceptable=["ok"])  # fmt: skip
    elif kind == "instrument":
        table.update(kind="instrument", driver="mt-sics", quantity="mass", unit="g", max=draw(_numbers))
    else:
        table["kind"] = kind
    return table


@st.composite
def _documents(draw: st.DrawFn) -> dict[str, object]:
    step_ids = draw(st.lists(_ids, min_size=1, max_size=5, unique=True))
    steps = [draw(_step_tables(i)) for i in step_ids]
    for n, table in enumerate(steps[1:], 1):  # some steps wait for earlier ones
        table["prerequisites"] = draw(st.lists(st.sampled_from(step_ids[:n]), max_size=2, unique=True))
    return {"code": "HYP-1", "version": draw(st.integers(1, 99)), "phase": draw(st.sampled_from(list(ChecklistPhase))),
            "equipment_type": "autoclave", "title": draw(_texts()),
            "sections": [{"id": "main", "title": draw(_texts()), "steps": steps}]}  # fmt: skip


def _value(value: object, order: st.DataObject | None) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_value(v, order)}" for k, v in _ordered(value, order)) + " }"
    assert isinstance(value, list)
    return "[" + ", ".join(_value(v, order) for v in value) + "]"


def _ordered(table: dict[str, object], order: st.DataObject | None) -> list[tuple[str, object]]:
    items = list(table.items())
    return items if order is None else order.draw(st.permutations(items))


def _toml(document: dict[str, object], order: st.DataObject | None = None) -> str:
    """Write the document as TOML; with ``order``, every table's keys come in a drawn order."""
    out = []
    for key, value in _ordered({k: v for k, v in document.items() if k != "sections"}, order):
        out.append(f"{key} = {_value(value, order)}")
    for section in document["sections"]:  # type: ignore[attr-defined]
        out.append("\n[[sections]]  # a comment that changes nothing")
        out += [f"{k} = {_value(v, order)}" for k, v in _ordered(section, order) if k != "steps"]
        for table in section["steps"]:
            out.append("\n[[sections.steps]]")
            for key, value in _ordered(table, order):
                if isinstance(value, dict):  # dotted keys, the way the shipped files write texts
                    out += [f"{key}.{k} = {_value(v, order)}" for k, v in _ordered(value, order)]
                else:
                    out.append(f"{key} = {_value(value, order)}")
    return "\n".join(out) + "\n"


def _parse(text: str) -> ChecklistTemplate:
    return parse_template(text, "hyp.toml", instruments=INSTRUMENTS)


@settings(max_examples=150, deadline=None)
@given(document=_documents(), order=st.data())
def test_content_hash_is_stable_under_reparsing_and_key_reordering(
    document: dict[str, object], order: st.DataObject
) -> None:
    """The same content written with keys in any order (and comments) parses to the same hash."""
    first = _parse(_toml(document))
    again = _parse(_toml(document, order))
    assert again == first
    assert again.content_hash == first.content_hash == _parse(_toml(document)).content_hash
    assert json.loads(canonical_json(first))["code"] == "HYP-1"


@settings(max_examples=150, deadline=None)
@given(document=_documents(), which=st.integers(min_value=0), change=st.sampled_from(["text", "number", "flag"]))
def test_a_changed_value_changes_the_hash(document: dict[str, object], which: int, change: str) -> None:
    """Changing any instruction, criterion or flag gives another hash."""
    before = _parse(_toml(document)).content_hash
    steps = document["sections"][0]["steps"]  # type: ignore[index]
    table = steps[which % len(steps)]
    numbers = [k for k in ("min", "max", "target", "tolerance") if k in table]
    if change == "number" and numbers:
        table[numbers[-1]] += 1  # max, tolerance or the lone bound: still a valid range
    elif change == "flag":
        table["required"] = not table["required"]
    else:
        table["instruction"]["nl"] += "!"
    assert _parse(_toml(document)).content_hash != before


def test_the_example_in_the_documentation_is_a_valid_template() -> None:
    """docs/checklists.md shows a template that the program accepts as written."""
    doc = (Path(__file__).resolve().parents[3] / "docs" / "checklists.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", doc, re.DOTALL)
    assert example is not None
    template = parse_template(example.group(1), "doc.toml", instruments=INSTRUMENTS)
    assert [s.id for s in template.steps] == ["leak_rate", "bowie_dick"]
    assert evaluate(template.step("leak_rate"), "1,30").verdict is Verdict.PASS
