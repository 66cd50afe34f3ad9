"""Shared set-up for the GUI tests: data through the services, windows that close cleanly."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

from aptaskil_desk.app import AppContext
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.people import NewLearner
from tests.conftest import T0

#: The offscreen platform warns whenever a top-level window's size constraints change; that is
#: the test platform talking, not our code. Everything else Qt warns about still fails a test.

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

PASSWORD = "correct horse battery"
PIN = "2468"


def in_language(ctx: AppContext, language: str, **settings: object) -> AppContext:
    """The same application (same database and clock) seen in another language."""
    return dataclasses.replace(
        ctx,
        settings=dataclasses.replace(ctx.settings, language=language, **settings),  # type: ignore[arg-type]
        tr=Translator(language),
    )


def add_staff(ctx: AppContext, login: str = "slambert", roles: tuple[str, ...] = ("admin",)) -> None:
    ctx.accounts.add_user(ctx.system_actor(), login, "Sophie", "Lambert", list(roles), PASSWORD, PIN)


@dataclasses.dataclass(frozen=True)
class Seeded:
    room_name: str
    running: str
    elsewhere: str
    later: str


def seed_centre(ctx: AppContext, terminal: str = "TEST-TERM-1") -> Seeded:
    """Two rooms; this terminal in the first; a session now here, one now elsewhere, one later here."""
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "SB-C1", "Salle blanche C1 (classe C)", "clean_room")
    ctx.centre.add_room(actor, "LAB-CQ", "Laboratoire de contrôle qualité", "laboratory")
    ctx.centre.register_terminal(actor, terminal, "SB-C1")
    teacher = ctx.accounts.add_user(actor, "mdubois", "Marc", "Dubois", ["instructor"], PASSWORD, "1357")
    learners = ctx.people.add_learners(
        actor,
        [
            NewLearner("Łukasz", "Wiśniewski", "job_seeker"),
            NewLearner("Zoë", "Ødegård", "worker", "UCB Pharma"),
            NewLearner("Şükrü", "Yılmaz", "student", "HELMo"),
        ],
    )
    ids = [p.id for p in learners]
    ctx.centre.add_course(actor, "OPP", "Opérateur·rice de production pharmaceutique", "production_operator")
    ctx.centre.add_course(actor, "TLCQ", "Technicien·ne de laboratoire CQ", "qc_lab_technician")
    ctx.centre.add_course(actor, "CQV", "Qualification et validation", "qualification_validation")
    now_slot = (T0 - timedelta(minutes=45), T0 + timedelta(hours=3))  # 08:30–12:15 in Brussels
    later_slot = (T0 + timedelta(hours=5), T0 + timedelta(hours=8))
    ctx.centre.add_session(actor, "OPP-NOW", "OPP", "SB-C1", [now_slot], teacher.person_id, ids)
    ctx.centre.add_session(actor, "TLCQ-ELSEWHERE", "TLCQ", "LAB-CQ", [now_slot], teacher.person_id, ids[:1])
    ctx.centre.add_session(actor, "CQV-LATER", "CQV", "SB-C1", [later_slot], None, ids[:2])
    return Seeded("Salle blanche C1 (classe C)", "OPP-NOW", "TLCQ-ELSEWHERE", "CQV-LATER")


def local_hm(instant: datetime) -> str:
    from aptaskil_desk.clock import local

    return f"{local(instant):%H:%M}"
