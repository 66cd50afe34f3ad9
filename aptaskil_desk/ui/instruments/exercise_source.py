"""The instrument an exercise reads: a registered one of the right drivers, read on its own thread.

The register gives the driver, port and line; :class:`~aptaskil_desk.ui.instruments.worker.InstrumentLink`
reads it in the background (the GUI never waits on a port) and the newest reading is shown live.
A capture takes the newest reading only when the instrument called it stable. Disconnect only
*asks* the thread to end; :meth:`InstrumentSource.shutdown` waits for it (the window's close).
The list, the link and its state are shared with the checklist runner's instrument step
(:class:`~aptaskil_desk.ui.instruments.link_control.LinkedInstrument`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.instruments.reading import InstrumentIdentity, Reading, ReadingStatus
from aptaskil_desk.services.instruments import InstrumentInfo
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.instruments.exercise_common import set_tone
from aptaskil_desk.ui.instruments.link_control import LinkedInstrument, SourceState
from aptaskil_desk.ui.instruments.worker import InstrumentLink
from aptaskil_desk.ui.models.equipment_words import day_text
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

#: Seconds between two readings: about ten a second.
READ_INTERVAL_S = 0.1


class InstrumentSource(LinkedInstrument):
    """Instrument list, Connect/Disconnect, the live value and its status, and a calibration banner
    (``calibration_banner``, placed by the screen).

    Args:
        drivers: the drivers whose instruments may serve the exercise.
        shown: the live value's words for a reading (e.g. a current in mA).

    Signals:
        instruments_listed(int): emitted after the register was read and offered, with its size.
        instrument_connected(object): emitted after the instrument answered who it is, with its identity.
        reading_changed(object): emitted after the newest reading changed (a Reading, or None when gone).
        instrument_stopped: emitted after the instrument's thread has ended.
    """

    instruments_listed = Signal(int)

    def __init__(
        self, ctx: AppContext, jobs: JobRunner, drivers: frozenset[str], shown: Callable[[Reading], str],
        parent: QWidget | None = None, *, interval_s: float = READ_INTERVAL_S,
    ) -> None:  # fmt: skip
        super().__init__(ctx, parent, interval_s=interval_s)
        self._jobs = jobs
        self._drivers = drivers
        self._shown = shown
        self._listing = 0

        self.combo.setAccessibleName(self.tr("Instrument read for the exercise"))
        self.combo.setToolTip(self.combo.accessibleName())
        self.combo.setPlaceholderText(self.tr("No instrument registered for this exercise"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        self.combo.setMinimumWidth(160)  # else Qt sizes it to the whole placeholder sentence
        self.combo.currentIndexChanged.connect(self._chosen)
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.clicked.connect(self.toggle)
        self.value_label = QLabel("—", self)
        self.value_label.setObjectName("liveValue")
        self.value_label.setMinimumWidth(230)
        self.status_label = QLabel(self)
        self.status_label.setProperty("kind", "readingStatus")
        self.status_label.setMinimumWidth(120)
        self.calibration_banner = MessageBanner(self)
        self.calibration_banner.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.connect_button)
        layout.addWidget(self.value_label)
        layout.addWidget(self.status_label)
        self._show_state()

    # --- register ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the register (off the GUI thread) and offer the instruments that fit the exercise."""
        self._listing += 1
        listing = self._listing
        service = self._ctx.instruments
        (
            self._jobs.job(lambda: service.all(include_inactive=False), owner=self)
            .success(lambda rows: self._listed(listing, rows))
            .failure(self._list_failed)
            .start()
        )

    def forget(self) -> None:
        """Disconnect and forget the register (the staff area locked)."""
        self._listing += 1
        self.disconnect_instrument()
        self._offer([])

    def _listed(self, listing: int, rows: list[InstrumentInfo]) -> None:
        if listing != self._listing:
            return
        fitting = [info for info in rows if info.driver in self._drivers]
        self._offer(fitting)
        self.instruments_listed.emit(len(fitting))

    def _list_failed(self, error: BaseException) -> None:
        text = error_text(error, self._ctx.tr)
        if text is None:
            log.error("instrument register could not be read", exc_info=error)
            text = self.tr("The instrument register could not be read: unexpected error; the details are in the log.")
        self.calibration_banner.show_message(MessageKind.ERROR, text)

    def _chosen(self, _index: int = -1) -> None:
        info = self._registered.get(self.asset_code or "")
        problem = None if info is None else info.calibration_problem
        if problem is None:
            self.calibration_banner.clear_message()
        elif problem.code == "calibration_overdue":
            self.calibration_banner.show_message(MessageKind.ERROR, self.tr(
                "{code}: calibration overdue since {date}. Its readings are not GMP evidence: training use only."
            ).format(code=info.asset_code if info else "", date=day_text(problem.params["since"])))  # fmt: skip
        else:
            self.calibration_banner.show_message(MessageKind.ERROR, self.tr(
                "{code}: no calibration date on record. Its readings are not GMP evidence: training use only."
            ).format(code=info.asset_code if info else ""))  # fmt: skip
        self._show_state()

    # --- connecting ------------------------------------------------------------------------------

    def _why_not(self, info: InstrumentInfo | None) -> str | None:
        if info is None:
            return self._refuse(self.tr("Choose an instrument first."))
        if not info.port:
            return self._refuse(self.tr("{code} has no serial port in the register: set it on the instruments page.")
                                .format(code=info.asset_code))  # fmt: skip
        return None

    def _refuse_error(self, error: InvalidInput) -> str:
        return self._refuse(error_text(error, self._ctx.tr) or str(error))

    def _refuse(self, text: str) -> str:
        self.status_label.setToolTip(text)
        self.calibration_banner.show_message(MessageKind.ERROR, text)
        return text

    # --- what the instrument's thread says --------------------------------------------------------

    def _identified(self, identity: InstrumentIdentity) -> None:
        self.value_label.setToolTip(self.tr("Instrument: {identity}").format(identity=identity.describe()))

    def _show_fault(self, detail: str) -> None:
        self.status_label.setToolTip(detail)
        self.status_label.setText(self.tr("⚠ Read failed"))
        set_tone(self.status_label, "fail")

    def _on_lost(self, link: InstrumentLink, detail: str) -> None:
        if not self._is_current(link):
            return
        self.status_label.setToolTip(detail)
        self._set_state(SourceState.LOST)

    # --- showing ----------------------------------------------------------------------------------

    def _show_state(self) -> None:
        running = self._link is not None
        self.combo.setEnabled(not running)
        self.connect_button.setText(self.tr("Disconnect") if running else self.tr("Connect"))
        # The stylesheet's min-width would let a crowded row squeeze the words off the button.
        self.connect_button.setMinimumWidth(self.connect_button.sizeHint().width())
        self.connect_button.setEnabled(self.state is not SourceState.STOPPING and (running or bool(self._registered)))
        reading = self.latest
        if reading is not None:
            self.value_label.setText(self._shown(reading))
            words, tone = self._status_words(reading)
        else:
            self.value_label.setText("—")
            words, tone = self._state_words(), "none"
        self.status_label.setText(words)
        self.status_label.setAccessibleName(words)
        set_tone(self.status_label, tone)

    def _state_words(self) -> str:
        words = {
            SourceState.IDLE: self.tr("Not connected"),
            SourceState.CONNECTING: self.tr("Connecting…"),
            SourceState.CONNECTED: self.tr("✔ Connected"),
            SourceState.LOST: self.tr("⚠ Disconnected: waiting"),
            SourceState.STOPPING: self.tr("Disconnecting…"),
        }
        return words[self.state]

    def _status_words(self, reading: Reading) -> tuple[str, str]:
        words = {
            ReadingStatus.STABLE: (self.tr("✔ Stable"), "pass"),
            ReadingStatus.DYNAMIC: (self.tr("≈ Not stable"), "open"),
            ReadingStatus.OVERLOAD: (self.tr("▲ Overload"), "fail"),
            ReadingStatus.UNDERLOAD: (self.tr("▼ Underload"), "fail"),
            ReadingStatus.ERROR: (self.tr("⚠ Error"), "fail"),
        }
        return words[reading.status]
