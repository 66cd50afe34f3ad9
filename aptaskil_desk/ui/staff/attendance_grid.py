"""The attendance grid of a session: learners down, the session's days across, totals last.

A cell shows the learner's stays of that day that count for the session (``08:31–12:02``, a ``*``
marking a time set by a correction), the hours counted and the flags as badges: words on a colour,
the colour only repeating the words. Its tooltip lists every event of the learner's day, a
correction with the value it replaced and its reason. The last column is each learner's total, the
last row the session's (per day and in all); totals are rounded once from the exact sums, as on
the printed record. Every figure comes from ``AttendanceReviewService.grid``: nothing is counted here.
"""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from aptaskil_desk.clock import local
from aptaskil_desk.domain.attendance_flags import TOLERANCE
from aptaskil_desk.domain.hours import to_hours
from aptaskil_desk.services.attendance_review import GridCell, GridLearner, ReviewEvent, SessionGrid
from aptaskil_desk.services.session_record_data import Stay
from aptaskil_desk.ui.i18n import locale_for

#: The cell's ``GridCell`` (``None`` in the totals).
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
#: The cell's flags as ``[(words, colour)]``.
BADGES_ROLE = Qt.ItemDataRole.UserRole + 2
#: The cell's lines of text (stays, hours), as the delegate draws them.
LINES_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

#: Light tones under black text (>= 9:1); the words on the badge say the same.
FLAG_COLOURS = {
    "late": "#ffd43b", "left_early": "#ffa94d", "no_check_out": "#ff8787", "unpaired_out": "#ff8787",
    "auto_closed": "#74c0fc", "unscheduled": "#c8ced4", "not_enrolled": "#e599f7", "corrected": "#b197fc",
    "open": "#69db7c",
}  # fmt: skip
_MUTED = QColor("#9aa5b1")
_TOTAL_BACKGROUND = QColor("#243447")


def hours_text(counted: timedelta, language: str) -> str:
    """``7,25 h`` (a decimal comma in French and Dutch), rounded once from the exact duration."""
    return hours_number(to_hours(counted), language) + " h"


