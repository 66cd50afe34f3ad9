"""The authorisation matrix: learners down, equipment that needs an authorisation across.

Each cell says in words (and repeats in colour) where the learner stands with that equipment
today: valid until a date, expiring soon, expired, lapsed for lack of use, revoked, or none.
The state comes from the domain: its verdict (``AuthorisationInfo.problem``) and, for a valid
authorisation, whether it expires soon (``domain.equipment.expires_soon``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from aptaskil_desk.clock import Clock, local
from aptaskil_desk.domain.equipment import expires_soon
from aptaskil_desk.domain.names import fold
from aptaskil_desk.services.equipment import EquipmentService
from aptaskil_desk.services.equipment_authorisations import AuthorisationInfo
from aptaskil_desk.services.equipment_rows import EquipmentInfo
from aptaskil_desk.services.people import PeopleService, PersonInfo
from aptaskil_desk.ui.models.equipment_words import day_text

#: The cell's ``CellState`` value (a string).
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The cell's ``AuthorisationInfo``, or ``None`` when the learner holds none for that equipment.
AUTHORISATION_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
#: (person id, equipment code) → the standing authorisation.
AuthorisationMap = Mapping[tuple[int, str], AuthorisationInfo]


class CellState(StrEnum):
    VALID = "valid"
    EXPIRES_SOON = "expires_soon"
    EXPIRED = "expired"
    LAPSED = "lapsed"
    REVOKED = "revoked"
    NONE = "none"


_PROBLEM_STATES = {
    "authorisation_expired": CellState.EXPIRED,
    "authorisation_lapsed": CellState.LAPSED,
    "authorisation_revoked": CellState.REVOKED,
}

#: Light tones under black text; the words and the symbol say the same thing.
STATE_COLOURS: dict[CellState, str] = {
    CellState.VALID: "#69db7c",
    CellState.EXPIRES_SOON: "#ffd43b",
    CellState.EXPIRED: "#ff8787",
    CellState.LAPSED: "#ffa94d",
    CellState.REVOKED: "#c8ced4",
}

#: A symbol in front of the words, so that the state reads without colour too.
STATE_SYMBOLS: dict[CellState, str] = {
    CellState.VALID: "✔",
    CellState.EXPIRES_SOON: "⚠",
    CellState.EXPIRED: "✖",
    CellState.LAPSED: "◷",
    CellState.REVOKED: "⊘",
    CellState.NONE: "—",
}

_BLACK = QColor("#000000")


def cell_state(auth: AuthorisationInfo | None, today: date) -> CellState:
    """Where a learner stands with one equipment today."""
    if auth is None:
        return CellState.NONE
    if auth.problem is not None:
        return _PROBLEM_STATES.get(auth.problem.code, CellState.NONE)
    if expires_soon(auth.expires_on, today):
        return CellState.EXPIRES_SOON
    return CellState.VALID


def learner_label(person: PersonInfo) -> str:
    """A learner as the matrix lists them: family name first, the order of the list."""
    return f"{person.family_name}, {person.given_name}"


@dataclass(frozen=True)
class MatrixData:
    """One reading of everything the matrix shows, taken off the GUI thread, with what the
    filters need worked out once (a centre has thousands of learners)."""

    today: date
    learners: tuple[PersonInfo, ...]
    equipment: tuple[EquipmentInfo, ...]
    authorisations: AuthorisationMap
    #: person id → given and family names, both orders, folded for a search without diacritics.
    search_keys: Mapping[int, str]
    #: person id → equipment code → state, for the people holding an authorisation.
    states: Mapping[int, Mapping[str, CellState]]


def read_matrix(people: PeopleService, equipment: EquipmentService, clock: Clock) -> MatrixData:
    """Learners (active, or holding an authorisation), equipment needing one, and the standing
    authorisations. Runs on a worker thread: three short reads."""
    today = local(clock.now()).date()
    auths = {(a.person_id, a.equipment_code): a for a in equipment.authorisations()}
    states: dict[int, dict[str, CellState]] = {}
    for (person_id, code), auth in auths.items():
        states.setdefault(person_id, {})[code] = cell_state(auth, today)
    learners = tuple(p for p in people.list_learners() if p.active or p.id in states)
    keys = {p.id: fold(f"{p.given_name} {p.family_name} | {p.family_name} {p.given_name}") for p in learners}
    needing = tuple(e for e in equipment.all() if e.requires_authorisation)
    return MatrixData(today, learners, needing, auths, keys, states)


class AuthorisationTableModel(QAbstractTableModel):
    """Read-only matrix; replaced as a whole by :meth:`set_matrix`. Learners are the vertical
    header, equipment codes the horizontal one.

    Signals: only Qt's own model signals.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._learners: list[PersonInfo] = []
        self._equipment: list[EquipmentInfo] = []
        self._auths: AuthorisationMap = {}
        self._today = date.min

    def set_matrix(
        self,
        learners: Sequence[PersonInfo],
        equipment: Sequence[EquipmentInfo],
        authorisations: AuthorisationMap,
        today: date,
    ) -> None:
        self.beginResetModel()
        self._learners = list(learners)
        self._equipment = list(equipment)
        self._auths = authorisations
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_matrix([], [], {}, date.min)

    def learner(self, row: int) -> PersonInfo:
        return self._learners[row]

    def equipment(self, column: int) -> EquipmentInfo:
        return self._equipment[column]

    def authorisation(self, row: int, column: int) -> AuthorisationInfo | None:
        return self._auths.get((self._learners[row].id, self._equipment[column].code))

    def state(self, row: int, column: int) -> CellState:
        return cell_state(self.authorisation(row, column), self._today)

    def cell(self, person_id: int, code: str) -> QModelIndex:
        """The index of a learner's cell for an equipment (invalid when not shown)."""
        row = next((i for i, p in enumerate(self._learners) if p.id == person_id), -1)
        column = next((i for i, e in enumerate(self._equipment) if e.code == code), -1)
        return self.index(row, column) if row >= 0 and column >= 0 else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._learners)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._equipment)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._equipment):
                return None
            info = self._equipment[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return info.code
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("{name} — room {room}").format(name=info.name, room=info.room or "—")
            return None
        if not 0 <= section < len(self._learners):
            return None
        person = self._learners[section]
        if role == Qt.ItemDataRole.DisplayRole:  # two lines: long family names fit a narrow header
            return f"{person.family_name}\n{person.given_name}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return learner_label(person)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._learners) and 0 <= index.column() < len(
            self._equipment
        )):  # fmt: skip
            return None
        auth = self.authorisation(index.row(), index.column())
        state = cell_state(auth, self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{STATE_SYMBOLS[state]} {self.state_word(state)}\n{self.state_detail(state, auth)}".rstrip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(index.row(), index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.sentence(index.row(), index.column())
        if role == STATE_ROLE:
            return state.value
        if role == AUTHORISATION_ROLE:
            return auth
        if state in STATE_COLOURS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(STATE_COLOURS[state])
            if role == Qt.ItemDataRole.ForegroundRole:
                return _BLACK
        return None

    # --- words ----------------------------------------------------------------------------------

    def state_word(self, state: CellState) -> str:
        words = {
            CellState.VALID: self.tr("Valid"),
            CellState.EXPIRES_SOON: self.tr("Expires soon"),
            CellState.EXPIRED: self.tr("Expired"),
            CellState.LAPSED: self.tr("Lapsed"),
            CellState.REVOKED: self.tr("Revoked"),
            CellState.NONE: self.tr("None"),
        }
        return words[state]

    def state_detail(self, state: CellState, auth: AuthorisationInfo | None) -> str:
        """The second line of a cell: the date that matters for this state."""
        if auth is None:
            return ""
        params = auth.problem.params if auth.problem is not None else {}
        if state is CellState.REVOKED and "since" in params:
            return self.tr("on {date}").format(date=day_text(params["since"]))
        if state is CellState.LAPSED and "last_use" in params:
            return self.tr("not used since {date}").format(date=day_text(params["last_use"]))
        if state is CellState.EXPIRED and "since" in params:
            return self.tr("on {date}").format(date=day_text(params["since"]))
        if auth.expires_on is None:
            return self.tr("no end date")
        return self.tr("until {date}").format(date=day_text(auth.expires_on))

    def sentence(self, row: int, column: int) -> str:
        """One line saying who, which equipment and the state (screen readers, the action panel)."""
        auth = self.authorisation(row, column)
        state = cell_state(auth, self._today)
        detail = self.state_detail(state, auth)
        return self.tr("{learner} — {code}: {state}").format(
            learner=self._learners[row].display_name,
            code=self._equipment[column].code,
            state=f"{self.state_word(state)} {detail}".strip(),
        )

    def tooltip(self, row: int, column: int) -> str:
        """The sentence, then who granted it and when, when it was last used, and who revoked it, why."""
        auth = self.authorisation(row, column)
        lines = [self.sentence(row, column), self._equipment[column].name]
        if auth is not None:
            lines.append(
                self.tr("Granted by {name} on {date}").format(name=auth.granted_by, date=day_text(auth.granted_on))
            )
            if auth.last_used_on is not None:
                lines.append(self.tr("Last used on {date}").format(date=day_text(auth.last_used_on)))
            else:
                lines.append(self.tr("Never used"))
            if auth.revoked_on is not None:
                lines.append(
                    self.tr("Revoked by {name} on {date}: {reason}").format(
                        name=auth.revoked_by or "—", date=day_text(auth.revoked_on), reason=auth.revoked_reason or ""
                    )
                )
        return "\n".join(lines)
