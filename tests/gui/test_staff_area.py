"""The staff area's navigation: pages by permission, and nothing left when it locks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.staff.area import HOME, StaffArea


def _staff(*roles: str) -> StaffInfo:
    return StaffInfo(7, "evdb", "Élodie", "Van den Bossche-Leclercq", roles, locked=False, has_pin=True)


@pytest.fixture
def area(qtbot) -> StaffArea:
    widget = StaffArea("TEST-TERM-1")
    qtbot.addWidget(widget)
    widget.add_page("audit", "Audit trail", QLabel("audit"), Permission.READ_AUDIT)
    widget.add_page("people", "Learners", QLabel("people"), Permission.MANAGE_PEOPLE)
    return widget


def test_pages_follow_the_permissions_of_the_person(area, qtbot):
    """An instructor sees Learners but not the audit trail; QA sees the audit trail."""
    with qtbot.waitSignal(area.staff_changed) as changed:
        area.set_staff(_staff("instructor"))
    assert changed.args[0].login == "evdb"
    assert area.visible_keys() == [HOME, "people"]
    assert not area.show_page("audit")
    assert area.show_page("people") and area.current_key() == "people"
    area.set_staff(_staff("qa"))
    assert area.visible_keys() == [HOME, "audit"]
    assert area.current_key() == HOME
    assert area.roles_label.text().startswith("Quality assurance")
    assert not area.quit_button.isVisibleTo(area)


def test_locking_hides_every_page_and_tells_the_pages(area, qtbot):
    """After set_staff(None) no page is reachable and the pages hear None."""
    area.set_staff(_staff("admin"))
    assert area.quit_button.isVisibleTo(area)
    with qtbot.waitSignal(area.staff_changed) as changed:
        area.set_staff(None)
    assert changed.args == [None]
    assert area.visible_keys() == []
    assert not area.show_page(HOME)


def test_page_keys_are_unique(area):
    """Adding a second page under a key already used is a programming error."""
    with pytest.raises(ValueError, match="people"):
        area.add_page("people", "Again", QLabel())
