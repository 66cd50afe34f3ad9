"""The demo centre: deterministic for a seed, realistic, and built through audited services."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from aptaskil_desk.app import AppContext
from aptaskil_desk.db.models import Person, SessionSlot


def _people(ctx: AppContext) -> list[tuple[str, str, str | None, str | None]]:
    return ctx.db.run_read(
        lambda s: [
            (p.given_name, p.family_name, p.category, p.employer)
            for p in s.execute(select(Person).where(Person.category.is_not(None)).order_by(Person.id)).scalars()
        ]
    )


def test_same_seed_same_centre_other_seed_other_learners(ctx: AppContext, sqlite_factory) -> None:
    """Two builds with one seed give the same learners; another seed gives other ones."""
    from aptaskil_desk.app import build_context
    from aptaskil_desk.services.passwords import fast_hasher
    from aptaskil_desk.settings import load_settings

    first = ctx.demo.build(ctx.system_actor(), learners=60, seed=11)
    assert first.created and first.learners == 60
    others = []
    for seed in (11, 12):
        settings = load_settings(env={}, database=sqlite_factory.new(), terminal="T", language="en")
        other = build_context(settings, clock=ctx.clock, hasher=fast_hasher())
        other.demo.build(other.system_actor(), learners=60, seed=seed)
        others.append(_people(other))
        other.close()
    assert _people(ctx) == others[0]
    assert _people(ctx) != others[1]


def test_demo_is_realistic(ctx: AppContext) -> None:
    """Four course families with sessions around today, every category, and names with diacritics."""
    ctx.demo.build(ctx.system_actor(), learners=200, seed=2026)
    people = _people(ctx)
    categories = Counter(category for _, _, category, _ in people)
    assert set(categories) == {"job_seeker", "worker", "student", "teacher"}
    assert categories["job_seeker"] > categories["worker"] > categories["teacher"]
    names = {f"{g} {f}" for g, f, _, _ in people}
    assert {"Łukasz Wiśniewski", "Şükrü Yılmaz", "Zoë Ødegård", "Thị Ánh Nguyễn"} <= names
    assert all(employer for _, _, category, employer in people if category == "worker")
    now = ctx.clock.now()
    slots = ctx.db.run_read(
        lambda s: s.execute(select(func.min(SessionSlot.starts_at), func.max(SessionSlot.ends_at))).one()
    )
    assert slots[0] < now < slots[1]
    overview = ctx.centre.terminal_overview("KIOSK-LAB-CQ")
    assert overview.room is not None and overview.room.code == "LAB-CQ"
    # T0 is a Wednesday 09:15 in Brussels: the QC course's morning slot runs in that lab.
    assert [s.course_code for s in overview.sessions_now] == ["TLCQ"]
    assert overview.sessions_now[0].instructor == "Élodie Van den Bossche-Leclercq"
    assert ctx.audit.verify(ctx.system_actor()).ok


def test_demo_has_approved_checklists_and_equipment_to_qualify(ctx: AppContext) -> None:
    ctx.demo.build(ctx.system_actor(), learners=5)
    templates = ctx.checklists.templates()
    assert len(templates) == 6 and all(t.approved and t.approved_by for t in templates)
    technician = ctx.accounts.get("jfdhondt").actor(ctx.terminal)
    started = ctx.checklist_runs.start(technician, "AUT-IQ", "AUT-02")
    assert started.info.equipment_code == "AUT-02" and started.info.missing_required > 0
    ctx.demo.build(ctx.system_actor(), learners=5)  # again: nothing imported or approved twice
    assert ctx.checklists.templates(all_versions=True) == ctx.checklists.templates()
