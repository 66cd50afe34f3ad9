"""Reading a schedule CSV (``session import-schedule``) and a roster CSV (``session enrol --csv``).

Pure rules, no I/O: bytes in, validated rows and every problem (with its physical line) out. The
CSV dialect (UTF-8 or Windows-1252, ``;`` or ``,``, quotes, Excel's habits) is the learners
import's, read by the same code (``domain/learner_csv.py``). What only the database knows
(courses, rooms, logins, who a reference is, the slots already stored) is the service's job.
The formats are documented for users in ``docs/courses.md``.

Schedule rules:
1. One line per slot: session code, course code, room, instructor login (may be empty), date,
   start and end as Brussels wall-clock times.
2. A time that does not exist on that date (clocks go forward in March) or occurs twice (clocks
   go back in October) is refused: the slot's instants would be a guess.
3. A slot ends after it starts, on the same day.
4. The lines of one session name the same course and instructor; its slots never overlap.

The roster file is read by ``domain/roster_csv.py`` with the same table reader and messages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from aptaskil_desk.clock import CENTRE_TZ
from aptaskil_desk.domain.learner_csv import Msg as CsvMsg
from aptaskil_desk.domain.learner_csv import (  # the learners import owns the CSV dialect: read the same way
    ParsedCsv,
    RowProblem,
    clean,
    decode,
    detect_delimiter,
    has_control,
    normalise_name,
    parse_date,
    read_records,
)
from aptaskil_desk.i18n import N_


class Msg:
    """English sources of the problems proper to these files (the shared ones are ``CsvMsg``)."""

    NO_SLOTS = N_("The file has a header line but no slots.")
    BAD_TIME = N_('Unreadable time "{value}": write HH:MM (e.g. 08:30).')
    END_NOT_AFTER_START = N_("The slot ends at {end}, not after it starts at {start}.")
    NONEXISTENT_TIME = N_("{time} does not exist on {date} in Brussels (the clocks go forward an hour).")
    AMBIGUOUS_TIME = N_("{time} happens twice on {date} in Brussels (the clocks go back an hour): choose another time.")
    COURSE_DIFFERS = N_('Session "{session}" is a session of course "{course}" on line {first_line}.')
    INSTRUCTOR_DIFFERS = N_('Session "{session}" has instructor "{login}" on line {first_line}.')
    OVERLAP = N_('This slot of session "{session}" overlaps the one on line {other_line}.')
    IDENTITY_COLUMNS = N_("Name the learners by a column {ref}, or by columns {given}, {family} and {email}.")
    SAME_LEARNER = N_("The same learner as on line {first_line}.")
    # What the database refuses (found by the service, reported the same way).
    UNKNOWN_COURSE = N_('Unknown course "{code}".')
    UNKNOWN_ROOM = N_('Unknown room "{code}".')
    UNKNOWN_LOGIN = N_('No staff account "{login}".')
    NOT_INSTRUCTOR = N_('"{login}" is not an instructor.')
    SESSION_OF_OTHER_COURSE = N_('Session "{session}" already exists for course "{course}".')
    SESSION_HAS_OTHER_INSTRUCTOR = N_(
        'Session "{session}" already exists with instructor "{login}": change it with "session edit".'
    )
    SLOT_IN_OTHER_ROOM = N_('Session "{session}" already has this slot, in room "{room}".')
    OVERLAPS_STORED = N_('This slot overlaps the slot {start}–{end} that session "{session}" already has.')
    PAST_SLOT = N_('Session "{session}" already exists: a new slot cannot start in the past.')
    UNKNOWN_REF = N_('No learner with reference "{ref}".')
    UNKNOWN_LEARNER = N_("No learner {given} {family} with e-mail {email}.")
    SEVERAL_LEARNERS = N_("Several learners are {given} {family} with e-mail {email}: use their references.")
    NOT_A_LEARNER = N_('"{ref}" is a staff member, not a learner.')
    INACTIVE = N_("{name} is no longer active.")


#: Every message above, for the translation catalogues' completeness test.
MESSAGES: tuple[str, ...] = tuple(v for k, v in vars(Msg).items() if k.isupper() and isinstance(v, str))

SCHEDULE_COLUMNS: dict[str, tuple[str, ...]] = {
    "session_code": ("session", "session_code", "code session", "code de session", "sessie", "sessiecode"),
    "course_code": ("cours", "course_code", "course", "code cours", "formation", "cursus", "opleiding"),
    "room": ("salle", "room", "local", "room_code", "lokaal"),
    "instructor_login": ("formateur", "instructor_login", "instructor", "formatrice", "login", "lesgever"),
    "date": ("date", "jour", "day", "datum"),
    "start": ("début", "start", "heure de début", "debut", "begin"),
    "end": ("fin", "end", "heure de fin", "einde"),
}
#: Column widths in the database; longer values are refused rather than truncated.
MAX_LENGTH = {"session_code": 32, "course_code": 32, "room": 32, "instructor_login": 64, "external_ref": 64}
MAX_LENGTH |= {"given_name": 120, "family_name": 120, "email": 254}


def _aliases(columns: Mapping[str, Sequence[str]]) -> dict[str, str]:
    return {normalise_name(name): key for key, names in columns.items() for name in names}


def _accepted(columns: Mapping[str, Sequence[str]]) -> str:
    return ", ".join("/".join(names[:2]) for names in columns.values())


# --- times -------------------------------------------------------------------------------------

_TIME = re.compile(r"([0-9]{1,2})\s*(?:[:.]\s*([0-9]{2})(?::00)?|[hH]\s*([0-9]{2})?)")


def parse_time(text: str) -> time | None:
    """``08:30``, ``8:30``, ``08:30:00`` (Excel), ``8h30``, ``8h`` → a time; ``None`` otherwise."""
    m = _TIME.fullmatch(text.strip())
    if m is None:
        return None
    hour, minute = int(m[1]), int(m[2] or m[3] or 0)
    return time(hour, minute) if hour <= 23 and minute <= 59 else None


def parse_time_range(text: str) -> tuple[time, time] | None:
    """``08:30-12:00`` (also ``–`` or ``/``) → start and end; ``None`` when unreadable."""
    parts = re.split(r"\s*[-–/]\s*", text.strip())
    if len(parts) != 2:
        return None
    start, end = parse_time(parts[0]), parse_time(parts[1])
    return None if start is None or end is None else (start, end)


def brussels_instant(day: date, at: time) -> datetime | str:
    """The UTC instant of a Brussels wall-clock time, or the problem (a ``Msg``) when there is none
    or two of them (DST changes)."""
    wall = datetime.combine(day, at)
    earlier, later = wall.replace(tzinfo=CENTRE_TZ, fold=0), wall.replace(tzinfo=CENTRE_TZ, fold=1)
    if earlier.utcoffset() != later.utcoffset():
        back = earlier.astimezone(UTC).astimezone(CENTRE_TZ).replace(tzinfo=None)
        return Msg.NONEXISTENT_TIME if back != wall else Msg.AMBIGUOUS_TIME
    return earlier.astimezone(UTC)


@dataclass(frozen=True)
class SlotProblem:
    """Why a date and two times make no slot: a ``Msg`` and its parameters."""

    message: str
    params: dict[str, str]


def local_slot(day: date, start: time, end: time) -> tuple[datetime, datetime] | SlotProblem:
    """A slot's UTC instants from a date and Brussels wall-clock times, or the problem."""
    hm = "%H:%M"
    if end <= start:
        return SlotProblem(Msg.END_NOT_AFTER_START, {"start": start.strftime(hm), "end": end.strftime(hm)})
    instants = []
    for at in (start, end):
        found = brussels_instant(day, at)
        if isinstance(found, str):
            return SlotProblem(found, {"time": at.strftime(hm), "date": day.isoformat()})
        instants.append(found)
    return instants[0], instants[1]


