"""The staff area: who is signed in, a Lock button, and the pages later issues add."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.db.enums import Role
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.kiosk.exit_rule import may_exit
from aptaskil_desk.ui.staff.home import HomePage
from aptaskil_desk.ui.widgets.labels import styled_label

HOME = "home"


@dataclass
class _Page:
    key: str
    widget: QWidget
    permission: Permission
    item: QListWidgetItem


class StaffArea(QWidget):
    """Header, navigation list and page stack; shows only the pages the person may use.

    Pages are added with :meth:`add_page`; a page that needs the signed-in person listens to
    :attr:`staff_changed` (and must forget what it shows when it receives ``None``).

    Signals:
        lock_requested: emitted when the Lock button was pressed.
        quit_requested: emitted when an administrator pressed Quit.
        staff_changed(object): emitted after the person changed: a ``StaffInfo``, or ``None`` on lock.
        page_changed(str): emitted after another page came to the front, with its key.
    """

    lock_requested = Signal()
    quit_requested = Signal()
    staff_changed = Signal(object)
    page_changed = Signal(str)

    def __init__(self, terminal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffArea")
        self._staff: StaffInfo | None = None
        self._pages: dict[str, _Page] = {}

        self.name_label = styled_label("staffName", "", self, wrap=False)
        self.roles_label = styled_label("secondary", "", self, wrap=False)
        self.lock_button = QPushButton(self.tr("Lock"), self)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setAccessibleName(self.tr("Lock the staff area and go back to the kiosk"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.quit_button = QPushButton(self.tr("Quit the program"), self)
        self.quit_button.clicked.connect(self.quit_requested)
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.name_label)
        who.addWidget(self.roles_label)
        header_frame = QFrame(self)
        header_frame.setProperty("kind", "staffHeader")
        header = QHBoxLayout(header_frame)
        header.setContentsMargins(24, 12, 24, 12)
        header.addLayout(who, 1)
        header.addWidget(self.quit_button)
        header.addWidget(self.lock_button)

        self.nav = QListWidget(self)
        self.nav.setObjectName("staffNav")
        self.nav.setFixedWidth(300)
        self.nav.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self._stack = QStackedWidget(self)
        self.nav.currentItemChanged.connect(self._nav_changed)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self._stack, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header_frame)
        layout.addLayout(body, 1)

        self.home = HomePage(terminal, self)
        self.staff_changed.connect(self.home.set_staff)
        self.add_page(HOME, self.tr("Home"), self.home)
        self.set_staff(None)

    @property
    def staff(self) -> StaffInfo | None:
        """The person signed in, or ``None`` while locked."""
        return self._staff

    def add_page(
        self, key: str, title: str, widget: QWidget, permission: Permission = Permission.USE_STAFF_AREA
    ) -> None:
        """Add a page to the navigation; only people holding ``permission`` see it."""
        if key in self._pages:
            raise ValueError(f"a staff page {key!r} already exists")
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self._stack.addWidget(widget)
        self._pages[key] = _Page(key, widget, permission, item)
        item.setHidden(not self._allowed(permission))

    def set_staff(self, info: StaffInfo | None) -> None:
        """Open the area for a person, or close it (``None``) so that nothing of theirs stays."""
        self._staff = info
        if info is None:
            self.name_label.clear()
            self.roles_label.clear()
        else:
            self.name_label.setText(info.display_name)
            roles = ", ".join(self.role_name(role) for role in info.roles)
            self.roles_label.setText(self.tr("{roles}  ·  login {login}").format(roles=roles, login=info.login))
        for page in self._pages.values():
            page.item.setHidden(not self._allowed(page.permission))
        # Those whose PIN may close the kiosk get Quit on screen too (a touch-only terminal has no Alt+F4).
        self.quit_button.setVisible(self._allowed(Permission.MANAGE_CENTRE) or (info is not None and may_exit(info)))
        self.show_page(HOME)
        self.staff_changed.emit(info)

    def page(self, key: str) -> QWidget | None:
        """The widget of a page, if there is one with that key."""
        found = self._pages.get(key)
        return None if found is None else found.widget

    def show_page(self, key: str) -> bool:
        """Bring a page to the front; ``False`` if it does not exist or is not allowed."""
        page = self._pages.get(key)
        if page is None or page.item.isHidden():
            return False
        self.nav.setCurrentItem(page.item)
        self._stack.setCurrentWidget(page.widget)
        return True

    def current_key(self) -> str | None:
        # The stubs say never None; Qt returns None when nothing is selected.
        item: QListWidgetItem | None = self.nav.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def visible_keys(self) -> list[str]:
        """The pages the person signed in may open, in navigation order."""
        return [key for key, page in self._pages.items() if not page.item.isHidden()]

    def role_name(self, role: str) -> str:
        """A role in the reader's words."""
        names = {
            Role.TECHNICIAN: self.tr("Technician"),
            Role.INSTRUCTOR: self.tr("Instructor"),
            Role.QA: self.tr("Quality assurance"),
            Role.ADMIN: self.tr("Administrator"),
        }
        try:
            return names[Role(role)]
        except ValueError:
            return role

    def _allowed(self, permission: Permission) -> bool:
        return self._staff is not None and self._staff.may(permission)

    def _nav_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        key = str(current.data(Qt.ItemDataRole.UserRole))
        self._stack.setCurrentWidget(self._pages[key].widget)
        self.page_changed.emit(key)
