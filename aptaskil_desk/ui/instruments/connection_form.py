"""The console's connection form: which instrument, on which port, with which driver and line settings.

A registered instrument brings its driver, port and line from the register (the port and line
stay editable: a USB adapter moves, a simulated instrument talks 8N1), and a banner when its
calibration is overdue. A new instrument is brought up by choosing a port (from the ports the
system lists, or a path typed in) and a driver; the line field starts at the driver's factory line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.clock import Clock
from aptaskil_desk.instruments.drivers.base import Driver
from aptaskil_desk.instruments.line import LineSettings, parse_line
from aptaskil_desk.instruments.ports import PortInfo
from aptaskil_desk.instruments.registry import KINDS, driver_class
from aptaskil_desk.instruments.simulated import transport_for
from aptaskil_desk.services.instruments import InstrumentInfo
from aptaskil_desk.ui.models.equipment_words import day_text
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind


@dataclass(frozen=True)
class ConnectionPlan:
    """What Connect opens: a driver on a port with line settings; ``asset_code`` None for an
    instrument that is not registered (bring-up: its readings cannot be recorded)."""

    driver: str
    port: str
    line: LineSettings
    asset_code: str | None = None


def default_line(driver: str) -> str:
    """The driver's factory line as the line field writes it: ``9600,7E2``."""
    line = driver_class(driver).line
    return f"{line.baudrate},{line.framing}"


def with_handshake(line: LineSettings, handshake: str | None) -> LineSettings:
    """``line`` with the registered handshake (``xon/xoff``, ``rts/cts``, ``dtr/dsr``, ``none``)."""
    if handshake is None:
        return line
    return replace(line, xonxoff=handshake == "xon/xoff", rtscts=handshake == "rts/cts", dsrdtr=handshake == "dtr/dsr")


def make_driver(plan: ConnectionPlan, clock: Clock) -> Driver:
    """The driver with its transport (called on the instrument's thread; opens nothing yet)."""
    return driver_class(plan.driver)(transport_for(plan.port, plan.line), clock)


def port_words(port: PortInfo) -> str:
    """``/dev/ttyUSB0 — FT232R USB UART (0403:6001)``: the path, what it is, its USB id."""
    words = " — ".join(p for p in (port.device, port.description if port.description != "n/a" else "") if p)
    return f"{words} ({port.usb_id})" if port.usb_id else words


