"""A refused equipment use overridden at the kiosk: the staff button, the signature dialog, then the use."""

from __future__ import annotations

import itertools
import secrets
import shutil
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import func, select

from aptaskil_desk.badges.layouts import mangle
from aptaskil_desk.db.models import EquipmentOverride
from aptaskil_desk.domain.codes import CodeKind, make_code
from aptaskil_desk.errors import AptaskilError
from aptaskil_desk.ui.kiosk.override_dialog import OverrideDialog
from aptaskil_desk.ui.main_window import MainWindow
from aptaskil_desk.ui.widgets.message import MessageKind
from tests.gui.helpers import ARTIFACTS, DOCS_SCREENSHOTS, PASSWORD, in_language
from tests.gui.keys import HUMAN_MS, scan, type_keys
from tests.gui.test_kiosk_equipment import LEARNER, OTHER, badge_then_refused, lab, touch_all

REASON = "Première utilisation sous ma surveillance"
#: Key timestamps for typing, after every scan of these tests.
_TYPING = itertools.count(100_000, 20_000)


def kiosk(ctx, make_window, **options) -> MainWindow:
    """A French kiosk window whose result screen offers staff overrides.

    The main window does not wire the override yet (aptaskil_desk/ui/main_window.py belongs to
    another change): the test gives the result screen what the window would give it.
    """
    window: MainWindow = make_window(in_language(ctx, "fr"))
    window.result_screen.enable_override(window.ctx, window.jobs, window.flow, **options)
    return window


def dialog_of(window: MainWindow) -> OverrideDialog:
    dialog = window.result_screen.override_dialog
    assert dialog is not None
    return dialog


def open_dialog(qtbot, window: MainWindow) -> OverrideDialog:
    """Press « Dérogation (personnel) » on the refusal shown; return the dialog then on screen."""
    button = window.result_screen.override_button
    assert button.isVisible() and button.text() == "Dérogation (personnel)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(window)
    assert dialog.isVisible() and dialog.geometry() == window.result_screen.rect()
    return dialog


def fill(qtbot, dialog: OverrideDialog, login: str, password: str, reason: str = REASON) -> None:
    """Type the three fields: login and password as Qt's test keys, the (accented) reason at a
    person's speed through the window's scanner filter, as a keyboard would."""
    for edit, text in ((dialog.login_edit, login), (dialog.password_edit, password)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.reason_edit.clear()
    dialog.reason_edit.setFocus()
    type_keys(dialog.reason_edit, reason, start_ms=next(_TYPING), interval_ms=HUMAN_MS, enter=False)
    qtbot.waitUntil(lambda: dialog.reason_edit.text() == reason)


def refusal_of(qtbot, dialog: OverrideDialog) -> str:
    """Press Sign and wait for the refusal; return its message."""
    with qtbot.waitSignal(dialog.refused) as refused:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    message: str = refused.args[0]
    return message


def overrides(ctx) -> int:
    return int(ctx.db.run_read(lambda s: s.execute(select(func.count(EquipmentOverride.id))).scalar_one()))


def save(qtbot, window: MainWindow, name: str) -> None:
    """Save the window as PNG once the labels got the room their text needs."""
    labels = [w for w in window.findChildren(QLabel) if w.isVisible()]
    qtbot.waitUntil(lambda: all(w.height() >= w.heightForWidth(w.width()) for w in labels if w.wordWrap()))
    ARTIFACTS.mkdir(exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / name))
    assert (ARTIFACTS / name).stat().st_size > 10_000


