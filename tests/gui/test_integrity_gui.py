"""A failed database check on the real window: the start-up check raises the incident, the notice lies
over the kiosk, a learner's badge is refused with nothing recorded, the staff unlock still opens;
QA signs in and resolves it on the diagnostics page (a technician sees no Resolve button) and scans record again.
An incident raised on another terminal reaches this kiosk within one database probe.
Screenshots: test-artifacts/integrity-*.png."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import text

from aptaskil_desk.app import AppContext, build_context
from aptaskil_desk.services.integrity import CheckOutcome
from aptaskil_desk.services.passwords import fast_hasher
from aptaskil_desk.ui.staff.diagnostics_page import DIAGNOSTICS_PAGE, DiagnosticsPage
from tests.gui.helpers import PASSWORD, add_staff, seed_centre
from tests.gui.keys import SCANNER_MS, focus_target, type_keys
from tests.gui.test_kiosk_hardening import save, unlock
from tests.gui.test_scanning import learner_badge, recorded

QA_PIN = "8642"
TECH_PIN = "9753"


def _break_a_guard(ctx: AppContext) -> None:
    """Drop one append-only guard by hand, as someone with database access could."""
    statement = (
        "DROP TRIGGER printed_record_no_update"
        if ctx.db.dialect == "sqlite"
        else "DROP TRIGGER printed_record_append_only ON printed_record"
    )
    with ctx.db.engines.write.begin() as conn:
        conn.execute(text(statement))


def _people(ctx: AppContext) -> None:
    seed_centre(ctx)
    add_staff(ctx)
    actor = ctx.system_actor()
    ctx.accounts.add_user(actor, "qa1", "Quentin", "Qualité", ["qa"], PASSWORD, QA_PIN)
    ctx.accounts.add_user(actor, "tech1", "Amélie", "Technicienne", ["technician"], PASSWORD, TECH_PIN)


def _scan_refused(qtbot: Any, window: Any, payload: str, start_ms: int) -> str:
    with qtbot.waitSignal(window.result_screen.error_shown, timeout=10_000) as shown:
        type_keys(focus_target(window), payload, start_ms=start_ms, interval_ms=SCANNER_MS)
    return str(shown.args[0])


def _diagnostics(window: Any) -> DiagnosticsPage:
    page = window.staff_area.page(DIAGNOSTICS_PAGE)
    assert isinstance(page, DiagnosticsPage)
    return page


def test_failed_startup_check_stops_scans_until_qa_resolves(ctx: AppContext, make_window: Any, qtbot: Any) -> None:
    _people(ctx)
    badge = learner_badge(ctx)
    qa_badge = ctx.badges.issue(ctx.system_actor(), [ctx.accounts.get("qa1").person_id])[0].code
    _break_a_guard(ctx)
    window = make_window()
    notice = window.integrity

    with qtbot.waitSignal(notice.checked, timeout=30_000) as checked:
        notice.run_startup_check()
    outcome: CheckOutcome = checked.args[0]
    assert not outcome.report.ok and outcome.raised and outcome.incident is not None
    incident = outcome.incident.id
    qtbot.waitUntil(lambda: notice.stopped and notice.isVisible())
    assert f"incident {incident}" in notice.message and "Recording stopped" in notice.message
    save(qtbot, window, "integrity-kiosk-stopped.png")

    before = recorded(ctx)
    said = _scan_refused(qtbot, window, badge, 0)
    assert "Nothing was recorded" in said and f"incident {incident}" in said
    assert recorded(ctx) == before
    assert not notice.isVisible()  # the result screen says it; the notice is for the idle screen
    window.show_kiosk()
    qtbot.waitUntil(notice.isVisible)

    # A technician sees the incident but cannot resolve it.
    unlock(qtbot, window, "tech1", TECH_PIN)
    assert not notice.isVisible()
    page = _diagnostics(window)
    window.staff_area.show_page(DIAGNOSTICS_PAGE)
    qtbot.waitUntil(lambda: page.incidents.isVisible() and bool(page.incidents.incidents))
    assert page.incidents.resolve_buttons == {}
    window.lock()

    # QA's own badge still opens the unlock (nothing is recorded by it), then the PIN.
    window.show_kiosk()
    type_keys(focus_target(window), qa_badge, start_ms=120_000, interval_ms=SCANNER_MS)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock)
    assert window.unlock.login_edit.text() == "qa1"
    qtbot.keyClicks(window.unlock.pin_edit, QA_PIN)
    with qtbot.waitSignal(window.staff_unlocked, timeout=10_000):
        qtbot.keyClick(window.unlock.pin_edit, Qt.Key.Key_Return)
    window.staff_area.show_page(DIAGNOSTICS_PAGE)

    # A half-written resolution does not survive the staff lock: the next person finds nothing.
    qtbot.waitUntil(lambda: incident in page.incidents.resolve_buttons)
    qtbot.mouseClick(page.incidents.resolve_buttons[incident], Qt.MouseButton.LeftButton)
    left = page.incidents.dialog
    assert left is not None and left.isVisible()
    left.note_edit.setPlainText("Half a note")
    window.lock()
    assert not left.isVisible() and page.incidents.dialog is None
    unlock(qtbot, window, "qa1", QA_PIN)
    window.staff_area.show_page(DIAGNOSTICS_PAGE)

    # QA resolves it, with a note and the password.
    qtbot.waitUntil(lambda: incident in page.incidents.resolve_buttons)
    # The start-up check shows as the terminal's last check.
    assert page.last_check is not None and page.last_check[1] == outcome.report
    save(qtbot, window, "integrity-diagnostics-open.png")
    qtbot.mouseClick(page.incidents.resolve_buttons[incident], Qt.MouseButton.LeftButton)
    dialog = page.incidents.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.note_edit.setPlainText("ok")
    dialog.password_edit.setText(PASSWORD)
    dialog.submit()
    assert "at least 10 characters" in dialog.banner.message
    dialog.note_edit.setPlainText("Trigger recreated by IT from migration 0008; ticket 4711.")
    dialog.password_edit.setText("wrong password")
    dialog.submit()
    dialog.reject()  # Cancel while the signature is checked: refused, it would be recorded anyway
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.banner.message != "", timeout=10_000)
    qtbot.waitUntil(lambda: "password" in dialog.banner.message.lower(), timeout=10_000)
    assert dialog.password_edit.text() == "" and ctx.integrity.open_incidents()
    save(qtbot, dialog, "integrity-resolve-dialog.png")
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(page.incidents.resolved, timeout=10_000):
        dialog.submit()
    assert ctx.integrity.open_incidents() == []
    qtbot.waitUntil(lambda: not notice.stopped)
    qtbot.waitUntil(lambda: "resolved by Quentin Qualité" in " ".join(page.incidents.line(i)
                                                                      for i in page.incidents.incidents))  # fmt: skip
    window.lock()
    assert not notice.isVisible()

    # Scans record again.
    with qtbot.waitSignal(window.result_screen.result_shown, timeout=10_000) as shown:
        type_keys(focus_target(window), badge, start_ms=600_000, interval_ms=SCANNER_MS)
    assert shown.args[0].result == "checked_in", shown.args[0]
    assert recorded(ctx)[0] == before[0] + 1


def test_an_incident_raised_on_another_terminal_reaches_this_kiosk(
    ctx: AppContext, make_window: Any, qtbot: Any
) -> None:
    _people(ctx)
    window = make_window(db_probe_ms=200)
    notice = window.integrity
    assert not notice.stopped
    other = build_context(replace(ctx.settings, terminal="KIOSK-C"), clock=ctx.clock, hasher=fast_hasher())
    try:
        _break_a_guard(other)
        outcome = other.integrity.check(other.system_actor(), "check")
        assert outcome.raised and outcome.incident is not None
        qtbot.waitUntil(lambda: notice.stopped and notice.isVisible(), timeout=10_000)
        assert "terminal KIOSK-C" in notice.message
        # The staff unlock still opens (it hides the notice): QA can come and resolve it.
        window.show_unlock("qa1")
        qtbot.waitUntil(lambda: not notice.isVisible())
        other.integrity.resolve("qa1", PASSWORD, outcome.incident.id, "Checked with IT: guard restored.",
                                terminal="KIOSK-C")  # fmt: skip
        window.show_kiosk()
        qtbot.waitUntil(lambda: not notice.stopped, timeout=10_000)
        assert not notice.isVisible()
    finally:
        other.close()
