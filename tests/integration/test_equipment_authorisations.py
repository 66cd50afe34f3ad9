"""Authorisations on both databases: what a grant refuses, renewal of a lapsed one, who granted and
revoked, and a listing whose number of queries does not grow with the number of authorisations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import FixedClock
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.equipment_use import UseRefused
from aptaskil_desk.services.people import NewLearner

TODAY = date(2026, 11, 25)


@pytest.fixture
def lab(ctx: AppContext) -> dict[str, Any]:
    """An instructor, a learner, an autoclave and a pH meter that need an authorisation, a
    centrifuge that does not."""
    system = ctx.system_actor()
    inst = ctx.accounts.add_user(system, "inst", "Marc", "Dubois", ["instructor"], "a long password")
    tech = ctx.accounts.add_user(system, "tech", "Jean", "Claes", ["technician"], "a long password").actor("T1")
    [learner] = ctx.people.add_learners(system, [NewLearner("Zoë", "Ødegård", "student")])
    ctx.equipment.add(tech, "AUT-01", "Autoclave Getinge", "autoclave")
    ctx.equipment.add(tech, "PH-02", "pH-mètre Orion Star", "ph_meter")
    ctx.equipment.add(tech, "CEN-03", "Centrifugeuse", "centrifuge", requires_authorisation=False)
    return {"inst": inst.actor("T1"), "tech": tech, "learner": learner.id}


def test_a_grant_refuses_a_past_end_date_and_equipment_needing_none(ctx: AppContext, lab: dict[str, Any]):
    """Both refused in words (French too) with nothing recorded; an end date of today is accepted."""
    french = Translator("fr")
    with pytest.raises(InvalidInput) as past:
        ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", TODAY - timedelta(days=1))
    assert french(past.value.message, **past.value.params) == (
        "La date de fin 2026-11-24 est déjà passée : choisissez aujourd'hui ou plus tard."
    )
    with pytest.raises(InvalidInput) as needless:
        ctx.equipment.authorise(lab["inst"], lab["learner"], "CEN-03", None)
    assert french(needless.value.message, **needless.value.params) == (
        "CEN-03 ne demande pas d'autorisation : les apprenants peuvent l'utiliser sans."
    )
    assert ctx.equipment.authorisations() == []
    ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", TODAY)
    [auth] = ctx.equipment.authorisations()
    assert auth.expires_on == TODAY and auth.problem is None


def test_extending_a_lapsed_authorisation_lets_the_learner_use_the_equipment_again(
    ctx: AppContext, clock: FixedClock, lab: dict[str, Any]
):
    """Used once, then unused for 181 days: lapsed. An extension (a new grant) renews it at once."""
    ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", None)
    ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    ctx.equipment.stop_use(lab["learner"], "AUT-01", "K1")
    clock.advance(timedelta(days=181))
    with pytest.raises(UseRefused) as lapsed:
        ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    assert [r.code for r in lapsed.value.reasons] == ["authorisation_lapsed"]
    [before] = ctx.equipment.authorisations("AUT-01")
    assert before.problem is not None and before.problem.code == "authorisation_lapsed"
    ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", TODAY + timedelta(days=400))
    [renewed] = ctx.equipment.authorisations("AUT-01")
    assert renewed.problem is None and renewed.last_used_on == TODAY
    assert renewed.granted_on == TODAY + timedelta(days=181)
    entry = ctx.equipment.start_use(lab["learner"], "AUT-01", "K1")
    assert entry.kind == "use"


def test_an_authorisation_says_who_granted_it_and_who_revoked_it_why(ctx: AppContext, lab: dict[str, Any]):
    """granted_by, revoked_by and revoked_reason come with each standing authorisation."""
    ctx.equipment.authorise(lab["inst"], lab["learner"], "AUT-01", None)
    [granted] = ctx.equipment.authorisations("AUT-01")
    assert (granted.granted_by, granted.revoked_by, granted.revoked_reason) == ("inst", None, None)
    ctx.equipment.revoke_authorisation(lab["tech"], lab["learner"], "AUT-01", "a quitté la formation")
    [revoked] = ctx.equipment.authorisations("AUT-01")
    assert (revoked.granted_by, revoked.revoked_by, revoked.revoked_reason) == (
        "inst", "tech", "a quitté la formation"
    )  # fmt: skip
    assert revoked.revoked_on == TODAY


@contextmanager
def _counting(ctx: AppContext) -> Iterator[list[str]]:
    """The SQL statements the read engine runs inside the block."""
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    engine = ctx.db.engines.read
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _learners_with_uses(ctx: AppContext, clock: FixedClock, lab: dict[str, Any], numbers: range) -> list[int]:
    """More learners (one per number), each authorised on both equipment and using the autoclave on a
    day of their own; returns their ids."""
    names = [NewLearner(f"Łukasz {i}", f"Wiśniewski-{i:02d}", "job_seeker") for i in numbers]
    ids = [p.id for p in ctx.people.add_learners(ctx.system_actor(), names)]
    for person in ids:
        for code in ("AUT-01", "PH-02"):
            ctx.equipment.authorise(lab["inst"], person, code, None)
        clock.advance(timedelta(days=1))
        ctx.equipment.start_use(person, "AUT-01", "K1")
        ctx.equipment.stop_use(person, "AUT-01", "K1")
    return ids


def test_listing_authorisations_takes_as_many_queries_for_many_as_for_few(
    ctx: AppContext, clock: FixedClock, lab: dict[str, Any]
):
    """The last use comes from one grouped query: listing 4 or 24 authorisations (all, or one
    equipment's) runs the same statements, fewer than there are authorisations, and each last use
    is the right one."""
    first = _learners_with_uses(ctx, clock, lab, range(2))
    with _counting(ctx) as few_all:
        assert len(ctx.equipment.authorisations()) == 4
    with _counting(ctx) as few_one:
        assert len(ctx.equipment.authorisations("AUT-01")) == 2
    more = _learners_with_uses(ctx, clock, lab, range(2, 12))
    with _counting(ctx) as many_all:
        listed = ctx.equipment.authorisations()
    with _counting(ctx) as many_one:
        assert len(ctx.equipment.authorisations("AUT-01")) == 12
    assert len(listed) == 24 and len(many_all) == len(few_all) < 24 and len(many_one) == len(few_one)
    last = {(a.person_id, a.equipment_code): a.last_used_on for a in listed}
    for day, person in enumerate([*first, *more], start=1):
        assert last[(person, "AUT-01")] == TODAY + timedelta(days=day)
        assert last[(person, "PH-02")] is None
    assert [a.person_name for a in listed[:2]] == ["Łukasz 0 Wiśniewski-00", "Łukasz 1 Wiśniewski-01"]
