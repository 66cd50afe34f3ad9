"""The kiosk's equipment flow through the one scan service: badge, then the equipment's QR."""

from __future__ import annotations

import argparse
import io
import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from aptaskil_desk.app import AppContext, build_context
from aptaskil_desk.clock import FixedClock, local
from aptaskil_desk.commands.output import Output
from aptaskil_desk.commands.reports import cmd_report_logbook
from aptaskil_desk.db.models import AuditLog, EquipmentOverride
from aptaskil_desk.errors import AuthenticationFailed, PermissionDenied
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.equipment_use import UseRefused
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.services.people import NewLearner
from aptaskil_desk.settings import Settings
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


# --- a refusal overridden by a staff signature, then the same scan ------------------------------


def _audit(ctx: AppContext, action: str) -> list[AuditLog]:
    return list(
        ctx.db.run_read(
            lambda s: (
                s.execute(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.seq)).scalars().all()
            )
        )
    )


def _overrides(ctx: AppContext) -> int:
    return int(ctx.db.run_read(lambda s: s.execute(select(func.count(EquipmentOverride.id))).scalar_one()))


def _refused(ctx: AppContext, kiosk: dict[str, Any], who: str) -> list[str]:
    """Badge then label for a learner; the codes of the refusal (fails if it was not refused)."""
    ctx.scan.scan(kiosk["badge"][kiosk[who]], "K-SB")
    result = ctx.scan.scan(kiosk["label"], "K-SB")
    assert result.result == "refused", result
    return [r.code for r in result.reasons]


def test_signed_override_lets_the_refused_scan_through_once(
    ctx: AppContext, clock: FixedClock, kiosk: dict[str, Any], tmp_path: Path
) -> None:
    """Refused (no authorisation); two minutes later a technician signs; the same label then asks the
    questions and starts the use under the override: the entry, the audit and the printed logbook say so."""
    assert _refused(ctx, kiosk, "ewa") == ["not_authorised"]
    clock.advance(timedelta(minutes=2))  # the technician comes over: well past the 30 s pairing window
    override_id = ctx.equipment.sign_override(
        "tech", "a long password", kiosk["ewa"], "AUT-01", "première utilisation sous ma surveillance", "K-SB"
    )
    clock.advance(timedelta(seconds=2))
    asked = ctx.scan.scan(kiosk["label"], "K-SB")  # no new badge: the signature renewed the pairing
    assert asked.result == "questions" and asked.override is not None and asked.override.id == override_id
    clock.advance(timedelta(seconds=30))
    started = ctx.scan.scan(kiosk["label"], "K-SB", answers=YES)
    assert started.result == "use_started" and started.person is not None and started.person.name == "Ewa Łuczak"
    assert started.override is not None
    assert (started.override.id, started.override.signed_by, started.override.reasons) == (
        override_id, "Jean Claes", ("not_authorised",)
    )  # fmt: skip
    assert started.override.reason == "première utilisation sous ma surveillance"
    use = next(e for e in ctx.equipment.logbook("AUT-01") if e.kind == "use")
    assert use.person_id == kiosk["ewa"] and use.override_id == override_id
    assert use.details["override_id"] == override_id and use.details["answers"] == YES
    [signed] = _audit(ctx, "equipment.override_signed")
    content = json.loads(signed.new_values or "{}")
    assert signed.entity_id == str(override_id) and signed.actor_name == "tech" and signed.terminal == "K-SB"
    assert content["person_id"] == kiosk["ewa"] and content["reasons"] == ["not_authorised"]
    assert content["meaning"] == "override" and len(content["hash"]) == 64
    assert signed.reason == "première utilisation sous ma surveillance"
    assert json.loads(_audit(ctx, "logbook.use")[-1].new_values or "{}")["override_id"] == override_id
    assert ctx.audit.verify(ctx.system_actor()).ok
    args = argparse.Namespace(code="AUT-01", out=str(tmp_path / "logbook.pdf"), from_date=None, to_date=None)
    assert cmd_report_logbook(ctx, args, Output(Translator("en"), True, io.StringIO(), io.StringIO())) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "logbook.pdf").pages)
    assert f"Used under override #{override_id}" in text


def test_override_is_used_once(ctx: AppContext, clock: FixedClock, kiosk: dict[str, Any]) -> None:
    """After the use it allowed has ended, the next use by the same learner is refused again."""
    ctx.scan.scan(kiosk["badge"][kiosk["ewa"]], "K-SB")
    ctx.equipment.sign_override("tech", "a long password", kiosk["ewa"], "AUT-01", "supervised run", "K-SB")
    assert ctx.scan.scan(kiosk["label"], "K-SB", answers=YES).result == "use_started"
    clock.advance(timedelta(minutes=5))
    ctx.scan.scan(kiosk["badge"][kiosk["ewa"]], "K-SB")
    assert ctx.scan.scan(kiosk["label"], "K-SB", answers=AFTER).result == "use_stopped"
    clock.advance(timedelta(minutes=1))  # well within the override's 15 minutes, yet it is spent
    assert _refused(ctx, kiosk, "ewa") == ["not_authorised"]
    uses = [e for e in ctx.equipment.logbook("AUT-01") if e.kind == "use"]
    assert len(uses) == 1 and ctx.equipment.get("AUT-01").status == "available"


