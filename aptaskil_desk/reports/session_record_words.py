"""A session record in words, for its printout: hours, times, days, flags and corrections.

Rules:
- Times print in the centre's time zone, ``08:27``; days with their weekday, ``lun. 26/10/2026``.
- Hours print with 2 decimals, rounded once from the exact duration, half up (``domain/hours.to_hours``,
  as the hours report rounds), with a decimal comma in French and Dutch: ``7,25``.
- Stored text (names, reasons, who recorded) prints as stored (composed to NFC), never translated.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from aptaskil_desk.badges.fonts import printable
from aptaskil_desk.clock import local
from aptaskil_desk.domain.hours import to_hours
from aptaskil_desk.i18n import N_, Translator
from aptaskil_desk.services.session_record_data import Correction, LearnerDay, LearnerRecord, Stay

WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
FLAG_WORDS = {
    "auto_closed": N_("no check-out: closed at the end of the day"),
    "no_check_out": N_("no check-out before the next check-in"),
    "unpaired_out": N_("check-out with no check-in"),
    "open": N_("still checked in"),
    "unscheduled": N_("scan outside any session"),
    "not_enrolled": N_("not enrolled"),
    "corrected": N_("corrected"),
    "late": N_("late"),
    "left_early": N_("left early"),
}
CATEGORY_WORDS = {
    "job_seeker": N_("Job seeker"),
    "worker": N_("Worker"),
    "student": N_("Student"),
    "teacher": N_("Teacher"),
}
EXERCISE_WORDS = {
    "loop_calibration": N_("4–20 mA loop calibration"),
    "balance_check": N_("Balance check"),
    "ph_calibration": N_("pH meter calibration"),
}
VERDICT_WORDS = {"pass": N_("Pass"), "fail": N_("Fail"), "not_evaluable": N_("Not evaluable")}
KIND_WORDS = {"in": N_("check-in"), "out": N_("check-out")}


def hours_words(counted: timedelta, tr: Translator) -> str:
    text = f"{to_hours(counted):.2f}"
    return text.replace(".", ",") if tr.language in ("fr", "nl") else text


def hm(instant: datetime | None) -> str:
    return "—" if instant is None else f"{local(instant):%H:%M}"


def day_words(day: date, tr: Translator) -> str:
    return f"{tr(WEEKDAYS[day.weekday()])} {day:%d/%m/%Y}"


def moment(instant: datetime) -> str:
    """``27/10/2026 14:03`` (tables, under a legend saying the times are Brussels time)."""
    return f"{local(instant):%d/%m/%Y %H:%M}"


def when_words(instant: datetime) -> str:
    """``27/10/2026 14:03 CET``: the centre's date and time, with the zone's name."""
    shown = local(instant)
    return f"{shown:%d/%m/%Y %H:%M} {shown.tzname()}"


def flag_words(flags: tuple[str, ...], tr: Translator) -> str:
    return ", ".join(tr(FLAG_WORDS[f]) if f in FLAG_WORDS else f for f in flags)


def stay_times(stay: Stay) -> tuple[str, str]:
    """In and out as printed; ``*`` marks a time set by a correction."""
    return (hm(stay.check_in) + ("*" if stay.in_corrected else ""),
            hm(stay.check_out) + ("*" if stay.out_corrected else ""))  # fmt: skip


def correction_words(c: Correction, tr: Translator) -> str:
    """Both values, the reason, who and when."""
    what = tr(KIND_WORDS.get(c.kind, c.kind))
    if c.original_at is None:
        change = tr("{kind} {time} added", kind=what, time=hm(c.at))
    elif c.kind == "void":
        change = tr("{kind} {time} voided", kind=tr(KIND_WORDS.get(c.original_kind or "", "")), time=hm(c.original_at))
    else:
        old = tr(KIND_WORDS.get(c.original_kind or "", c.original_kind or ""))
        change = tr("{old_kind} {old} → {kind} {new}", old_kind=old, old=hm(c.original_at), kind=what, new=hm(c.at))
    return tr("Correction: {change}; reason: {reason} ({who}, {when})", change=change,
              reason=printable(c.reason), who=printable(c.recorded_by), when=when_words(c.recorded_at))  # fmt: skip


def unscheduled_words(stay: Stay, tr: Translator) -> str:
    return tr("Scans outside any session: {start}–{end}, not counted for this session", start=hm(stay.check_in),
              end=hm(stay.check_out))  # fmt: skip


def learner_words(learner: LearnerRecord, tr: Translator) -> str:
    """Category, and "not enrolled" when the learner is not on the roster."""
    parts = [tr(CATEGORY_WORDS[learner.category])] if learner.category in CATEGORY_WORDS else []
    if not learner.enrolled:
        parts.append(tr("not enrolled"))
    if learner.withdrawn_at is not None:
        parts.append(tr("withdrawn on {day}", day=f"{local(learner.withdrawn_at):%d/%m/%Y}"))
    return " · ".join(parts)


def days_present(learner: LearnerRecord) -> int:
    return sum(1 for d in learner.days if d.stays)


def day_notes(day: LearnerDay, tr: Translator) -> list[str]:
    """What prints under a day's row: its corrections, then its scans outside any session."""
    return [correction_words(c, tr) for c in day.corrections] + [unscheduled_words(u, tr) for u in day.unscheduled]
