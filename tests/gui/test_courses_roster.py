"""The roster and the schedule import of the course screens (the page built as in
``test_courses_screens.py``): learners picked, a roster CSV refused then enrolled, a withdrawal
with its reason and a reinstatement, a schedule CSV refused then imported; every result checked
in the database through ``ctx.courses``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from aptaskil_desk.ui.staff.course_dialogs import WithdrawDialog
from aptaskil_desk.ui.staff.course_picker import LearnerPickerDialog
from aptaskil_desk.ui.staff.course_sessions import ALL
from aptaskil_desk.ui.staff.courses_page import CoursesPage
from tests.gui.test_courses_screens import (  # noqa: F401  (fixtures)
    LUKASZ,
    ZOE,
    brussels,
    centre,
    choose_file,
    click,
    french,
    open_page,
    save,
    touch_item,
    type_in,
)


def open_roster(page: CoursesPage, qtbot: Any, code: str) -> None:
    """The session's row touched in the list, then Roster: its roster comes to the front."""
    page.sessions.filter_period(ALL)
    assert page.sessions.select(code)
    with qtbot.waitSignal(page.roster.loaded):
        click(qtbot, page.sessions.roster_button)
    assert page.stack.currentWidget() is page.roster


def test_roster_by_picking_and_csv_and_a_withdrawal(ctx, centre, french, open_page, qtbot, tmp_path):  # noqa: F811
    """Two learners picked; a CSV with a wrong line enrols nobody and names the line; the corrected
    file enrols two more; one learner withdrawn with a reason stays listed, greyed, and comes back."""
    week = [(brussels(date(2026, 12, 1 + n), 8, 30), brussels(date(2026, 12, 1 + n), 12)) for n in range(4)]
    ctx.courses.add_session(ctx.system_actor(), "OPP-2026-12", "OPP", "SB-C1", week, "mdubois")
    area, page = open_page(ctx.accounts.get("mdubois"))
    open_roster(page, qtbot, "OPP-2026-12")
    roster = page.roster
    assert (
        roster.title_label.text() == "Inscrits de OPP-2026-12"
        and roster.banner.message == "Personne n'est encore inscrit."
    )
    assert not roster.withdraw_button.isEnabled() and not roster.reinstate_button.isEnabled()

    # Two learners picked in the list: one found by searching without accents, one touched.
    click(qtbot, roster.pick_button)
    qtbot.waitUntil(lambda: isinstance(roster.dialog, LearnerPickerDialog) and roster.dialog.isVisible())
    picker = roster.dialog
    assert isinstance(picker, LearnerPickerDialog)
    assert len(picker.offered_ids()) == 5
    click(qtbot, picker.ok_button)
    assert picker.banner.message == "Choisissez au moins un·e apprenant·e : touchez son nom."
    type_in(qtbot, picker.search_edit, "lukasz")
    assert picker.visible_ids() == [centre[LUKASZ]]
    touch_item(qtbot, picker.list, "☐  WIŚNIEWSKI Łukasz")
    picker.search_edit.clear()
    touch_item(qtbot, picker.list, "☐  ØDEGÅRD Zoë")
    assert set(picker.chosen_ids()) == {centre[LUKASZ], centre[ZOE]}
    assert picker.list.item(picker.offered_ids().index(centre[ZOE])).text() == "☑  ØDEGÅRD Zoë  ·  Travailleur"
    assert picker.count_label.text() == "Apprenant·es choisi·es : 2" and picker.ok_button.text() == "Inscrire (2)"
    save(picker, f"courses-learner-picker-{ctx.db.dialect}.png")
    with qtbot.waitSignal(roster.changed):
        click(qtbot, picker.ok_button)
    assert not picker.isVisible()
    assert roster.banner.message == "Inscrit·es : 2 ; réinscrit·es : 0 ; déjà inscrit·es : 0."
    qtbot.waitUntil(lambda: len(roster.lines()) == 2)
    enrolled = ctx.courses.show_session("OPP-2026-12").roster
    assert {line.person_id for line in enrolled} == {centre[LUKASZ], centre[ZOE]}

    # A CSV file with an unknown reference on its line 3: nobody enrolled, the line named.
    wrong = tmp_path / "inscrits.csv"
    wrong.write_bytes("Référence;Prénom;Nom;Courriel\r\nDE-2026-0001;;;\r\nDE-2026-9999;;;\r\n".encode("cp1252"))
    click(qtbot, roster.csv_button)
    choose_file(qtbot, roster, wrong)
    qtbot.waitUntil(lambda: roster.problems.isVisible())
    assert roster.banner.message == "inscrits.csv : personne n'a été inscrit. Problèmes à corriger d'abord : 1."
    assert roster.problems.lines() == [
        "Ligne 3, colonne Référence : Aucun apprenant avec la référence « DE-2026-9999 »."
    ]
    assert len(ctx.courses.show_session("OPP-2026-12").roster) == 2
    save(area, f"courses-roster-csv-refused-{ctx.db.dialect}.png")

    # Corrected: by reference, and by name and e-mail (accents and case ignored).
    right = tmp_path / "inscrits-corrigé.csv"
    right.write_text(
        "Référence;Prénom;Nom;Courriel\nDE-2026-0001;;;\n;bart;PEETERS;Bart@exemple.be\n", encoding="utf-8"
    )
    click(qtbot, roster.csv_button)
    with qtbot.waitSignal(roster.changed):
        choose_file(qtbot, roster, right)
    assert not roster.problems.isVisible()
    assert roster.banner.message == "Inscrit·es : 2 ; réinscrit·es : 0 ; déjà inscrit·es : 0."
    qtbot.waitUntil(lambda: len(roster.lines()) == 4)
    assert ctx.courses.show_session("OPP-2026-12").enrolled == 4

    # Zoë withdrawn: a reason is required; she stays listed, greyed, with the date, who and why.
    assert roster.select(centre[ZOE]) and roster.withdraw_button.isEnabled()
    click(qtbot, roster.withdraw_button)
    dialog = roster.dialog
    assert isinstance(dialog, WithdrawDialog) and dialog.isVisible()
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.banner.message == "Indiquez le motif du retrait."
    type_in(qtbot, dialog.reason_edit, "A trouvé un emploi chez UCB")
    save(dialog, f"courses-withdraw-dialog-{ctx.db.dialect}.png")
    with qtbot.waitSignal(roster.changed):
        click(qtbot, dialog.ok_button)
    assert roster.banner.message == "Zoë Ødegård est retiré·e de OPP-2026-12 ; l'inscription reste sur la liste."
    qtbot.waitUntil(lambda: roster.count_label.text() == "Inscrit·es : 3  ·  retiré·es : 1")
    row = [line.person_id for line in roster.lines()].index(centre[ZOE])
    assert roster.status_texts()[row] == "Retiré·e le 25/11/2026 par mdubois : A trouvé un emploi chez UCB"
    assert roster.table.item(row, 0).foreground().color().name() == "#9aa5b1"
    [zoe] = [line for line in ctx.courses.show_session("OPP-2026-12").roster if line.person_id == centre[ZOE]]
    assert zoe.withdrawn and zoe.withdrawn_reason == "A trouvé un emploi chez UCB"
    assert ctx.courses.show_session("OPP-2026-12").enrolled == 3
    roster.table.clearSelection()  # the picture shows the withdrawn row greyed, not highlighted
    save(area, f"courses-roster-{ctx.db.dialect}.png")
    assert roster.select(centre[ZOE]) and roster.reinstate_button.isEnabled() and not roster.withdraw_button.isEnabled()

    # Reinstated: enrolled again.
    with qtbot.waitSignal(roster.changed):
        click(qtbot, roster.reinstate_button)
    assert roster.banner.message == "Inscrit·es : 0 ; réinscrit·es : 1 ; déjà inscrit·es : 0."
    assert ctx.courses.show_session("OPP-2026-12").enrolled == 4
    assert area.width() == 1280


