"""Schedule and roster CSV files: formats, Brussels times across DST, line numbers, garbage."""

from __future__ import annotations

import string
from datetime import UTC, date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aptaskil_desk.domain.learner_csv import Msg as CsvMsg
from aptaskil_desk.domain.roster_csv import LearnerRef, ParsedRoster, read_roster_csv
from aptaskil_desk.domain.schedule_csv import (
    MESSAGES,
    Msg,
    ParsedSchedule,
    SlotProblem,
    brussels_instant,
    first_overlap,
    local_slot,
    parse_time,
    parse_time_range,
    read_schedule_csv,
)
from aptaskil_desk.i18n import catalogue

HEADER = "session;cours;salle;formateur;date;début;fin"


def schedule(text: str, encoding: str = "utf-8") -> ParsedSchedule:
    return read_schedule_csv(text.encode(encoding))


def roster(text: str, encoding: str = "utf-8") -> ParsedRoster:
    return read_roster_csv(text.encode(encoding))


def problems(parsed: ParsedSchedule | ParsedRoster) -> list[tuple[int, str | None, str]]:
    return [(p.line, p.column, p.message) for p in parsed.problems]


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# --- schedule ----------------------------------------------------------------------------------


def test_excel_french_schedule_becomes_utc_slots() -> None:
    """cp1252, ';', CRLF, DD/MM/YYYY and 8h30: each line is a slot, Brussels time stored as UTC."""
    text = (
        f"{HEADER}\r\n"
        "OPP-2026-12;OPP;SB-C1;mdubois;01/12/2026;8h30;12:00\r\n"
        "OPP-2026-12;OPP;SB-C1;mdubois;01/12/2026;12:45;16:30:00\r\n"
        ";;;;;;\r\n"
        "TLCQ-É;TLCQ;LAB-CQ;;2026-07-01;09.00;12h\r\n"
    )
    parsed = schedule(text, "cp1252")
    assert parsed.problems == () and (parsed.encoding, parsed.delimiter, parsed.records) == ("cp1252", ";", 3)
    first, second, summer = parsed.rows
    assert (first.line, first.session_code, first.room, first.instructor_login) == (
        2,
        "OPP-2026-12",
        "SB-C1",
        "mdubois",
    )
    assert (first.starts_at, first.ends_at) == (utc(2026, 12, 1, 7, 30), utc(2026, 12, 1, 11, 0))  # CET = UTC+1
    assert (second.starts_at, second.ends_at) == (utc(2026, 12, 1, 11, 45), utc(2026, 12, 1, 15, 30))
    assert (summer.line, summer.session_code, summer.instructor_login) == (5, "TLCQ-É", None)
    assert (summer.starts_at, summer.ends_at) == (utc(2026, 7, 1, 7, 0), utc(2026, 7, 1, 10, 0))  # CEST = UTC+2


def test_utf8_comma_file_with_english_headers_in_any_order() -> None:
    """A UTF-8 file with BOM and ',' and the English column names, in another order, reads the same."""
    text = "\ufeffdate,start,end,session_code,course_code,room,instructor_login\n2026-12-02,08:30,12:00,S1,OPP,R1,x\n"
    parsed = schedule(text)
    assert parsed.problems == () and parsed.encoding == "utf-8-sig" and parsed.delimiter == ","
    assert parsed.rows[0].starts_at == utc(2026, 12, 2, 7, 30) and parsed.rows[0].course_code == "OPP"


def test_dst_days_in_brussels() -> None:
    """On 29 March 2026 02:30 does not exist; on 25 October 2026 02:30 happens twice; around them all is exact."""
    assert brussels_instant(date(2026, 3, 29), time(2, 30)) == Msg.NONEXISTENT_TIME
    assert brussels_instant(date(2026, 10, 25), time(2, 30)) == Msg.AMBIGUOUS_TIME
    assert brussels_instant(date(2026, 3, 29), time(1, 59)) == utc(2026, 3, 29, 0, 59)
    assert brussels_instant(date(2026, 3, 29), time(3, 0)) == utc(2026, 3, 29, 1, 0)
    assert brussels_instant(date(2026, 10, 25), time(3, 0)) == utc(2026, 10, 25, 2, 0)
    night = local_slot(date(2026, 10, 25), time(0, 0), time(4, 0))  # the 25-hour day: 5 hours pass
    assert night == (utc(2026, 10, 24, 22, 0), utc(2026, 10, 25, 3, 0))
    parsed = schedule(f"{HEADER}\nS;C;R;;29/03/2026;02:30;04:00\nS;C;R;;25/10/2026;01:00;02:15\n")
    assert problems(parsed) == [(2, None, Msg.NONEXISTENT_TIME), (3, None, Msg.AMBIGUOUS_TIME)]
    assert parsed.problems[0].params == {"time": "02:30", "date": "2026-03-29"}
    assert parsed.problems[1].params == {"time": "02:15", "date": "2026-10-25"}
    assert parsed.rows == ()


