"""Learners CSV as Excel writes it: encodings, separators, headers, values, line numbers, garbage."""

from __future__ import annotations

import csv
import io
import string
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aptaskil_desk.db.enums import LearnerCategory
from aptaskil_desk.domain.learner_csv import (
    MESSAGES,
    LearnerRow,
    Msg,
    ParsedFile,
    decode,
    detect_delimiter,
    is_email,
    match_column,
    parse_category,
    parse_date,
    read_learner_csv,
    split_sessions,
)
from aptaskil_desk.i18n import catalogue

TODAY = date(2026, 11, 25)
HEADER = "nom;prénom;catégorie;référence"


def read(text: str, encoding: str = "utf-8") -> ParsedFile:
    return read_learner_csv(text.encode(encoding), today=TODAY)


def problems(parsed: ParsedFile) -> list[tuple[int, str | None, str]]:
    return [(p.line, p.column, p.message) for p in parsed.problems]


# --- encodings -------------------------------------------------------------------------------


def test_encoding_detection_bom_utf8_then_cp1252() -> None:
    """A BOM means utf-8-sig, valid UTF-8 means utf-8, anything else is read as Windows-1252."""
    assert decode("\ufeffNoël".encode()) == ("utf-8-sig", "Noël")
    assert decode("Noël;Łukasz".encode()) == ("utf-8", "Noël;Łukasz")
    assert decode("Noël;François;€".encode("cp1252")) == ("cp1252", "Noël;François;€")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("nom;prénom".encode("utf-16"), Msg.UTF16),
        (b"PK\x03\x04\x14\x00\x06\x00", Msg.WORKBOOK),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", Msg.WORKBOOK),
        (b"nom;pr\x00nom\n", Msg.NOT_TEXT),
        (b"nom;\x81\x8d;x\n", Msg.NOT_TEXT),  # bytes undefined in Windows-1252 and not UTF-8
        (b"\xef\xbb\xbfnom;pr\xe9nom\n", Msg.BAD_UTF8),
        (b"", Msg.EMPTY),
        (b"\xef\xbb\xbf\r\n\r\n", Msg.EMPTY),
    ],
)
def test_files_that_are_not_csv_text_get_one_clear_problem(data: bytes, message: str) -> None:
    """UTF-16, workbooks, binary, broken UTF-8 after a BOM and empty files each say what is wrong."""
    parsed = read_learner_csv(data)
    assert [p.message for p in parsed.problems] == [message]
    assert parsed.rows == () and parsed.problems[0].line == 0


def test_windows_1252_file_reads_accents_and_euro() -> None:
    """A French Excel export (cp1252, ';') keeps Élodie, François, Noël exactly."""
    text = f"{HEADER};employeur\r\nDupont;Élodie;DE;R1;Société Générale €\r\nNoël;François;travailleur;R2;\r\n"
    parsed = read(text, "cp1252")
    assert parsed.encoding == "cp1252" and parsed.delimiter == ";" and parsed.problems == ()
    assert [(r.family_name, r.given_name, r.employer) for r in parsed.rows] == [
        ("Dupont", "Élodie", "Société Générale €"),
        ("Noël", "François", None),
    ]


def test_names_are_nfc_and_trimmed_but_otherwise_kept() -> None:
    """A decomposed Nguyễn is stored composed; spaces, case, apostrophes and hyphens are kept."""
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    text = f"{HEADER}\n  {decomposed} ; Thị Ánh ;DE;R1\nVan den Bossche-Leclercq;jean-françois d'Hondt;DE;R2\n"
    rows = read(text).rows
    assert rows[0].family_name == "Nguyễn" and rows[0].given_name == "Thị Ánh"
    assert rows[1].family_name == "Van den Bossche-Leclercq" and rows[1].given_name == "jean-françois d'Hondt"


# --- separators and quoting ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("nom;prénom;catégorie", ";"),
        ("nom,prénom,catégorie", ","),
        ('"nom, de famille";prénom', ";"),
        ('"a;b;c",nom,prénom', ","),
        ("nom;prénom,x;y", ";"),
        ("nom\nprénom;catégorie;x", None),
        ("nom", None),
    ],
)
def test_delimiter_is_counted_in_the_header_line_outside_quotes(header: str, expected: str | None) -> None:
    """Separators inside quotes do not count; only the first line is looked at."""
    assert detect_delimiter(header) == expected


def test_a_header_without_separator_is_refused() -> None:
    """One column cannot hold the four required ones: the problem names the header line."""
    parsed = read("\n\nnom\nDupont\n")
    assert problems(parsed) == [(3, None, Msg.NO_SEPARATOR)]


