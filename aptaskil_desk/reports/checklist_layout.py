"""The rows of a checklist's printed record: identity, warnings, steps, deviations, signatures.

:class:`RecordRows` turns a :class:`~aptaskil_desk.services.checklist_rows.RunDetail` into the rows
that :func:`~aptaskil_desk.reports.checklist_flow.paginate` places (what is printed and in which
order: :mod:`aptaskil_desk.reports.checklist`). Failed steps are shaded, so that a reader leafing
through finds them; a missing mandatory value is printed in red.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from aptaskil_desk.badges.fonts import BOLD, REGULAR, printable, text_width
from aptaskil_desk.domain.checklist_template import Step
from aptaskil_desk.domain.signatures import Deviation, Entry, Outcome, Signature
from aptaskil_desk.i18n import Translator
from aptaskil_desk.reports.checklist_flow import (
    BRICK,
    GREEN,
    GREY,
    HEAD_FILL,
    INK,
    SIZE,
    TEAL,
    WIDTH,
    Colour,
    Line,
    Piece,
    Row,
    Text,
    cells,
    paragraph,
    wrap,
)
from aptaskil_desk.reports.checklist_words import (
    corrections,
    criterion_words,
    evidence_words,
    meaning_words,
    outcome_words,
    phase_words,
    problem_words,
    state_words,
    value_words,
    when_words,
)
from aptaskil_desk.services.checklist_rows import RunDetail

FAILED_FILL: Colour = (0.99, 0.9, 0.88)
WARNING_FILL: Colour = (1.0, 0.92, 0.9)
CHANGED_FILL: Colour = (1.0, 0.96, 0.85)
CHANGED_FRAME: Colour = (0.72, 0.48, 0.0)
SMALL = 7.0  # evidence, ids, hashes
BANNER_INDENT = 4.0  # text inside a framed banner, from its frame

Columns = dict[str, tuple[float, float]]


def columns(spec: Sequence[tuple[str, float]]) -> Columns:
    """Column key → (x from the margin, width); a width of 0 takes what the others leave."""
    fixed = sum(width for _, width in spec)
    found: Columns = {}
    x = 0.0
    for key, width in spec:
        found[key] = (x, width or WIDTH - fixed)
        x += found[key][1]
    return found


STEPS = columns((("no", 24), ("instruction", 0), ("criterion", 86), ("result", 88), ("verdict", 46), ("by", 92)))
DEVIATIONS = columns((("no", 24), ("step", 90), ("text", 0), ("raised", 92), ("closure", 112)))
CORRECTIONS = columns((("step", 90), ("old", 96), ("new", 96), ("reason", 0), ("by", 92)))
SIGNATURES = columns((("meaning", 86), ("name", 150), ("at", 100), ("hash", 0)))


def _row_cells(spec: Columns, contents: dict[str, list[Text]], **options: object) -> list[Line]:
    keys = list(spec)
    return cells([spec[k] for k in keys], [contents.get(k, []) for k in keys], **options)  # type: ignore[arg-type]


def _under(spec: Columns, key: str, texts: list[Text]) -> list[Line]:
    """Lines spanning from column ``key`` to the right edge, under a row's cells (small text)."""
    x = spec[key][0]
    return cells([(x, WIDTH - x)], [texts], size=SMALL, leading=8.8) if texts else []