def test_whole_kiosk_path_badge_refusal_override_questions_use(ctx, clock, make_window, qtbot):
    """Zoë (no authorisation) is refused; two minutes later an instructor signs in the dialog; the
    same label then asks the pre-use questions and the use starts, saying who signed."""
    setup = lab(ctx)
    window = kiosk(ctx, make_window)
    refused = badge_then_refused(qtbot, window, setup.badges[OTHER], setup.autoclave, 10_000)
    assert [r.code for r in refused.reasons] == ["not_authorised"]
    screen = window.result_screen
    assert screen.override_hint.text() == "Un·e formateur·rice ou un·e technicien·ne peut autoriser cette utilisation."
    save(qtbot, window, f"kiosk-override-offered-{ctx.db.dialect}.png")
    clock.advance(timedelta(minutes=2))  # the instructor comes over: the pairing's 30 s are long gone
    dialog = open_dialog(qtbot, window)
    assert not screen._timer.isActive()  # the refusal stays while the instructor signs
    assert dialog.title.text() == "Dérogation du personnel"
    assert dialog.person_label.text() == OTHER and dialog.equipment_label.text() == "Autoclave vapeur (AUT-01)"
    assert dialog.meaning_label.text() == "En signant, vous autorisez cette seule utilisation malgré :"
    assert dialog.reasons_label.text() == "• Aucune autorisation pour cet équipement"
    assert "15 minutes" in dialog.record_label.text()
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.login_edit.hasFocus()
    fill(qtbot, dialog, "mdubois", PASSWORD)
    save(qtbot, window, f"kiosk-override-dialog-{ctx.db.dialect}.png")
    if ctx.db.dialect == "sqlite":
        DOCS_SCREENSHOTS.mkdir(exist_ok=True)
        shutil.copyfile(ARTIFACTS / "kiosk-override-dialog-sqlite.png", DOCS_SCREENSHOTS / "kiosk-override-dialog.png")
    with qtbot.waitSignal(window.questions.question_shown, timeout=10_000):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.questions and not dialog.isVisible()
    assert dialog.password_edit.text() == ""  # nothing typed stays behind
    result = touch_all(qtbot, window)
    assert result.result == "use_started" and result.person is not None and result.person.name == OTHER
    assert result.override is not None and result.override.signed_by == "Marc Dubois"
    assert screen.headline.text() == "Utilisation commencée"
    assert screen.note_label.text() == "Sous dérogation signée par Marc Dubois"
    assert not screen.override_button.isVisible()
    save(qtbot, window, f"kiosk-override-use-started-{ctx.db.dialect}.png")
    use = next(e for e in ctx.equipment.logbook("AUT-01") if e.kind == "use")
    assert use.person_id == result.person.id and use.override_id == result.override.id
    assert use.details["answers"] == {"clean_label": "yes", "door_seal": "yes", "bowie_dick": "yes"}
    assert ctx.audit.verify(ctx.system_actor()).ok


def test_wrong_password_is_said_and_changes_nothing(ctx, make_window, qtbot):
    """A wrong password: the message in French, the password field emptied, nothing signed; Cancel
    returns to the refusal with its countdown running again."""
    setup = lab(ctx)
    window = kiosk(ctx, make_window)
    badge_then_refused(qtbot, window, setup.badges[OTHER], setup.autoclave, 10_000)
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog, "mdubois", "pas le bon mot de passe")
    assert refusal_of(qtbot, dialog) == "Mot de passe erroné : encore 4 essai(s)."
    assert dialog.banner.level is MessageKind.ERROR and dialog.password_edit.text() == ""
    assert dialog.isVisible() and not dialog.busy and dialog.password_edit.hasFocus()
    assert overrides(ctx) == 0 and window.current_page() is window.result_screen
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.result_screen._timer.isActive()
    assert window.result_screen.subline.text() == "Aucune autorisation pour cet équipement"
    assert [e.kind for e in ctx.equipment.logbook("AUT-01")] == []


