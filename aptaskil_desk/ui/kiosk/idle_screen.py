"""The kiosk idle screen: centre, room, clock, sessions running here now, "scan your badge"."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.centre import TerminalOverview
from aptaskil_desk.ui.i18n import error_text, locale_for
from aptaskil_desk.ui.kiosk.clock import KioskClock
from aptaskil_desk.ui.kiosk.language_bar import LanguageBar
from aptaskil_desk.ui.kiosk.session_card import SessionCard
from aptaskil_desk.ui.widgets.labels import styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

_SESSIONS, _HINT = 0, 1


class KioskIdleScreen(QWidget):
    """What a terminal shows while nobody uses it; refreshes its overview in the background.

    Signals:
        staff_requested: emitted when the Staff button was pressed.
        language_chosen(str): emitted when a learner pressed a language button, with its code.
        overview_shown(object): emitted after a fresh ``TerminalOverview`` was put on screen.
        overview_failed(str): emitted after a refresh failed, with the message now on screen.
    """

    staff_requested = Signal()
    language_chosen = Signal(str)
    overview_shown = Signal(object)
    overview_failed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        jobs: JobRunner,
        language: str,
        parent: QWidget | None = None,
        *,
        refresh_ms: int = 60_000,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskIdle")
        self._ctx = ctx
        self._jobs = jobs
        self._messages = Translator(language)
        self._loading = False
        self._card_list: list[SessionCard] = []
        self._failure: BaseException | None = None
        self.overview: TerminalOverview | None = None

        self.centre_label = styled_label("centreName", ctx.settings.centre_name, self)
        self.room_label = styled_label("roomName", "", self)
        self.place_label = styled_label("secondary", "", self)
        self.clock = KioskClock(ctx.clock, jobs, locale_for(language), self)
        self.languages = LanguageBar(language, self)
        self.languages.language_chosen.connect(self.language_chosen)

        titles = QVBoxLayout()
        titles.setSpacing(4)
        titles.addWidget(self.centre_label)
        titles.addWidget(self.room_label)
        titles.addWidget(self.place_label)
        titles.addStretch(1)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)

        self._body = QStackedWidget(self)
        self._body.addWidget(self._build_sessions_page())
        self._body.addWidget(self._build_hint_page())

        self.prompt = QFrame(self)
        self.prompt.setProperty("kind", "prompt")
        self.prompt_label = styled_label("promptTitle", "", self.prompt)
        self.prompt_hint = styled_label("promptHint", "", self.prompt)
        for label in (self.prompt_label, self.prompt_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        prompt_layout = QVBoxLayout(self.prompt)
        prompt_layout.setContentsMargins(24, 20, 24, 20)
        prompt_layout.addWidget(self.prompt_label)
        prompt_layout.addWidget(self.prompt_hint)

        self.status_label = styled_label("secondary", "", self)
        self.banner = MessageBanner(self)
        self.staff_button = QPushButton(self)
        self.staff_button.setObjectName("staffButton")
        self.staff_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff_button.clicked.connect(self.staff_requested)
        status = QVBoxLayout()
        status.addWidget(self.banner)
        status.addWidget(self.status_label)
        footer = QHBoxLayout()
        footer.setSpacing(24)
        footer.addWidget(self.languages, 0, Qt.AlignmentFlag.AlignBottom)
        footer.addLayout(status, 1)
        footer.addWidget(self.staff_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(18)
        layout.addLayout(header)
        layout.addWidget(self._body, 1)
        layout.addWidget(self.prompt)
        layout.addLayout(footer)

        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate(language)
        self.refresh()

    def retranslate(self, language: str) -> None:
        """Say everything again in ``language`` (its translator is installed by the window)."""
        self._messages = Translator(language)
        self.languages.set_language(language)
        self.clock.set_locale(locale_for(language))
        self.prompt_label.setText(self.tr("Scan your badge"))
        self.prompt_hint.setText(self.tr("Hold the QR code of your badge under the reader."))
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff: unlock the staff area"))
        self.sessions_heading.setText(self.tr("Now in this room"))
        if self.overview is None:
            self.place_label.setText(self.tr("Terminal {terminal}").format(terminal=self._ctx.terminal))
            self.status_label.setText(self.tr("Loading…"))
            self.no_session_label.setText(self.tr("Loading…"))
        else:
            self._render(self.overview)
        if self._failure is not None:
            self._show_failure_text(self._failure)

    def _build_sessions_page(self) -> QWidget:
        page = QWidget(self)
        self.sessions_heading = styled_label("heading", "", page)
        self.no_session_label = styled_label("secondary", "", page)
        self._cards_box = QWidget(page)
        self._cards = QVBoxLayout(self._cards_box)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._cards.setSpacing(12)
        self._cards.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._cards_box)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sessions_heading)
        layout.addWidget(self.no_session_label)
        layout.addWidget(scroll, 1)
        return page

    def _build_hint_page(self) -> QWidget:
        page = QFrame(self)
        page.setProperty("kind", "hintPanel")
        self.hint_title = styled_label("heading", "", page)
        self.hint_label = styled_label("hint", "", page)
        self.hint_command = styled_label("command", "", page)
        self.hint_command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.hint_title)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.hint_command)
        layout.addStretch(1)
        return page

    # --- refreshing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask for a fresh overview off the GUI thread (ignored while one is on its way)."""
        if self._loading:
            return
        self._loading = True
        terminal = self._ctx.terminal
        centre = self._ctx.centre
        (
            self._jobs.job(lambda: centre.terminal_overview(terminal), owner=self)
            .success(self.show_overview)
            .failure(self._show_failure)
            .finished(self._refresh_done)
            .start()
        )

    def _refresh_done(self) -> None:
        self._loading = False

    def session_cards(self) -> list[SessionCard]:
        """The cards on screen, in order."""
        return list(self._card_list)

    def show_overview(self, overview: TerminalOverview) -> None:
        """Put an overview on screen (normally called with the result of :meth:`refresh`)."""
        self.overview = overview
        self._failure = None
        self.banner.clear_message()
        self._render(overview)
        self.overview_shown.emit(overview)

    def _render(self, overview: TerminalOverview) -> None:
        self.status_label.setText(self.tr("Updated at {time}").format(time=f"{local(overview.at):%H:%M}"))
        if overview.room is None:
            self._show_hint(overview.registered)
        else:
            self.room_label.setText(overview.room.name)
            self.room_label.show()
            self.place_label.setText(
                self.tr("Room {room}  ·  Terminal {terminal}").format(
                    room=overview.room.code, terminal=self._ctx.terminal
                )
            )
            self._show_sessions(overview)

    def _show_sessions(self, overview: TerminalOverview) -> None:
        for card in self._card_list:
            self._cards.removeWidget(card)
            card.hide()  # at once: deleteLater() waits for the event loop, and one redraw would show it
            card.deleteLater()
        self._card_list = [SessionCard(slot, self._cards_box) for slot in overview.sessions_now]
        for index, card in enumerate(self._card_list):
            self._cards.insertWidget(index, card)
        self.no_session_label.setText(self.tr("No session is running in this room right now."))
        self.no_session_label.setVisible(not overview.sessions_now)
        self._body.setCurrentIndex(_SESSIONS)
        self.prompt.show()

    def _show_hint(self, registered: bool) -> None:
        terminal = self._ctx.terminal
        # The hint panel's title says it; a second, larger "not registered" above it would shout.
        self.room_label.hide()
        if registered:
            self.hint_title.setText(self.tr("This terminal has no room"))
            self.hint_label.setText(
                self.tr(
                    "Terminal {terminal} is registered but not placed in a room, so badges cannot be "
                    "scanned here. An administrator places it in a room with this command:"
                ).format(terminal=terminal)
            )
        else:
            self.hint_title.setText(self.tr("This terminal is not registered"))
            self.hint_label.setText(
                self.tr(
                    "This terminal's name is {terminal}. Until an administrator registers it in a room, "
                    "badges cannot be scanned here. To register it, run this command:"
                ).format(terminal=terminal)
            )
        self.hint_command.setText(f"aptaskil-desk terminal add {terminal} --room CODE")
        self._body.setCurrentIndex(_HINT)
        self.prompt.hide()

    def _show_failure(self, error: BaseException) -> None:
        if error_text(error, self._messages) is None:
            log.error("terminal overview failed", exc_info=error)
        self._failure = error
        self.overview_failed.emit(self._show_failure_text(error))

    def _show_failure_text(self, error: BaseException) -> str:
        detail = error_text(error, self._messages) or self.tr("Unexpected error; the details are in the log.")
        text = self.tr("Cannot load this room's sessions: {detail} Trying again automatically.").format(detail=detail)
        self.banner.show_message(MessageKind.ERROR, text)
        if self.overview is None:
            self.no_session_label.setText(self.tr("Not available yet."))
        return text