def hours_number(value: Decimal, language: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if language in ("fr", "nl") else text


def hm(instant: datetime | None) -> str:
    return "…" if instant is None else f"{local(instant):%H:%M}"


def stay_text(stay: Stay) -> str:
    """``08:31–12:02``; ``*`` marks a time set by a correction; ``…`` a time that is not there."""
    start = ("…" if stay.check_in is None else hm(stay.check_in)) + ("*" if stay.in_corrected else "")
    return f"{start}–{hm(stay.check_out)}" + ("*" if stay.out_corrected else "")


class AttendanceWords(QObject):
    """The review's words, in one translation context shared by the grid, the page and the dialog.

    Signals: none.
    """

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._locale = locale_for(language)

    def day(self, day: date, year: bool = False) -> str:
        """``jeu. 22/10`` (``jeu. 22/10/2026`` with the year)."""
        return self._locale.toString(QDate(day.year, day.month, day.day), "ddd dd/MM/yyyy" if year else "ddd dd/MM")

    def hours(self, counted: timedelta) -> str:
        return hours_text(counted, self.language)

    def flag(self, flag: str) -> str:
        words = {
            "late": self.tr("Late"),
            "left_early": self.tr("Left early"),
            "no_check_out": self.tr("No check-out"),
            "auto_closed": self.tr("Closed automatically"),
            "unpaired_out": self.tr("Check-out without check-in"),
            "unscheduled": self.tr("Outside the schedule"),
            "not_enrolled": self.tr("Not enrolled"),
            "corrected": self.tr("Corrected"),
            "open": self.tr("Still in"),
        }
        return words.get(flag, flag)

    def flag_rule(self, flag: str) -> str:
        """What a flag means, for the tooltip."""
        minutes = int(TOLERANCE.total_seconds() // 60)
        rules = {
            "late": self.tr("first check-in more than {minutes} min after the first slot began"),
            "left_early": self.tr("last check-out more than {minutes} min before the last slot ended"),
            "no_check_out": self.tr("a check-in was never closed: the stay ends at the next check-in"),
            "auto_closed": self.tr("no check-out: the stay was closed at the end of the last slot"),
            "unpaired_out": self.tr("a check-out with no check-in counts nothing"),
            "unscheduled": self.tr("scans outside any slot of a session: not counted for this session"),
            "not_enrolled": self.tr("checked in for this session without being on its roster"),
            "corrected": self.tr("an event of this day was corrected"),
            "open": self.tr("still checked in: counted up to now"),
        }
        return rules.get(flag, "").format(minutes=minutes)

    def kind(self, kind: str) -> str:
        words = {"in": self.tr("check-in"), "out": self.tr("check-out"), "void": self.tr("cancellation")}
        return words.get(kind, kind)

    def absent(self) -> str:
        return self.tr("Absent")

    def learner_status(self, learner: GridLearner) -> str:
        """ "withdrawn on 23/10/2026", "not enrolled" or nothing."""
        if learner.withdrawn_at is not None:
            return self.tr("withdrawn on {date}").format(date=f"{local(learner.withdrawn_at):%d/%m/%Y}")
        return "" if learner.enrolled else self.tr("not enrolled")

    def event_line(self, event: ReviewEvent) -> str:
        """One event of the day, plain text: time, kind, source and session, and what it corrects."""
        source = self.tr("scan") if event.source == "scan" else self.tr("correction")
        parts = [f"{hm(event.at)}  {self.kind(event.kind)}", source]
        if event.session_code:
            parts.append(event.session_code)
        text = " · ".join(parts)
        if event.source == "correction":
            if event.original_at is None:
                text += " — " + self.tr("scan forgotten, added")
            else:
                text += " — " + self.tr("replaces {kind} {time}").format(
                    kind=self.kind(event.original_kind or ""), time=hm(event.original_at)
                )
            text += " — " + self.tr("reason: {reason} ({who}, {when})").format(
                reason=event.reason or "", who=event.recorded_by, when=f"{local(event.recorded_at):%d/%m/%Y %H:%M}"
            )
        if event.state == "superseded":
            text += " — " + self.tr("replaced by a correction")
        return text

    def tooltip(self, learner: GridLearner, cell: GridCell) -> str:
        """Rich text, every stored value escaped: the day, the hours, the flags and every event."""
        lines = [f"<b>{html.escape(learner.name)} — {html.escape(self.day(cell.day, year=True))}</b>"]
        lines.append(html.escape(self.tr("Counted for this session: {hours} of {scheduled} scheduled").format(
            hours=self.hours(cell.counted), scheduled=self.hours(cell.scheduled)
        )))  # fmt: skip
        for flag in cell.flags:
            rule = self.flag_rule(flag)
            lines.append("• " + html.escape(self.flag(flag) + (f": {rule}" if rule else "")))
        for stay in cell.unscheduled:
            lines.append("• " + html.escape(self.tr("Outside any session: {stay}").format(stay=stay_text(stay))))
        lines.append(
            "<i>" + html.escape(self.tr("Events of the day:") if cell.events else self.tr("No event.")) + "</i>"
        )
        for event in cell.events:
            text = html.escape(self.event_line(event))
            lines.append(f"<s>{text}</s>" if event.state == "superseded" else text)
        return "<br>".join(lines)

    def cell_lines(self, cell: GridCell) -> list[str]:
        """The stays, then the hours (the delegate puts the hours after the last stay when it fits)."""
        if cell.stays:
            return [stay_text(s) for s in cell.stays] + [self.hours(cell.counted)]
        if cell.absent:
            return [self.absent()]
        return ["—"]

    def sentence(self, learner: GridLearner, cell: GridCell) -> str:
        """One line for screen readers: who, which day, the stays, the hours and the flags."""
        what = ", ".join(stay_text(s) for s in cell.stays) or (self.absent() if cell.absent else "—")
        flags = ", ".join(self.flag(f) for f in cell.flags)
        text = f"{learner.name}, {self.day(cell.day)}: {what}, {self.hours(cell.counted)}"
        return f"{text}; {flags}" if flags else text


class AttendanceGridModel(QAbstractTableModel):
    """Read-only; replaced as a whole by :meth:`set_grid`. The last row and column are totals.

    Signals: only Qt's own model signals.
    """

    def __init__(self, words: AttendanceWords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.grid: SessionGrid | None = None

    def set_grid(self, grid: SessionGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def learner(self, row: int) -> GridLearner | None:
        learners = self.grid.learners if self.grid else ()
        return learners[row] if 0 <= row < len(learners) else None

    def cell(self, row: int, column: int) -> GridCell | None:
        learner = self.learner(row)
        return learner.cells[column] if learner is not None and 0 <= column < len(learner.cells) else None

    def index_of(self, person_id: int, day: date) -> QModelIndex:
        if self.grid is None or day not in self.grid.days:
            return QModelIndex()
        row = next((n for n, p in enumerate(self.grid.learners) if p.person_id == person_id), -1)
        return self.index(row, self.grid.days.index(day)) if row >= 0 else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.grid is None else len(self.grid.learners) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.grid is None else len(self.grid.days) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        grid = self.grid
        if grid is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                        Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.FontRole):  # fmt: skip
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.FontRole:
                return None
            if section == len(grid.days):
                return self.tr("Total")
            return self.words.day(grid.days[section], year=role != Qt.ItemDataRole.DisplayRole)
        learner = self.learner(section)
        if learner is None:
            return self.tr("Session total") if role != Qt.ItemDataRole.FontRole else None
        status = self.words.learner_status(learner)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(bool(status))
            return font
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{learner.family_name}, {learner.given_name}" + (f"\n{status}" if status else "")
        reason = (
            f" ({learner.withdrawn_reason})" if learner.withdrawn_at is not None and learner.withdrawn_reason else ""
        )
        return learner.name + (f" — {status}{reason}" if status else "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        grid = self.grid
        if grid is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        learner, cell = self.learner(row), self.cell(row, column)
        if cell is not None and learner is not None:
            if role == CELL_ROLE:
                return cell
            if role == LINES_ROLE:
                return self.words.cell_lines(cell)
            if role == BADGES_ROLE:
                return [(self.words.flag(f), FLAG_COLOURS.get(f, "#c8ced4")) for f in cell.flags]
            if role == Qt.ItemDataRole.DisplayRole:
                flags = ", ".join(self.words.flag(f) for f in cell.flags)
                return " · ".join(self.words.cell_lines(cell)) + (f"\n{flags}" if flags else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.words.tooltip(learner, cell)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.words.sentence(learner, cell)
            if role == Qt.ItemDataRole.ForegroundRole and not cell.stays:
                return _MUTED
            return None
        total = self._total(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, LINES_ROLE):
            text = self.words.hours(total)
            return [text] if role == LINES_ROLE else text
        if role == Qt.ItemDataRole.ToolTipRole and learner is not None:
            return self.tr("{name}: {hours} of {scheduled} scheduled").format(
                name=learner.name, hours=self.words.hours(total), scheduled=self.words.hours(grid.scheduled())
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return _TOTAL_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.cell(index.row(), index.column()) is None:
            return Qt.ItemFlag.ItemIsEnabled  # the totals: read, never chosen
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _total(self, row: int, column: int) -> timedelta:
        assert self.grid is not None
        learner = self.learner(row)
        if learner is not None:
            return learner.counted
        return self.grid.counted if column == len(self.grid.days) else self.grid.day_counted(self.grid.days[column])


class GridDelegate(QStyledItemDelegate):
    """Draws a cell: its lines (the hours in bold), then its flags as badges that wrap.

    Signals: none.
    """

    PAD = 8
    BADGE_PAD = 6
    BADGE_GAP = 4

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget: QWidget | None = opt.widget  # the stubs say never None; Qt may give none
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        pen = QColor("#ffffff") if selected else colour if isinstance(colour, QColor) else QColor("#ffffff")
        rect = opt.rect.adjusted(self.PAD, self.PAD // 2, -self.PAD, -self.PAD // 2)
        y = rect.top()
        for text, bold in self._lines(opt.font, rect.width(), index):
            font = QFont(opt.font)
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(pen)
            height = QFontMetrics(font).height()
            painter.drawText(QRect(rect.left(), y, rect.width(), height), Qt.AlignmentFlag.AlignLeft, text)
            y += height
        self._badges(painter, opt.font, rect, y + 2, index)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(option.rect.width(), 120)
        inner = width - 2 * self.PAD
        lines = self._lines(option.font, inner, index)
        height = len(lines) * QFontMetrics(option.font).height() + self.PAD
        height += self._badges(None, option.font, QRect(0, 0, inner, 0), 2, index)
        return QSize(width, max(height + self.PAD, 64))

    def _lines(self, font: QFont, width: int, index: Index) -> list[tuple[str, bool]]:
        """The text lines: the hours after the last stay, ``·`` between, when that fits the width."""
        lines = index.data(LINES_ROLE) or []
        cell = index.data(CELL_ROLE)
        if not isinstance(cell, GridCell) or not cell.stays:
            return [(text, cell is None) for text in lines]
        *stays, hours = lines
        joined = f"{stays[-1]} · {hours}"
        bold = QFont(font)
        bold.setBold(True)
        if QFontMetrics(bold).horizontalAdvance(joined) <= width:
            return [(text, False) for text in stays[:-1]] + [(joined, True)]
        return [(text, False) for text in stays] + [(hours, True)]

    def _badges(self, painter: QPainter | None, font: QFont, rect: QRect, top: int, index: Index) -> int:
        """Lay the badges out (and draw them with a painter); returns the height they take."""
        badges = index.data(BADGES_ROLE) or []
        if not badges:
            return 0
        small = QFont(font)
        small.setPixelSize(max(12, int(font.pixelSize() * 0.8)) if font.pixelSize() > 0 else 13)
        small.setBold(True)
        metrics = QFontMetrics(small)
        height = metrics.height() + 4
        x, y = rect.left(), top
        for words, colour in badges:
            # +2: the advance is rounded, the elision measures exactly (a badge never loses a letter to it)
            width = min(metrics.horizontalAdvance(words) + 2 * self.BADGE_PAD + 2, rect.width())
            if x > rect.left() and x + width > rect.left() + rect.width():
                x, y = rect.left(), y + height + self.BADGE_GAP
            if painter is not None:
                box = QRect(x, y, width, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                painter.drawRoundedRect(box, 6, 6)
                painter.setPen(QColor("#000000"))
                painter.setFont(small)
                shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, width - 2 * self.BADGE_PAD + 1)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
            x += width + self.BADGE_GAP
        return y + height - top + self.BADGE_GAP
