"""The headless checklist commands: execute from an answers file (live readings from a simulated balance),
sign with passwords on stdin through review and approval, deviations, refusals that change nothing."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from aptaskil_desk.app import AppContext, SchemaPolicy, build_context
from aptaskil_desk.cli import main
from aptaskil_desk.db.models import AuditLog, ChecklistEvent, ChecklistExecution, InstrumentReading
from aptaskil_desk.domain.checklist_template import ChecklistTemplate, StepKind
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.settings import Settings
from tests.checklist_setup import PASSWORD, checklist_world

#: A short balance checklist: a check, a number with limits, an optional text, a choice, an optional photo.
SHORT = """
code = "T-SHORT"
version = 1
phase = "routine"
equipment_type = "balance"
title = { fr = "Contrôle court", en = "Short check", nl = "Korte controle" }

[[sections]]
id = "main"
title = { fr = "Principal", en = "Main", nl = "Hoofd" }

[[sections.steps]]
id = "clean"
kind = "check"
instruction = { fr = "Propre.", en = "Clean.", nl = "Proper." }

[[sections.steps]]
id = "temperature"
kind = "number"
unit = "°C"
min = 18.0
max = 25.0
instruction = { fr = "Température.", en = "Temperature.", nl = "Temperatuur." }

[[sections.steps]]
id = "note"
kind = "text"
required = false
instruction = { fr = "Note.", en = "Note.", nl = "Nota." }

[[sections.steps]]
id = "grade"
kind = "choice"
options = [{ id = "ok", fr = "Conforme", en = "Compliant", nl = "Conform" },
           { id = "ko", fr = "Non conforme", en = "Not compliant", nl = "Niet conform" }]
acceptable = ["ok"]
instruction = { fr = "Aspect.", en = "Look.", nl = "Uitzicht." }

[[sections.steps]]
id = "photo"
kind = "attachment"
attachment = "photo"
required = false
instruction = { fr = "Photo.", en = "Photo.", nl = "Foto." }
"""

GOOD_SHORT = {"clean": True, "temperature": 21.5, "note": "RAS", "grade": "ok"}


def short_template(ctx: AppContext, tmp_path: Path) -> None:
    """Import T-SHORT and have QA approve it."""
    path = tmp_path / "short.toml"
    path.write_text(SHORT, encoding="utf-8")
    ctx.checklists.import_templates(ctx.system_actor(), [path])
    ctx.checklists.approve("qa1", PASSWORD, "T-SHORT", 1, terminal=ctx.terminal)


def cli_context(ctx: AppContext) -> Callable[..., AppContext]:
    """The application as the command line builds it, on the test's clock and with cheap Argon2id."""

    def build(settings: Settings, *, schema: SchemaPolicy = SchemaPolicy.AUTO) -> AppContext:
        return build_context(settings, clock=ctx.clock, hasher=fast_hasher(), schema=schema)

    return build


def answers_file(tmp_path: Path, answers: dict[str, Any], deviations: list[dict[str, str]] | None = None,
                 name: str = "answers.json") -> Path:  # fmt: skip
    path = tmp_path / name
    doc: dict[str, Any] = {"answers": answers}
    if deviations is not None:
        doc["deviations"] = deviations
    path.write_text(json.dumps(doc, default=str), encoding="utf-8")
    return path


def counts(ctx: AppContext) -> tuple[int, int, int, int]:
    """Executions, events, instrument readings and audit rows stored."""
    with ctx.db.engines.write.connect() as conn:
        executions, events, readings, audits = (int(conn.execute(select(func.count(c))).scalar_one()) for c in (
            ChecklistExecution.id, ChecklistEvent.id, InstrumentReading.id, AuditLog.id))  # fmt: skip
    return executions, events, readings, audits


