"""One scan, one decision, on both databases: check-in, check-out, debounce, refusals, staff, retries."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from aptaskil_desk.app import AppContext
from aptaskil_desk.badges.layouts import candidates, mangle
from aptaskil_desk.clock import FixedClock
from aptaskil_desk.services.people import NewLearner
from tests.conftest import T0

TERMINAL = "KIOSK-LAB"


@pytest.fixture
def centre(ctx: AppContext) -> dict[str, Any]:
    """A lab with a terminal, a session running at T0 (08:30–12:00 Brussels), two learners with badges."""
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB", "Laboratoire CQ", "laboratory")
    ctx.centre.add_room(actor, "ATL", "Atelier", "workshop")
    ctx.centre.register_terminal(actor, TERMINAL, "LAB")
    ctx.centre.register_terminal(actor, "KIOSK-ATL", "ATL")
    zoe, lukasz = ctx.people.add_learners(
        actor, [NewLearner("Zoë", "Ødegård", "student"), NewLearner("Łukasz", "Wiśniewski", "job_seeker")]
    )
    ctx.centre.add_course(actor, "TLCQ", "Technicien de laboratoire CQ", "qc_lab_technician")
    start = T0.replace(hour=7, minute=30)  # 08:30 Brussels
    ctx.centre.add_session(
        actor, "TLCQ-1", "TLCQ", "LAB", [(start, start + timedelta(hours=3, minutes=30))], learner_ids=[zoe.id]
    )
    badges = {b.person_id: b.code for b in ctx.badges.issue(actor, [zoe.id, lukasz.id])}
    return {"zoe": zoe, "lukasz": lukasz, "zoe_code": badges[zoe.id], "lukasz_code": badges[lukasz.id]}


def test_check_in_then_out_with_hours(ctx: AppContext, clock: FixedClock, centre: dict[str, Any]) -> None:
    """First scan checks in against the running session; after the debounce the next checks out."""
    first = ctx.scan.scan(centre["zoe_code"], TERMINAL)
    assert first.result == "checked_in" and first.reason is None
    assert first.person is not None and first.person.name == "Zoë Ødegård"
    assert first.session is not None and first.session.code == "TLCQ-1"
    clock.advance(timedelta(minutes=90))
    second = ctx.scan.scan(centre["zoe_code"], TERMINAL)
    assert second.result == "checked_out" and second.session is not None
    assert second.hours_today == 1.5
    assert ctx.audit.verify(ctx.system_actor()).ok


def test_debounce_reports_already(ctx: AppContext, clock: FixedClock, centre: dict[str, Any]) -> None:
    """The same badge within two minutes records nothing and says when the learner checked in."""
    first = ctx.scan.scan(centre["zoe_code"], TERMINAL)
    clock.advance(timedelta(seconds=70))
    again = ctx.scan.scan(centre["zoe_code"], TERMINAL)
    assert again.result == "already" and again.reason == "in" and again.at == first.at
    before = ctx.audit.count()
    clock.advance(timedelta(seconds=10))
    assert ctx.scan.scan(centre["zoe_code"], TERMINAL).result == "already"
    assert ctx.audit.count() == before


def test_unscheduled_and_not_enrolled_are_flagged(ctx: AppContext, centre: dict[str, Any]) -> None:
    """No session in the room: unscheduled; a session the learner is not on: not_enrolled."""
    assert ctx.scan.scan(centre["zoe_code"], "KIOSK-ATL").reason == "unscheduled"
    result = ctx.scan.scan(centre["lukasz_code"], TERMINAL)
    assert result.result == "checked_in" and result.reason == "not_enrolled"


def test_azerty_mangled_scan_is_recognised(ctx: AppContext, centre: dict[str, Any]) -> None:
    """A US scanner on a Belgian AZERTY host still checks the right learner in."""
    result = ctx.scan.scan(mangle(centre["zoe_code"], "be-azerty"), TERMINAL)
    assert result.result == "checked_in" and result.person is not None and result.person.id == centre["zoe"].id


def test_refusals_are_logged_and_change_no_attendance(ctx: AppContext, centre: dict[str, Any]) -> None:
    """Garbage, an unknown code, a mis-read and a revoked badge are refused and logged."""
    from aptaskil_desk.domain.codes import CodeKind, make_code

    code = centre["zoe_code"]
    # One symbol mis-read. The kiosk also tries the code as other keyboard layouts would have typed it,
    # and one of those readings can happen to be well formed: pick a substitute for which none is.
    misread = next(m for m in (code[:5] + c + code[6:] for c in "XYZ0123456789" if c != code[5]) if not candidates(m))
    assert ctx.scan.scan("\x1b[garbage", TERMINAL).reason == "unreadable"
    assert ctx.scan.scan(misread, TERMINAL).reason == "unreadable"
    assert ctx.scan.scan(make_code(CodeKind.BADGE, b"0123456789"), TERMINAL).reason == "unknown"
    ctx.badges.issue(ctx.system_actor(), [centre["zoe"].id], reissue=True, reason="lost at the canteen")
    revoked = ctx.scan.scan(code, TERMINAL)
    assert revoked.result == "refused" and revoked.reason == "revoked"
    from sqlalchemy import func, select

    from aptaskil_desk.db.models import AttendanceEvent, ScanRefusal

    counts = ctx.db.run_read(
        lambda s: (
            s.execute(select(func.count(AttendanceEvent.id))).scalar_one(),
            s.execute(select(func.count(ScanRefusal.id))).scalar_one(),
        )
    )
    assert counts == (0, 4)


def test_staff_badge_asks_for_the_pin(ctx: AppContext, centre: dict[str, Any]) -> None:
    """A staff member's badge records nothing and asks for the PIN."""
    staff = ctx.accounts.add_user(
        ctx.system_actor(), "marc", "Marc", "Dubois", ["instructor"], "a long password", "3333"
    )
    [badge] = ctx.badges.issue(ctx.system_actor(), [staff.person_id])
    result = ctx.scan.scan(badge.code, TERMINAL)
    assert result.result == "staff" and result.person is not None and result.person.id == staff.person_id


