"""Reading a learners CSV as Excel writes it on a Belgian or French Windows, or as UTF-8.

Pure rules, no I/O: bytes in, validated rows and every problem (with its physical line) out.
What the database must confirm (session codes, who a reference belongs to) is the service's job.
The format is documented for users in ``docs/people-import.md``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from aptaskil_desk.db.enums import LearnerCategory
from aptaskil_desk.domain.names import fold
from aptaskil_desk.i18n import N_


class Msg:
    """English sources of every problem message (translated at the edge, ``{params}`` kept)."""

    EMPTY = N_("The file is empty.")
    NOT_TEXT = N_("This is not a text file: save the spreadsheet as CSV UTF-8 or as CSV with semicolons.")
    WORKBOOK = N_("This is a spreadsheet workbook, not a CSV file: save it as CSV UTF-8 or as CSV with semicolons.")
    UTF16 = N_("This file is in UTF-16 (Excel's Unicode text): save it as CSV UTF-8 or as CSV with semicolons.")
    BAD_UTF8 = N_("The file starts with a UTF-8 mark but byte {offset} is not UTF-8.")
    NO_SEPARATOR = N_("The header line has no column separator: separate the columns with ';' or ','.")
    NO_HEADER = N_("The first line must name the columns; accepted names: {accepted}.")
    HEADER_ONLY = N_("The file has a header line but no learners.")
    UNKNOWN_COLUMN = N_('Unknown column "{column}"; accepted names: {accepted}.')
    DUPLICATE_COLUMN = N_('Column "{column}" repeats column "{first}".')
    MISSING_COLUMN = N_("Required column missing: {names}.")
    UNNAMED_COLUMN = N_("A value stands in a column that has no name in the header line.")
    FIELD_COUNT = N_(
        "Wrong number of fields: {found} instead of {expected} (quote a value that contains the separator)."
    )
    BAD_QUOTES = N_("Badly quoted value: a closing quote must be followed by the separator or the end of the line.")
    UNCLOSED_QUOTE = N_("A quoted value that starts on this line is never closed.")
    MISSING_VALUE = N_("Missing value: {column} is required.")
    UNKNOWN_CATEGORY = N_('Unknown category "{value}"; accepted: {accepted}.')
    BAD_DATE = N_('Unreadable date "{value}": write DD/MM/YYYY (e.g. 31/12/1990) or YYYY-MM-DD.')
    FUTURE_DATE = N_("Birth date {value} is in the future.")
    ANCIENT_DATE = N_("Birth date {value} is before 1900.")
    BAD_EMAIL = N_('Invalid e-mail address "{value}".')
    TOO_LONG = N_("{column} is too long: {length} characters, at most {limit}.")
    CONTROL_CHARACTER = N_("{column} contains a line break or a control character.")
    DUPLICATE_REF = N_('External reference "{ref}" already appears on line {first_line}.')
    UNKNOWN_SESSION = N_('Unknown session code "{code}".')
    STAFF_REF = N_('External reference "{ref}" belongs to a staff member, not to a learner.')


#: Every message above, for the translation catalogues' completeness test.
MESSAGES: tuple[str, ...] = tuple(v for k, v in vars(Msg).items() if k.isupper() and isinstance(v, str))


@dataclass(frozen=True)
class RowProblem:
    """Why a line of the file cannot be imported.

    ``line`` is the physical line where the record starts (the header is line 1; 0 means the
    file as a whole); ``column`` is the header as written in the file, when one column is at fault.
    ``message`` is an English source with ``{placeholders}`` filled from ``params``.
    """

    line: int
    column: str | None
    message: str
    params: dict[str, str | int] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.message.format(**self.params)


#: A valid row of a file (a learner, a slot, a learner named in a roster).
RowT = TypeVar("RowT")

#: Accepted header names per field (matched ignoring case, accents, spaces and punctuation).
#: The first two of each are the ones error messages suggest.
COLUMNS: dict[str, tuple[str, ...]] = {
    "family_name": ("nom", "family_name", "nom de famille", "surname", "last_name", "achternaam", "familienaam"),
    "given_name": ("prénom", "given_name", "first_name", "voornaam"),
    "category": ("catégorie", "category", "categorie"),
    "employer": ("employeur", "employer", "entreprise", "company", "werkgever"),
    "external_ref": (
        "référence",
        "external_ref",
        "réf",
        "référence externe",
        "external_reference",
        "matricule",
        "referentie",
    ),
    "email": ("email", "courriel", "e-mail", "mail", "adresse email", "adresse e-mail"),
    "sessions": ("sessions", "session", "sessies"),
    "birth_date": ("date_naissance", "birth_date", "date de naissance", "date_of_birth", "geboortedatum"),
}
REQUIRED = ("family_name", "given_name", "category", "external_ref")

CATEGORY_NAMES: dict[LearnerCategory, tuple[str, ...]] = {
    LearnerCategory.JOB_SEEKER: (
        "job_seeker",
        "demandeur d'emploi",
        "DE",
        "demandeuse d'emploi",
        "demandeur emploi",
        "jobseeker",
        "werkzoekende",
    ),
    LearnerCategory.WORKER: ("worker", "travailleur", "travailleuse", "werknemer"),
    LearnerCategory.STUDENT: ("student", "étudiant", "étudiante"),
    LearnerCategory.TEACHER: ("teacher", "enseignant", "enseignante", "leraar", "leerkracht"),
}

#: Column widths in the database; longer values are refused rather than truncated.
MAX_LENGTH = {"family_name": 120, "given_name": 120, "employer": 200, "external_ref": 64, "email": 254}


def normalise_name(text: str) -> str:
    """Header or category spelling reduced for matching: ``Date de naissance`` → ``date_de_naissance``."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")


