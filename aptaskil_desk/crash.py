"""The crash handler: an exception nobody caught is logged, recorded and recovered from, never looped on.

Installed by the GUI (``ui/application.py``) on ``sys.excepthook`` (the GUI thread; PySide6 hands
an exception raised in a slot or a Qt virtual to it) and ``threading.excepthook`` (other Python
threads). For each exception:

1. the traceback is written to the log (the rotating file of ``logging_setup``), always;
2. ``record(incident)`` is called — the GUI records an ``app.crash`` audit row through a service in
   its own transaction, off the GUI thread; when the database is unreachable it is only logged;
3. ``recover(incident)`` is called — the GUI closes what is open and returns to the kiosk screen.

Rules:

* **No restart storm.** At most ``limit`` crashes in ``window`` seconds are recorded and recovered
  from. The next one is recorded once more, marked ``storm``, and nothing is restarted; any further
  crash is only logged, until a quiet ``window`` has passed. A recovery that itself crashes therefore
  stops after ``limit`` attempts instead of looping.
* A failure inside the handler (the recorder, the recovery) is logged and swallowed: the handler
  never raises, and never calls itself.
* ``KeyboardInterrupt`` goes to the previous hook (Ctrl+C in a terminal still stops the program);
  ``SystemExit`` in a thread is ignored, as Python does.

The incident holds no traceback text, only a short hash of it (exception type, and file, function and
line of each frame): the same bug gives the same hash on every terminal, and nothing a person typed
that might sit in a local variable reaches the audit trail. Its message is cut to ``MESSAGE_LIMIT``.
"""

from __future__ import annotations

import hashlib
import logging
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)

#: Characters of the exception's message kept in the incident (the log keeps it whole).
MESSAGE_LIMIT = 300
#: Crashes recovered from within WINDOW_SECONDS before the handler stops restarting anything.
STORM_LIMIT = 3
WINDOW_SECONDS = 60.0

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


@dataclass(frozen=True)
class Incident:
    """One unhandled exception, as the audit trail records it.

    ``storm`` is set on the crash that went past the limit: it is recorded, nothing is restarted.
    """

    exception: str  # the exception's type, with its module unless built in
    message: str
    traceback_hash: str  # 12 hex digits
    where: str  # the innermost frame: "file.py:123 in function"
    thread: str
    storm: bool = False

    def audit_values(self) -> dict[str, Any]:
        """What goes into the audit row's new values."""
        values: dict[str, Any] = {
            "exception": self.exception,
            "message": self.message,
            "traceback_hash": self.traceback_hash,
            "where": self.where,
            "thread": self.thread,
        }
        if self.storm:
            values["storm"] = True
        return values


def _type_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    return exc_type.__qualname__ if module == "builtins" else f"{module}.{exc_type.__qualname__}"


def incident_of(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, thread: str) -> Incident:
    """The incident for one exception: type, cut message, hash of the frames, innermost frame."""
    frames = traceback.extract_tb(tb)
    digest = hashlib.sha256(_type_name(exc_type).encode("utf-8"))
    for frame in frames:
        digest.update(f"|{Path(frame.filename).name}:{frame.name}:{frame.lineno}".encode())
    where = ""
    if frames:
        last = frames[-1]
        where = f"{Path(last.filename).name}:{last.lineno} in {last.name}"
    message = str(exc)
    if len(message) > MESSAGE_LIMIT:
        message = message[: MESSAGE_LIMIT - 1] + "…"
    return Incident(_type_name(exc_type), message, digest.hexdigest()[:12], where, thread)