class RecordRows:
    """The rows of one record, and the column headings each table repeats on a new page."""

    def __init__(self, detail: RunDetail, *, tr: Translator, centre_name: str) -> None:
        self.detail = detail
        self.tr = tr
        self.language = tr.language
        self.centre = printable(centre_name.strip())
        self.numbers: dict[str, str] = {}  # step id → "2.3"
        for s, section in enumerate(detail.template.sections, start=1):
            for n, step in enumerate(section.steps, start=1):
                self.numbers[step.id] = f"{s}.{n}"
        self.steps = {step.id: step for step in detail.steps()}

    # --- headings ----------------------------------------------------------------------------------

    def _headings(self, spec: Columns, labels: dict[str, str]) -> list[Line]:
        return _row_cells(spec, {k: [(v, BOLD, INK)] for k, v in labels.items()}, fill=HEAD_FILL)

    def _step_labels(self) -> dict[str, str]:
        tr = self.tr
        return {"no": tr("No."), "instruction": tr("Instruction"), "criterion": tr("Acceptance criterion"),
                "result": tr("Result"), "verdict": tr("Verdict"), "by": tr("Entered by")}  # fmt: skip

    def _deviation_labels(self) -> dict[str, str]:
        tr = self.tr
        return {"no": tr("No."), "step": tr("Step"), "text": tr("Description, impact, action"),
                "raised": tr("Raised by"), "closure": tr("Closure")}  # fmt: skip

    def _correction_labels(self) -> dict[str, str]:
        tr = self.tr
        return {"step": tr("Step"), "old": tr("Old value"), "new": tr("New value"), "reason": tr("Reason"),
                "by": tr("Corrected by")}  # fmt: skip

    def _signature_labels(self) -> dict[str, str]:
        tr = self.tr
        return {"meaning": tr("Meaning"), "name": tr("Printed name"), "at": tr("Date and time"),
                "hash": tr("Signature (SHA-256)")}  # fmt: skip

    def headings(self) -> dict[str, Row]:
        """Table name → its column headings, as repeated at the top of a page."""
        return {
            "steps": Row(tuple(self._headings(STEPS, self._step_labels())), pad=0),
            "deviations": Row(tuple(self._headings(DEVIATIONS, self._deviation_labels())), pad=0),
            "corrections": Row(tuple(self._headings(CORRECTIONS, self._correction_labels())), pad=0),
            "signatures": Row(tuple(self._headings(SIGNATURES, self._signature_labels())), pad=0),
        }

    def _title(self, title: str, heading: list[Line], intro: str = "") -> Row:
        """A section's title (and a sentence under it) with its table's column headings: kept with the
        first row that follows."""
        lines = [Line((), 8.0), Line((Piece(2.0, printable(title), BOLD, 10.5, TEAL),), 16.0)]
        if intro:
            lines += paragraph(intro, size=SMALL, colour=GREY, leading=9.0)
            lines.append(Line((), 3.0))
        return Row(tuple(lines + heading), pad=0, keep_with_next=True)

    # --- the record ----------------------------------------------------------------------------------

    def rows(self) -> Iterator[Row]:
        yield from self.identity()
        yield from self.warnings()
        for number, section in enumerate(self.detail.template.sections, start=1):
            title = f"{number}. {section.title.in_language(self.language)}"
            yield self._title(title, self._headings(STEPS, self._step_labels()))
            for step in section.steps:
                yield self.step_row(step)
        yield from self.deviation_rows()
        yield from self.signature_rows()
        yield Row(tuple(paragraph(self.tr("End of the record."), size=SMALL, colour=GREY)), pad=8)

    def identity(self) -> Iterator[Row]:
        tr, info, template = self.tr, self.detail.info, self.detail.template
        lines = [
            Line((Piece(0.0, self.centre, BOLD, 9.0, TEAL),), 13.0),
            Line((Piece(0.0, tr("Checklist record"), BOLD, 16.0, INK),), 22.0),
            *(
                Line((Piece(0.0, t, BOLD, 11.0, INK),), 14.0)
                for t in wrap(template.title.in_language(self.language), BOLD, 11.0, WIDTH)
            ),
            Line((), 5.0),
        ]
        yield Row(tuple(lines), pad=0)
        ex = self.detail.execution
        entered = sum(1 for s in self.detail.steps() if ex.latest(s.id) is not None)
        training = tr("Yes — not a GMP record") if info.training else tr("No")
        results = tr("{steps} steps: {entered} with a value, {failed} failed, {missing} mandatory without a value. "
                     "Deviations: {deviations}, open: {open}.", steps=len(self.steps), entered=entered,
                     failed=info.failed_steps, missing=info.missing_required, deviations=len(ex.deviations),
                     open=info.open_deviations)  # fmt: skip
        left = [
            (tr("Template"), tr("{code}, version {version}", code=info.template_code, version=info.template_version)),
            (tr("Equipment"), f"{info.equipment_code} — {info.equipment_name}"),
            (tr("Record"), info.id),
            (tr("Started"), f"{when_words(info.started_at)}, {info.started_by}"),
        ]
        right = [
            (tr("Phase"), phase_words(info.phase, tr)),
            (tr("State"), state_words(info.state, tr)),
            (tr("Training"), training),
            (tr("Results"), results),
        ]
        label = max(text_width(t, BOLD, SIZE) for t, _ in left + right) + 8
        half = WIDTH / 2
        spec = [(0.0, label), (label, half - label), (half, label), (half + label, half - label)]
        facts: list[Line] = []
        for (l_label, l_value), (r_label, r_value) in zip(left, right, strict=True):
            r_colour = BRICK if r_label == tr("Training") and info.training else INK
            facts += cells(spec, [[(l_label, BOLD, GREY)], [(printable(l_value), REGULAR, INK)],
                                  [(r_label, BOLD, GREY)], [(printable(r_value), REGULAR, r_colour)]])  # fmt: skip
        if info.trainee is not None:  # who practised, and the staff member who started it and supervised
            facts.append(Line((), 3.0))
            facts += paragraph(printable(tr("Training — practised by {trainee}, supervised by {supervisor}",
                                            trainee=info.trainee, supervisor=info.started_by)),
                               font=BOLD, colour=BRICK)  # fmt: skip
        if template.purpose is not None:
            facts.append(Line((), 3.0))
            facts += cells([(0.0, label), (label, WIDTH - label)], [[(tr("Purpose"), BOLD, GREY)],
                           [(template.purpose.in_language(self.language), REGULAR, INK)]])  # fmt: skip
        if template.references:
            facts += cells([(0.0, label), (label, WIDTH - label)], [[(tr("References"), BOLD, GREY)],
                           [("; ".join(template.references), REGULAR, INK)]])  # fmt: skip
        yield Row(tuple(facts), rule=True)

    def warnings(self) -> Iterator[Row]:
        """The verification warning and the changed-after-first-entry banner with its corrections."""
        tr, detail = self.tr, self.detail
        if detail.problems:
            lines = paragraph(tr("WARNING — signature verification failed: this record is not what was signed."),
                              x=BANNER_INDENT, width=WIDTH - 2 * BANNER_INDENT, font=BOLD, size=9.5, colour=BRICK,
                              leading=13.0)  # fmt: skip
            bullet = [(BANNER_INDENT, 10.0), (BANNER_INDENT + 10.0, WIDTH - 2 * BANNER_INDENT - 10.0)]
            for problem in detail.problems:
                lines += cells(bullet, [[("•", BOLD, BRICK)], [(problem_words(detail.execution, problem, tr),
                                                                REGULAR, BRICK)]])  # fmt: skip
            yield Row((Line((), 6.0),), pad=0)
            yield Row(tuple(lines), fill=WARNING_FILL, frame=BRICK, pad=6)
        found = corrections(detail.execution, self.steps)
        if not found:
            return
        x, width = BANNER_INDENT, WIDTH - 2 * BANNER_INDENT
        lines = paragraph(tr("CHANGED AFTER FIRST ENTRY"), x=x, width=width, font=BOLD, size=9.5, colour=CHANGED_FRAME,
                          leading=13.0)  # fmt: skip
        lines += paragraph(tr("{count} values were entered again after their first entry. The first values stay on "
                              "record; each correction is listed below with the old and the new value, the reason, "
                              "who corrected it and when.", count=len(found)), x=x, width=width)  # fmt: skip
        yield Row((Line((), 6.0),), pad=0)
        yield Row(tuple(lines), fill=CHANGED_FILL, frame=CHANGED_FRAME, pad=6)
        yield self._title(tr("Corrections"), self._headings(CORRECTIONS, self._correction_labels()))
        for c in found:
            contents: dict[str, list[Text]] = {
                "step": [(self.numbers.get(c.step.id, ""), BOLD, INK), (c.step.id, REGULAR, GREY)],
                "old": self._value_cell(c.step, c.old),
                "new": self._value_cell(c.step, c.new),
                "reason": [(printable(c.new.reason), REGULAR, INK)],
                "by": [(printable(c.new.by_name), REGULAR, INK), (when_words(c.new.at), REGULAR, INK)],
            }
            before = evidence_words(c.old, tr)
            under: list[Text] = [(tr("Evidence of the old value:"), BOLD, GREY)] if before else []
            under += [(t, REGULAR, GREY) for t in before]
            lines = _row_cells(CORRECTIONS, contents) + _under(CORRECTIONS, "old", under)
            yield Row(tuple(lines), rule=True, table="corrections")

    def _value_cell(self, step: Step, entry: Entry) -> list[Text]:
        colour = BRICK if entry.outcome is Outcome.FAILED else INK
        return [(value_words(step, entry, self.tr, self.language), REGULAR, INK),
                (f"({outcome_words(entry.outcome, self.tr)})", REGULAR, colour)]  # fmt: skip

    # --- steps -------------------------------------------------------------------------------------

    def step_row(self, step: Step) -> Row:
        tr, ex = self.tr, self.detail.execution
        latest = ex.latest(step.id)
        optional = "" if step.required else f" · {tr('optional')}"
        contents: dict[str, list[Text]] = {
            "no": [(self.numbers[step.id], BOLD, INK)],
            "instruction": [
                (step.instruction.in_language(self.language), REGULAR, INK),
                (f"{step.id}{optional}", REGULAR, GREY),
            ],
            "criterion": [
                (t, REGULAR, INK if n == 0 else GREY) for n, t in enumerate(criterion_words(step, tr, self.language))
            ]
            or [("—", REGULAR, GREY)],
        }
        under: list[Text] = []
        if latest is None:
            missing = tr("No value entered") if step.required else tr("No value entered (optional step)")
            contents["result"] = [(missing, BOLD if step.required else REGULAR, BRICK if step.required else GREY)]
            contents["verdict"] = [("—", REGULAR, GREY)]
            contents["by"] = [("—", REGULAR, GREY)]
        else:
            result: list[Text] = [(value_words(step, latest, tr, self.language), BOLD, INK)]
            if latest.version > 1:
                result.append((tr("corrected — version {version}", version=latest.version), REGULAR, BRICK))
            contents["result"] = result
            contents["verdict"] = [_verdict(latest.outcome, tr)]
            contents["by"] = [(printable(latest.by_name), REGULAR, INK), (when_words(latest.at), REGULAR, INK)]
            under += [(t, REGULAR, GREY) for t in evidence_words(latest, tr)]
        for d in ex.deviations:
            if d.step_id == step.id:
                state = tr("closed") if d.closure is not None else tr("OPEN")
                under.append((tr("Deviation {number} raised on this step ({state}): see Deviations.",
                                 number=d.number, state=state), BOLD, BRICK))  # fmt: skip
        lines = _row_cells(STEPS, contents) + _under(STEPS, "instruction", under)
        failed = latest is not None and latest.outcome is Outcome.FAILED
        return Row(tuple(lines), fill=FAILED_FILL if failed else None, rule=True, table="steps")

    # --- deviations and signatures -------------------------------------------------------------------

    def deviation_rows(self) -> Iterator[Row]:
        tr, deviations = self.tr, self.detail.execution.deviations
        yield self._title(tr("Deviations"), self._headings(DEVIATIONS, self._deviation_labels()) if deviations else [])
        if not deviations:
            yield Row(tuple(paragraph(tr("No deviation was raised."), colour=GREY)))
        for d in sorted(deviations, key=lambda d: d.number):
            yield self.deviation_row(d)

    def deviation_row(self, d: Deviation) -> Row:
        tr = self.tr
        closure: list[Text]
        if d.closure is None:
            closure = [(tr("OPEN"), BOLD, BRICK)]
        else:
            c = d.closure
            closure = [(tr("Closed"), BOLD, GREEN), (printable(c.resolution), REGULAR, INK),
                       (printable(c.by_name), REGULAR, GREY), (when_words(c.at), REGULAR, GREY)]  # fmt: skip
        contents: dict[str, list[Text]] = {
            "no": [(str(d.number), BOLD, INK)],
            "step": [(self.numbers.get(d.step_id, ""), BOLD, INK), (d.step_id, REGULAR, GREY)],
            "text": [
                (tr("Description: {text}", text=printable(d.description)), REGULAR, INK),
                (tr("Impact: {text}", text=printable(d.impact)), REGULAR, INK),
                (tr("Action: {text}", text=printable(d.action)), REGULAR, INK),
            ],
            "raised": [(printable(d.by_name), REGULAR, INK), (when_words(d.at), REGULAR, INK)],
            "closure": closure,
        }
        return Row(tuple(_row_cells(DEVIATIONS, contents)), rule=True, table="deviations")

    def signature_rows(self) -> Iterator[Row]:
        tr, signatures = self.tr, self.detail.execution.signatures
        intro = tr("Signed electronically with each signer's own password (21 CFR Part 11, EU GMP Annex 11). "
                   "Each signature is bound by its hash to the record as it stood when signed.")  # fmt: skip
        heading = self._headings(SIGNATURES, self._signature_labels()) if signatures else []
        yield self._title(tr("Electronic signatures"), heading, intro)
        if not signatures:
            yield Row(tuple(paragraph(tr("Not signed yet."), colour=GREY)))
        for s in sorted(signatures, key=lambda s: s.seq):
            yield self.signature_row(s)

    def signature_row(self, s: Signature) -> Row:
        tr = self.tr
        altered = any(p.seq == s.seq and p.code == "altered" for p in self.detail.problems)
        contents: dict[str, list[Text]] = {
            "meaning": [(meaning_words(s.meaning, tr), BOLD, INK)],
            "name": [(printable(s.signer_name), BOLD, INK)],
            "at": [(when_words(s.at), REGULAR, INK)],
            "hash": [(s.hash, REGULAR, GREY)],
        }
        under: list[Text] = []
        if s.reason:
            under.append((tr("Reason for the rejection: {reason}", reason=printable(s.reason)), REGULAR, INK))
        if altered:
            under.append((tr("This signature no longer matches the record."), BOLD, BRICK))
        lines = _row_cells(SIGNATURES, contents) + _under(SIGNATURES, "meaning", under)
        return Row(tuple(lines), rule=True, table="signatures", fill=WARNING_FILL if altered else None)


def _verdict(outcome: Outcome, tr: Translator) -> Text:
    if outcome is Outcome.PASSED:
        return outcome_words(outcome, tr), BOLD, GREEN
    if outcome is Outcome.FAILED:
        return outcome_words(outcome, tr), BOLD, BRICK
    return outcome_words(outcome, tr), REGULAR, GREY
