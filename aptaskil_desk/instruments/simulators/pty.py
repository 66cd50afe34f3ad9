"""A pseudo-terminal pair that behaves like a serial cable with an instrument at the far end.

The simulator owns the master side; the application opens the slave path like any serial port.
Per DOMAIN.md: both ends go raw at once (no echo, no CR→LF), a slave descriptor stays open on
the simulator's side (else reading the master raises EIO while nobody has the port open), and a
stable ``link`` path (a symlink) lets an "unplugged and replugged" instrument come back under
the same name although the kernel gives the new pty another number. POSIX only.
"""

from __future__ import annotations

import contextlib
import os
import select
import tty
from pathlib import Path


class PtyLine:
    """One pseudo-terminal, optionally reachable through a symlink ``link``."""

    def __init__(self, link: Path | None = None) -> None:
        self.link = Path(link) if link is not None else None
        self.master: int | None = None
        self._slave: int | None = None
        self.slave_path = ""
        self.plug()

    @property
    def port(self) -> str:
        """The path the application opens: the link if there is one, else the pty itself."""
        return str(self.link) if self.link is not None else self.slave_path

    @property
    def plugged(self) -> bool:
        return self.master is not None

    def plug(self) -> None:
        """Create a fresh pty (and point the link at it)."""
        if self.master is not None:
            return
        master, slave = os.openpty()
        tty.setraw(master)
        tty.setraw(slave)
        os.set_blocking(master, False)
        self.master, self._slave = master, slave
        self.slave_path = os.ttyname(slave)
        if self.link is not None:
            tmp = self.link.with_name(f".{self.link.name}.{os.getpid()}.tmp")
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            tmp.symlink_to(self.slave_path)
            os.replace(tmp, self.link)

    def unplug(self) -> None:
        """Close both ends and remove the link: the application's next read fails."""
        if self.link is not None:
            with contextlib.suppress(FileNotFoundError):
                self.link.unlink()
        for fd in (self._slave, self.master):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.master = self._slave = None

    def close(self) -> None:
        self.unplug()

    def read(self, size: int = 4096) -> bytes:
        """What the application wrote, or b"" when nothing is waiting (non-blocking)."""
        if self.master is None:
            return b""
        try:
            return os.read(self.master, size)
        except BlockingIOError:
            return b""

    def write(self, data: bytes) -> None:
        """Send ``data`` to the application, all of it."""
        view = memoryview(data)
        while view and self.master is not None:
            try:
                sent = os.write(self.master, view)
            except BlockingIOError:
                select.select([], [self.master], [], 0.05)
                continue
            view = view[sent:]
