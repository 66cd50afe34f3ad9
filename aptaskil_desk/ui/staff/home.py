"""The staff area's first page: who is signed in, and where to go next."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.ui.widgets.labels import styled_label


class HomePage(QWidget):
    """A welcome that names the person, so a forgotten session is noticed by the next one.

    Signals: none.
    """

    def __init__(self, terminal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terminal = terminal
        self.welcome_label = styled_label("heading", "", self)
        self.detail_label = styled_label("body", "", self)
        self.lock_hint = styled_label(
            "secondary",
            self.tr("Press Lock when you leave. The staff area also locks itself after a few idle minutes."),
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.welcome_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.lock_hint)
        layout.addStretch(1)

    def set_staff(self, info: StaffInfo | None) -> None:
        """Show who is signed in (``None`` empties the page when the area locks)."""
        if info is None:
            self.welcome_label.clear()
            self.detail_label.clear()
            return
        self.welcome_label.setText(self.tr("Welcome, {name}").format(name=info.display_name))
        self.detail_label.setText(
            self.tr("You are signed in as {login} on terminal {terminal}. Choose a task in the list.").format(
                login=info.login, terminal=self._terminal
            )
        )