def first_overlap(slots: Sequence[tuple[datetime, datetime]]) -> tuple[int, int] | None:
    """Indices ``(earlier, later)`` of two slots that overlap, or ``None`` (touching is fine)."""
    order = sorted(range(len(slots)), key=lambda i: slots[i])
    latest: int | None = None
    for index in order:
        if latest is not None and slots[index][0] < slots[latest][1]:
            return latest, index
        if latest is None or slots[index][1] > slots[latest][1]:
            latest = index
    return None


# --- reading a table ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A CSV file read against known columns: each record's values by field, and the problems.

    ``columns`` maps each field present to its header as written; ``header_line`` is 0 when no
    header was read.
    """

    encoding: str
    delimiter: str
    header_line: int
    columns: dict[str, str]
    records: tuple[tuple[int, dict[str, str]], ...]
    problems: tuple[RowProblem, ...]


def read_table(data: bytes, columns: Mapping[str, Sequence[str]], ignored: Sequence[str] = ()) -> Table:
    """Decode and split a CSV; map the header onto ``columns`` (headers in ``ignored`` are skipped).

    A file whose header is one known column name needs no separator.

    Never raises on bad input: an unknown or repeated column, a record with the wrong number of
    fields, bad quotes or a control character are problems, each with its line.
    """
    decoded = decode(data)
    if isinstance(decoded, RowProblem):
        return Table("", "", 0, {}, (), (decoded,))
    encoding, text = decoded
    if not text.strip():
        return Table(encoding, "", 0, {}, (), (RowProblem(0, None, CsvMsg.EMPTY),))
    first_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0].strip().lower()
    directive = first_line in ("sep=;", "sep=,")
    blank = len(text) - len(text.lstrip())
    delimiter = first_line[-1] if directive else detect_delimiter(text[blank:])
    header_text = text[blank:].splitlines()[0] if text[blank:] else ""
    if delimiter is None and normalise_name(clean(header_text)) in _aliases(columns):
        delimiter = ";"  # a file of one column (a list of references) has no separator at all
    if delimiter is None:
        line = len(re.findall(r"\r\n|\r|\n", text[:blank])) + 1
        return Table(encoding, "", 0, {}, (), (RowProblem(line, None, CsvMsg.NO_SEPARATOR),))
    records = read_records(text, delimiter)
    if directive:
        next(records, None)
    first = next(records, None)
    if first is None:
        return Table(encoding, delimiter, 0, {}, (), (RowProblem(0, None, CsvMsg.EMPTY),))
    header_line, fields = first
    if isinstance(fields, RowProblem):
        return Table(encoding, delimiter, 0, {}, (), (fields,))
    aliases, skip = _aliases(columns), {normalise_name(name) for name in ignored}
    found: dict[str, str] = {}
    positions: dict[int, str] = {}
    problems: list[RowProblem] = []
    for index, name in enumerate(clean(f) for f in fields):
        key = aliases.get(normalise_name(name))
        if key is None and name and normalise_name(name) not in skip:
            params: dict[str, str | int] = {"column": name, "accepted": _accepted(columns)}
            problems.append(RowProblem(header_line, name, CsvMsg.UNKNOWN_COLUMN, params))
        elif key is not None and key in found:
            problems.append(
                RowProblem(header_line, name, CsvMsg.DUPLICATE_COLUMN, {"column": name, "first": found[key]})
            )
        elif key is not None:
            found[key], positions[index] = name, key
    rows: list[tuple[int, dict[str, str]]] = []
    for line, record in records:
        if isinstance(record, RowProblem):
            problems.append(record)
        elif len(record) < len(fields) or any(f.strip() for f in record[len(fields) :]):
            params = {"found": len(record), "expected": len(fields)}
            problems.append(RowProblem(line, None, CsvMsg.FIELD_COUNT, params))
        else:
            values = {key: clean(record[index]) for index, key in positions.items()}
            bad = [key for key, value in values.items() if has_control(value)]
            problems += [RowProblem(line, found[k], CsvMsg.CONTROL_CHARACTER, {"column": found[k]}) for k in bad]
            rows.append((line, values))
    return Table(encoding, delimiter, header_line, found, tuple(rows), tuple(problems))


def too_long(line: int, values: dict[str, str], columns: dict[str, str]) -> list[RowProblem]:
    return [
        RowProblem(line, columns[k], CsvMsg.TOO_LONG, {"column": columns[k], "length": len(v), "limit": MAX_LENGTH[k]})
        for k, v in values.items()
        if k in MAX_LENGTH and len(v) > MAX_LENGTH[k]
    ]


# --- the schedule ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SlotRow:
    """One valid line of a schedule: a slot of a session, its instants in UTC."""

    line: int
    session_code: str
    course_code: str
    room: str
    instructor_login: str | None
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class ParsedSchedule(ParsedCsv[SlotRow]):
    """The file's slots and every problem; ``records`` counts the data lines read.

    ``rows`` holds every line whose own values are valid, so that the service can check them all
    against the database; problems between lines (overlaps, a session's course or instructor
    differing) are only in ``problems``. Nothing is to be stored unless ``problems`` is empty.
    """


def read_schedule_csv(data: bytes) -> ParsedSchedule:
    """Decode, split and validate a schedule CSV; never raises on bad input, reports it instead."""
    table = read_table(data, SCHEDULE_COLUMNS)
    problems = list(table.problems)
    missing = [key for key in SCHEDULE_COLUMNS if key not in table.columns]
    if table.header_line and missing:
        names = ", ".join("/".join(SCHEDULE_COLUMNS[key][:2]) for key in missing)
        problems.append(RowProblem(table.header_line, None, CsvMsg.MISSING_COLUMN, {"names": names}))
    rows: list[SlotRow] = []
    if table.header_line and not missing:
        rows = [row for line, values in table.records if (row := _slot_row(line, values, table.columns, problems))]
        _check_sessions(rows, table.columns, problems)
        if not table.records:
            problems.append(RowProblem(table.header_line, None, Msg.NO_SLOTS))
    unreadable = {p.line for p in table.problems}  # lines with a control character
    kept = tuple(row for row in rows if row.line not in unreadable)
    problems.sort(key=lambda p: p.line)
    return ParsedSchedule(table.encoding, table.delimiter, table.columns, len(table.records), kept, tuple(problems))


def _slot_row(line: int, values: dict[str, str], columns: dict[str, str], problems: list[RowProblem]) -> SlotRow | None:
    found = too_long(line, values, columns)
    for key in ("session_code", "course_code", "room", "date", "start", "end"):
        if not values[key]:
            found.append(RowProblem(line, columns[key], CsvMsg.MISSING_VALUE, {"column": columns[key]}))
    day = parse_date(values["date"]) if values["date"] else None
    if values["date"] and day is None:
        found.append(RowProblem(line, columns["date"], CsvMsg.BAD_DATE, {"value": values["date"]}))
    times = []
    for key in ("start", "end"):
        parsed = parse_time(values[key]) if values[key] else None
        if values[key] and parsed is None:
            found.append(RowProblem(line, columns[key], Msg.BAD_TIME, {"value": values[key]}))
        times.append(parsed)
    start, end = times
    slot = None if day is None or start is None or end is None else local_slot(day, start, end)
    if isinstance(slot, SlotProblem):
        column = columns["end"] if slot.message == Msg.END_NOT_AFTER_START else None
        found.append(RowProblem(line, column, slot.message, dict(slot.params)))
    problems += found
    if found or not isinstance(slot, tuple):
        return None
    starts_at, ends_at = slot
    login = values["instructor_login"] or None
    return SlotRow(line, values["session_code"], values["course_code"], values["room"], login, starts_at, ends_at)


def _check_sessions(rows: list[SlotRow], columns: dict[str, str], problems: list[RowProblem]) -> None:
    """Lines of one session agree on course and instructor; its slots do not overlap."""
    first: dict[str, SlotRow] = {}
    by_session: dict[str, list[SlotRow]] = {}
    for row in rows:
        lead = first.setdefault(row.session_code, row)
        by_session.setdefault(row.session_code, []).append(row)
        common: dict[str, str | int] = {"session": row.session_code, "first_line": lead.line}
        if row.course_code != lead.course_code:
            params = common | {"course": lead.course_code}
            problems.append(RowProblem(row.line, columns["course_code"], Msg.COURSE_DIFFERS, params))
        if row.instructor_login != lead.instructor_login:
            params = common | {"login": lead.instructor_login or ""}
            problems.append(RowProblem(row.line, columns["instructor_login"], Msg.INSTRUCTOR_DIFFERS, params))
    for code, slots in by_session.items():
        ordered = sorted(slots, key=lambda r: (r.starts_at, r.line))
        latest: SlotRow | None = None
        for row in ordered:
            if latest is not None and row.starts_at < latest.ends_at:
                later, earlier = max(row, latest, key=lambda r: r.line), min(row, latest, key=lambda r: r.line)
                problems.append(
                    RowProblem(later.line, None, Msg.OVERLAP, {"session": code, "other_line": earlier.line})
                )
            if latest is None or row.ends_at > latest.ends_at:
                latest = row
