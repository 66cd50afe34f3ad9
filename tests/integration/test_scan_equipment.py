"""The kiosk's equipment flow through the one scan service: badge, then the equipment's QR."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import FixedClock, local
from aptaskil_desk.services.people import NewLearner
from tests.conftest import T0

YES = {"clean_label": "yes", "door_seal": "yes", "bowie_dick": "yes"}
AFTER = {"cycle_ok": "yes", "no_anomaly": "no"}


@pytest.fixture
def kiosk(ctx: AppContext) -> dict[str, Any]:
    """A clean room with a kiosk and an authorised learner with a badge; an autoclave in service."""
    system = ctx.system_actor()
    ctx.centre.add_room(system, "SB-C1", "Salle blanche", "clean_room")
    ctx.centre.register_terminal(system, "K-SB", "SB-C1")
    ctx.centre.add_course(system, "OPP", "Opérateur de production", "production_operator")
    [zoe, ewa] = ctx.people.add_learners(system, [NewLearner("Zoë", "Ødegård", "student"),
                                                  NewLearner("Ewa", "Łuczak", "worker")])  # fmt: skip
    ctx.centre.add_session(system, "OPP-1", "OPP", "SB-C1", [(T0 - timedelta(hours=1), T0 + timedelta(hours=3))],
                           learner_ids=[zoe.id, ewa.id])  # fmt: skip
    badges = {b.person_id: b.code for b in ctx.badges.issue(system, [zoe.id, ewa.id])}
    tech = ctx.accounts.add_user(system, "tech", "Jean", "Claes", ["technician"], "a long password").actor("K-SB")
    autoclave = ctx.equipment.add(tech, "AUT-01", "Autoclave", "autoclave", room_code="SB-C1",
                                  calibration_due=date(2027, 6, 1))  # fmt: skip
    ctx.equipment.authorise(tech, zoe.id, "AUT-01", None)
    return {"zoe": zoe.id, "ewa": ewa.id, "badge": badges, "label": autoclave.label_code, "tech": tech}


def test_badge_then_equipment_starts_then_stops_a_use(
    ctx: AppContext, clock: FixedClock, kiosk: dict[str, Any]
) -> None:
    """Badge + QR asks the pre-use questions; with the answers the use starts; the pair again stops it
    after the post-use questions, an unexpected answer recorded as an anomaly. Attendance is kept."""
    assert ctx.scan.scan(kiosk["badge"][kiosk["zoe"]], "K-SB").result == "checked_in"
    clock.advance(timedelta(seconds=5))
    asked = ctx.scan.scan(kiosk["label"], "K-SB")
    assert asked.result == "questions" and asked.reason == "pre"
    assert [q.id for q in asked.questions] == ["clean_label", "door_seal", "bowie_dick"]
    assert asked.equipment is not None and asked.equipment.code == "AUT-01"
    clock.advance(timedelta(seconds=40))  # answering takes longer than the pairing window: still fine
    started = ctx.scan.scan(kiosk["label"], "K-SB", answers=YES)
    assert started.result == "use_started" and started.person is not None and started.person.name == "Zoë Ødegård"
    assert ctx.equipment.get("AUT-01").status == "in_use"
    clock.advance(timedelta(minutes=50))
    again = ctx.scan.scan(kiosk["badge"][kiosk["zoe"]], "K-SB")  # learner was in: this would be a check-out
    assert again.result == "checked_out"
    clock.advance(timedelta(seconds=3))
    assert ctx.scan.scan(kiosk["label"], "K-SB").reason == "post"
    stopped = ctx.scan.scan(kiosk["label"], "K-SB", answers=AFTER)
    assert stopped.result == "use_stopped"
    end = next(e for e in ctx.equipment.logbook("AUT-01") if e.kind == "use_end")
    assert end.details["anomalies"] == ["no_anomaly"]
    day = ctx.attendance.day(kiosk["zoe"], local(T0).date())
    out_event = next(e for e in day.events if e.kind == "out")
    assert out_event.superseded_by is not None  # the check-out was voided, with its reason kept
    assert "use equipment AUT-01" in (next(e.reason for e in day.events if e.kind == "void") or "")
    assert ctx.audit.verify(ctx.system_actor()).ok


def test_equipment_without_a_badge_first_is_refused(ctx: AppContext, clock: FixedClock, kiosk: dict[str, Any]) -> None:
    """An equipment QR alone, or more than 30 s after the badge, or at another terminal, is refused."""
    assert ctx.scan.scan(kiosk["label"], "K-SB").reason == "badge_first"
    ctx.scan.scan(kiosk["badge"][kiosk["zoe"]], "K-SB")
    assert ctx.scan.scan(kiosk["label"], "K-OTHER").reason == "badge_first"
    clock.advance(timedelta(seconds=31))
    assert ctx.scan.scan(kiosk["label"], "K-SB").reason == "badge_first"


def test_refusal_says_exactly_why(ctx: AppContext, clock: FixedClock, kiosk: dict[str, Any]) -> None:
    """An unauthorised learner and a 'no' to a pre-use question are refused with the reasons."""
    ctx.scan.scan(kiosk["badge"][kiosk["ewa"]], "K-SB")
    refused = ctx.scan.scan(kiosk["label"], "K-SB", answers=YES)
    assert refused.result == "refused" and [r.code for r in refused.reasons] == ["not_authorised"]
    clock.advance(timedelta(minutes=3))
    ctx.scan.scan(kiosk["badge"][kiosk["zoe"]], "K-SB")
    clock.advance(timedelta(seconds=2))
    refused = ctx.scan.scan(kiosk["label"], "K-SB", answers={**YES, "bowie_dick": "no"})
    assert [(r.code, dict(r.params)) for r in refused.reasons] == [("pre_use_answer", {"question": "bowie_dick"})]
    assert ctx.equipment.get("AUT-01").status == "available"


def test_headless_scan_of_an_equipment(
    ctx: AppContext, kiosk: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """`scan` handles the pair headless: JSON result use_started with the equipment, then use_stopped."""
    import json

    from aptaskil_desk.cli import main

    base = ["--db", ctx.settings.database, "--lang", "en", "scan"]
    assert main([*base, kiosk["badge"][kiosk["zoe"]], "--terminal", "K-SB", "--json"]) == 0
    capsys.readouterr()
    assert main([*base, kiosk["label"], "--terminal", "K-SB", "--json"]) == 0
    asked = json.loads(capsys.readouterr().out)
    assert asked["result"] == "questions" and asked["equipment"]["code"] == "AUT-01"
    assert main([*base, kiosk["label"], "--terminal", "K-SB", "--answers", json.dumps(YES), "--json"]) == 0
    started = json.loads(capsys.readouterr().out)
    assert started["result"] == "use_started" and started["equipment"] == {"code": "AUT-01", "name": "Autoclave"}
    assert main([*base, kiosk["label"], "--terminal", "K-SB", "--json"]) == 1
    refused = json.loads(capsys.readouterr().out)
    assert refused["result"] == "refused" and refused["reason"] == "badge_first"
    assert main([*base, kiosk["label"], "--terminal", "K-SB", "--answers", "not json"]) == 2