def test_empty_fields_and_accounts_that_may_not_sign(ctx, make_window, qtbot):
    """No reason, no password: said before any check. A QA account may not sign; a locked account
    is said locked. Nothing is signed."""
    setup = lab(ctx)
    ctx.accounts.add_user(ctx.system_actor(), "qa", "Nathalie", "Peeters", ["qa"], PASSWORD)
    window = kiosk(ctx, make_window)
    badge_then_refused(qtbot, window, setup.badges[OTHER], setup.autoclave, 10_000)
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog, "mdubois", PASSWORD, reason="   ")
    assert refusal_of(qtbot, dialog).startswith("Indiquez la raison de cette dérogation")
    assert dialog.reason_edit.hasFocus()
    fill(qtbot, dialog, "mdubois", "", reason=REASON)
    assert refusal_of(qtbot, dialog) == "Tapez votre identifiant et votre mot de passe."
    fill(qtbot, dialog, "qa", PASSWORD)
    assert refusal_of(qtbot, dialog) == (
        "Le compte qa ne peut pas signer de dérogation : demandez à un·e formateur·rice ou un·e technicien·ne."
    )
    for _ in range(5):
        with pytest.raises(AptaskilError):
            ctx.accounts.authenticate_password("tech", "wrong", ctx.terminal)
    fill(qtbot, dialog, "tech", PASSWORD)
    assert refusal_of(qtbot, dialog) == "Le compte 'tech' est verrouillé : adressez-vous à un administrateur."
    assert dialog.login_edit.hasFocus() and overrides(ctx) == 0


def test_no_override_for_busy_unknown_or_unpaired_equipment(ctx, make_window, qtbot):
    """The button is offered only where a signature could help: not for an equipment in use by
    someone else, an unknown label, or a label scanned without a badge first."""
    setup = lab(ctx)
    window = kiosk(ctx, make_window)
    button = window.result_screen.override_button
    result = scan(qtbot, window, mangle(setup.autoclave, "be-azerty"), 10_000)
    assert result.reason == "badge_first" and not button.isVisible()
    unknown = make_code(CodeKind.EQUIPMENT, secrets.token_bytes(10))
    scan(qtbot, window, mangle(setup.badges[LEARNER], "be-azerty"), 20_000)
    assert scan(qtbot, window, unknown, 21_000).reason == "unknown_equipment" and not button.isVisible()
    lukasz = next(p.id for p in ctx.people.list_learners() if p.display_name == LEARNER)
    ctx.equipment.start_use(lukasz, "AUT-01", ctx.terminal)  # Łukasz (authorised) is using it
    busy = badge_then_refused(qtbot, window, setup.badges[OTHER], setup.autoclave, 30_000)
    assert "in_use" in [r.code for r in busy.reasons] and not button.isVisible()
    window.result_screen.open_override()  # even when asked directly, nothing opens
    assert not dialog_of(window).isVisible()


def test_idle_closes_the_dialog_and_forgets_what_was_typed(ctx, make_window, qtbot):
    """Left untouched, the dialog closes itself and the kiosk goes back to idle; the kiosk's own
    return to idle (staff lock, idle timeout) closes it too."""
    setup = lab(ctx)
    window = kiosk(ctx, make_window, idle_ms=1500)
    badge_then_refused(qtbot, window, setup.badges[OTHER], setup.autoclave, 10_000)
    dialog = open_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.timed_out, timeout=10_000):
        fill(qtbot, dialog, "mdubois", PASSWORD)  # typing keeps it open; then nobody touches it
        assert dialog.isVisible() and dialog.password_edit.text() == PASSWORD
    assert not dialog.isVisible() and dialog.password_edit.text() == "" and dialog.login_edit.text() == ""
    assert window.current_page() is window.kiosk and overrides(ctx) == 0
    badge_then_refused(qtbot, window, setup.badges[OTHER], setup.autoclave, 20_000)
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog, "mdubois", PASSWORD)
    window.show_kiosk()  # what the window's idle lock does
    assert not dialog.isVisible() and dialog.password_edit.text() == ""
    assert dialog.request is None


def test_another_scan_closes_the_dialog(ctx, make_window, qtbot):
    """A learner's badge read while the dialog is open is decided as usual and replaces it."""
    setup = lab(ctx)
    window = kiosk(ctx, make_window)
    badge_then_refused(qtbot, window, setup.badges[OTHER], setup.autoclave, 10_000)
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.password_edit, "secret")
    result = scan(qtbot, window, mangle(setup.badges[LEARNER], "be-azerty"), 20_000)
    assert result.result == "checked_in" and not dialog.isVisible() and dialog.password_edit.text() == ""
    assert not window.result_screen.override_button.isVisible()