def test_excel_sep_directive_is_honoured() -> None:
    """A first line ``sep=,`` sets the separator; the header is then line 2."""
    parsed = read("sep=,\nnom,prénom,catégorie,référence\nA;B,C,DE,R1\nD,E,X,R2\n")
    assert parsed.delimiter == ","
    assert parsed.rows[0].family_name == "A;B"
    assert problems(parsed) == [(4, "catégorie", Msg.UNKNOWN_CATEGORY)]


def test_quoted_fields_separators_quotes_and_newlines() -> None:
    """Quoted values keep separators and doubled quotes; a quoted line break in employer becomes a space."""
    text = (
        f"{HEADER};employeur\r\n"
        '"Dupont; fils";"Jean ""Jeannot""";DE;R1;"ACME SA\r\nSite de Gosselies"\r\n'
        "Martin;Zoë;DE;R2;\r\n"
        "\r\n"
    )
    parsed = read(text)
    assert parsed.problems == () and parsed.records == 2
    first, second = parsed.rows
    assert (first.family_name, first.given_name) == ("Dupont; fils", 'Jean "Jeannot"')
    assert first.employer == "ACME SA Site de Gosselies"
    assert second.line == 4  # the quoted line break took a physical line


def test_line_numbers_are_physical_lines_where_records_start() -> None:
    """Blank lines, Excel's empty ';;;' rows and multi-line values are counted; errors name their line."""
    text = (
        f"{HEADER};employeur\r\n"  # 1
        'A;B;DE;R1;"x\r\ny\r\nz"\r\n'  # 2-4
        "\r\n"  # 5
        ";;;;\r\n"  # 6
        "C;D;??;R2;\r\n"  # 7
        'E;F;DE;R3;"open\r\n'  # 8 (never closed)
        "G;H;DE;R4;\r\n"
    )
    parsed = read(text)
    assert problems(parsed) == [(7, "catégorie", Msg.UNKNOWN_CATEGORY), (8, None, Msg.UNCLOSED_QUOTE)]
    assert parsed.records == 3


def test_badly_closed_quote_is_reported_and_later_rows_still_checked() -> None:
    """``"ab"cd`` is a quoting error on its line; the reader carries on with the next line."""
    parsed = read(f'{HEADER}\n"Du"pont;A;DE;R1\nB;C;nope;R2\n')
    assert problems(parsed) == [(2, None, Msg.BAD_QUOTES), (3, "catégorie", Msg.UNKNOWN_CATEGORY)]


def test_wrong_number_of_fields() -> None:
    """Too few fields, or a non-empty extra one (an unquoted separator), is a problem; empty extras are not."""
    parsed = read(f"{HEADER}\nA;B;DE\nC;D;DE;R2;Dupont; fils\nE;F;DE;R3;;\n")
    assert problems(parsed) == [(2, None, Msg.FIELD_COUNT), (3, None, Msg.FIELD_COUNT)]
    assert parsed.problems[0].params == {"found": 3, "expected": 4}
    assert [r.external_ref for r in parsed.rows] == ["R3"]


def test_unnamed_column_must_stay_empty() -> None:
    """Excel's trailing unnamed column is ignored while empty, refused when it holds a value."""
    parsed = read(f"{HEADER};\nA;B;DE;R1;\nC;D;DE;R2;oops\n")
    assert problems(parsed) == [(3, None, Msg.UNNAMED_COLUMN)]


# --- header ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("nom", "family_name"),
        ("NOM", "family_name"),
        ("Nom de famille", "family_name"),
        ("family_name", "family_name"),
        ("Family name", "family_name"),
        ("Prénom", "given_name"),
        ("PRENOM", "given_name"),
        ("given_name", "given_name"),
        ("Catégorie", "category"),
        ("CATEGORY", "category"),
        ("Employeur", "employer"),
        ("employer", "employer"),
        ("Référence", "external_ref"),
        ("reference", "external_ref"),
        ("external_ref", "external_ref"),
        ("Réf.", "external_ref"),
        ("E-mail", "email"),
        ("Courriel", "email"),
        ("email", "email"),
        ("Sessions", "sessions"),
        ("date_naissance", "birth_date"),
        ("Date de naissance", "birth_date"),
        ("birth_date", "birth_date"),
        ("Birth date", "birth_date"),
        ("Téléphone", None),
        ("", None),
    ],
)
def test_header_aliases_ignore_case_accents_and_punctuation(header: str, field: str | None) -> None:
    """French and English names, any case, with or without accents, spaces or underscores."""
    assert match_column(header) == field


