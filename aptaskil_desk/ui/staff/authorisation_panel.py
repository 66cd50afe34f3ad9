"""Below the authorisation matrix: what the chosen cell means, and Grant / Extend / Revoke.

The panel and its dialog only collect and check what is chosen or typed; the page calls the
service. A revocation needs a reason (it stays on record with it).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.ui.models.authorisation_model import CellState
from aptaskil_desk.ui.staff.equipment_style import EQUIPMENT_QSS
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def default_end(today: date) -> date:
    """A year from today (28 February when today is the 29th)."""
    return from_qdate(to_qdate(today).addYears(1))


class AuthorisationPanel(QFrame):
    """The chosen learner and equipment, the end date to grant until, and the two actions.

    Signals:
        grant_requested(int, str, object): emitted when Grant/Extend was pressed, with the person
            id, the equipment code and the end date (a ``date``).
        revoke_requested(int, str): emitted when Revoke was pressed, with the person id and code.
    """

    grant_requested = Signal(int, str, object)
    revoke_requested = Signal(int, str)

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorisationPanel")
        self._cell: tuple[int, str] | None = None
        self._state = CellState.NONE
        self._allowed = False
        self._busy = False
        self._today: date | None = None
        self.subject_label = styled_label("panelSubject", "", self)
        self.until_label = styled_label("fieldLabel", self.tr("Valid until"), self, wrap=False)
        self.until_edit = QDateEdit(self)
        self.until_edit.setObjectName("untilEdit")
        self.until_edit.setDisplayFormat("dd/MM/yyyy")
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setAccessibleName(self.tr("End date of the authorisation"))
        self.until_edit.setMinimumWidth(210)
        # The terminal's language for month and day names (Monday first in Belgium), and a
        # finger-sized month grid: the popup opens at this size.
        self.until_edit.setLocale(locale)
        self.until_edit.calendarWidget().setLocale(locale)
        self.until_edit.calendarWidget().setMinimumSize(520, 420)
        self.grant_button = QPushButton(self.tr("Grant"), self)
        self.grant_button.setObjectName("grantButton")
        self.grant_button.setProperty("kind", "primary")
        self.grant_button.clicked.connect(self._grant)
        self.revoke_button = QPushButton(self.tr("Revoke…"), self)
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.clicked.connect(self._revoke)

        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.until_label)
        row.addWidget(self.until_edit)
        row.addWidget(self.grant_button, 1)
        row.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addWidget(self.subject_label)
        layout.addLayout(row)
        self.clear()

    @property
    def cell(self) -> tuple[int, str] | None:
        """(person id, equipment code) of the chosen cell, if any."""
        return self._cell

    def set_today(self, today: date) -> None:
        """No end date before today; the default is a year from today (a date chosen stays)."""
        if today == self._today:
            return
        self._today = today
        self.until_edit.setMinimumDate(to_qdate(today))
        self.until_edit.setDate(to_qdate(default_end(today)))

    def set_allowed(self, allowed: bool) -> None:
        """Whether the person signed in may grant and revoke (the service checks it again)."""
        self._allowed = allowed
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def show_cell(self, person_id: int, code: str, state: CellState, sentence: str) -> None:
        """Offer the actions that make sense for this learner and equipment."""
        self._cell = (person_id, code)
        self._state = state
        self.subject_label.setText(sentence)
        if state is CellState.NONE:
            self.grant_button.setText(self.tr("Grant"))
        elif state is CellState.REVOKED:
            self.grant_button.setText(self.tr("Grant again"))
        else:
            self.grant_button.setText(self.tr("Extend"))
        self._update_buttons()

    def clear(self) -> None:
        self._cell = None
        self._state = CellState.NONE
        self.subject_label.setText(self.tr("Touch a cell to choose a learner and an equipment."))
        self.grant_button.setText(self.tr("Grant"))
        self._update_buttons()

    def until(self) -> date:
        return from_qdate(self.until_edit.date())

    def _update_buttons(self) -> None:
        usable = self._allowed and not self._busy and self._cell is not None
        self.until_edit.setEnabled(self._allowed and not self._busy)
        self.grant_button.setEnabled(usable)
        self.revoke_button.setEnabled(usable and self._state not in (CellState.NONE, CellState.REVOKED))

    def _grant(self) -> None:
        if self._cell is not None:
            self.grant_requested.emit(self._cell[0], self._cell[1], self.until())

    def _revoke(self) -> None:
        if self._cell is not None:
            self.revoke_requested.emit(self._cell[0], self._cell[1])


class RevokeDialog(QDialog):
    """Revoke one authorisation: who and what, and why (required).

    Signals: only QDialog's own.
    """

    def __init__(self, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(EQUIPMENT_QSS)
        self.setModal(True)
        self.setMinimumWidth(760)
        title = self.tr("Revoke an authorisation")
        self.setWindowTitle(title)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason for the revocation"))
        self.reason_edit.setPlaceholderText(self.tr("Why? (kept on record)"))
        self.reason_edit.setMaxLength(300)
        self.banner = MessageBanner(self)
        self.ok_button = QPushButton(self.tr("Revoke"), self)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._check)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(styled_label("heading", title, self))
        layout.addWidget(styled_label("body", sentence, self))
        layout.addWidget(styled_label("fieldLabel", self.tr("Reason"), self, wrap=False))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _check(self) -> None:
        if not self.reason():
            self.banner.show_message(MessageKind.ERROR, self.tr("Say why the authorisation is revoked."))
            self.reason_edit.setFocus()
            return
        self.accept()