def test_wrong_password_signs_nothing(ctx: AppContext, clock: FixedClock, kiosk: dict[str, Any]) -> None:
    """A wrong password refuses the signature: no override, the pairing is not renewed, the scan is
    still refused; only the failed authentication is audited. A QA account may not sign at all."""
    assert _refused(ctx, kiosk, "ewa") == ["not_authorised"]
    clock.advance(timedelta(seconds=20))
    with pytest.raises(AuthenticationFailed):
        ctx.equipment.sign_override("tech", "not the password", kiosk["ewa"], "AUT-01", "urgent", "K-SB")
    assert _overrides(ctx) == 0 and _audit(ctx, "equipment.override_signed") == []
    assert [json.loads(a.new_values or "{}")["kind"] for a in _audit(ctx, "staff.auth_failed")] == ["password"]
    clock.advance(timedelta(seconds=15))  # 35 s after the badge: the failed signature renewed nothing
    assert ctx.scan.scan(kiosk["label"], "K-SB").reason == "badge_first"
    assert _refused(ctx, kiosk, "ewa") == ["not_authorised"]
    ctx.accounts.add_user(ctx.system_actor(), "qa", "Nathalie", "Peeters", ["qa"], "a long password")
    with pytest.raises(PermissionDenied):
        ctx.equipment.sign_override("qa", "a long password", kiosk["ewa"], "AUT-01", "why not", "K-SB")
    assert _overrides(ctx) == 0
    assert [e.kind for e in ctx.equipment.logbook("AUT-01")] == []


def test_override_for_another_learner_does_not_apply(ctx: AppContext, clock: FixedClock, kiosk: dict[str, Any]) -> None:
    """The autoclave is in quarantine; an override signed for Zoë does not let Ewa (also authorised)
    use it, even at the same terminal right after; Zoë then may."""
    ctx.equipment.authorise(kiosk["tech"], kiosk["ewa"], "AUT-01", None)
    ctx.equipment.set_status(kiosk["tech"], "AUT-01", "quarantine", "suspect leak")
    assert _refused(ctx, kiosk, "zoe") == ["quarantine"]
    ctx.equipment.sign_override("tech", "a long password", kiosk["zoe"], "AUT-01", "leak test run", "K-SB")
    clock.advance(timedelta(seconds=3))
    assert _refused(ctx, kiosk, "ewa") == ["quarantine"]
    clock.advance(timedelta(seconds=3))
    ctx.scan.scan(kiosk["badge"][kiosk["zoe"]], "K-SB")
    started = ctx.scan.scan(kiosk["label"], "K-SB", answers=YES)
    assert started.result == "use_started" and started.person is not None and started.person.id == kiosk["zoe"]


def test_override_does_not_cover_a_new_reason_nor_a_late_scan(
    ctx: AppContext, clock: FixedClock, kiosk: dict[str, Any]
) -> None:
    """Signed for "no authorisation": once the autoclave is also in quarantine both reasons refuse;
    and an override not used within 15 minutes refuses too."""
    ctx.scan.scan(kiosk["badge"][kiosk["ewa"]], "K-SB")
    ctx.equipment.sign_override("tech", "a long password", kiosk["ewa"], "AUT-01", "supervised run", "K-SB")
    ctx.equipment.set_status(kiosk["tech"], "AUT-01", "quarantine", "suspect leak")
    assert ctx.scan.scan(kiosk["label"], "K-SB").result == "refused"
    ctx.equipment.set_status(kiosk["tech"], "AUT-01", "available", "leak test passed")
    clock.advance(timedelta(minutes=16))
    assert _refused(ctx, kiosk, "ewa") == ["not_authorised"]


# --- the authorisation lapse period is a setting ------------------------------------------------


def test_lapse_period_comes_from_the_settings(
    ctx: AppContext, clock: FixedClock, kiosk: dict[str, Any], settings: Settings
) -> None:
    """Zoë last used the autoclave 31 days ago: refused as lapsed with authorisation_lapse_days = 30,
    asked the questions with the default 180; the standing authorisations say the same."""
    ctx.scan.scan(kiosk["badge"][kiosk["zoe"]], "K-SB")
    assert ctx.scan.scan(kiosk["label"], "K-SB", answers=YES).result == "use_started"
    clock.advance(timedelta(minutes=30))
    ctx.scan.scan(kiosk["badge"][kiosk["zoe"]], "K-SB")
    assert ctx.scan.scan(kiosk["label"], "K-SB", answers=AFTER).result == "use_stopped"
    clock.advance(timedelta(days=31))
    strict = build_context(replace(settings, authorisation_lapse_days=30), clock=clock, hasher=fast_hasher())
    try:
        strict.scan.scan(kiosk["badge"][kiosk["zoe"]], "K-SB")
        refused = strict.scan.scan(kiosk["label"], "K-SB")
        assert [(r.code, dict(r.params)) for r in refused.reasons] == [
            ("authorisation_lapsed", {"last_use": local(T0).date().isoformat()})
        ]
        [auth] = strict.equipment.authorisations("AUT-01")
        assert auth.problem is not None and auth.problem.code == "authorisation_lapsed"
        with pytest.raises(UseRefused):
            strict.equipment.start_use(kiosk["zoe"], "AUT-01", "K-SB")
        assert ctx.settings.authorisation_lapse_days == 180
        ctx.scan.scan(kiosk["badge"][kiosk["zoe"]], "K-SB")
        assert ctx.scan.scan(kiosk["label"], "K-SB").result == "questions"
        assert next(a for a in ctx.equipment.authorisations("AUT-01") if a.person_id == kiosk["zoe"]).problem is None
        # A lapse may be overridden like any other refusal, under the strict setting too.
        strict.equipment.sign_override("tech", "a long password", kiosk["zoe"], "AUT-01", "refresher run", "K-SB")
        strict.scan.scan(kiosk["badge"][kiosk["zoe"]], "K-SB")
        started = strict.scan.scan(kiosk["label"], "K-SB", answers=YES)
        assert started.result == "use_started" and started.override is not None
        assert started.override.reasons == ("authorisation_lapsed",)
    finally:
        strict.close()