def test_unknown_duplicate_and_missing_columns_are_header_problems() -> None:
    """Each header problem is on line 1; an unknown column lists the accepted names."""
    parsed = read("Nom;Prénom;Téléphone;Family name;Catégorie\nA;B;0;C;DE\n")
    assert problems(parsed) == [
        (1, "Téléphone", Msg.UNKNOWN_COLUMN),
        (1, "Family name", Msg.DUPLICATE_COLUMN),
        (1, None, Msg.MISSING_COLUMN),
    ]
    assert "prénom/given_name" in str(parsed.problems[0])
    assert parsed.problems[2].params == {"names": "référence/external_ref"}
    assert parsed.records == 1 and parsed.rows == ()


def test_a_file_starting_with_data_has_no_header() -> None:
    """A first line naming no known column is refused as a whole, not column by column."""
    parsed = read("Dupont;Élodie;DE;R1\n")
    assert problems(parsed) == [(1, None, Msg.NO_HEADER)]


def test_header_only_file() -> None:
    """A header with no learners (trailing blank lines included) is an error, not an empty import."""
    parsed = read(f"{HEADER}\r\n\r\n;;;\r\n")
    assert problems(parsed) == [(1, None, Msg.HEADER_ONLY)] and parsed.records == 0


# --- values ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/12/1990", date(1990, 12, 31)),
        ("01/02/2003", date(2003, 2, 1)),
        ("1/2/2003", date(2003, 2, 1)),
        ("01.02.2003", date(2003, 2, 1)),
        ("01-02-2003", date(2003, 2, 1)),
        ("2003-02-01", date(2003, 2, 1)),
        ("29/02/2000", date(2000, 2, 29)),
        ("29/02/2001", None),
        ("31/04/1990", None),
        ("12/31/1990", None),
        ("01/02/03", None),
        ("01/02-2003", None),
        ("2003/02/01", None),
        ("1990", None),
        ("٠١/٠٢/٢٠٠٣", None),  # Arabic-Indic digits are not accepted as dates
        ("demain", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    """DD/MM/YYYY (also with . or -) and ISO; impossible dates and two-digit years are refused."""
    assert parse_date(text) == expected


def test_birth_date_validated_but_optional() -> None:
    """A bad, future or pre-1900 birth date is a problem; an empty one is fine."""
    parsed = read(
        f"{HEADER};date_naissance\nA;B;DE;R1;31/12/1990\nC;D;DE;R2;\nE;F;DE;R3;31/02/1990\n"
        "G;H;DE;R4;01/01/2030\nI;J;DE;R5;1899-12-31\n"
    )
    assert problems(parsed) == [
        (4, "date_naissance", Msg.BAD_DATE),
        (5, "date_naissance", Msg.FUTURE_DATE),
        (6, "date_naissance", Msg.ANCIENT_DATE),
    ]
    assert [r.birth_date for r in parsed.rows] == [date(1990, 12, 31), None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("job_seeker", LearnerCategory.JOB_SEEKER),
        ("Demandeur d'emploi", LearnerCategory.JOB_SEEKER),
        ("DEMANDEUR D’EMPLOI", LearnerCategory.JOB_SEEKER),
        ("DE", LearnerCategory.JOB_SEEKER),
        ("de", LearnerCategory.JOB_SEEKER),
        ("worker", LearnerCategory.WORKER),
        ("Travailleur", LearnerCategory.WORKER),
        ("Student", LearnerCategory.STUDENT),
        ("étudiant", LearnerCategory.STUDENT),
        ("ETUDIANTE", LearnerCategory.STUDENT),
        ("teacher", LearnerCategory.TEACHER),
        ("Enseignant", LearnerCategory.TEACHER),
        ("chômeur", None),
        ("", None),
    ],
)
def test_categories_in_english_and_french(text: str, expected: LearnerCategory | None) -> None:
    """Categories match in English and French, ignoring case, accents and apostrophe style."""
    assert parse_category(text) == expected


