"""The funders' hours report as a file: CSV for any spreadsheet, XLSX for Excel and LibreOffice.

Both files come from one table (:func:`table`), so they hold the same rows and the same totals.

The CSV is made for a Belgian office opening it with a double click in Excel (set to French or
Dutch, Belgium): UTF-8 with a byte-order mark (so Excel reads Ł, ş and ễ as such), ``;`` between
fields, CRLF line ends, and hours with a decimal **comma** and no thousands separator
(``1234,50``), which is what that Excel reads as a number. A text beginning with ``=``, ``+``,
``-``, ``@`` or a tab would be taken for a formula by a spreadsheet: it is written with a leading
apostrophe. The XLSX holds real numbers (hours with 2 decimals) and needs none of this.

The file appears only once complete: it is written beside the target under a temporary name and
renamed, so a failure leaves no file (and an older file of that name untouched).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from aptaskil_desk.db.enums import LearnerCategory
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import N_, Translator
from aptaskil_desk.reports.xlsx import Column, Kind, Value, XlsxWriter
from aptaskil_desk.services.hours import CategoryRow, CourseRow, GroupBy, HoursReport, LearnerRow

FORMATS = (".csv", ".xlsx")

CATEGORY_WORDS = {
    LearnerCategory.JOB_SEEKER.value: N_("Job seeker"),
    LearnerCategory.WORKER.value: N_("Worker"),
    LearnerCategory.STUDENT.value: N_("Student"),
    LearnerCategory.TEACHER.value: N_("Teacher"),
}
NO_CATEGORY = N_("No category")
NO_SESSION = N_("No session (unscheduled check-ins)")
TOTAL = N_("Total")
LEARNERS_TOTAL = N_("{n} learners")
SHEET = N_("Training hours")
TITLE = {
    GroupBy.LEARNER: N_("Training hours from {start} to {end}, per learner"),
    GroupBy.COURSE: N_("Training hours from {start} to {end}, per course"),
    GroupBy.CATEGORY: N_("Training hours from {start} to {end}, per category"),
}

# (header, width in characters, kind) per grouping.
COLUMNS: dict[GroupBy, list[tuple[str, int, Kind]]] = {
    GroupBy.LEARNER: [
        (N_("Family name"), 26, "text"), (N_("Given name"), 20, "text"), (N_("External reference"), 19, "text"),
        (N_("Category"), 20, "text"), (N_("Employer or school"), 32, "text"), (N_("Courses"), 22, "text"),
        (N_("Hours"), 11, "hours"),
    ],
    GroupBy.COURSE: [
        (N_("Course"), 14, "text"), (N_("Title"), 56, "text"), (N_("Learners"), 11, "integer"),
        (N_("Hours"), 12, "hours"),
    ],
    GroupBy.CATEGORY: [(N_("Category"), 30, "text"), (N_("Learners"), 11, "integer"), (N_("Hours"), 12, "hours")],
}  # fmt: skip


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[Value]]
    total: Sequence[Value]


def category_words(category: str | None, tr: Translator) -> str:
    if category is None:
        return tr(NO_CATEGORY)
    return tr(CATEGORY_WORDS[category]) if category in CATEGORY_WORDS else category


def table(report: HoursReport, tr: Translator) -> Table:
    """The report as headers, rows and a totals row, in the reader's language."""
    columns = tuple(Column(tr(header), width, kind) for header, width, kind in COLUMNS[report.by])
    title = tr(TITLE[report.by], start=report.first.isoformat(), end=report.last.isoformat())
    rows: list[list[Value]] = []
    for row in report.rows:
        if isinstance(row, LearnerRow):
            rows.append([row.family_name, row.given_name, row.external_ref, category_words(row.category, tr),
                         row.employer, ", ".join(row.courses), row.hours])  # fmt: skip
        elif isinstance(row, CourseRow):
            rows.append([row.code or "", row.title if row.code else tr(NO_SESSION), row.learners, row.hours])
        elif isinstance(row, CategoryRow):
            rows.append([category_words(row.category, tr), row.learners, row.hours])
    if report.by is GroupBy.LEARNER:
        total: list[Value] = [tr(TOTAL), tr(LEARNERS_TOTAL, n=report.learners), None, None, None, None, report.hours]
    elif report.by is GroupBy.COURSE:
        total = [tr(TOTAL), None, report.learners, report.hours]
    else:
        total = [tr(TOTAL), report.learners, report.hours]
    return Table(title, columns, rows, total)


# --- CSV -----------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Value, kind: str) -> str:
    """A value as the CSV shows it: hours with a decimal comma, text never read as a formula."""
    if value is None:
        return ""
    if kind == "hours" and isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    return str(value)


def csv_lines(data: Table) -> Iterator[list[str]]:
    kinds = [c.kind for c in data.columns]
    yield [c.header for c in data.columns]
    for row in [*data.rows, data.total]:
        yield [csv_cell(value, kind) for value, kind in zip(row, kinds, strict=True)]


def write_csv(data: Table, out: Path) -> None:
    with _partial(out) as partial, partial.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerows(csv_lines(data))


# --- XLSX ----------------------------------------------------------------------------------


def write_xlsx(data: Table, out: Path, *, tr: Translator, report: HoursReport) -> None:
    created = report.generated_at
    with _partial(out) as partial, XlsxWriter(partial, tr(SHEET), data.columns, title=data.title, created=created) as s:
        for row in data.rows:
            s.row(row)
        s.row(data.total, emphasis="total")


def output_format(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput("The report is written as .csv or .xlsx, not {name!r}.", name=out.name)
    return suffix


def export(report: HoursReport, out: Path, tr: Translator) -> Table:
    """Write the report to ``out`` (.csv or .xlsx, by its name); returns the table written."""
    suffix = output_format(out)
    data = table(report, tr)
    if suffix == ".csv":
        write_csv(data, out)
    else:
        write_xlsx(data, out, tr=tr, report=report)
    return data


@contextmanager
def _partial(out: Path) -> Iterator[Path]:
    """A temporary name beside ``out``, renamed onto it when the block ends well, removed otherwise."""
    path = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        yield path
        os.replace(path, out)
    finally:
        path.unlink(missing_ok=True)
