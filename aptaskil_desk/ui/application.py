"""Start the GUI: one kiosk per terminal, the window full screen unless asked otherwise, crashes survived.

* **One instance per terminal.** ``run_gui`` first takes a ``QLockFile`` named after the terminal in
  the user's data folder (``hold_instance_lock``); a second kiosk for the same terminal stops at
  once with ``Refused`` (the command line prints why and exits 1). The lock of a process that died
  is stale and taken over (Qt checks that its process still runs). A folder where no lock can be
  written is logged and the kiosk starts anyway: a read-only profile must not keep a lab closed.
* **Logs.** ``cli.main`` has already sent this process's records to the rotating log file
  (``logging_setup``) before the kiosk starts; ``run_gui`` adds Qt's own warnings to it.
* **Crashes.** ``install_crash_handler`` hooks ``aptaskil_desk.crash.CrashHandler`` to the window:
  an exception nobody caught is logged, recorded as an ``app.crash`` audit row (off the GUI thread,
  only logged when the database is unreachable), and the window closes its dialogs and goes back
  to the kiosk idle screen (``MainWindow.lock``) with a short notice. The handler's storm rule stops
  the restarts after a few crashes in a minute.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable
from functools import partial
from hashlib import sha256
from pathlib import Path

import platformdirs
import shiboken6
from PySide6.QtCore import (
    QLocale,
    QLockFile,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.crash import CrashHandler, Incident, record_quietly
from aptaskil_desk.errors import Refused
from aptaskil_desk.settings import APP_NAME
from aptaskil_desk.ui.i18n import locale_for
from aptaskil_desk.ui.kiosk.header_notice import HeaderNotice
from aptaskil_desk.ui.main_window import MainWindow
from aptaskil_desk.ui.widgets.message import MessageKind

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

WINDOWED_SIZE = (1280, 800)
#: How long the notice stays over the kiosk after a crash (a scan or a touch on Staff hides it sooner).
NOTICE_MS = 20_000
#: Dialogs and popups closed at most, one after the other, before the kiosk comes back.
_MAX_CLOSED = 20


def application(argv: list[str] | None = None) -> QApplication:
    """The process's ``QApplication``, created on first use (tests bring their own)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # Touch input also synthesises mouse events, so plain buttons work with a finger.
    app.setAttribute(Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents, True)
    return app


# --- one instance per terminal ----------------------------------------------------------------


def lock_folder() -> Path:
    """Where the kiosks of this user keep their instance locks."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "locks"


def instance_lock_path(terminal: str, folder: Path | None = None) -> Path:
    """The lock file of a terminal: its name made safe for any file system (a hash keeps names apart)."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", terminal)[:60]
    if safe != terminal:
        safe += "-" + sha256(terminal.encode("utf-8")).hexdigest()[:8]
    return (folder or lock_folder()) / f"kiosk-{safe}.lock"


