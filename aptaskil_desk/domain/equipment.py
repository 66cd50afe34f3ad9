"""Equipment fitness and learner authorisation: may this person use this equipment now?

Pure rules over plain values (issue: GMP equipment logbooks). The answer always carries the
reasons in words-with-parameters, so the kiosk can say exactly why ("calibration overdue since
12/11/2026", "no authorisation for the autoclave"), never just "refused".

Rules:
1. Equipment is **unfit** when out of service, in quarantine, its calibration is overdue (a
   calibrated instrument whose due date has passed), or a required qualification phase (IQ, OQ,
   PQ) is not qualified. An unfit equipment may be used only with an authorised override.
2. Within ``CALIBRATION_WARNING`` of the due date the equipment is fit, with a warning.
3. Equipment being cleaned or maintained, or already in use, is **busy**: not unfit, but not free.
4. A learner needs an authorisation for the equipment: granted, not revoked, not past its expiry
   date, and used or (re)granted within the lapse period (setting ``authorisation_lapse_days``,
   ``LAPSE_AFTER`` by default) — an authorisation nobody used for that long lapses, as in peer systems;
   extending it (a new grant) renews it. Within ``AUTHORISATION_WARNING`` of its end date a valid
   authorisation expires soon: a warning, not a refusal.
5. An instructor or technician may override a refusal with a signed reason, except when the
   equipment is busy (no signature frees it) or a pre-use answer was not compliant (the learner
   checks again; a signature does not make a dirty autoclave clean).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

CALIBRATION_WARNING = timedelta(days=14)
#: Within this time of its end date a valid authorisation is said to expire soon.
AUTHORISATION_WARNING = timedelta(days=30)
#: The default lapse period: an authorisation unused for longer than this no longer holds.
LAPSE_AFTER = timedelta(days=180)


class Status(StrEnum):
    AVAILABLE = "available"
    IN_USE = "in_use"
    CLEANING = "cleaning"
    MAINTENANCE = "maintenance"
    OUT_OF_SERVICE = "out_of_service"
    QUARANTINE = "quarantine"


class Phase(StrEnum):
    IQ = "IQ"
    OQ = "OQ"
    PQ = "PQ"


#: Equipment taken by someone or something else: not unfit, and no override frees it.
BUSY = frozenset({Status.IN_USE.value, Status.CLEANING.value, Status.MAINTENANCE.value})
#: Reasons an override never lifts (rule 5).
NEVER_OVERRIDDEN = BUSY | {"pre_use_answer"}


@dataclass(frozen=True)
class Reason:
    """Why something is refused or worth a warning: a code and what fills its message."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EquipmentState:
    status: Status
    calibration_due: date | None
    qualification: Mapping[Phase, bool]  # phase → qualified
    required_phases: frozenset[Phase] = frozenset()


@dataclass(frozen=True)
class Fitness:
    unfit: tuple[Reason, ...]
    busy: tuple[Reason, ...]
    warnings: tuple[Reason, ...]

    @property
    def usable(self) -> bool:
        """Fit and free: a use may start without an override."""
        return not self.unfit and not self.busy


def fitness(state: EquipmentState, today: date) -> Fitness:
    unfit: list[Reason] = []
    busy: list[Reason] = []
    warnings: list[Reason] = []
    if state.status is Status.OUT_OF_SERVICE:
        unfit.append(Reason("out_of_service"))
    elif state.status is Status.QUARANTINE:
        unfit.append(Reason("quarantine"))
    elif state.status in (Status.CLEANING, Status.MAINTENANCE, Status.IN_USE):
        busy.append(Reason(state.status.value))
    if state.calibration_due is not None:
        if state.calibration_due < today:
            unfit.append(Reason("calibration_overdue", {"since": state.calibration_due.isoformat()}))
        elif state.calibration_due - today <= CALIBRATION_WARNING:
            warnings.append(Reason("calibration_due_soon", {"due": state.calibration_due.isoformat()}))
    for phase in sorted(state.required_phases):
        if not state.qualification.get(phase, False):
            unfit.append(Reason("not_qualified", {"phase": phase.value}))
    return Fitness(tuple(unfit), tuple(busy), tuple(warnings))


@dataclass(frozen=True)
class Authorisation:
    granted_on: date
    expires_on: date | None
    last_used_on: date | None
    revoked_on: date | None = None


def authorisation_problem(
    auth: Authorisation | None, today: date, lapse_after: timedelta = LAPSE_AFTER
) -> Reason | None:
    """``None`` when the authorisation is valid today, else why not."""
    if auth is None:
        return Reason("not_authorised")
    if auth.revoked_on is not None and auth.revoked_on <= today:
        return Reason("authorisation_revoked", {"since": auth.revoked_on.isoformat()})
    if auth.expires_on is not None and auth.expires_on < today:
        return Reason("authorisation_expired", {"since": auth.expires_on.isoformat()})
    # A (re)grant counts like a use: extending a lapsed authorisation renews it.
    last = max(auth.last_used_on, auth.granted_on) if auth.last_used_on else auth.granted_on
    if today - last > lapse_after:
        return Reason("authorisation_lapsed", {"last_use": last.isoformat()})
    return None


def expires_soon(expires_on: date | None, today: date) -> bool:
    """True when an authorisation still valid today ends within ``AUTHORISATION_WARNING`` (rule 4)."""
    return expires_on is not None and today <= expires_on and expires_on - today <= AUTHORISATION_WARNING


def overridable(reasons: Iterable[Reason]) -> bool:
    """True when a signed override could lift every one of these refusal reasons (rule 5)."""
    codes = [r.code for r in reasons]
    return bool(codes) and not any(code in NEVER_OVERRIDDEN for code in codes)
