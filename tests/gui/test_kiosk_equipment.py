"""The equipment use flow on the kiosk: badge, equipment label, questions by touch, the outcome in words."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from aptaskil_desk.app import AppContext
from aptaskil_desk.badges.layouts import mangle
from aptaskil_desk.ui.main_window import MainWindow
from aptaskil_desk.ui.sound import Sound
from aptaskil_desk.ui.widgets.status_icon import Symbol
from tests.conftest import T0
from tests.gui.helpers import ARTIFACTS, DOCS_SCREENSHOTS, PASSWORD, in_language, seed_centre
from tests.gui.keys import HUMAN_MS, SCANNER_MS, focus_target, scan, type_keys

LEARNER = "Łukasz Wiśniewski"
OTHER = "Zoë Ødegård"


@dataclass
class Lab:
    badges: dict[str, str]  # learner's name → badge code
    autoclave: str  # label payloads
    balance: str


def lab(ctx: AppContext) -> Lab:
    """The seeded centre, badges for its learners, an autoclave and a balance authorised for Łukasz."""
    seed_centre(ctx)
    system = ctx.system_actor()
    learners = {p.display_name: p.id for p in ctx.people.list_learners()}
    issued = ctx.badges.issue(system, list(learners.values()))
    names = {person_id: name for name, person_id in learners.items()}
    tech = ctx.accounts.add_user(system, "tech", "Jean", "Claes", ["technician"], PASSWORD).actor(ctx.terminal)
    autoclave = ctx.equipment.add(
        tech, "AUT-01", "Autoclave vapeur", "autoclave", room_code="SB-C1", calibration_due=date(2027, 6, 1)
    )
    balance = ctx.equipment.add(
        tech,
        "BAL-02",
        "Balance analytique",
        "balance",
        room_code="SB-C1",
        calibration_due=T0.date() + timedelta(days=3),
    )
    for code in ("AUT-01", "BAL-02"):
        ctx.equipment.authorise(tech, learners[LEARNER], code, None)
    return Lab({names[b.person_id]: b.code for b in issued}, autoclave.label_code, balance.label_code)


def to_questions(qtbot, window: MainWindow, text: str, start_ms: int) -> None:
    """Type a label at scanner speed and wait for its first question."""
    with qtbot.waitSignal(window.questions.question_shown):
        type_keys(focus_target(window), mangle(text, "be-azerty"), start_ms=start_ms, interval_ms=SCANNER_MS)
    assert window.current_page() is window.questions


def touch_all(qtbot, window: MainWindow, answer: str = "yes"):
    """Press the same answer button for every question; return the result then shown."""
    screen = window.questions
    button = screen.yes_button if answer == "yes" else screen.no_button
    with qtbot.waitSignal(window.result_screen.result_shown) as shown:
        for _ in screen.questions:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return shown.args[0]


def badge_then_label(qtbot, window: MainWindow, badge: str, label: str, start_ms: int) -> None:
    scan(qtbot, window, mangle(badge, "be-azerty"), start_ms)
    to_questions(qtbot, window, label, start_ms + 1000)


def badge_then_refused(qtbot, window: MainWindow, badge: str, label: str, start_ms: int):
    """Badge then label for a use no answer could allow: the refusal comes at once; return it."""
    scan(qtbot, window, mangle(badge, "be-azerty"), start_ms)
    return scan(qtbot, window, mangle(label, "be-azerty"), start_ms + 1000)


def symbol(window: MainWindow) -> Symbol:
    return window.result_screen.icon.symbol


def save(qtbot, window: MainWindow, name: str) -> None:
    """Save the window as PNG once the labels got the room their text needs."""
    labels = window.findChildren(QLabel)
    qtbot.waitUntil(lambda: all(w.width() >= w.minimumSizeHint().width() for w in labels if w.isVisible()))
    ARTIFACTS.mkdir(exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / name))


def test_badge_then_label_asks_the_pre_use_questions(ctx, make_window, qtbot):
    """Badge then the autoclave's label: its first pre-use question in French, with the equipment and learner."""
    setup = lab(ctx)
    window = make_window(in_language(ctx, "fr"))
    played: list[Sound] = []
    window.sounds.play = played.append
    badge_then_label(qtbot, window, setup.badges[LEARNER], setup.autoclave, 10_000)
    screen = window.questions
    assert screen.question_label.text() == "L'étiquette « propre » est-elle présente et valide ?"
    assert screen.progress_label.text() == "1 / 3" and screen.phase_label.text() == "Avant utilisation"
    assert screen.equipment_label.text() == "Autoclave vapeur (AUT-01)" and screen.person_label.text() == LEARNER
    assert (screen.yes_button.text(), screen.no_button.text()) == ("Oui", "Non")
    assert played == [Sound.SUCCESS, Sound.SUCCESS]
    qtbot.mouseClick(screen.yes_button, Qt.MouseButton.LeftButton)
    assert (
        screen.progress_label.text() == "2 / 3" and screen.question_label.text() == "Le joint de porte est-il intact ?"
    )
    save(qtbot, window, f"kiosk-equipment-question-{ctx.db.dialect}.png")
    if ctx.db.dialect == "sqlite":
        DOCS_SCREENSHOTS.mkdir(exist_ok=True)
        shutil.copyfile(
            ARTIFACTS / "kiosk-equipment-question-sqlite.png", DOCS_SCREENSHOTS / "kiosk-equipment-question.png"
        )


