"""What the two exercise screens share: their look, verdicts and reasons in words, the learner picker,
and recording a result.

Verdicts and reasons are never decided here: the words come from what ``domain/exercises.py``
returned (a :class:`~aptaskil_desk.domain.exercises.Verdict` and a reason code with its numbers).
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from aptaskil_desk.app import AppContext
from aptaskil_desk.domain.equipment import Reason
from aptaskil_desk.domain.exercise_inputs import number
from aptaskil_desk.domain.exercises import REASON_TEXTS, ExerciseKind, Verdict
from aptaskil_desk.domain.names import fold
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.accounts import StaffInfo
from aptaskil_desk.services.centre import TerminalOverview
from aptaskil_desk.services.instruments import ExerciseResultInfo
from aptaskil_desk.services.people import PersonInfo
from aptaskil_desk.ui.i18n import error_text
from aptaskil_desk.ui.widgets.labels import restyle, styled_label
from aptaskil_desk.ui.widgets.message import MessageBanner, MessageKind
from aptaskil_desk.ui.workers import JobRunner

log = logging.getLogger(__name__)

#: At most this many learners are offered at once; typing a few letters narrows the list.
MAX_OFFERED = 200

#: Denser than the kiosk (the staff area's page is about 980×696 at 1280×800); every touch target is
#: still ≥ 44 px tall (36 + padding + border for buttons, 40 + border for fields).
#: Every tone repeats the words and the symbol beside it.
EXERCISE_QSS = """
QWidget { font-size: 17px; }
QLabel[kind="fieldLabel"] { font-size: 17px; font-weight: bold; }
QLabel[kind="secondary"] { font-size: 15px; color: #d0d8e0; }
QLabel[kind="cell"] { font-size: 17px; font-family: monospace; }
QLabel[kind="pointName"] { font-size: 16px; font-weight: bold; }
QLabel[kind="note"] { font-size: 14px; color: #e6ebf0; }
QLabel[kind="columnHead"] { font-size: 14px; font-weight: bold; color: #d0d8e0; }
QLabel[kind="banner"] { font-size: 17px; padding: 6px 10px; }
QLabel#liveValue {
    font-size: 24px; font-weight: bold; color: #ffffff; font-family: monospace;
    background-color: #000000; border: 2px solid #3d4f61; border-radius: 6px; padding: 2px 10px;
}
QLabel[kind="verdict"] {
    font-size: 15px; font-weight: bold; padding: 4px 6px; border-radius: 6px;
    color: #000000; background-color: #c8ced4;
}
QLabel[kind="verdict"][tone="pass"], QLabel[kind="readingStatus"][tone="pass"] { background-color: #69db7c; }
QLabel[kind="verdict"][tone="fail"], QLabel[kind="readingStatus"][tone="fail"] { background-color: #ff8787; }
QLabel[kind="verdict"][tone="alarm"] { background-color: #ffa94d; border: 3px solid #ffffff; }
QLabel[kind="verdict"][tone="open"], QLabel[kind="readingStatus"][tone="open"] { background-color: #ffd43b; }
QLabel[kind="verdict"][tone="none"] { color: #d0d8e0; background-color: transparent; font-weight: normal; }
QLabel[kind="readingStatus"] {
    font-size: 16px; font-weight: bold; padding: 4px 6px; border-radius: 6px;
    color: #000000; background-color: #c8ced4;
}
QLabel[kind="resultVerdict"] { font-size: 19px; font-weight: bold; padding: 6px 10px; border-radius: 8px;
    color: #000000; background-color: #c8ced4; }
QLabel[kind="resultVerdict"][tone="pass"] { background-color: #69db7c; }
QLabel[kind="resultVerdict"][tone="fail"] { background-color: #ff8787; }
QLabel[kind="resultVerdict"][tone="open"] { background-color: #ffd43b; }

QPushButton { font-size: 17px; min-height: 36px; min-width: 44px; padding: 2px 12px; border-radius: 8px; }
QPushButton[kind="toggle"]:checked { color: #000000; background-color: #ffffff; border: 2px solid #ffffff; }
QPushButton[kind="primary"] { font-size: 19px; min-height: 46px; }
QComboBox, QLineEdit {
    font-size: 17px; min-height: 40px; padding: 0 8px; color: #000000; background-color: #ffffff;
    border: 2px solid #9fb3c8; border-radius: 6px;
}
QLineEdit[entry="hand"] { border: 3px dashed #ffd43b; }
QLineEdit[entry="bad"] { border: 3px solid #ff8787; }
QLineEdit:read-only { background-color: #e6ebf0; }
QComboBox:focus, QLineEdit:focus { border: 3px solid #ffd43b; }
QComboBox:disabled, QLineEdit:disabled { color: #333333; background-color: #c8ced4; }
QComboBox QAbstractItemView { font-size: 17px; color: #000000; background-color: #ffffff;
    selection-background-color: #ffd43b; selection-color: #000000; }
QComboBox QLineEdit { border: none; min-height: 0; padding: 0; }
QTableView {
    font-size: 17px; color: #ffffff; background-color: #16212c; alternate-background-color: #1b2836;
    gridline-color: #3d4f61; border: 2px solid #3d4f61;
    selection-background-color: #ffd43b; selection-color: #000000;
}
QHeaderView::section {
    font-size: 15px; font-weight: bold; color: #ffffff; background-color: #2b3b4c;
    border: none; border-right: 1px solid #3d4f61; border-bottom: 2px solid #ffd43b; padding: 4px 6px;
}
"""


class ScreenInputError(Exception):
    """Something typed on an exercise screen that the screen itself cannot use; ``text`` is translated."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def set_tone(label: QLabel, tone: str) -> None:
    """Colour a verdict or status label (``pass``, ``fail``, ``alarm``, ``open``, ``none``)."""
    label.setProperty("tone", tone)
    restyle(label)


def tone_of(verdict: Verdict | None) -> str:
    if verdict is None:
        return "none"
    return {Verdict.PASS: "pass", Verdict.FAIL: "fail", Verdict.NOT_EVALUABLE: "open"}[verdict]


def signed(value: Decimal) -> str:
    """``+0.6250`` / ``-103.1250``: the sign always shown, the domain's digits kept."""
    return f"+{value}" if value > 0 else str(value)


def typed_number(text: str, field: str) -> Decimal | None:
    """What a person typed, as the domain reads numbers (a French comma too); None when empty.

    Raises InvalidInput naming ``field`` when the text is not a number.
    """
    return None if not text.strip() else number(text, field)


class ExerciseWords(QObject):
    """Verdicts and the domain's reasons in the reader's words. Signals: none."""

    def __init__(self, messages: Translator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages = messages  # the domain's N_() reason texts live in the "cli" context

    def verdict(self, verdict: Verdict) -> str:
        """A symbol and a word: it reads without its colour."""
        words = {
            Verdict.PASS: self.tr("✔ Pass"),
            Verdict.FAIL: self.tr("✖ Fail"),
            Verdict.NOT_EVALUABLE: self.tr("… Not evaluable"),
        }
        return words[verdict]

    def reason(self, reason: Reason) -> str:
        """The domain's reason, its numbers filled in, in the reader's language."""
        text = REASON_TEXTS.get(reason.code)
        if text is None:
            return reason.code
        return self._messages(text, **reason.params)

    def draft_back(self) -> str:
        return self.tr("What you had entered before the staff area locked is back.")

    def recording(self) -> str:
        return self.tr("Recording the result…")

    def recorded(self, info: ExerciseResultInfo) -> str:
        """What the banner says once the service recorded (or replayed) a result."""
        verdict = self.verdict(Verdict(info.verdict))
        if info.replayed:
            text = self.tr("Already recorded for {name}: {verdict}.").format(name=info.person_name, verdict=verdict)
        else:
            text = self.tr("Recorded for {name}: {verdict}.").format(name=info.person_name, verdict=verdict)
        late = [i["asset_code"] for i in info.result.get("instruments", []) if not i.get("calibration_ok", True)]
        if late:
            text += " " + self.tr("Not in calibration: {codes}; a training result only.").format(codes=", ".join(late))
        return text

    def error(self, error: BaseException) -> str:
        """An input or service error in words (a programming error is logged and said plainly)."""
        if isinstance(error, ScreenInputError):
            return error.text
        text = error_text(error, self._messages)
        if text is None:
            log.error("unexpected error in an exercise screen", exc_info=error)
            return self.tr("Unexpected error; the details are in the log.")
        return text


@dataclass(frozen=True)
class Learner:
    """A learner as the picker offers them."""

    person_id: int
    name: str
    key: str  # folded name and employer, for searching


class LearnerPicker(QWidget):
    """Who does the exercise (search by name, then choose) and in which course session.

    The sessions offered are those running now in this terminal's room; another session's code
    may be typed. The service checks that the learner is on that session's roster.

    Signals:
        listed(int): emitted after the learners and sessions were read, with the number of learners.
        changed: emitted after the learner or the session changed.
    """

    listed = Signal(int)
    changed = Signal()

    def __init__(self, ctx: AppContext, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._jobs = jobs
        self._learners: list[Learner] = []
        self._loading = 0  # numbers the reads; a late answer after a lock is dropped

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Type a name"))
        self.search_edit.setAccessibleName(self.tr("Search the learner by name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter)
        self.search_edit.setFixedWidth(150)
        self.learner_combo = QComboBox(self)
        self.learner_combo.setAccessibleName(self.tr("Learner doing the exercise"))
        self.learner_combo.setPlaceholderText(self.tr("No learner chosen"))
        self.learner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.learner_combo.setMinimumContentsLength(10)
        self.learner_combo.setMinimumWidth(160)  # else Qt sizes it to the whole placeholder
        self.learner_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.session_combo = QComboBox(self)
        self.session_combo.setEditable(True)
        self.session_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.session_combo.setAccessibleName(self.tr("Course session: choose one running here or type its code"))
        self.session_combo.setToolTip(self.session_combo.accessibleName())
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo.setMinimumContentsLength(8)
        self.session_combo.currentTextChanged.connect(lambda _t: self.changed.emit())
        self._offer_sessions(None)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(styled_label("fieldLabel", self.tr("Learner"), self, wrap=False))
        layout.addWidget(self.search_edit)
        layout.addWidget(self.learner_combo, 1)
        layout.addWidget(styled_label("fieldLabel", self.tr("Session"), self, wrap=False))
        layout.addWidget(self.session_combo, 1)

    # --- what is chosen ---------------------------------------------------------------------------

    @property
    def person_id(self) -> int | None:
        data = self.learner_combo.currentData()
        return int(data) if data is not None else None

    @property
    def person_name(self) -> str:
        return self.learner_combo.currentText() if self.person_id is not None else ""

    @property
    def session_code(self) -> str | None:
        """The session chosen in the list or typed; None for none."""
        text = self.session_combo.currentText().strip()
        index = self.session_combo.findText(text)
        if index >= 0:
            return str(self.session_combo.itemData(index) or "") or None
        return text or None

    def choose_learner(self, person_id: int) -> bool:
        """Choose a learner among those the search shows; False when not shown."""
        index = self.learner_combo.findData(person_id)
        if index < 0:
            return False
        self.learner_combo.setCurrentIndex(index)
        return True

    def choose_session(self, code: str | None) -> None:
        """Choose a listed session, or type its code; None: no session."""
        index = self.session_combo.findData(code or "")
        if index >= 0:
            self.session_combo.setCurrentIndex(index)
        else:
            self.session_combo.setEditText(code or "")
        editor = self.session_combo.lineEdit()
        if editor is not None:
            editor.setCursorPosition(0)  # the code and the start of the title, not the title's end

    # --- reading ----------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the learners and the sessions running in this room now (off the GUI thread)."""
        self._loading += 1
        loading = self._loading
        ctx = self._ctx

        def work() -> tuple[list[PersonInfo], TerminalOverview]:
            return ctx.people.list_learners(), ctx.centre.terminal_overview(ctx.terminal)

        (
            self._jobs.job(work, owner=self)
            .success(lambda found: self._loaded(loading, *found))
            .failure(lambda error: self._failed(loading, error))
            .start()
        )

    def clear(self) -> None:
        """Forget the learners and the choice (the staff area locked)."""
        self._loading += 1
        self._learners = []
        self.search_edit.clear()
        self.learner_combo.clear()
        self.session_combo.setEditText("")
        self._offer_sessions(None)

    def _loaded(self, loading: int, people: list[PersonInfo], overview: TerminalOverview) -> None:
        if loading != self._loading:
            return
        self._learners = [
            Learner(p.id, p.display_name, fold(f"{p.display_name} {p.employer or ''}")) for p in people if p.active
        ]
        self._offer_sessions(overview)
        self._filter()
        self.listed.emit(len(self._learners))

    def _failed(self, loading: int, error: BaseException) -> None:
        if loading == self._loading:
            log.error("learners could not be read", exc_info=error)
            self.learner_combo.setPlaceholderText(self.tr("The learners could not be read"))

    def _offer_sessions(self, overview: TerminalOverview | None) -> None:
        typed = self.session_code
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("No session"), "")
        for slot in overview.sessions_now if overview is not None else ():
            self.session_combo.addItem(f"{slot.session_code} — {slot.course_title}", slot.session_code)
        self.session_combo.blockSignals(False)
        if overview is not None and len(overview.sessions_now) == 1 and typed is None:
            typed = overview.sessions_now[0].session_code  # the one session running here: the likely one
        self.choose_session(typed)

    def _filter(self) -> None:
        chosen = self.person_id
        needle = fold(self.search_edit.text().strip())
        found = [learner for learner in self._learners if needle in learner.key][:MAX_OFFERED]
        self.learner_combo.blockSignals(True)
        self.learner_combo.clear()
        for learner in found:
            self.learner_combo.addItem(learner.name, learner.person_id)
        self.learner_combo.setCurrentIndex(-1)
        self.learner_combo.blockSignals(False)
        if chosen is not None and self.choose_learner(chosen):
            return
        if len(found) == 1 or (needle and found):
            self.learner_combo.setCurrentIndex(0)
        else:
            self.changed.emit()


class ResultRecording:
    """Recording an exercise result through the service, off the GUI thread: shared by the screens.

    The screen (a QWidget listing this class first among its bases) provides the attributes
    annotated below and its own ``_update_actions``. The same inputs recorded again reuse the same
    result UUID, so the service replays instead of storing twice; an answer arriving after the staff
    area was locked (``_opened`` moved on) is dropped.
    """

    _ctx: AppContext
    _jobs: JobRunner
    _opened: int
    _recording: bool
    _uuid_for: tuple[str, str] | None
    words: ExerciseWords
    banner: MessageBanner
    picker: LearnerPicker
    result_recorded: Any  # Signal(object) of the screen
    record_refused: Any  # Signal(str) of the screen

    def _update_actions(self) -> None:
        raise NotImplementedError

    def _send_result(
        self, staff: StaffInfo, person_id: int, kind: ExerciseKind, inputs: dict[str, Any], used: list[str]
    ) -> bool:
        session = self.picker.session_code
        key = json.dumps([person_id, session, inputs, used], sort_keys=True)
        if self._uuid_for is None or self._uuid_for[0] != key:
            self._uuid_for = (key, str(uuid.uuid4()))
        result_uuid = self._uuid_for[1]
        actor = staff.actor(self._ctx.terminal)
        service = self._ctx.instruments

        def work() -> ExerciseResultInfo:
            return service.record_exercise(actor, person_id, kind.value, inputs, session, instruments=used,
                                           result_uuid=result_uuid)  # fmt: skip

        opened = self._opened
        self._recording = True
        self._update_actions()
        self.banner.show_message(MessageKind.BUSY, self.words.recording())
        (
            self._jobs.job(work, owner=cast(QObject, self))
            .success(lambda info: self._recorded(info) if opened == self._opened else None)
            .failure(lambda error: self._record_failed(error) if opened == self._opened else None)
            .finished(self._record_done)
            .start()
        )
        return True

    # --- drafts over the staff idle lock (ui/idle.py) --------------------------------------------

    def _picked(self) -> dict[str, Any]:
        """The part of a draft both screens keep: the learner, the session and the result's UUID."""
        return {"learner": self.picker.person_id, "session": self.picker.session_code, "result_uuid": self._uuid_for}

    def _restore_picked(self, draft: dict[str, Any]) -> None:
        """Put :meth:`_picked` back: the learner and session once the picker has listed again (dropped if
        the area locked again meanwhile); the same UUID, so recording the same inputs again replays and
        never stores twice; then say that the draft is back."""
        opened = self._opened

        def choose(_count: int) -> None:
            if opened != self._opened:  # locked again meanwhile: not this person's screen any more
                return
            learner = draft["learner"]
            if learner is not None and not self.picker.choose_learner(learner):
                self.picker.search_edit.clear()  # beyond what the search offers: shown without it
                self.picker.choose_learner(learner)
            self.picker.choose_session(draft["session"])

        self.picker.listed.connect(choose, Qt.ConnectionType.SingleShotConnection)
        self._uuid_for = draft["result_uuid"]
        self.banner.show_message(MessageKind.INFO, self.words.draft_back())

    def _recorded(self, info: ExerciseResultInfo) -> None:
        self.banner.show_message(MessageKind.INFO, self.words.recorded(info))
        self.result_recorded.emit(info)

    def _record_failed(self, error: BaseException) -> None:
        self._refused(self.words.error(error))

    def _refused(self, text: str) -> bool:
        self.banner.show_message(MessageKind.ERROR, text)
        self.record_refused.emit(text)
        return False

    def _record_done(self) -> None:
        self._recording = False
        self._update_actions()
