"""The console's left column: the line's state, the instrument's identity, the live value in large
type with its status (colour *and* words) and the time of the last reading."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from aptaskil_desk.clock import local
from aptaskil_desk.i18n import Translator
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus
from aptaskil_desk.ui.widgets.labels import restyle, styled_label


class LineState(StrEnum):
    """Where the connection stands, as the panel says it."""

    IDLE = "idle"  # nothing connected
    CONNECTING = "connecting"  # port being opened, instrument asked who it is
    CONNECTED = "connected"
    LOST = "lost"  # the port went away; the worker reconnects
    STOPPING = "stopping"  # Disconnect pressed, the worker is finishing


def value_text(reading: Reading) -> str:
    """``100.00 g`` with the instrument's own digits; a dash when the reading has no value."""
    if reading.value is None:
        return "—"
    return f"{reading.value} {reading.unit}".strip()


class ReadingPanel(QWidget):
    """Shows one reading at a time and the state of the line.

    Signals: none.
    """

    def __init__(self, messages: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPanel")
        self._messages = messages  # translates the drivers' N_() messages (an error's meaning)
        self.state = LineState.IDLE
        self.reading: Reading | None = None

        self.state_label = styled_label("lineState", "", self)
        self.detail_label = styled_label("lineDetail", "", self)
        self.identity_label = styled_label("identity", "", self)
        self.value_label = QLabel("—", self)
        self.value_label.setObjectName("liveValue")
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_label = styled_label("readingStatus", "", self)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label = styled_label("secondary", "", self, wrap=False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.state_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.identity_label)
        layout.addStretch(1)
        layout.addWidget(self.value_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.time_label)
        self.set_state(LineState.IDLE)
        self.clear_reading()

    # --- the line ---------------------------------------------------------------------------------

    def set_state(self, state: LineState, detail: str = "") -> None:
        """Say where the connection stands; ``detail`` is the technical reason, if any."""
        self.state = state
        words = {
            LineState.IDLE: self.tr("Not connected"),
            LineState.CONNECTING: self.tr("Connecting…"),
            LineState.CONNECTED: self.tr("✔ Connected"),
            LineState.LOST: self.tr("⚠ Disconnected: waiting for the instrument to come back"),
            LineState.STOPPING: self.tr("Disconnecting…"),
        }
        self.state_label.setText(words[state])
        self.state_label.setProperty("state", state.value)
        restyle(self.state_label)
        self.show_detail(detail)
        if state in (LineState.IDLE, LineState.LOST):
            self.clear_reading()
        if state is LineState.IDLE:
            self.identity_label.clear()

    def show_detail(self, detail: str) -> None:
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))

    def show_fault(self, detail: str) -> None:
        """A read failed (the worker goes on): say so under the line's state."""
        self.show_detail(self.tr("Last read failed: {detail}").format(detail=detail))

    def set_identity(self, identity: InstrumentIdentity) -> None:
        """The instrument as it describes itself."""
        self.identity_label.setText(self.tr("Instrument: {identity}").format(identity=identity.describe()))

    # --- the reading ------------------------------------------------------------------------------

    def show_reading(self, reading: Reading) -> None:
        """The newest reading: value, status in words and colour, time in Brussels."""
        self.reading = reading
        self.value_label.setText(value_text(reading))
        words = self.status_words(reading.status)
        if reading.message:
            words = f"{words}: {self._messages(reading.message)}"
        self._set_status(reading.status.value, words)
        self.time_label.setText(self.tr("Last reading at {time}").format(time=f"{local(reading.at):%H:%M:%S}"))

    def clear_reading(self) -> None:
        """No reading to show (nothing connected, or the instrument went away)."""
        self.reading = None
        self.value_label.setText("—")
        self._set_status("none", self.tr("No reading"))
        self.time_label.clear()

    def status_words(self, status: ReadingStatus) -> str:
        """A symbol and words for a status: it reads without its colour."""
        words = {
            ReadingStatus.STABLE: self.tr("✔ Stable"),
            ReadingStatus.DYNAMIC: self.tr("≈ Not stable yet"),
            ReadingStatus.OVERLOAD: self.tr("▲ Overload: above the range"),
            ReadingStatus.UNDERLOAD: self.tr("▼ Underload: below the range"),
            ReadingStatus.ERROR: self.tr("⚠ Error"),
        }
        return words[status]

    def _set_status(self, status: str, words: str) -> None:
        self.status_label.setText(words)
        self.status_label.setAccessibleName(words)
        if self.status_label.property("status") != status:  # re-polishing ten times a second costs
            self.status_label.setProperty("status", status)
            restyle(self.status_label)