def test_required_values_emails_lengths_and_control_characters() -> None:
    """Each bad value is reported under its column, several per row if need be."""
    long_name = "X" * 121
    parsed = read(
        f"{HEADER};email\n"
        ";B;;R1;\n"  # 2: two missing values
        f"{long_name};B;DE;R2;jean@@example.be\n"  # 3: too long, bad email
        '"Du\npont";B;DE;R3;\n'  # 4: a line break in a name
        "A;B;DE;;\n"  # 6: no reference
        "A;B;DE;R5;Élodie.Dupont@exemple.be\n"
    )
    assert problems(parsed) == [
        (2, "nom", Msg.MISSING_VALUE),
        (2, "catégorie", Msg.MISSING_VALUE),
        (3, "nom", Msg.TOO_LONG),
        (3, "email", Msg.BAD_EMAIL),
        (4, "nom", Msg.CONTROL_CHARACTER),
        (6, "référence", Msg.MISSING_VALUE),
    ]
    assert parsed.problems[2].params == {"column": "nom", "length": 121, "limit": 120}
    assert [r.email for r in parsed.rows] == ["Élodie.Dupont@exemple.be"]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("a@b.be", True),
        ("jean-francois.dhondt+stage@exemple.co.uk", True),
        ("a@b", False),
        ("a b@c.be", False),
        ("a@b..be", False),
        ("a@b.be;c@d.be", False),
        ("@b.be", False),
        ("a@", False),
    ],
)
def test_emails_are_lightly_checked(text: str, ok: bool) -> None:
    """One address with a dotted domain; no spaces or lists."""
    assert is_email(text) is ok


def test_duplicate_reference_names_the_first_line() -> None:
    """A reference seen twice is reported on the second line, pointing at the first, even on a bad row."""
    parsed = read(f"{HEADER}\nA;B;DE;R1\nC;D;DE;R2\nE;F;DE;R1\nG;H;nope;R2\n")
    assert problems(parsed) == [
        (4, "référence", Msg.DUPLICATE_REF),
        (5, "catégorie", Msg.UNKNOWN_CATEGORY),
        (5, "référence", Msg.DUPLICATE_REF),
    ]
    assert parsed.problems[0].params == {"ref": "R1", "first_line": 2}


def test_excel_text_formula_keeps_leading_zeros_and_sessions_split() -> None:
    """``="00123"`` is the text 00123; sessions split on | and spaces, without repeats."""
    parsed = read(f'{HEADER};sessions\nA;B;DE;"=""00123""";S1 | S2  S1\n')
    assert parsed.rows[0].external_ref == "00123"
    assert parsed.rows[0].sessions == ("S1", "S2")
    assert split_sessions(" TLCQ-1|TLCQ-2\nOPP-3 ") == ("TLCQ-1", "TLCQ-2", "OPP-3")


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    """French and Dutch catalogues hold every import message, with identical {placeholders}."""

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
    """Any bytes yield a report: rows or problems, never an exception."""
    parsed = read_learner_csv(data, today=TODAY)
    assert parsed.rows or parsed.problems
    assert all(p.line >= 0 for p in parsed.problems)
    for problem in parsed.problems:
        str(problem)  # every message formats with its own params


_CSV_CHARS = st.sampled_from(list(';,"\r\n |=/-@.ÉéŁ\ufeff\x00') + list("nomprécatgifsDE0129"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_CSV_CHARS, max_size=300).map("".join), st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_random_csv_like_text_never_crashes(body: str, encoding: str) -> None:
    """Text made of separators, quotes, newlines and header words never raises and lines stay in range."""
    text = HEADER + ";email;sessions;date_naissance\n" + body
    parsed = read_learner_csv(text.encode(encoding, errors="replace"), today=TODAY)
    lines = text.count("\n") + text.count("\r") + 2
    assert all(0 <= p.line <= lines for p in parsed.problems)
    assert parsed.rows or parsed.problems


_NAME = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")), min_size=1, max_size=40
).filter(lambda s: unicodedata.normalize("NFC", s).strip() == s and bool(s) and not s.startswith('="'))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(_NAME, _NAME, st.sampled_from(list(LearnerCategory))), min_size=1, max_size=8),
    st.sampled_from([";", ","]),
    st.booleans(),
)
def test_any_names_written_by_a_csv_writer_read_back_exactly(
    people: list[tuple[str, str, LearnerCategory]], delimiter: str, bom: bool
) -> None:
    """Whatever Unicode names a spreadsheet writes (quoted as needed), they read back exactly."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["family_name", "given_name", "category", "external_ref"])
    for index, (family, given_name, category) in enumerate(people):
        writer.writerow([family, given_name, category.value, f"R{index}"])
    data = ("\ufeff" if bom else "").encode() + out.getvalue().encode("utf-8")
    parsed = read_learner_csv(data)
    assert parsed.problems == ()
    assert parsed.delimiter == delimiter and parsed.encoding == ("utf-8-sig" if bom else "utf-8")
    assert [(r.family_name, r.given_name, r.category) for r in parsed.rows] == people
    assert all(isinstance(r, LearnerRow) for r in parsed.rows)