SCHEDULE_HEADER = "session;cours;salle;formateur;date;début;fin\n"
SCHEDULE_LINES = [
    "OPP-2027-01;OPP;SB-C1;mdubois;04/01/2027;08:30;12:00\n",
    "OPP-2027-01;OPP;SB-C1;mdubois;04/01/2027;12:45;16:30\n",
    "OPP-2027-01;OPP;LAB-CQ;mdubois;05/01/2027;08:30;12:00\n",
]


def test_a_schedule_is_imported_all_or_nothing(ctx, centre, french, open_page, qtbot, tmp_path):  # noqa: F811
    """A schedule naming an unknown room stores nothing and names its line; once corrected, the
    session is created with its three slots and the report says so."""
    area, page = open_page(ctx.accounts.get("mdubois"))
    sessions = page.sessions
    wrong = tmp_path / "planning.csv"
    wrong.write_text(SCHEDULE_HEADER + SCHEDULE_LINES[0] + SCHEDULE_LINES[1].replace("SB-C1", "SALLE-X")
                     + SCHEDULE_LINES[2], encoding="utf-8")  # fmt: skip
    click(qtbot, sessions.import_button)
    with qtbot.waitSignal(sessions.schedule_imported) as imported:
        choose_file(qtbot, sessions, wrong)
    assert not imported.args[0].ok
    assert sessions.banner.message == "planning.csv : rien n'a été importé. Problèmes à corriger d'abord : 1."
    assert sessions.problems.lines() == ["Ligne 3, colonne salle : Salle inconnue « SALLE-X »."]
    assert [s.code for s in ctx.courses.list_sessions()] == ["OPP-NOW", "TLCQ-ELSEWHERE", "CQV-LATER"]
    save(area, f"courses-schedule-refused-{ctx.db.dialect}.png")

    right = tmp_path / "planning-corrigé.csv"
    right.write_bytes((SCHEDULE_HEADER + "".join(SCHEDULE_LINES)).encode("cp1252"))
    click(qtbot, sessions.import_button)
    with qtbot.waitSignals([sessions.schedule_imported, sessions.sessions_listed]):
        choose_file(qtbot, sessions, right)
    assert not sessions.problems.isVisible()
    assert sessions.banner.message == ("planning-corrigé.csv importé : sessions créées : 1 (OPP-2027-01) ; "
                                       "plages horaires ajoutées : 3 ; déjà présentes : 0.")  # fmt: skip
    assert "OPP-2027-01" in sessions.shown_codes()
    stored = ctx.courses.show_session("OPP-2027-01")
    assert (stored.course.code, stored.room, stored.instructor.login) == ("OPP", "SB-C1", "mdubois")
    assert [(s.starts_at, s.ends_at, s.room) for s in stored.slots] == [
        (brussels(date(2027, 1, 4), 8, 30), brussels(date(2027, 1, 4), 12), "SB-C1"),
        (brussels(date(2027, 1, 4), 12, 45), brussels(date(2027, 1, 4), 16, 30), "SB-C1"),
        (brussels(date(2027, 1, 5), 8, 30), brussels(date(2027, 1, 5), 12), "LAB-CQ"),
    ]
    save(area, f"courses-schedule-imported-{ctx.db.dialect}.png")

    # The same file again: nothing new, the report says the slots were already there.
    click(qtbot, sessions.import_button)
    with qtbot.waitSignal(sessions.schedule_imported):
        choose_file(qtbot, sessions, right)
    assert sessions.banner.message.endswith(
        "sessions créées : 0 (—) ; plages horaires ajoutées : 0 ; déjà présentes : 3."
    )
    assert len(ctx.courses.show_session("OPP-2027-01").slots) == 3
