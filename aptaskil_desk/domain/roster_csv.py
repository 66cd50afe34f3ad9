"""Reading a roster CSV (``session enrol CODE --csv FILE``): which learners to enrol.

Pure rules, no I/O, read with the schedule's table reader (the learners import's CSV dialect).
A line names a learner by external reference, or else by given name, family name and e-mail (all
three, matched by the service against the learners on record). The other columns of a learners
file (category, employer, sessions…) are ignored, so that a learners file can be reused as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from aptaskil_desk.domain.learner_csv import COLUMNS as LEARNER_COLUMNS
from aptaskil_desk.domain.learner_csv import Msg as CsvMsg
from aptaskil_desk.domain.learner_csv import ParsedCsv, RowProblem, is_email
from aptaskil_desk.domain.names import fold
from aptaskil_desk.domain.schedule_csv import Msg, read_table, too_long

_IDENTITY = ("external_ref", "given_name", "family_name", "email")


@dataclass(frozen=True)
class LearnerRef:
    """One valid line of a roster file: a reference, or else given name, family name and e-mail."""

    line: int
    external_ref: str | None
    given_name: str | None = None
    family_name: str | None = None
    email: str | None = None

    def identity(self) -> tuple[str, ...]:
        """What makes two lines the same learner (names folded, e-mail in lower case)."""
        if self.external_ref is not None:
            return ("ref", self.external_ref)
        return ("name", " ".join(fold(self.given_name or "").split()), " ".join(fold(self.family_name or "").split()),
                (self.email or "").lower())  # fmt: skip


@dataclass(frozen=True)
class ParsedRoster(ParsedCsv[LearnerRef]):
    """The learners a roster file names (each once) and every problem; ``records`` counts the data lines read."""


def read_roster_csv(data: bytes) -> ParsedRoster:
    """Decode, split and validate a roster CSV; the other columns of a learners file are ignored."""
    identity = {key: LEARNER_COLUMNS[key] for key in _IDENTITY}
    others = [name for key, names in LEARNER_COLUMNS.items() if key not in identity for name in names]
    table = read_table(data, identity, ignored=others)
    problems = list(table.problems)
    cols = table.columns
    by_name = all(key in cols for key in _IDENTITY[1:])
    rows: list[LearnerRef] = []
    if table.header_line and "external_ref" not in cols and not by_name:
        names = ["/".join(LEARNER_COLUMNS[key][:2]) for key in _IDENTITY]
        params: dict[str, str | int] = dict(zip(("ref", "given", "family", "email"), names, strict=True))
        problems.append(RowProblem(table.header_line, None, Msg.IDENTITY_COLUMNS, params))
    elif table.header_line:
        seen: dict[tuple[str, ...], int] = {}
        for line, values in table.records:
            row = _learner_ref(line, values, cols, by_name, problems)
            if row is not None and row.identity() in seen:
                problems.append(RowProblem(line, None, Msg.SAME_LEARNER, {"first_line": seen[row.identity()]}))
            elif row is not None:
                seen[row.identity()] = line
                rows.append(row)
        if not table.records:
            problems.append(RowProblem(table.header_line, None, CsvMsg.HEADER_ONLY))
    bad_lines = {p.line for p in problems}
    kept = tuple(row for row in rows if row.line not in bad_lines)
    problems.sort(key=lambda p: p.line)
    return ParsedRoster(table.encoding, table.delimiter, cols, len(table.records), kept, tuple(problems))


def _learner_ref(
    line: int, values: dict[str, str], cols: dict[str, str], by_name: bool, problems: list[RowProblem]
) -> LearnerRef | None:
    found = too_long(line, values, cols)
    ref = values.get("external_ref") or None
    if ref is None and not by_name:
        found.append(RowProblem(line, cols["external_ref"], CsvMsg.MISSING_VALUE, {"column": cols["external_ref"]}))
    elif ref is None:
        for key in _IDENTITY[1:]:
            if not values[key]:
                found.append(RowProblem(line, cols[key], CsvMsg.MISSING_VALUE, {"column": cols[key]}))
        if values["email"] and not is_email(values["email"]):
            found.append(RowProblem(line, cols["email"], CsvMsg.BAD_EMAIL, {"value": values["email"]}))
    problems += found
    if found:
        return None
    if ref is not None:
        return LearnerRef(line, ref)
    return LearnerRef(line, None, values["given_name"], values["family_name"], values["email"])