_COLUMN_BY_NAME = {normalise_name(name): key for key, names in COLUMNS.items() for name in names}
_CATEGORY_BY_NAME = {normalise_name(name): cat for cat, names in CATEGORY_NAMES.items() for name in names}
ACCEPTED_COLUMNS = ", ".join("/".join(names[:2]) if names[0] != names[1] else names[0] for names in COLUMNS.values())
ACCEPTED_CATEGORIES = ", ".join(f"{names[0]} ({', '.join(names[1:3])})" for names in CATEGORY_NAMES.values())


def match_column(header: str) -> str | None:
    """The field a header names (``Prénom`` → ``given_name``), or ``None``."""
    return _COLUMN_BY_NAME.get(normalise_name(header))


def parse_category(text: str) -> LearnerCategory | None:
    """``Demandeur d'emploi``, ``DE``, ``job_seeker``… → the category, or ``None``."""
    return _CATEGORY_BY_NAME.get(normalise_name(text))


_DMY = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


def parse_date(text: str) -> date | None:
    """``DD/MM/YYYY`` (also with ``.`` or ``-``) or ISO ``YYYY-MM-DD``; ``None`` if not a real date."""
    text = text.strip()
    if m := _DMY.fullmatch(text):
        day, month, year = int(m[1]), int(m[3]), int(m[4])
    elif m := _ISO.fullmatch(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


_EMAIL = re.compile(r"[^@\s,;<>()\[\]\"]+@[^@\s,;<>()\[\]\"]+\.[^@\s,;<>()\[\]\".]+")


def is_email(text: str) -> bool:
    """A light check: one ``@``, a dotted domain, no spaces or list separators."""
    return _EMAIL.fullmatch(text) is not None and ".." not in text


def split_sessions(text: str) -> tuple[str, ...]:
    """Session codes separated by ``|`` or spaces, in order, without repeats."""
    return tuple(dict.fromkeys(code for code in re.split(r"[|\s]+", text) if code))


def decode(data: bytes) -> tuple[str, str] | RowProblem:
    """``(encoding, text)``: BOM → ``utf-8-sig``, else valid UTF-8 → ``utf-8``, else ``cp1252``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return RowProblem(0, None, Msg.UTF16)
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
        return RowProblem(0, None, Msg.WORKBOOK)
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            encoding, text = "utf-8-sig", data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            return RowProblem(0, None, Msg.BAD_UTF8, {"offset": error.start + 3})
    else:
        try:
            encoding, text = "utf-8", data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                encoding, text = "cp1252", data.decode("cp1252")
            except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: not Windows-1252 text either
                return RowProblem(0, None, Msg.NOT_TEXT)
    text = text.lstrip("\ufeff").rstrip("\x1a")  # a doubled BOM; an old DOS end-of-file mark
    if any((ord(c) < 32 and c not in "\t\r\n") or c == "\x7f" for c in text):
        return RowProblem(0, None, Msg.NOT_TEXT)
    return encoding, text


def detect_delimiter(header_text: str) -> str | None:
    """``;`` or ``,``, whichever the first line holds more of outside quotes (``;`` on a tie)."""
    counts = {";": 0, ",": 0}
    quoted = False
    for char in header_text:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "\r\n":
            break
        elif not quoted and char in counts:
            counts[char] += 1
    if counts[";"] == counts[","] == 0:
        return None
    return ";" if counts[";"] >= counts[","] else ","


@dataclass(frozen=True)
class LearnerRow:
    """One valid record. Optional values are ``None`` when empty or when their column is absent."""

    line: int
    external_ref: str
    family_name: str
    given_name: str
    category: LearnerCategory
    employer: str | None = None
    email: str | None = None
    birth_date: date | None = None
    sessions: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedCsv(Generic[RowT]):
    """What a CSV file holds: its valid rows and every problem, plus how it was read.

    ``columns`` maps each field present to its header as written; ``records`` counts the data
    records (valid or not, blank lines excluded).
    """

    encoding: str
    delimiter: str
    columns: dict[str, str]
    records: int
    rows: tuple[RowT, ...]
    problems: tuple[RowProblem, ...]


@dataclass(frozen=True)
class ParsedFile(ParsedCsv[LearnerRow]):
    """A learners file: its valid learners and every problem."""


def read_records(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | RowProblem]]:
    """``(first physical line, fields)`` of each non-blank record, or a problem for unreadable quoting."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    end = 0
    while True:
        start = end + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            end = reader.line_num
            unclosed = "end of data" in str(error) or "field larger" in str(error)
            yield start, RowProblem(start, None, Msg.UNCLOSED_QUOTE if unclosed else Msg.BAD_QUOTES)
            if unclosed:
                return
            continue
        end = reader.line_num
        if any(f.strip() for f in fields):  # Excel writes empty rows as ";;;;"
            yield start, fields


def clean(raw: str) -> str:
    """Trimmed, NFC; Excel's ``="00123"`` (text kept with leading zeros) unwrapped."""
    value = unicodedata.normalize("NFC", raw).strip()
    if len(value) >= 3 and value.startswith('="') and value.endswith('"'):
        value = value[2:-1].strip()
    return value


def has_control(text: str) -> bool:
    """Whether a value holds a line break or a control character (refused in every column)."""
    return any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in text)