class ConnectionForm(QWidget):
    """Instrument, port, driver and line fields, the Connect/Disconnect buttons, the calibration banner.

    The console wires the buttons; the form only says what is chosen (:meth:`plan`).

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionForm")
        self._registered: dict[str, InstrumentInfo] = {}
        self._running = False

        self.instrument_combo = self._combo(self.tr("Registered instrument, or a new one"))
        self.instrument_combo.currentIndexChanged.connect(self._instrument_chosen)
        self.port_combo = self._combo(self.tr("Serial port: choose one or type its path"))
        self.port_combo.setEditable(True)
        self.port_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ports_button = QPushButton("⟳", self)
        self.ports_button.setObjectName("portsButton")
        self.ports_button.setAccessibleName(self.tr("Look for serial ports again"))
        self.ports_button.setToolTip(self.ports_button.accessibleName())
        self.driver_combo = self._combo(self.tr("Driver: the instrument's protocol"))
        titles = self._driver_titles()
        for name in KINDS:
            self.driver_combo.addItem(titles.get(name) or driver_class(name).title, name)
        self.driver_combo.currentIndexChanged.connect(self._driver_chosen)
        self.line_edit = QLineEdit(default_line(self.driver), self)
        self.line_edit.setAccessibleName(self.tr("Line settings, e.g. 9600,8N1"))
        self.line_edit.setToolTip(self.line_edit.accessibleName())
        self.line_edit.setFixedWidth(130)
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.setProperty("kind", "primary")
        self.disconnect_button = QPushButton(self.tr("Disconnect"), self)
        self.calibration_banner = MessageBanner(self)

        first = QHBoxLayout()
        first.addWidget(styled_label("fieldLabel", self.tr("Instrument"), self, wrap=False))
        first.addWidget(self.instrument_combo, 1)
        first.addWidget(self.connect_button)
        first.addWidget(self.disconnect_button)
        second = QHBoxLayout()
        second.addWidget(styled_label("fieldLabel", self.tr("Port"), self, wrap=False))
        second.addWidget(self.port_combo, 3)
        second.addWidget(self.ports_button)
        second.addWidget(styled_label("fieldLabel", self.tr("Driver"), self, wrap=False))
        second.addWidget(self.driver_combo, 2)
        second.addWidget(styled_label("fieldLabel", self.tr("Line"), self, wrap=False))
        second.addWidget(self.line_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.calibration_banner)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    def _driver_titles(self) -> dict[str, str]:
        return {
            "mt-sics": self.tr("Mettler Toledo balance (MT-SICS)"),
            "sartorius-sbi": self.tr("Sartorius balance (SBI)"),
            "scpi-dmm": self.tr("Bench multimeter (SCPI, 34401A class)"),
            "orion-star": self.tr("Thermo Orion Star pH meter"),
            "modbus-rtu": self.tr("Modbus RTU transmitter or signal conditioner"),
        }

    # --- what is chosen ---------------------------------------------------------------------------

    @property
    def driver(self) -> str:
        return str(self.driver_combo.currentData())

    @property
    def asset_code(self) -> str | None:
        """The registered instrument chosen, or None for a new (unregistered) one."""
        return str(self.instrument_combo.currentData() or "") or None

    def registered(self, asset_code: str | None) -> InstrumentInfo | None:
        """The register's entry for ``asset_code``, as last read."""
        return self._registered.get(asset_code or "")

    def port_path(self) -> str:
        """The port chosen in the list (its device path) or typed."""
        text = self.port_combo.currentText().strip()
        index = self.port_combo.findText(text)
        return str(self.port_combo.itemData(index) or text) if index >= 0 else text

    def set_port(self, path: str) -> None:
        """Choose ``path`` in the port list, or type it when it is not listed."""
        index = self.port_combo.findData(path)
        if index >= 0:
            self.port_combo.setCurrentIndex(index)
        else:
            self.port_combo.setEditText(path)

    def choose_instrument(self, asset_code: str | None) -> bool:
        """Choose a registered instrument (None: a new one); False when the register lacks it."""
        index = self.instrument_combo.findData(asset_code or "")
        if index < 0:
            return False
        self.instrument_combo.setCurrentIndex(index)
        return True

    def choose_driver(self, name: str) -> None:
        self.driver_combo.setCurrentIndex(self.driver_combo.findData(name))

    def plan(self) -> ConnectionPlan:
        """What Connect would open. Raises InvalidInput for line settings that are not understood."""
        info = self.registered(self.asset_code)
        name = info.driver if info is not None else self.driver
        base = driver_class(name).line
        line = parse_line(self.line_edit.text(), base) if self.line_edit.text().strip() else base
        if info is not None:
            line = with_handshake(line, info.handshake)
        return ConnectionPlan(name, self.port_path(), line, info.asset_code if info is not None else None)

    # --- what is offered --------------------------------------------------------------------------

    def offer(self, rows: list[InstrumentInfo]) -> None:
        """The registered instruments to choose from (the one chosen stays chosen if still there)."""
        chosen = self.asset_code
        self._registered = {info.asset_code: info for info in rows}
        self.instrument_combo.blockSignals(True)
        self.instrument_combo.clear()
        for info in rows:
            self.instrument_combo.addItem(f"{info.asset_code} — {info.name}", info.asset_code)
        self.instrument_combo.addItem(self.tr("New instrument: choose port, driver and line"), "")
        self.instrument_combo.blockSignals(False)
        if chosen is None or not self.choose_instrument(chosen):
            self.instrument_combo.setCurrentIndex(0)
        self._instrument_chosen()

    def offer_ports(self, ports: list[PortInfo]) -> None:
        """The ports the system lists; what was typed or chosen stays."""
        typed = self.port_path()
        self.port_combo.clear()
        for port in ports:
            self.port_combo.addItem(port_words(port), port.device)
        self.set_port(typed)

    def set_running(self, running: bool, *, stopping: bool = False) -> None:
        """While an instrument is read the fields are locked; Disconnect is offered until it is asked."""
        self._running = running
        for widget in (self.instrument_combo, self.port_combo, self.ports_button, self.line_edit):
            widget.setEnabled(not running)
        self.driver_combo.setEnabled(not running and self.asset_code is None)
        self.connect_button.setEnabled(not running)
        self.disconnect_button.setEnabled(running and not stopping)

    def _instrument_chosen(self, _index: int = -1) -> None:
        info = self.registered(self.asset_code)
        if info is not None:
            self.choose_driver(info.driver)
            self.set_port(info.port or "")
            self.line_edit.setText(info.line or default_line(info.driver))
        self.driver_combo.setEnabled(info is None and not self._running)
        self._show_calibration(info)

    def _driver_chosen(self, _index: int) -> None:
        if self.asset_code is None:
            self.line_edit.setText(default_line(self.driver))

    def _show_calibration(self, info: InstrumentInfo | None) -> None:
        problem = None if info is None else info.calibration_problem
        if problem is None:
            self.calibration_banner.clear_message()
        elif problem.code == "calibration_overdue":
            self.calibration_banner.show_message(MessageKind.ERROR, self.tr(
                "Calibration overdue since {date}: readings from this instrument are not usable as GMP evidence."
            ).format(date=day_text(problem.params["since"])))  # fmt: skip
        else:
            self.calibration_banner.show_message(MessageKind.ERROR, self.tr(
                "No calibration date on record: readings from this instrument are not usable as GMP evidence."
            ))  # fmt: skip
