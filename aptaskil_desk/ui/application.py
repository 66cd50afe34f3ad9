"""Start the GUI: the Qt application, the main window, full screen unless asked otherwise."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from aptaskil_desk.app import AppContext
from aptaskil_desk.settings import APP_NAME
from aptaskil_desk.ui.i18n import locale_for
from aptaskil_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

WINDOWED_SIZE = (1280, 800)


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


def run_gui(ctx: AppContext, windowed: bool) -> int:
    """Open the kiosk window for this context and run until it closes; returns the exit code."""
    app = application()
    locale = locale_for(ctx.settings.language)
    # Dates and numbers outside the window's own formatting (dialogs, validators) follow suit.
    QLocale.setDefault(locale)
    window = MainWindow(ctx, serial_port=ctx.settings.scanner_port or None, serial_baud=ctx.settings.scanner_baud)
    if windowed:
        window.resize(*WINDOWED_SIZE)
        window.show()
    else:
        window.showFullScreen()
    log.info("kiosk window open on terminal %s (%s)", ctx.terminal, "windowed" if windowed else "full screen")
    code = app.exec()
    return int(code)