class _RowCheck:
    """Validation of one record's values, gathering its problems."""

    def __init__(self, line: int, values: dict[str, str], headers: dict[str, str], today: date | None) -> None:
        self.line = line
        self.values = values
        self.headers = headers
        self.today = today
        self.problems: list[RowProblem] = []
        self.ref: str | None = None

    def problem(self, key: str, message: str, **params: str | int) -> None:
        self.problems.append(RowProblem(self.line, self.headers[key], message, dict(params)))

    def text(self, key: str, *, required: bool = False, one_line: bool = True) -> str | None:
        if key not in self.headers:
            return None
        value = self.values.get(key, "")
        if not one_line:  # Alt+Enter in an Excel cell: keep the words, on one line
            value = " ".join(part.strip() for part in value.splitlines() if part.strip())
        if not value:
            if required:
                self.problem(key, Msg.MISSING_VALUE, column=self.headers[key])
            return None
        if has_control(value):
            self.problem(key, Msg.CONTROL_CHARACTER, column=self.headers[key])
            return None
        limit = MAX_LENGTH.get(key)
        if limit is not None and len(value) > limit:
            self.problem(key, Msg.TOO_LONG, column=self.headers[key], length=len(value), limit=limit)
            return None
        return value

    def row(self) -> LearnerRow | None:
        ref = self.ref = self.text("external_ref", required=True)
        family = self.text("family_name", required=True)
        given = self.text("given_name", required=True)
        category_text = self.text("category", required=True)
        category = None if category_text is None else parse_category(category_text)
        if category_text is not None and category is None:
            self.problem("category", Msg.UNKNOWN_CATEGORY, value=category_text, accepted=ACCEPTED_CATEGORIES)
        employer = self.text("employer", one_line=False)
        email = self.text("email")
        if email is not None and not is_email(email):
            self.problem("email", Msg.BAD_EMAIL, value=email)
        birth = self._birth_date()
        sessions = self.text("sessions", one_line=False)
        if self.problems or ref is None or family is None or given is None or category is None:
            return None
        codes = () if sessions is None else split_sessions(sessions)
        return LearnerRow(self.line, ref, family, given, category, employer, email, birth, codes)

    def _birth_date(self) -> date | None:
        text = self.text("birth_date")
        if text is None:
            return None
        born = parse_date(text)
        if born is None:
            self.problem("birth_date", Msg.BAD_DATE, value=text)
        elif born.year < 1900:
            self.problem("birth_date", Msg.ANCIENT_DATE, value=text)
        elif self.today is not None and born > self.today:
            self.problem("birth_date", Msg.FUTURE_DATE, value=text)
        return born


@dataclass(frozen=True)
class _Header:
    """The header line read: fields present (→ header as written), field at each position."""

    line: int
    width: int
    columns: dict[str, str]
    positions: dict[int, str]
    unnamed: frozenset[int]
    problems: tuple[RowProblem, ...]