def test_retry_with_the_same_uuid_records_once(ctx: AppContext, clock: FixedClock, centre: dict[str, Any]) -> None:
    """A kiosk that retries a scan after a crash with the same UUID gets the first outcome back."""
    first = ctx.scan.scan(centre["zoe_code"], TERMINAL, event_uuid="6a1f3c70-0000-4000-8000-000000000001")
    clock.advance(timedelta(minutes=10))
    again = ctx.scan.scan(centre["zoe_code"], TERMINAL, event_uuid="6a1f3c70-0000-4000-8000-000000000001")
    assert again.result == "checked_in" and again.at == first.at
    assert ctx.scan.scan(centre["zoe_code"], TERMINAL).result == "checked_out"


def test_instructor_corrects_an_event_original_kept(ctx: AppContext, clock: FixedClock, centre: dict[str, Any]) -> None:
    """A correction needs an instructor and a reason, supersedes the event, keeps it, and changes the hours."""
    from aptaskil_desk.clock import local
    from aptaskil_desk.errors import InvalidInput, PermissionDenied

    ctx.scan.scan(centre["zoe_code"], TERMINAL)
    clock.advance(timedelta(minutes=60))
    out = ctx.scan.scan(centre["zoe_code"], TERMINAL)
    day = local(out.at).date()
    report = ctx.attendance.day(centre["zoe"].id, day)
    out_event = report.events[-1]
    assert report.attendance.counted == timedelta(hours=1)
    instructor = ctx.accounts.add_user(ctx.system_actor(), "marc", "Marc", "Dubois", ["instructor"], "a long password")
    as_instructor = instructor.actor(TERMINAL)
    tech = ctx.accounts.add_user(ctx.system_actor(), "tech", "Jean", "Claes", ["technician"], "a long password")
    with pytest.raises(PermissionDenied):
        ctx.attendance.correct(tech.actor(TERMINAL), out_event.id, kind="out", at=out.at, reason="x")
    with pytest.raises(InvalidInput):
        ctx.attendance.correct(as_instructor, out_event.id, kind="out", at=out.at, reason="  ")
    later = out.at + timedelta(hours=2)
    ctx.attendance.correct(as_instructor, out_event.id, kind="out", at=later, reason="scanned out for lunch only")
    report = ctx.attendance.day(centre["zoe"].id, day)
    assert len(report.events) == 3  # the original is still there
    original = next(e for e in report.events if e.id == out_event.id)
    assert original.superseded_by is not None
    assert report.attendance.counted == timedelta(hours=2, minutes=45)  # clipped at the slot end, 12:00
    with pytest.raises(InvalidInput):
        ctx.attendance.correct(as_instructor, out_event.id, kind="void", reason="twice")
    assert ctx.audit.verify(ctx.system_actor()).ok


