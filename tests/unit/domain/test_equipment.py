"""Equipment fitness and authorisation rules (pure)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from aptaskil_desk.domain.equipment import (
    AUTHORISATION_WARNING,
    CALIBRATION_WARNING,
    LAPSE_AFTER,
    Authorisation,
    EquipmentState,
    Phase,
    Reason,
    Status,
    authorisation_problem,
    expires_soon,
    fitness,
    overridable,
)

TODAY = date(2026, 11, 25)
QUALIFIED = {Phase.IQ: True, Phase.OQ: True, Phase.PQ: True}


def state(**changes: object) -> EquipmentState:
    base: dict[str, object] = {"status": Status.AVAILABLE, "calibration_due": TODAY + timedelta(days=60),
                               "qualification": QUALIFIED, "required_phases": frozenset(Phase)}  # fmt: skip
    base.update(changes)
    return EquipmentState(**base)  # type: ignore[arg-type]


def codes(reasons: tuple) -> list[str]:  # type: ignore[type-arg]
    return [r.code for r in reasons]


def test_available_calibrated_qualified_equipment_is_usable() -> None:
    """The ordinary case: nothing to say."""
    result = fitness(state(), TODAY)
    assert result.usable and not result.warnings


def test_each_unfitness_is_named() -> None:
    """Out of service, quarantine, overdue calibration and a missing phase each make it unfit, with the reason."""
    assert codes(fitness(state(status=Status.OUT_OF_SERVICE), TODAY).unfit) == ["out_of_service"]
    assert codes(fitness(state(status=Status.QUARANTINE), TODAY).unfit) == ["quarantine"]
    overdue = fitness(state(calibration_due=TODAY - timedelta(days=1)), TODAY)
    assert overdue.unfit[0].code == "calibration_overdue" and overdue.unfit[0].params == {"since": "2026-11-24"}
    missing = fitness(state(qualification={Phase.IQ: True, Phase.OQ: False}), TODAY)
    assert [(r.code, r.params["phase"]) for r in missing.unfit] == [("not_qualified", "OQ"), ("not_qualified", "PQ")]
    several = fitness(state(status=Status.QUARANTINE, calibration_due=TODAY - timedelta(days=3)), TODAY)
    assert codes(several.unfit) == ["quarantine", "calibration_overdue"]


def test_due_today_is_still_fit_with_a_warning() -> None:
    """Calibration due today or within 14 days warns; the day after it is unfit."""
    assert codes(fitness(state(calibration_due=TODAY), TODAY).warnings) == ["calibration_due_soon"]
    assert fitness(state(calibration_due=TODAY + timedelta(days=14)), TODAY).warnings
    assert not fitness(state(calibration_due=TODAY + timedelta(days=15)), TODAY).warnings
    assert not fitness(state(calibration_due=None, required_phases=frozenset()), TODAY).unfit


def test_busy_is_not_unfit() -> None:
    """In use, cleaning or maintenance: not usable now, but not unfit."""
    for status in (Status.IN_USE, Status.CLEANING, Status.MAINTENANCE):
        result = fitness(state(status=status), TODAY)
        assert not result.unfit and not result.usable and codes(result.busy) == [status.value]


def test_authorisation_rules() -> None:
    """Missing, revoked, expired and lapsed authorisations are refused, each with its date."""
    assert authorisation_problem(None, TODAY).code == "not_authorised"  # type: ignore[union-attr]
    good = Authorisation(granted_on=TODAY - timedelta(days=30), expires_on=TODAY, last_used_on=None)
    assert authorisation_problem(good, TODAY) is None
    expired = Authorisation(TODAY - timedelta(days=400), TODAY - timedelta(days=1), TODAY - timedelta(days=2))
    assert authorisation_problem(expired, TODAY).params == {"since": "2026-11-24"}  # type: ignore[union-attr]
    revoked = Authorisation(TODAY - timedelta(days=30), None, None, revoked_on=TODAY)
    assert authorisation_problem(revoked, TODAY).code == "authorisation_revoked"  # type: ignore[union-attr]
    lapsed = Authorisation(TODAY - timedelta(days=400), None, TODAY - LAPSE_AFTER - timedelta(days=1))
    assert authorisation_problem(lapsed, TODAY).code == "authorisation_lapsed"  # type: ignore[union-attr]
    used = Authorisation(TODAY - timedelta(days=400), None, TODAY - LAPSE_AFTER)
    assert authorisation_problem(used, TODAY) is None


@given(
    st.sampled_from(list(Status)),
    st.one_of(st.none(), st.dates()),
    st.dictionaries(st.sampled_from(list(Phase)), st.booleans()),
)
def test_usable_only_when_nothing_is_wrong(status: Status, due: date | None, qualification: dict[Phase, bool]) -> None:
    """Whatever the state, it is usable exactly when there is no unfit and no busy reason."""
    result = fitness(EquipmentState(status, due, qualification, frozenset(Phase)), TODAY)
    assert result.usable == (not result.unfit and not result.busy)
    if result.usable:
        assert status is Status.AVAILABLE and all(qualification.get(p, False) for p in Phase)


def test_lapse_period_is_a_parameter() -> None:
    """With a 30-day lapse, 31 days unused lapse (saying since when) and 30 do not; the grant date
    counts as a use; the default stays 180 days."""
    thirty = timedelta(days=30)
    used_31_ago = Authorisation(TODAY - timedelta(days=400), None, TODAY - timedelta(days=31))
    problem = authorisation_problem(used_31_ago, TODAY, thirty)
    assert problem == Reason("authorisation_lapsed", {"last_use": "2026-10-25"})
    assert authorisation_problem(used_31_ago, TODAY) is None  # 180 days by default
    assert (
        authorisation_problem(Authorisation(TODAY - timedelta(days=400), None, TODAY - thirty), TODAY, thirty) is None
    )
    granted_31_ago = Authorisation(TODAY - timedelta(days=31), None, None)
    assert authorisation_problem(granted_31_ago, TODAY, thirty) == Reason("authorisation_lapsed",
                                                                          {"last_use": "2026-10-25"})  # fmt: skip
    one_day = timedelta(days=1)
    assert authorisation_problem(Authorisation(TODAY - one_day, None, None), TODAY, one_day) is None
    assert authorisation_problem(Authorisation(TODAY - 2 * one_day, None, None), TODAY, one_day) is not None
    assert timedelta(days=180) == LAPSE_AFTER


def test_a_new_grant_renews_a_lapsed_authorisation() -> None:
    """The later of the last use and the (re)grant counts: used 200 days ago then extended today,
    the authorisation holds; the lapse is then counted from the grant."""
    extended = Authorisation(TODAY, None, TODAY - timedelta(days=200))
    assert authorisation_problem(extended, TODAY) is None
    assert authorisation_problem(extended, TODAY + LAPSE_AFTER) is None
    assert authorisation_problem(extended, TODAY + LAPSE_AFTER + timedelta(days=1)) == Reason(
        "authorisation_lapsed", {"last_use": TODAY.isoformat()}
    )
    used_since = Authorisation(TODAY - timedelta(days=300), None, TODAY - timedelta(days=10))
    assert authorisation_problem(used_since, TODAY) is None


def test_expires_soon_within_thirty_days_of_the_end_date() -> None:
    """Ending within 30 days (today included) is a warning; later, never, or already past is not."""
    assert timedelta(days=30) == AUTHORISATION_WARNING and CALIBRATION_WARNING < AUTHORISATION_WARNING
    assert expires_soon(TODAY, TODAY) and expires_soon(TODAY + timedelta(days=30), TODAY)
    assert not expires_soon(TODAY + timedelta(days=31), TODAY)
    assert not expires_soon(None, TODAY) and not expires_soon(TODAY - timedelta(days=1), TODAY)


def test_lapse_comes_after_revocation_and_expiry() -> None:
    """Whatever the lapse period, a revoked or expired authorisation says so first."""
    expired = Authorisation(TODAY - timedelta(days=400), TODAY - timedelta(days=1), TODAY - timedelta(days=300))
    assert authorisation_problem(expired, TODAY, timedelta(days=30)).code == "authorisation_expired"  # type: ignore[union-attr]


@given(st.integers(min_value=1, max_value=3650), st.integers(min_value=0, max_value=4000))
def test_lapsed_exactly_when_unused_longer_than_the_period(days: int, unused: int) -> None:
    """For any period and any time unused: lapsed exactly when unused for more days than the period."""
    auth = Authorisation(TODAY - timedelta(days=5000), None, TODAY - timedelta(days=unused))
    problem = authorisation_problem(auth, TODAY, timedelta(days=days))
    assert (problem is not None) == (unused > days)


def test_what_an_override_can_lift() -> None:
    """Unfit equipment and missing, expired, revoked or lapsed authorisations can be overridden;
    busy equipment and a non-compliant pre-use answer cannot, nor an empty refusal."""
    for code in ("out_of_service", "quarantine", "calibration_overdue", "not_qualified", "not_authorised",
                 "authorisation_expired", "authorisation_revoked", "authorisation_lapsed"):  # fmt: skip
        assert overridable([Reason(code)])
    assert overridable([Reason("quarantine"), Reason("not_authorised")])
    for code in ("in_use", "cleaning", "maintenance", "pre_use_answer"):
        assert not overridable([Reason(code)])
        assert not overridable([Reason("not_authorised"), Reason(code)])
    assert not overridable([])