def passing_answers(template: ChecklistTemplate, folder: Path) -> dict[str, Any]:
    """An answer to every step that meets its criterion (files written into ``folder``)."""
    answers: dict[str, Any] = {}
    for step in template.steps:
        if step.kind is StepKind.CHECK:
            answers[step.id] = True
        elif step.kind is StepKind.NUMBER:
            a = step.acceptance
            value = a and (a.target if a.target is not None else a.minimum if a.minimum is not None else a.maximum)
            answers[step.id] = str(value if value is not None else Decimal(1))
        elif step.kind is StepKind.TEXT:
            answers[step.id] = f"Answer to {step.id}"
        elif step.kind is StepKind.CHOICE:
            answers[step.id] = step.acceptable[0]
        elif step.kind is StepKind.ATTACHMENT:
            extension = step.extensions[0] if step.extensions else "png"
            (folder / f"{step.id}.{extension}").write_bytes(f"%{step.id} evidence\n".encode())
            answers[step.id] = {"file": f"{step.id}.{extension}"}
    return answers


@dataclass
class Cli:
    """``aptaskil-desk checklist …`` run in-process on the test's database, in English, stdin given."""

    ctx: AppContext
    capsys: pytest.CaptureFixture[str]
    monkeypatch: pytest.MonkeyPatch

    def __call__(self, *argv: str, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        ctx = self.ctx
        argv = ("--db", ctx.settings.database, "--lang", "en", "--terminal", ctx.terminal, "checklist", *argv)
        code = main(list(argv), context_factory=cli_context(ctx))
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err

    def execute(self, template: str, equipment: str, answers: Path, *extra: str, login: str = "tech1") -> Any:
        code, out, err = self("execute", template, "--equipment", equipment, "--answers", str(answers), "--as",
                              login, "--json", *extra)  # fmt: skip
        assert code == 0, err
        return json.loads(out)

    def sign(
        self, run_id: str, meaning: str, login: str, *extra: str, password: str = PASSWORD
    ) -> tuple[int, str, str]:
        return self("sign", run_id, "--meaning", meaning, "--as", login, "--password-stdin", *extra,
                    stdin=password + "\n")  # fmt: skip


@pytest.fixture
def cli(ctx: AppContext, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """The checklist world (staff, equipment, balances, approved templates) and its command line."""
    checklist_world(ctx)
    return Cli(ctx, capsys, monkeypatch)


# --- the balance's routine check, headless, with live readings --------------------------------------------


BALANCE_ANSWERS: dict[str, Any] = {
    "level": True, "clean": True, "warm_up": True, "internal_adjustment": True,
    "test_weights": "20 g E2 n° 1234 and 200 g E2 n° 5678, certificates valid until 2027-06-30",
    "room_temperature": Decimal("21.4"),
    **{f"weighing_{n:02d}": {"instrument": "BAL-01"} for n in range(1, 11)},
    "repeatability_result": "0,05", "accuracy_weighing": {"instrument": "BAL-01"}, "logbook": True,
}  # fmt: skip


def test_headless_balance_check_from_execution_to_approval(ctx: AppContext, cli: Cli, tmp_path: Path) -> None:
    """BAL-USP41 on BAL-01: eleven live readings from the simulated balance, the failed accuracy weighing with its
    deviation; executed (tech1), reviewed (tech2), refused to QA while the deviation is open, then approved."""
    ctx.instruments.set_connection(ctx.system_actor(), "BAL-01", port="sim://mt-sics?value=20.00",
                                   reason="the 20 g test weight is on the pan")  # fmt: skip
    deviation = {"step": "accuracy_weighing", "description": "20 g on the pan instead of 200 g",
                 "impact": "accuracy not shown", "action": "weigh again with the 200 g weight"}  # fmt: skip
    doc = cli.execute("BAL-USP41", "BAL-01", answers_file(tmp_path, BALANCE_ANSWERS, [deviation]))
    run_id = doc["id"]
    assert doc["state"] == "in_progress" and doc["equipment"] == "BAL-01" and doc["training"] is False
    steps = {s["id"]: s for s in doc["steps"]}
    readings = {r.reading_uuid: r for r in ctx.instruments.readings("BAL-01")}
    assert len(readings) == 11  # every instrument step stored the reading it used
    for n in range(1, 11):
        step = steps[f"weighing_{n:02d}"]
        evidence = step["evidence"]
        assert (step["value"], step["outcome"], step["by"]) == ("20.00", "passed", "Amélie Technicienne")
        assert evidence["instrument"] == "BAL-01" and evidence["serial_number"] == "B021002593"
        assert evidence["identity"]["serial_number"] == "B021002593" and evidence["identity"]["model"] == "XS205"
        assert bytes.fromhex(evidence["raw_hex"]) == b"S S      20.00 g\r\n"  # the simulator's own reply
        assert readings[evidence["reading_uuid"]].value == Decimal("20.00")
    assert steps["accuracy_weighing"]["outcome"] == "failed" and steps["accuracy_weighing"]["value"] == "20.00"
    assert steps["room_temperature"]["outcome"] == "not_evaluated"
    assert (steps["repeatability_result"]["value"], steps["repeatability_result"]["outcome"]) == ("0.05", "passed")
    assert doc["deviations"][0]["number"] == 1 and doc["deviations"][0]["closure"] is None

    assert cli.sign(run_id, "executed", "tech1")[0] == 0
    code, out, _ = cli.sign(run_id, "reviewed", "tech2")
    assert code == 0 and "Reviewed" in out and "Bruno Technicien" in out
    code, _, err = cli.sign(run_id, "approved", "qa1")
    assert code == 1 and "Open deviations must be closed before approval: 1." in err
    code, out, err = cli("deviation-close", run_id, "--number", "1", "--resolution",
                         "weighed again with 200 g: 200.01 g, within limits", "--as", "tech1")  # fmt: skip
    assert code == 0 and "Deviation 1 closed." in out, err
    code, out, _ = cli.sign(run_id, "approved", "qa1", "--json")
    approved = json.loads(out)
    assert code == 0 and approved["state"] == "approved" and approved["problems"] == []
    assert [(s["meaning"], s["signer"]) for s in approved["signatures"]] == [
        ("executed", "Amélie Technicienne"),
        ("reviewed", "Bruno Technicien"),
        ("approved", "Quentin Qualité"),
    ]
    assert all(s["at_local"] == "2026-11-25 09:15:00 CET" for s in approved["signatures"])  # the test's fixed clock

    code, out, _ = cli("show", run_id)
    assert code == 0 and f"record {run_id}" in out and "state: Approved" in out
    assert "Quentin Qualité" in out and "2026-11-25 09:15:00 CET" in out and "[BAL-01, s/n B021002593]" in out
    assert "Closed by Amélie Technicienne on 2026-11-25 09:15:00 CET: weighed again" in out
    code, out, _ = cli("runs", "--equipment", "BAL-01", "--json")
    assert code == 0 and [(r["id"], r["state"]) for r in json.loads(out)] == [(run_id, "approved")]
    assert main(["--db", ctx.settings.database, "--lang", "en", "audit", "verify"]) == 0
    assert "Checklist signatures intact." in cli.capsys.readouterr().out


def test_execute_prints_each_step_in_words(ctx: AppContext, cli: Cli, tmp_path: Path) -> None:
    """Without --json: the record id, its state and one line per step with its outcome; a training run says so."""
    short_template(ctx, tmp_path)
    (tmp_path / "label.png").write_bytes(b"\x89PNG\r\n\x1a\n fake")
    answers = answers_file(tmp_path, {**GOOD_SHORT, "grade": "ko", "photo": {"file": "label.png"}})
    code, out, err = cli("execute", "T-SHORT", "--equipment", "BAL-01", "--answers",
                         str(answers), "--as", "tech2", "--training")  # fmt: skip
    assert code == 0, err
    run_id = ctx.checklist_runs.runs()[0].id
    assert f"record {run_id}" in out and "state: In progress — TRAINING" in out
    assert "✔ passed" in out and "21.5 °C" in out and "✖ failed" in out and "[sha256 " in out
    assert "2 passed, 1 failed, 2 not evaluated, 0 without a value." in out
    detail = ctx.checklist_runs.run(run_id)
    assert detail.info.training and detail.execution.latest("photo") is not None


def test_a_training_execution_names_the_learner_who_practises(ctx: AppContext, cli: Cli, tmp_path: Path) -> None:
    """--trainee (reference or person id) with --training: said by execute, show and runs; refused otherwise."""
    short_template(ctx, tmp_path)
    (lina,) = ctx.people.add_learners(ctx.system_actor(), [NewLearner("Lina", "Janssens", "worker",
                                                                      external_ref="L-2026-001")])  # fmt: skip
    run = ("execute", "T-SHORT", "--equipment", "BAL-01", "--answers", str(answers_file(tmp_path, GOOD_SHORT)),
           "--as", "tech2")  # fmt: skip
    before = counts(ctx)
    code, _, err = cli(*run, "--trainee", "L-2026-001")
    assert code == 2 and "--trainee names the learner who practises a training execution: add --training." in err
    code, _, err = cli(*run, "--training", "--trainee", str(ctx.accounts.get("instr").person_id))
    assert code != 0 and "Ines Formatrice is a staff member, not a learner" in err
    assert counts(ctx)[:3] == before[:3]
    code, out, err = cli(*run, "--training", "--trainee", "L-2026-001")
    assert code == 0, err
    said = "Practised by Lina Janssens (L-2026-001), supervised by Bruno Technicien."
    assert "— TRAINING" in out and said in out
    run_id = ctx.checklist_runs.runs()[0].id
    assert said in cli("show", run_id)[1]
    assert f"{run_id}  T-SHORT v1" in (listed := cli("runs")[1]) and "TRAINING — practised by Lina Janssens" in listed
    by_id = cli.execute("T-SHORT", "BAL-01", answers_file(tmp_path, GOOD_SHORT), "--training", "--trainee",
                        str(lina.id), login="tech2")  # fmt: skip
    assert by_id["trainee"] == {"id": lina.id, "name": "Lina Janssens", "external_ref": "L-2026-001"}


# --- signatures and their refusals ------------------------------------------------------------------------


def test_wrong_password_is_refused_and_nothing_is_signed(ctx: AppContext, cli: Cli, tmp_path: Path) -> None:
    short_template(ctx, tmp_path)
    run_id = cli.execute("T-SHORT", "BAL-01", answers_file(tmp_path, GOOD_SHORT))["id"]
    before = counts(ctx)
    code, out, err = cli.sign(run_id, "executed", "tech1", password="not the password")
    assert code == 1 and out == "" and "Wrong password" in err
    assert ctx.checklist_runs.run(run_id).execution.signatures == ()
    assert counts(ctx)[:3] == before[:3]  # the failed attempt is audited, nothing else is stored
    code, _, err = cli.sign(run_id, "executed", "tech1", password="")
    assert code == 2 and "no password on standard input" in err


def test_an_executor_cannot_review(ctx: AppContext, cli: Cli, tmp_path: Path) -> None:
    short_template(ctx, tmp_path)
    run_id = cli.execute("T-SHORT", "BAL-01", answers_file(tmp_path, GOOD_SHORT))["id"]
    assert cli.sign(run_id, "executed", "tech1")[0] == 0
    code, _, err = cli.sign(run_id, "reviewed", "tech1")
    assert code == 1 and "cannot review, reject or approve it" in err
    assert ctx.checklist_runs.run(run_id).info.state.value == "executed"
    code, _, err = cli.sign(run_id, "rejected", "tech2")
    assert code == 2 and "A rejection needs a reason." in err
    code, out, _ = cli.sign(run_id, "rejected", "tech2", "--reason", "redo")
    assert code == 0 and "state: In progress" in out


def test_a_failed_step_without_deviation_cannot_be_signed_executed(ctx: AppContext, cli: Cli, tmp_path: Path) -> None:
    short_template(ctx, tmp_path)
    answers = answers_file(tmp_path, {**GOOD_SHORT, "temperature": "27"})
    doc = cli.execute("T-SHORT", "BAL-01", answers)
    assert doc["failed_steps"] == 1
    code, _, err = cli.sign(doc["id"], "executed", "tech1")
    assert code == 1 and "Failed steps without a deviation: temperature." in err
    assert ctx.checklist_runs.run(doc["id"]).execution.signatures == ()


def test_qa_approves_a_template_version_with_a_password(ctx: AppContext, cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "short.toml"
    path.write_text(SHORT, encoding="utf-8")
    ctx.checklists.import_templates(ctx.system_actor(), [path])
    answers = answers_file(tmp_path, GOOD_SHORT)
    code, _, err = cli("execute", "T-SHORT", "--equipment", "BAL-01", "--answers",
                       str(answers), "--as", "tech1")  # fmt: skip
    assert code == 1 and "not approved by QA yet" in err
    for login, password, expected in (("qa1", "wrong", "Wrong password"), ("tech1", PASSWORD, "Only QA")):
        code, _, err = cli("approve-template", "T-SHORT", "--version", "1", "--as", login,
                           "--password-stdin", stdin=password + "\n")  # fmt: skip
        assert code == 1 and expected in err
    assert not ctx.checklists.template("T-SHORT").info.approved
    code, out, _ = cli("approve-template", "T-SHORT", "--version", "1", "--as", "qa2",
                       "--password-stdin", "--json", stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0 and json.loads(out)["approved_by"] == "Rita Qualité"
    assert ctx.checklists.template("T-SHORT").info.approved


def test_iq_approval_marks_the_autoclave_qualified(ctx: AppContext, cli: Cli, tmp_path: Path) -> None:
    """AUT-IQ on AUT-01 (with its PDF and photo attachments) executed, reviewed and approved: IQ is qualified and the
    logbook says by which checklist. The same run in training changes nothing."""
    answers = passing_answers(ctx.checklists.template("AUT-IQ").template, tmp_path)
    training = cli.execute("AUT-IQ", "AUT-01", answers_file(tmp_path, answers, name="t.json"), "--training")["id"]
    real = cli.execute("AUT-IQ", "AUT-01", answers_file(tmp_path, answers))["id"]
    for run_id in (training, real):
        assert cli.sign(run_id, "executed", "tech1")[0] == 0
        assert cli.sign(run_id, "reviewed", "tech2")[0] == 0
    code, out, _ = cli.sign(training, "approved", "qa1")
    assert code == 0 and "qualified" not in out and ctx.equipment.get("AUT-01").qualified_phases == ()
    code, out, _ = cli.sign(real, "approved", "qa1")
    assert code == 0 and "AUT-01 is now qualified for IQ; the logbook records it." in out
    assert ctx.equipment.get("AUT-01").qualified_phases == ("IQ",)
    entries = [e for e in ctx.equipment.logbook("AUT-01") if e.kind == "qualification"]
    assert [(e.details["phase"], e.details["result"], e.details["checklist"]) for e in entries] == [
        ("IQ", "pass", real)
    ]


# --- answers files and instruments that are refused: nothing is stored -----------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"answers": {"clean": true,}}', "not valid JSON"),
        ('{"answers": {"clean": true, "temprature": 21}}', "unknown step temprature in T-SHORT"),
        ('{"answers": {"clean": true, "temperature": "21.5.3"}}', "step temperature: 21.5.3 is not a number."),
        ('{"answers": {"clean": true, "temperature": NaN}}', "NaN is not a number"),
        ('{"answers": {"clean": "yes"}}', "step clean: a check is answered true or false."),
        ('{"answers": {"grade": "perfect"}}', "step grade: perfect is not one of the options."),
        ('{"answers": {"photo": {"file": "missing.png"}}}', "step photo: cannot read"),
        ('{"answers": {"clean": {"instrument": "BAL-01"}}}', "step clean: a check is answered true or false."),
        ('{"answers": {"clean": true, "clean": false}}', "'clean' appears twice"),
        ('{"answer": {"clean": true}}', 'an "answers" object'),
        ('{"answers": {}, "deviations": [{"step": "clean"}]}', "deviation 1 needs exactly"),
        ('{"answers": {"clean": true}, "deviations": [{"step": "dusty", "description": "d", "impact": "i", '
         '"action": "a"}]}', "unknown step dusty"),
        ('{"answers": {"clean": true, "grade": "ok"}, "deviations": [{"step": "clean", "description": " ", '
         '"impact": "i", "action": "a"}]}', "deviation 1 needs exactly"),
        (None, "Cannot use the file"),
    ],
)  # fmt: skip
def test_a_bad_answers_file_stores_nothing(
    ctx: AppContext, cli: Cli, tmp_path: Path, content: str | None, expected: str
) -> None:
    short_template(ctx, tmp_path)
    path = tmp_path / "answers.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    before = counts(ctx)
    code, out, err = cli("execute", "T-SHORT", "--equipment", "BAL-01", "--answers",
                         str(path), "--as", "tech1", "--json")  # fmt: skip
    assert code == 2 and out == "" and expected in err, err
    assert counts(ctx) == before and ctx.checklist_runs.runs() == []


def test_a_value_refused_by_the_rules_stores_nothing(ctx: AppContext, cli: Cli, tmp_path: Path) -> None:
    """A step answered before its prerequisites, found only inside the transaction: the whole file is refused."""
    before = counts(ctx)
    path = answers_file(tmp_path, {"level": True, "internal_adjustment": True})
    code, _, err = cli("execute", "BAL-USP41", "--equipment", "BAL-01", "--answers",
                       str(path), "--as", "tech1")  # fmt: skip
    assert code == 1 and "Step internal_adjustment waits for warm_up." in err
    assert counts(ctx) == before


@pytest.mark.parametrize(
    ("instrument", "port", "expected"),
    [
        ("BAL-02", None, "Step weighing_01: BAL-02 is not calibrated (due 2026-11-22)"),
        ("BAL-03", "sim://mt-sics?value=20&overload", "BAL-03 gave no stable reading in 5 attempt(s)"),
        ("PH-01", "sim://orion-star", "Step weighing_01 reads a mt-sics instrument; PH-01 is a orion-star."),
    ],
)
def test_an_instrument_that_cannot_serve_stores_nothing(
    ctx: AppContext, cli: Cli, tmp_path: Path, instrument: str, port: str | None, expected: str
) -> None:
    """An overdue balance is refused before it is read; one that never gives a stable value ends with the reason."""
    if port is not None:
        driver = "orion-star" if "orion" in port else "mt-sics"
        ctx.instruments.register(ctx.system_actor(), instrument, "Test instrument", driver, port=port,
                                 calibration_due=ctx.instruments.get("BAL-01").calibration_due)  # fmt: skip
    answers = {**BALANCE_ANSWERS, "weighing_01": {"instrument": instrument}}
    answers = {k: v for k, v in answers.items() if not k.startswith("weighing_") or k == "weighing_01"}
    answers = {k: v for k, v in answers.items() if k not in ("repeatability_result", "accuracy_weighing", "logbook")}
    before = counts(ctx)
    code, out, err = cli("execute", "BAL-USP41", "--equipment", "BAL-01", "--answers",
                         str(answers_file(tmp_path, answers)), "--as", "tech1")  # fmt: skip
    assert code == 1 and out == "" and expected in err, err
    assert counts(ctx) == before


def test_show_and_runs_name_unknown_records(cli: Cli) -> None:
    code, out, _ = cli("runs")
    assert code == 0 and "No checklist execution yet." in out
    code, _, err = cli("show", "00000000-0000-4000-8000-000000000000")
    assert code == 2 and "No checklist execution 00000000-0000-4000-8000-000000000000." in err
    code, _, err = cli("runs", "--equipment", "NOPE-01")
    assert code == 2 and "NOPE-01" in err