def test_answers_by_touch_start_then_stop_the_use(ctx, clock, make_window, qtbot):
    """Touching Oui starts the use, answers logged; the pair again asks the post-use questions, then stops it."""
    setup = lab(ctx)
    window = make_window(in_language(ctx, "fr"))
    badge_then_label(qtbot, window, setup.badges[LEARNER], setup.autoclave, 10_000)
    result = touch_all(qtbot, window)
    screen = window.result_screen
    assert result.result == "use_started" and window.current_page() is screen
    assert (screen.headline.text(), screen.subline.text()) == ("Utilisation commencée", "Autoclave vapeur (AUT-01)")
    assert screen.name_label.text() == LEARNER and screen.time_label.text() == "Début à 09:15"
    assert screen.icon.symbol is Symbol.CHECK and screen.band.property("tone") == "in"
    start = next(e for e in ctx.equipment.logbook("AUT-01") if e.kind == "use")
    assert start.details["answers"] == {"clean_label": "yes", "door_seal": "yes", "bowie_dick": "yes"}
    clock.advance(timedelta(minutes=40))
    badge_then_label(qtbot, window, setup.badges[LEARNER], setup.autoclave, 20_000)
    assert (
        window.questions.phase_label.text() == "Après utilisation" and window.questions.progress_label.text() == "1 / 2"
    )
    result = touch_all(qtbot, window)
    assert result.result == "use_stopped"
    assert (screen.headline.text(), screen.time_label.text()) == ("Utilisation terminée", "Fin à 09:55")
    assert symbol(window) is Symbol.STOP and screen.band.property("tone") == "out"
    end = next(e for e in ctx.equipment.logbook("AUT-01") if e.kind == "use_end")
    assert end.details["answers"] == {"cycle_ok": "yes", "no_anomaly": "yes"}


def test_unauthorised_learner_is_refused_in_words(ctx, make_window, qtbot):
    """A learner without an authorisation reads why at once (no questions first), with the refusal sound."""
    setup = lab(ctx)
    window = make_window(in_language(ctx, "fr"))
    played: list[Sound] = []
    window.sounds.play = played.append
    result = badge_then_refused(qtbot, window, setup.badges[OTHER], setup.autoclave, 10_000)
    screen = window.result_screen
    assert result.result == "refused" and [r.code for r in result.reasons] == ["not_authorised"]
    assert (screen.headline.text(), screen.subline.text()) == (
        "Utilisation refusée",
        "Aucune autorisation pour cet équipement",
    )
    assert screen.icon.symbol is Symbol.CROSS and played[-1] is Sound.REFUSAL
    save(qtbot, window, f"kiosk-equipment-refused-{ctx.db.dialect}.png")


