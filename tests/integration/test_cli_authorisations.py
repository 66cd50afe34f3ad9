"""`equipment authorise / revoke / authorisations` from the command line, on both databases."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest

from aptaskil_desk.app import AppContext
from aptaskil_desk.cli import main
from aptaskil_desk.clock import local
from aptaskil_desk.services.people import NewLearner


@pytest.fixture
def lab(ctx: AppContext, clock: Any) -> dict[str, Any]:
    """Two equipment (one needs no authorisation) and two learners, set up at the real time of day
    (the command line runs on the real clock)."""
    clock.set(datetime.now(UTC))
    system = ctx.system_actor()
    ctx.equipment.add(system, "AUT-01", "Autoclave Getinge", "autoclave")
    ctx.equipment.add(system, "CEN-03", "Centrifugeuse", "centrifuge", requires_authorisation=False)
    zoe, lukasz = ctx.people.add_learners(
        system, [NewLearner("Zoë", "Ødegård", "worker"), NewLearner("Łukasz", "Wiśniewski", "job_seeker")]
    )
    return {"zoe": zoe.id, "lukasz": lukasz.id, "today": local(clock.now()).date()}


def run(ctx: AppContext, capsys: pytest.CaptureFixture[str], *argv: str, lang: str = "en") -> tuple[int, str, str]:
    code = main(["--db", ctx.settings.database, "--lang", lang, "equipment", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _in_a_year(today: date) -> date:
    try:
        return today.replace(year=today.year + 1)
    except ValueError:
        return today.replace(year=today.year + 1, day=28)


def test_authorise_then_extend(ctx, lab, capsys):
    """Without --until the grant runs a year; a second grant extends it (the first is superseded, kept)."""
    zoe, today = lab["zoe"], lab["today"]
    code, out, err = run(ctx, capsys, "authorise", "AUT-01", "--person", str(zoe))
    year = _in_a_year(today)
    assert code == 0, err
    assert out.strip() == f"Zoë Ødegård is now authorised to use AUT-01 until {year.isoformat()}."
    code, out, err = run(ctx, capsys, "authorise", "AUT-01", "--person", str(zoe), "--until", "2099-12-31", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["person_id"] == zoe and doc["person_name"] == "Zoë Ødegård" and doc["equipment_code"] == "AUT-01"
    assert doc["expires_on"] == "2099-12-31" and doc["granted_on"] == today.isoformat()
    assert doc["valid"] is True and doc["problem"] is None and doc["revoked_on"] is None
    [standing] = ctx.equipment.authorisations("AUT-01")
    assert standing.id == doc["id"] and standing.expires_on == date(2099, 12, 31)
    code, out, _ = run(ctx, capsys, "authorise", "AUT-01", "--person", str(zoe), "--until", "2100-01-31", lang="fr")
    assert code == 0
    assert out.strip() == "L'autorisation de Zoë Ødegård pour AUT-01 est prolongée jusqu'au 2100-01-31."


def test_revoke_needs_a_reason_and_keeps_the_record(ctx, lab, capsys):
    """Revoking records the day and the reason; the revoked authorisation is listed as such; a second
    revocation, or one without a reason, is refused and changes nothing."""
    zoe, today = lab["zoe"], lab["today"]
    assert run(ctx, capsys, "authorise", "AUT-01", "--person", str(zoe))[0] == 0
    code, _out, err = run(ctx, capsys, "revoke", "AUT-01", "--person", str(zoe), "--reason", "   ")
    assert code == 2 and err.strip() == "A reason is required."
    assert ctx.equipment.authorisations("AUT-01")[0].revoked_on is None
    code, out, err = run(ctx, capsys, "revoke", "AUT-01", "--person", str(zoe), "--reason", "a quitté la formation")
    assert code == 0, err
    assert out.strip() == "The authorisation of Zoë Ødegård for AUT-01 is revoked."
    code, out, _ = run(ctx, capsys, "authorisations", "AUT-01", "--json")
    [doc] = json.loads(out)
    assert doc["revoked_on"] == today.isoformat() and doc["valid"] is False
    assert doc["problem"] == {"code": "authorisation_revoked", "since": today.isoformat()}
    code, _out, err = run(ctx, capsys, "revoke", "AUT-01", "--person", str(zoe), "--reason", "encore", lang="fr")
    assert code == 2 and err.strip() == f"La personne {zoe} n'a pas d'autorisation pour AUT-01."
    code, out, _ = run(ctx, capsys, "authorise", "AUT-01", "--person", str(zoe), "--until", "2099-01-01")
    assert code == 0 and out.startswith("Zoë Ødegård is now authorised")  # granted again, not "extended"
    assert main(["--db", ctx.settings.database, "audit", "verify"]) == 0


def test_listing_all_or_one_equipment(ctx, lab, capsys):
    """`authorisations` lists every standing one (or one equipment's), in words or as JSON."""
    code, out, _ = run(ctx, capsys, "authorisations")
    assert code == 0 and out.strip() == "No authorisation on record."
    code, out, _ = run(ctx, capsys, "authorisations", "--json")
    assert code == 0 and json.loads(out) == []
    for person in (lab["lukasz"], lab["zoe"]):
        assert run(ctx, capsys, "authorise", "AUT-01", "--person", str(person), "--until", "2099-06-30")[0] == 0
    code, out, _ = run(ctx, capsys, "authorisations", "AUT-01")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert "Zoë Ødegård" in lines[0] and "Łukasz Wiśniewski" in lines[1]  # Ødegård sorts as Odegard
    assert all("2099-06-30" in line and line.endswith("ok") for line in lines)
    code, out, _ = run(ctx, capsys, "authorisations", "--json")
    assert [d["person_id"] for d in json.loads(out)] == [lab["zoe"], lab["lukasz"]]
    code, _out, err = run(ctx, capsys, "authorisations", "NOPE")
    assert code == 2 and err.strip() == "No equipment 'NOPE'."


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--until", "2020-01-01"], "The end date 2020-01-01 is already past: choose today or later."),
        (["--until", "31/12/2099"], "Not a date: '31/12/2099' (use YYYY-MM-DD)."),
        (["--code", "CEN-03"], "CEN-03 needs no authorisation: learners may use it without one."),
        (["--code", "NOPE"], "No equipment 'NOPE'."),
        (["--person", "99999"], "No person with id 99999."),
    ],
)
def test_bad_input_is_refused_in_words_and_writes_nothing(ctx, lab, capsys, argv, message):
    """A past or malformed end date, an equipment needing no authorisation, an unknown equipment or
    person: exit 2, the reason on stderr, no authorisation and no audit row written."""
    options = {"--code": "AUT-01", "--person": str(lab["zoe"])}
    extra: list[str] = []
    for name, value in zip(argv[::2], argv[1::2], strict=True):
        if name in options:
            options[name] = value
        else:
            extra += [name, value]
    audit_rows = ctx.audit.count()
    code, out, err = run(ctx, capsys, "authorise", options["--code"], "--person", options["--person"], *extra)
    assert (code, out, err.strip()) == (2, "", message)
    assert ctx.equipment.authorisations() == [] and ctx.audit.count() == audit_rows


def test_missing_options_are_usage_errors(ctx, lab, capsys):
    """--person is required for authorise and revoke, and --reason for revoke (argparse, exit 2)."""
    for argv in (
        ["authorise", "AUT-01"],
        ["revoke", "AUT-01", "--person", "1"],
        ["authorise", "AUT-01", "--person", "x"],
    ):
        with pytest.raises(SystemExit) as stopped:
            run(ctx, capsys, *argv)
        assert stopped.value.code == 2
