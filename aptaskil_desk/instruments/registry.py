"""Names of the drivers and simulators (``--driver``, ``instrument simulate KIND``), imported on demand."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from aptaskil_desk.errors import InvalidInput

if TYPE_CHECKING:
    from aptaskil_desk.instruments.drivers.base import Driver
    from aptaskil_desk.instruments.simulators.base import Simulator

_PACKAGE = "aptaskil_desk.instruments"

#: name → (driver "module:Class", simulator "module:Class")
KINDS: dict[str, tuple[str, str]] = {
    "mt-sics": ("drivers.mtsics:MtSicsBalance", "simulators.mtsics:MtSicsSimulator"),
    "sartorius-sbi": ("drivers.sartorius:SartoriusBalance", "simulators.sartorius:SartoriusSimulator"),
    "scpi-dmm": ("drivers.scpi_dmm:ScpiMultimeter", "simulators.scpi_dmm:MultimeterSimulator"),
    "orion-star": ("drivers.orion:OrionStarPhMeter", "simulators.orion:OrionSimulator"),
    "modbus-rtu": ("drivers.modbus:ModbusTransmitter", "simulators.modbus:ModbusSimulator"),
}


def _load(target: str) -> Any:
    module, name = target.split(":")
    return getattr(importlib.import_module(f"{_PACKAGE}.{module}"), name)


def _known(name: str) -> tuple[str, str]:
    try:
        return KINDS[name]
    except KeyError:
        raise InvalidInput("Unknown instrument driver {name!r}; known: {known}.", name=name,
                           known=", ".join(sorted(KINDS))) from None  # fmt: skip


def driver_class(name: str) -> type[Driver]:
    """The driver class called ``name``. Raises InvalidInput for an unknown name."""
    cls: type[Driver] = _load(_known(name)[0])
    return cls


def simulator_class(name: str) -> type[Simulator]:
    """The simulator of the instrument ``name``. Raises InvalidInput for an unknown name."""
    cls: type[Simulator] = _load(_known(name)[1])
    return cls