def test_calibration_overdue_is_refused_with_its_date(ctx, clock, make_window, qtbot):
    """Five days on, the balance's calibration (due in three) is overdue: the date is said in words."""
    setup = lab(ctx)
    clock.advance(timedelta(days=5))
    window = make_window(in_language(ctx, "fr"))
    result = badge_then_refused(qtbot, window, setup.badges[LEARNER], setup.balance, 10_000)
    assert result.result == "refused" and not result.questions
    assert window.result_screen.subline.text() == "Étalonnage dépassé depuis le 28/11/2026"
    assert ctx.equipment.get("BAL-02").status == "available"


def test_a_no_before_use_is_refused_quoting_the_question(ctx, make_window, qtbot):
    """Answering Non (key N) to a pre-use question refuses the use and quotes that question."""
    setup = lab(ctx)
    window = make_window(in_language(ctx, "fr"))
    badge_then_label(qtbot, window, setup.badges[LEARNER], setup.balance, 10_000)
    qtbot.keyClick(window.questions, Qt.Key.Key_O)
    assert window.questions.progress_label.text() == "2 / 2"
    with qtbot.waitSignal(window.result_screen.result_shown):
        qtbot.keyClick(window.questions, Qt.Key.Key_N)
    expected = "Réponse non conforme : La vérification journalière est-elle faite et conforme ?"
    assert window.result_screen.subline.text() == expected


def test_label_without_a_badge_first_says_so(ctx, make_window, qtbot):
    """The label alone is refused with the words for badge_first, in French and in Dutch."""
    setup = lab(ctx)
    window = make_window(in_language(ctx, "fr"))
    result = scan(qtbot, window, mangle(setup.autoclave, "be-azerty"), 10_000)
    assert result.result == "refused" and result.reason == "badge_first"
    assert window.result_screen.subline.text() == "Scannez d'abord votre badge, puis l'équipement"
    window.set_language("nl")
    assert window.result_screen.subline.text() == "Scan eerst uw badge, daarna het toestel"


def test_scans_during_the_questions_never_answer_them(ctx, make_window, qtbot):
    """The label again is ignored; typed O answers; another badge abandons the questions and is checked in."""
    setup = lab(ctx)
    window = make_window(in_language(ctx, "fr"))
    badge_then_label(qtbot, window, setup.badges[LEARNER], setup.autoclave, 10_000)
    screen = window.questions
    qtbot.waitUntil(lambda: focus_target(window) is screen)
    type_keys(screen, mangle(setup.autoclave, "be-azerty"), start_ms=20_000, interval_ms=SCANNER_MS)
    qtbot.waitUntil(lambda: window.scanner.pending == 0)
    assert screen.index == 0 and screen.answers == {} and not window.flow.busy
    type_keys(screen, "o", start_ms=30_000, interval_ms=HUMAN_MS, enter=False)  # a person's key, held then given back
    qtbot.waitUntil(lambda: screen.index == 1)
    result = scan(qtbot, window, mangle(setup.badges[OTHER], "be-azerty"), 40_000)
    assert result.result == "checked_in" and result.person is not None and result.person.name == OTHER
    assert ctx.equipment.get("AUT-01").status == "available"


def test_cancel_goes_back_to_the_kiosk(ctx, make_window, qtbot):
    """Retour on the second question shows the first again; Annuler returns to the kiosk, nothing recorded."""
    setup = lab(ctx)
    window = make_window(in_language(ctx, "fr"))
    badge_then_label(qtbot, window, setup.badges[LEARNER], setup.autoclave, 10_000)
    screen = window.questions
    qtbot.mouseClick(screen.no_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert screen.progress_label.text() == "1 / 3" and screen.no_button.text() == "✓ Non"
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.kiosk
    assert [e.kind for e in ctx.equipment.logbook("AUT-01") if e.kind in ("use", "use_end")] == []