def test_attendance_and_badges_are_guarded_records(ctx: AppContext, centre: dict[str, Any]) -> None:
    """The database refuses to change or delete attendance events and refusals, or to un-revoke a badge."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    ctx.scan.scan(centre["zoe_code"], TERMINAL)
    ctx.scan.scan("garbage", TERMINAL)
    ctx.badges.revoke(ctx.system_actor(), centre["lukasz"].id, "lost")
    for statement in (
        "UPDATE attendance_event SET kind = 'out'",
        "DELETE FROM attendance_event",
        "UPDATE scan_refusal SET reason = 'x'",
        "DELETE FROM scan_refusal",
        "UPDATE badge SET revoked_at = NULL",
        "UPDATE badge SET code = 'B0000000000000000X'",
        "DELETE FROM badge",
    ):
        with pytest.raises(DBAPIError), ctx.db.engines.write.begin() as conn:
            conn.execute(text(statement))


@hyp_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_or_random_payloads_never_match_another_person(ctx: AppContext, centre: dict[str, Any], data) -> None:
    """A random payload, or a badge with one symbol changed or two neighbours swapped, never crashes and
    never checks in anyone but the badge's owner (usually it is refused)."""
    from aptaskil_desk.domain.codes import ALPHABET

    owner_of = {centre["zoe_code"]: centre["zoe"].id, centre["lukasz_code"]: centre["lukasz"].id}
    code = data.draw(st.sampled_from(sorted(owner_of)))
    how = data.draw(st.sampled_from(["random", "substitute", "swap", "layout"]))
    if how == "random":
        payload = data.draw(st.text(max_size=40))
    elif how == "substitute":
        i = data.draw(st.integers(0, len(code) - 1))
        payload = code[:i] + data.draw(st.sampled_from(ALPHABET.replace(code[i], ""))) + code[i + 1 :]
    elif how == "swap":
        i = data.draw(st.integers(0, len(code) - 2))
        payload = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
    else:
        payload = mangle(code, data.draw(st.sampled_from(["be-azerty", "fr-azerty", "de-qwertz", "us"])))
    result = ctx.scan.scan(payload, TERMINAL, event_uuid=str(uuid.uuid4()))
    if result.person is not None:
        assert result.person.id == owner_of[code], (payload, code)
    if how == "layout":
        assert result.person is not None  # a layout-mangled badge is still recognised


def test_refused_input_is_kept_printable() -> None:
    """NUL, control characters, lone surrogates and backslashes are stored as escapes; the rest as is."""
    from aptaskil_desk.services.scan import MAX_KEPT_INPUT, printable

    assert printable("Q&\x00é\x1b\\\ud800") == "Q&\\x00é\\x1b\\\\\\ud800"
    assert len(printable("A" * 5000)) == MAX_KEPT_INPUT
