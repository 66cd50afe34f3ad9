"""An equipment's pre- or post-use questions, one at a time, answered with big Yes/No buttons.

The keyboard answers too (Y, O or J for yes, N for no; Escape goes back): the keyboard-wedge
filter holds every fast burst back, so a scanner's keys never reach this screen as answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from aptaskil_desk.domain.questions import Question
from aptaskil_desk.services.scan import ScanResult
from aptaskil_desk.ui.widgets.labels import styled_label

_YES_KEYS = frozenset({Qt.Key.Key_Y, Qt.Key.Key_O, Qt.Key.Key_J})
_NO_KEYS = frozenset({Qt.Key.Key_N})


class EquipmentQuestionsScreen(QWidget):
    """Asks the questions of a ``questions`` scan result and hands back the answers.

    Signals:
        answers_given(str, object): emitted after the last question was answered, with the
            label's payload and the answers (question id → ``yes`` | ``no``).
        cancelled: emitted when the learner pressed Cancel (or Back on the first question).
        question_shown(int): emitted after a question was put on screen, with its index.
    """

    answers_given = Signal(str, object)
    cancelled = Signal()
    question_shown = Signal(int)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("equipmentQuestions")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._language = language
        self._payload = ""
        self._result: ScanResult | None = None
        self.questions: tuple[Question, ...] = ()
        self.answers: dict[str, str] = {}
        self.index = 0

        header = QFrame(self)
        header.setProperty("kind", "questionsHeader")
        self.equipment_label = styled_label("questionsEquipment", "", header)
        self.person_label = styled_label("secondary", "", header)
        self.phase_label = styled_label("questionsPhase", "", header)
        self.progress_label = styled_label("questionsProgress", "", header, wrap=False)
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        who = QVBoxLayout()
        who.setSpacing(4)
        for label in (self.phase_label, self.equipment_label, self.person_label):
            who.addWidget(label)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(28, 16, 28, 16)
        header_layout.addLayout(who, 1)
        header_layout.addWidget(self.progress_label, 0)

        self.question_label = styled_label("questionText", "", self)
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.yes_button = self._button("answerYes", "yes")
        self.no_button = self._button("answerNo", "no")
        answers = QHBoxLayout()
        answers.setSpacing(60)
        answers.addStretch(1)
        answers.addWidget(self.yes_button)
        answers.addWidget(self.no_button)
        answers.addStretch(1)

        self.status_label = styled_label("secondary", "", self)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("questionsBackButton")
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.go_back)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("questionsCancelButton")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancel)
        footer = QHBoxLayout()
        footer.setSpacing(24)
        footer.addWidget(self.back_button, 0)
        footer.addWidget(self.status_label, 1, Qt.AlignmentFlag.AlignVCenter)
        footer.addWidget(self.cancel_button, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(20)
        layout.addWidget(header)
        layout.addStretch(1)
        layout.addWidget(self.question_label)
        layout.addSpacing(24)
        layout.addLayout(answers)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.retranslate(language)

    def _button(self, name: str, answer: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setProperty("kind", "answer")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the screen, which knows Y/N/O
        button.clicked.connect(lambda: self.answer(answer))
        return button

    # --- what the main window calls ---------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True once the answers are given (or the questions abandoned): the buttons are off."""
        return not self.yes_button.isEnabled()

    def ask(self, payload: str, result: ScanResult) -> None:
        """Start asking the questions of ``result`` (scanned from ``payload``) from the first."""
        self._payload, self._result = payload, result
        self.questions = result.questions
        self.answers = {}
        self.status_label.clear()
        self._set_enabled(True)
        self._show(0)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def abandon(self, why: str) -> None:
        """Stop taking answers (another scan took over); ``why`` is said until the screen goes."""
        self._set_enabled(False)
        self.status_label.setText(why)

    def retranslate(self, language: str) -> None:
        """Say everything again in ``language`` (its translator is installed by the window)."""
        self._language = language
        self.yes_button.setText(self.tr("Yes"))
        self.no_button.setText(self.tr("No"))
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.questions:
            self._show(self.index)

    # --- answering --------------------------------------------------------------------------

    def answer(self, answer: str) -> None:
        """Record the answer to the question on screen and move on (or hand the answers back)."""
        if self.busy or not self.questions:
            return
        self.answers[self.questions[self.index].id] = answer
        if self.index + 1 < len(self.questions):
            self._show(self.index + 1)
            return
        self._set_enabled(False)
        self.status_label.setText(self.tr("Recording…"))
        self.answers_given.emit(self._payload, dict(self.answers))

    def go_back(self) -> None:
        """The previous question again; on the first one, give up (as Cancel)."""
        if self.busy:
            return
        if self.index == 0:
            self.cancel()
        else:
            self._show(self.index - 1)

    def cancel(self) -> None:
        self._set_enabled(False)
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _YES_KEYS and not event.isAutoRepeat():
            self.answer("yes")
        elif key in _NO_KEYS and not event.isAutoRepeat():
            self.answer("no")
        elif key == Qt.Key.Key_Escape:
            self.go_back()
        else:
            super().keyPressEvent(event)

    # --- drawing ----------------------------------------------------------------------------

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.yes_button, self.no_button, self.back_button, self.cancel_button):
            button.setEnabled(enabled)

    def _show(self, index: int) -> None:
        self.index = index
        result = self._result
        assert result is not None
        question = self.questions[index]
        post = result.reason == "post"
        self.phase_label.setText(self.tr("After use") if post else self.tr("Before use"))
        if result.equipment is not None:
            equipment = result.equipment
            self.equipment_label.setText(self.tr("{name} ({code})").format(name=equipment.name, code=equipment.code))
        self.person_label.setText(result.person.name if result.person is not None else "")
        self.progress_label.setText(f"{index + 1} / {len(self.questions)}")
        self.progress_label.setAccessibleName(
            self.tr("Question {number} of {total}").format(number=index + 1, total=len(self.questions))
        )
        self.question_label.setText(question.in_language(self._language))
        given = self.answers.get(question.id)
        # Going back shows what was answered: the button keeps a mark until answered again.
        for button, answer, text in ((self.yes_button, "yes", self.tr("Yes")), (self.no_button, "no", self.tr("No"))):
            button.setText(f"✓ {text}" if given == answer else text)
            button.setProperty("chosen", given == answer)
            button.style().unpolish(button)
            button.style().polish(button)
        self.question_shown.emit(index)
