"""One session running in the kiosk's room: what, who teaches, when, how many enrolled."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from aptaskil_desk.clock import local
from aptaskil_desk.services.centre import SlotNow
from aptaskil_desk.ui.widgets.labels import styled_label


class SessionCard(QFrame):
    """A framed block readable from two metres.

    Signals: none.
    """

    def __init__(self, slot: SlotNow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.setProperty("kind", "sessionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        start, end = local(slot.starts_at), local(slot.ends_at)
        if slot.instructor:
            teacher = self.tr("Instructor: {name}").format(name=slot.instructor)
        else:
            teacher = self.tr("No instructor assigned")
        self.title_label = styled_label("cardTitle", slot.course_title, self)
        self.when_label = styled_label(
            "cardLine",
            self.tr("{start} – {end}  ·  Session {code}").format(
                start=f"{start:%H:%M}", end=f"{end:%H:%M}", code=slot.session_code
            ),
            self,
        )
        self.who_label = styled_label(
            "cardLine",
            self.tr("{teacher}  ·  Enrolled: {count}").format(teacher=teacher, count=slot.enrolled),
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.when_label)
        layout.addWidget(self.who_label)

    def text(self) -> str:
        """Everything the card says, one line per label (tests and screen readers)."""
        return "\n".join(label.text() for label in (self.title_label, self.when_label, self.who_label))