def _header(line: int, fields: list[str]) -> _Header:
    columns: dict[str, str] = {}
    positions: dict[int, str] = {}
    problems: list[RowProblem] = []
    names = [clean(f) for f in fields]
    known = [match_column(n) for n in names]
    unnamed = frozenset(i for i, name in enumerate(names) if not name)  # fine while its values stay empty
    if not any(known):
        problems.append(RowProblem(line, None, Msg.NO_HEADER, {"accepted": ACCEPTED_COLUMNS}))
        return _Header(line, len(fields), {}, {}, unnamed, tuple(problems))
    for index, (name, key) in enumerate(zip(names, known, strict=True)):
        if not name:
            continue
        if key is None:
            problems.append(RowProblem(line, name, Msg.UNKNOWN_COLUMN, {"column": name, "accepted": ACCEPTED_COLUMNS}))
        elif key in columns:
            problems.append(RowProblem(line, name, Msg.DUPLICATE_COLUMN, {"column": name, "first": columns[key]}))
        else:
            columns[key] = name
            positions[index] = key
    for key in REQUIRED:
        if key not in columns:
            problems.append(RowProblem(line, None, Msg.MISSING_COLUMN, {"names": "/".join(COLUMNS[key][:2])}))
    return _Header(line, len(fields), columns, positions, unnamed, tuple(problems))


_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # what the csv reader counts as a physical line


def read_learner_csv(data: bytes, *, today: date | None = None) -> ParsedFile:
    """Decode, split and validate a learners CSV; never raises on bad input, reports it instead.

    Args:
        data: the file's bytes, as read from disk.
        today: the centre's current date, to refuse birth dates in the future (``None``: no check).
    """
    decoded = decode(data)
    if isinstance(decoded, RowProblem):
        return ParsedFile("", "", {}, 0, (), (decoded,))
    encoding, text = decoded
    if not text.strip():
        return ParsedFile(encoding, "", {}, 0, (), (RowProblem(0, None, Msg.EMPTY),))
    first_line = _LINE_BREAK.split(text, maxsplit=1)[0].strip().lower()
    directive = first_line in ("sep=;", "sep=,")  # Excel's own hint line, written by some tools
    blank = len(text) - len(text.lstrip())
    found = first_line[-1] if directive else detect_delimiter(text[blank:])
    if found is None:
        problem = RowProblem(len(_LINE_BREAK.findall(text[:blank])) + 1, None, Msg.NO_SEPARATOR)
        return ParsedFile(encoding, "", {}, 0, (), (problem,))
    delimiter: str = found
    records = read_records(text, delimiter)
    if directive:
        next(records, None)
    first = next(records, None)
    if first is None:
        return ParsedFile(encoding, delimiter, {}, 0, (), (RowProblem(0, None, Msg.EMPTY),))
    header_line, header_fields = first
    if isinstance(header_fields, RowProblem):
        return ParsedFile(encoding, delimiter, {}, 0, (), (header_fields,))
    header = _header(header_line, header_fields)
    problems = list(header.problems)
    usable = all(key in header.columns for key in REQUIRED)
    rows: list[LearnerRow] = []
    first_seen: dict[str, int] = {}
    count = 0
    for line, fields in records:
        count += 1
        if isinstance(fields, RowProblem):
            problems.append(fields)
        elif usable:
            row_problems, ref, row = _check_record(line, fields, header, today)
            problems += row_problems
            if ref is not None and ref in first_seen:
                params: dict[str, str | int] = {"ref": ref, "first_line": first_seen[ref]}
                problems.append(RowProblem(line, header.columns["external_ref"], Msg.DUPLICATE_REF, params))
            elif ref is not None:
                first_seen[ref] = line
                if row is not None:
                    rows.append(row)
    if count == 0 and header.columns:  # (no columns: the "header" was data, already said)
        problems.append(RowProblem(header.line, None, Msg.HEADER_ONLY))
    problems.sort(key=lambda p: p.line)
    return ParsedFile(encoding, delimiter, header.columns, count, tuple(rows), tuple(problems))


def _check_record(
    line: int, fields: list[str], header: _Header, today: date | None
) -> tuple[list[RowProblem], str | None, LearnerRow | None]:
    """One data record against the header: its problems, its valid reference if any, the row if valid."""
    width = header.width
    extra = fields[width:]
    if len(fields) < width or any(f.strip() for f in extra):
        params: dict[str, str | int] = {"found": len(fields), "expected": width}
        return [RowProblem(line, None, Msg.FIELD_COUNT, params)], None, None
    if any(fields[i].strip() for i in header.unnamed):
        return [RowProblem(line, None, Msg.UNNAMED_COLUMN)], None, None
    values = {key: clean(fields[index]) for index, key in header.positions.items()}
    check = _RowCheck(line, values, header.columns, today)
    row = check.row()
    return check.problems, check.ref, row