class CrashHandler:
    """Owns the two exception hooks while installed; see the module docstring for the rules.

    Args:
        record: writes the incident down (may block; exceptions are logged and swallowed).
        recover: brings the screen back (called for the first ``limit`` crashes of a window only).
        limit, window: the storm rule: more than ``limit`` crashes in ``window`` seconds.
        monotonic: the time source of the storm rule (tests pass their own).
    """

    def __init__(
        self,
        record: Callable[[Incident], None],
        recover: Callable[[Incident], None],
        *,
        limit: int = STORM_LIMIT,
        window: float = WINDOW_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._record = record
        self._recover = recover
        self._limit = limit
        self._window = window
        self._monotonic = monotonic
        self._times: deque[float] = deque()
        self._lock = threading.Lock()  # the hooks may run on several threads at once
        self._previous_sys: Callable[..., Any] | None = None
        self._previous_threading: Callable[..., Any] | None = None
        self._inside = threading.local()
        #: Crashes seen since installation (recorded or not).
        self.crashes = 0
        #: Crashes only logged because of the storm rule.
        self.suppressed = 0

    @property
    def installed(self) -> bool:
        return self._previous_sys is not None

    def install(self) -> None:
        """Take over ``sys.excepthook`` and ``threading.excepthook``; :meth:`uninstall` gives them back."""
        if self.installed:
            return
        self._previous_sys, sys.excepthook = sys.excepthook, self._sys_hook
        self._previous_threading, threading.excepthook = threading.excepthook, self._threading_hook

    def uninstall(self) -> None:
        """Put back the hooks found at installation (only where they are still ours)."""
        if self._previous_sys is None or self._previous_threading is None:
            return
        if sys.excepthook == self._sys_hook:
            sys.excepthook = self._previous_sys
        if threading.excepthook == self._threading_hook:
            threading.excepthook = self._previous_threading
        self._previous_sys = self._previous_threading = None

    def _sys_hook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) and self._previous_sys is not None:
            self._previous_sys(exc_type, exc, tb)
            return
        self.handle((exc_type, exc, tb), threading.current_thread().name)

    def _threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else threading.current_thread().name
        self.handle((args.exc_type, args.exc_value, args.exc_traceback), name)

    def handle(self, exc_info: ExcInfo, thread: str) -> None:
        """Log, record and recover from one crash, following the storm rule; never raises."""
        if getattr(self._inside, "active", False):
            # The recorder or the recovery raised on this very thread: log it, go no deeper.
            log.critical("exception inside the crash handler", exc_info=exc_info)
            return
        self._inside.active = True
        try:
            self._handle(exc_info, thread)
        except BaseException:  # a crash handler that raises would be worse than none
            log.critical("the crash handler failed", exc_info=True)
        finally:
            self._inside.active = False

    def _handle(self, exc_info: ExcInfo, thread: str) -> None:
        incident = incident_of(*exc_info, thread)
        with self._lock:
            self.crashes += 1
            now = self._monotonic()
            while self._times and now - self._times[0] > self._window:
                self._times.popleft()
            self._times.append(now)
            count = len(self._times)
        if count > self._limit + 1:
            self.suppressed += 1
            log.critical(
                "unhandled exception in thread %s (%s, hash %s): only logged, %d crashes within %.0f s",
                thread, incident.exception, incident.traceback_hash, count, self._window,
                exc_info=exc_info,
            )  # fmt: skip
            return
        log.critical("unhandled exception in thread %s (hash %s)", thread, incident.traceback_hash, exc_info=exc_info)
        if count == self._limit + 1:
            log.critical(
                "%d crashes within %.0f s: the screen is kept as it is and further crashes are only logged "
                "until %.0f quiet seconds have passed", count, self._window, self._window,
            )  # fmt: skip
            self._call(self._record, replace(incident, storm=True), "record")
            return
        self._call(self._record, incident, "record")
        self._call(self._recover, incident, "recover from")

    @staticmethod
    def _call(action: Callable[[Incident], None], incident: Incident, what: str) -> None:
        try:
            action(incident)
        except Exception:
            log.critical("could not %s the crash %s", what, incident.traceback_hash, exc_info=True)


def record_quietly(record: Callable[[Incident], object], incident: Incident) -> bool:
    """Call ``record`` and say whether it worked; a failure (database unreachable…) is only logged."""
    try:
        record(incident)
    except Exception as error:
        log.warning("crash %s not recorded in the audit trail (%s); it is in this log only",
                    incident.traceback_hash, error)  # fmt: skip
        return False
    log.info("crash %s recorded in the audit trail", incident.traceback_hash)
    return True
