"""Which serial ports this computer has: path, description, USB vendor/product IDs, serial number."""

from __future__ import annotations

from dataclasses import dataclass

from serial.tools import list_ports


@dataclass(frozen=True)
class PortInfo:
    device: str
    description: str
    hardware_id: str
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    manufacturer: str | None = None

    @property
    def usb_id(self) -> str:
        """``0403:6001`` for a USB adapter, empty otherwise."""
        return f"{self.vid:04X}:{self.pid:04X}" if self.vid is not None and self.pid is not None else ""


def list_serial_ports() -> list[PortInfo]:
    """Every serial port the operating system reports, sorted by device path."""
    found = [
        PortInfo(
            device=p.device,
            description=p.description or "",
            hardware_id=p.hwid or "",
            vid=p.vid,
            pid=p.pid,
            serial_number=p.serial_number,
            manufacturer=p.manufacturer,
        )
        for p in list_ports.comports()
    ]
    return sorted(found, key=lambda p: p.device)