def hold_instance_lock(terminal: str, folder: Path | None = None) -> QLockFile | None:
    """Take this terminal's lock, held until ``unlock()`` or the end of the process.

    Raises ``Refused`` when another running process holds it; returns ``None`` (logged) when no
    lock can be written at all.
    """
    path = instance_lock_path(terminal, folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("no instance lock for terminal %s: %s cannot be created (%s)", terminal, path.parent, error)
        return None
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old
    if lock.tryLock(0):
        log.info("instance lock %s taken for terminal %s", path, terminal)
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        try:
            pid = str(lock.getLockInfo()[0])
        except (IndexError, TypeError):  # the holder wrote no information (yet)
            pid = "?"
        log.warning("terminal %s already has a kiosk running (process %s, lock %s)", terminal, pid, path)
        raise Refused(
            "A kiosk for terminal {terminal} is already running on this computer (process {pid}). "
            "Use that one, or close it before starting another.",
            terminal=terminal,
            pid=pid,
        )
    log.warning("no instance lock for terminal %s: %s cannot be written (%s)", terminal, path, lock.error())
    return None


# --- crashes -----------------------------------------------------------------------------------


class CrashNotice(HeaderNotice):
    """The notice shown over the kiosk after it came back from a crash; hides itself.

    Signals: none.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("crashNotice")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        # A scan, the staff unlock: whatever comes to the front next replaces the notice.
        window.stack.currentChanged.connect(lambda _index: self.dismiss())

    def show_notice(self, duration_ms: int = NOTICE_MS) -> None:
        self.show_message(MessageKind.INFO, self.tr(
            "Something went wrong, so the kiosk went back to its start screen. The problem was logged for IT "
            "support. If you were scanning your badge, please scan it again."
        ))  # fmt: skip
        self.place()
        self._timer.start(duration_ms)

    def dismiss(self) -> None:
        self._timer.stop()
        self.clear_message()


class CrashRecovery(QObject):
    """Connects a ``CrashHandler`` to the window: records through the service, recovers on the GUI thread.

    Signals:
        recovery_requested(object): emitted from any thread by the handler with the ``Incident``;
            connected (queued) to the GUI-thread recovery.
        recovered(object): emitted after the window closed its dialogs and showed the kiosk, with the
            ``Incident``.
    """

    recovery_requested = Signal(object)
    recovered = Signal(object)

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self.notice = CrashNotice(window)
        self.handler = CrashHandler(self._record, self.recovery_requested.emit)
        # Queued even on the GUI thread: the window is changed after the failing slot has unwound.
        self.recovery_requested.connect(self._recover, Qt.ConnectionType.QueuedConnection)

    def _record(self, incident: Incident) -> None:
        # Off the GUI thread: a database that does not answer must not freeze the kiosk as well.
        record = partial(self._ctx.diagnostics.record_crash, self._ctx.system_actor())
        threading.Thread(target=record_quietly, args=(record, incident), name="crash-record", daemon=True).start()

    def _recover(self, incident: Incident) -> None:
        window = self._window
        if not shiboken6.isValid(window):
            return
        for _ in range(_MAX_CLOSED):
            widget = QApplication.activePopupWidget() or _open_dialog(window)
            if widget is None:
                break
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()
        window.lock()
        self.notice.show_notice()
        log.info("kiosk screen restored after crash %s", incident.traceback_hash)
        self.recovered.emit(incident)

    def uninstall(self) -> None:
        self.handler.uninstall()


def _open_dialog(window: QWidget) -> QDialog | None:
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog) and modal is not window:
        return modal
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            return widget
    return None


def install_crash_handler(ctx: AppContext, window: MainWindow) -> CrashRecovery:
    """Hook the crash handler to this window (``uninstall()`` on the result gives the hooks back)."""
    recovery = CrashRecovery(ctx, window)
    recovery.handler.install()
    return recovery


# --- Qt's own messages ---------------------------------------------------------------------------

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def route_qt_messages() -> Callable[[], None]:
    """Send Qt's own messages to the log as well; returns the call that puts the previous handler back.

    A handler found in place (a test harness) still receives every message after the log did.
    """
    previous: list[Callable[[QtMsgType, QMessageLogContext, str], None] | None] = []

    def to_log(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s (%s)", message, context.category or "qt")
        if previous and previous[0] is not None:
            previous[0](mode, context, message)

    def restore() -> None:
        qInstallMessageHandler(previous[0])

    previous.append(qInstallMessageHandler(to_log))
    return restore


# --- the kiosk -----------------------------------------------------------------------------------


def run_gui(ctx: AppContext, windowed: bool) -> int:
    """Open the kiosk window for this context and run until it closes; returns the exit code.

    Raises ``Refused`` when a kiosk for the same terminal already runs on this computer.
    """
    instance = hold_instance_lock(ctx.terminal)
    restore_qt_messages = route_qt_messages()
    try:
        app = application()
        locale = locale_for(ctx.settings.language)
        # Dates and numbers outside the window's own formatting (dialogs, validators) follow suit.
        QLocale.setDefault(locale)
        window = MainWindow(ctx, serial_port=ctx.settings.scanner_port or None, serial_baud=ctx.settings.scanner_baud,
                            kiosk=not windowed)  # fmt: skip
        recovery = install_crash_handler(ctx, window)
        try:
            if windowed:
                window.resize(*WINDOWED_SIZE)
                window.show()
            else:
                window.showFullScreen()
            window.integrity.run_startup_check()
            log.info("kiosk window open on terminal %s (%s)", ctx.terminal, "windowed" if windowed else "full screen")
            code = app.exec()
        finally:
            recovery.uninstall()
        if recovery.handler.crashes:
            log.info("kiosk closed after %d crash(es) on %s", recovery.handler.crashes, ctx.terminal)
        return int(code)
    finally:
        restore_qt_messages()
        if instance is not None:
            instance.unlock()