def test_every_problem_names_its_line_and_column() -> None:
    """Missing, unreadable and impossible values are each reported where they are; nothing passes."""
    text = (
        f"{HEADER}\n"
        "S1;;R;;01/12/2026;08:30;12:00\n"  # 2: no course
        "S1;C;R;;31/02/2026;08:30;12:00\n"  # 3: no such day
        "S1;C;R;;01/12/2026;8:3;12:00\n"  # 4: bad time
        "S1;C;R;;01/12/2026;12:00;12:00\n"  # 5: ends when it starts
        f"{'S' * 33};C;R;;01/12/2026;08:30;12:00\n"  # 6: too long
        "S1;C;R;;01/12/2026;08:30\n"  # 7: a field short
        "S1;C;R;;02/12/2026;25:00;26:00\n"  # 8: two bad times
    )
    assert problems(schedule(text)) == [
        (2, "cours", CsvMsg.MISSING_VALUE),
        (3, "date", CsvMsg.BAD_DATE),
        (4, "début", Msg.BAD_TIME),
        (5, "fin", Msg.END_NOT_AFTER_START),
        (6, "session", CsvMsg.TOO_LONG),
        (7, None, CsvMsg.FIELD_COUNT),
        (8, "début", Msg.BAD_TIME),
        (8, "fin", Msg.BAD_TIME),
    ]


def test_header_problems() -> None:
    """Unknown, repeated and missing columns are reported on the header line; empty files as a whole."""
    parsed = schedule("session;cours;salle;date;début;fin;remarque;Salle\nS;C;R;01/12/2026;08:00;09:00;x;R\n")
    assert problems(parsed) == [
        (1, "remarque", CsvMsg.UNKNOWN_COLUMN),
        (1, "Salle", CsvMsg.DUPLICATE_COLUMN),
        (1, None, CsvMsg.MISSING_COLUMN),
    ]
    assert parsed.problems[2].params == {"names": "formateur/instructor_login"}
    assert problems(schedule(f"{HEADER}\n\n")) == [(1, None, Msg.NO_SLOTS)]
    assert problems(schedule("")) == [(0, None, CsvMsg.EMPTY)]
    assert problems(schedule("just words\n")) == [(1, None, CsvMsg.NO_SEPARATOR)]
    assert problems(read_schedule_csv(b"PK\x03\x04 workbook")) == [(0, None, CsvMsg.WORKBOOK)]


def test_lines_of_a_session_agree_and_never_overlap() -> None:
    """A session's course and instructor are those of its first line; overlapping slots are refused,
    touching ones are fine; the lines stay in ``rows`` so the database can check them too."""
    text = (
        f"{HEADER}\n"
        "S1;OPP;R;ann;01/12/2026;08:30;12:00\n"
        "S1;OPP;R;ann;01/12/2026;12:00;13:00\n"  # touches: fine
        "S1;TLCQ;R;bob;01/12/2026;11:00;12:30\n"  # other course, other instructor, overlaps line 2 and 3
        "S2;OPP;R;;01/12/2026;08:30;12:00\n"  # another session at the same time: fine
        "S1;OPP;R;ann;01/12/2026;08:30;12:00\n"  # the same slot twice
    )
    parsed = schedule(text)
    assert problems(parsed) == [
        (4, "cours", Msg.COURSE_DIFFERS),
        (4, "formateur", Msg.INSTRUCTOR_DIFFERS),
        (4, None, Msg.OVERLAP),
        (4, None, Msg.OVERLAP),
        (6, None, Msg.OVERLAP),
    ]
    assert parsed.problems[0].params == {"session": "S1", "first_line": 2, "course": "OPP"}
    assert [p.params["other_line"] for p in parsed.problems[2:]] == [2, 3, 2]
    assert [r.line for r in parsed.rows] == [2, 3, 4, 5, 6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:30", time(8, 30)),
        ("8:05", time(8, 5)),
        ("08:30:00", time(8, 30)),
        ("8h30", time(8, 30)),
        ("14H", time(14, 0)),
        ("09.15", time(9, 15)),
        ("23:59", time(23, 59)),
        ("24:00", None),
        ("12:60", None),
        ("08:30:15", None),
        ("8", None),
        ("midi", None),
        ("", None),
    ],
)
def test_times(text: str, expected: time | None) -> None:
    """HH:MM as people and Excel write it; seconds only as :00."""
    assert parse_time(text) == expected


def test_time_ranges_and_overlaps() -> None:
    """``08:30-12:00`` reads as two times; the first overlapping pair is found, touching is not overlap."""
    assert parse_time_range("08:30-12:00") == (time(8, 30), time(12, 0))
    assert parse_time_range(" 8h30 – 12h ") == (time(8, 30), time(12, 0))
    assert parse_time_range("08:30") is None and parse_time_range("8:30-9:00-10:00") is None
    eight, nine_eleven, ten_noon = (
        (utc(2026, 1, 1, 8), utc(2026, 1, 1, 9)),
        (utc(2026, 1, 1, 9), utc(2026, 1, 1, 11)),
        (utc(2026, 1, 1, 10), utc(2026, 1, 1, 12)),
    )
    assert first_overlap([eight, nine_eleven]) is None
    assert first_overlap([ten_noon, eight, nine_eleven]) == (2, 0)
    assert local_slot(date(2026, 1, 5), time(12), time(9)) == SlotProblem(
        Msg.END_NOT_AFTER_START, {"start": "12:00", "end": "09:00"}
    )


# --- roster ------------------------------------------------------------------------------------


def test_roster_by_reference_or_by_names_and_email() -> None:
    """A line gives a reference, or else given name, family name and e-mail; a learners file is reused as is."""
    text = (
        "Nom;Prénom;Catégorie;Référence;Courriel;Sessions\n"
        "Van den Bossche-Leclercq;Élodie;DE;DE-0001;;OPP-1\n"
        "Wiśniewski;Łukasz;DE;;lukasz@exemple.pl;\n"
    )
    parsed = roster(text)
    assert parsed.problems == ()
    assert parsed.rows == (
        LearnerRef(2, "DE-0001"),
        LearnerRef(3, None, "Łukasz", "Wiśniewski", "lukasz@exemple.pl"),
    )
    one_column = roster('Matricule\r\n00123\r\n="00456"\r\n', "cp1252")  # a single column has no separator
    assert one_column.problems == () and one_column.rows == (LearnerRef(2, "00123"), LearnerRef(3, "00456"))


def test_roster_problems_name_their_lines() -> None:
    """Missing identity, bad e-mail, the same learner twice (names folded, e-mail case ignored)."""
    text = (
        "prénom;nom;email\n"
        "Zoé;Noël;zoe@exemple.be\n"
        ";Noël;zoe@exemple.be\n"
        "Zoe;NOEL;Zoe@Exemple.be\n"
        "Anaïs;Noël;not-an-address\n"
    )
    parsed = roster(text)
    assert problems(parsed) == [
        (3, "prénom", CsvMsg.MISSING_VALUE),
        (4, None, Msg.SAME_LEARNER),
        (5, "email", CsvMsg.BAD_EMAIL),
    ]
    assert parsed.problems[1].params == {"first_line": 2}
    refs = roster("référence\nA-1\n\nA-1\n;\n")
    assert problems(refs) == [(4, None, Msg.SAME_LEARNER)]


def test_roster_header_must_identify_learners() -> None:
    """Without a reference column, all of given name, family name and e-mail are needed; unknown columns refused."""
    parsed = roster("prénom;nom;téléphone\nA;B;0470\n")
    assert problems(parsed) == [(1, "téléphone", CsvMsg.UNKNOWN_COLUMN), (1, None, Msg.IDENTITY_COLUMNS)]
    assert problems(roster("référence;prénom\n;Zoé\n")) == [(2, "référence", CsvMsg.MISSING_VALUE)]
    assert problems(roster("référence\n")) == [(1, None, CsvMsg.HEADER_ONLY)]


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    """French and Dutch catalogues hold every schedule and roster message, with identical {placeholders}."""

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    assert len(MESSAGES) == len(set(MESSAGES)) >= 20
    for language in ("fr", "nl"):
        for message in MESSAGES:
            translated = catalogue(language).lookup("cli", message)
            assert translated is not None, (language, message)
            assert fields(translated) == fields(message), (language, message)


# --- properties --------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(data: bytes) -> None:
    """Any bytes yield rows or problems, never an exception; every problem formats."""
    for parsed in (read_schedule_csv(data), read_roster_csv(data)):
        assert parsed.rows or parsed.problems
        for problem in parsed.problems:
            assert problem.line >= 0
            str(problem)


_CELL = st.text(alphabet=list(';,"\r\n :hH.-/0123456789SRCxé\t'), max_size=14)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_CELL, min_size=0, max_size=9), min_size=1, max_size=12))
def test_garbage_rows_are_refused_with_a_line_number(rows: list[list[str]]) -> None:
    """Under a valid header, garbage lines never crash: each is a slot or refused on a line of the file."""
    body = "\n".join(";".join(cells) for cells in rows)
    text = f"{HEADER}\n{body}\n"
    parsed = read_schedule_csv(text.encode())
    lines = text.count("\n") + text.count("\r") + 1
    for problem in parsed.problems:
        assert 1 <= problem.line <= lines
        str(problem)
    good = {row.line for row in parsed.rows}
    for row in parsed.rows:
        assert row.ends_at > row.starts_at and row.starts_at.tzinfo is UTC
    assert parsed.problems or len(good) == parsed.records
